# hash(None) is id-based in 3.11, and None is a static object of libpython, which is
# mapped 2 MiB-aligned: the low bits of its hash are the same in every CPython run, so
# where None lands in a small table (when nothing collides with it) is too.
d = {1: 1}
d[None] = 2
del d[None]
print(d)
print(dict.fromkeys({None, 1}))
print(dict.fromkeys({3, None, 1, 2}))
print(list({None, "a"} - {"a"}))
s = {None, 1, 2, 3, 4, 5}
s.discard(3)
print(dict.fromkeys(s))
big = dict.fromkeys(range(20))
big[None] = "none"
del big[5]
print(list(big)[-3:], len(big))
print(dict.fromkeys({None, NotImplemented, 7}))
print(hash(None) & 0xFFF, id(None) & 0x1FFFFF, id(True) & 0x1FFFFF, id(NotImplemented) & 0x1FFFFF)
