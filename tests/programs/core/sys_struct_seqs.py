# sys.hash_info, sys.int_info and sys.float_info: struct sequences (repr, fields, indexing).
import sys
h = sys.hash_info
print(h)
print(h.modulus, h.inf, h.width, h.algorithm, h[1], len(h), h is sys.hash_info, h == sys.hash_info)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.byteorder, sys.maxunicode)
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)) , (2**61 + 5) % h.modulus == hash(2**61 + 5))
w, m, *rest = sys.hash_info
print(w, m, rest, isinstance(h, tuple))
