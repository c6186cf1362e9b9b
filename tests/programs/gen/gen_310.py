# generated program 310 (tests/probe/gen_programs.py)
d0 = {b"\xed\xbe':\xa9": None, b'\xea\xb2': None, b'j\xa9': (3,), 'a😀19': (3,), 'Ünïcödé48': None, 'pear71': 1, '中文': -7, b'\xa20M\xc3': None, b'\x86\xa3': None, b'60': -7, 'kiwi95': 'v', '中文87': 1, b',': 'v', b'\x86\xc7\xc6': 'v', b'\x1cj\x00\x8f\xe2': -7, b'/': 806, b'\xed': (3,)}
if 'fig' in d0:
    del d0['fig']
x = 327664820
for step in range(1000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x
    if x % 3 == 0 and k in d0:
        del d0[k]
    else:
        d0[k] = step
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
d0[b''] = 549
d0['kiwi'] = 'x' * 3
d0.update([('é', 1)], extra=[1, 2])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
