# generated program 248 (tests/probe/gen_programs.py)
d0 = dict.fromkeys([b'\xaa]', False, b'\xba;\x83\xbd', False, True, False, True, b'\x93\x95\xdc[', b'\xe2', False, b'', b'\x07\r', b'\x1a\x12\x99\xe8\x96', b'G\xd5ow', True, b'W\xe4\t+', True], 0)
d0[True] = 2.5
if b'' in d0:
    del d0[b'']
d0[b'\x97'] = 'x' * 3
print(d0.get(b'$7\x14r'), b'$7\x14r' in d0, len(d0))
if d0:
    print(d0.popitem())
if b'!' in d0:
    del d0[b'!']
print(d0.get(b''), b'' in d0, len(d0))
d0[False] = 0
d0[b'\xc5q\xf1\xe1\x92'] = [1, 2]
print(d0.get(False), False in d0, len(d0))
d0.update([(True, 1)], extra='x' * 3)
d0.update([(b'\xce\xf6\x8b\xb5', 1)], extra=None)
print(d0.setdefault(b'\xaa\\\x1c\x9bZ', 'v'))
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
