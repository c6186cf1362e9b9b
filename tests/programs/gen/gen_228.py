# generated program 228 (tests/probe/gen_programs.py)
d0 = {}
d0[-1267650600228229401496703205376] = None
d0[18446744073709551619] = -7
d0.update([(('Ünïcödé33', 96, ), 1)], extra=1)
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
c = d0.copy()
print([len(v) for v in [d0]])
