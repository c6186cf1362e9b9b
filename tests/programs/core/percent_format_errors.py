for f in ('%o', '%X', '%x', '%d', '%i', '%u', '%c'):
    for v in (1.5, 2.0, 'a', 65, True, -1, 0x110000, 2**70):
        try:
            print(f, repr(v), repr(f % v))
        except (TypeError, OverflowError, ValueError) as e:
            print(f, repr(v), type(e).__name__, e)
for spec in ('c', 'x', 'd'):
    for v in (-1, 65, 0x110000, 2**70):
        try:
            print(spec, v, repr(format(v, spec)))
        except (TypeError, OverflowError, ValueError) as e:
            print(spec, v, type(e).__name__, e)
try:
    print(f'{-1:c}')
except OverflowError as e:
    print('OverflowError', e)
print('%c%c' % (104, 'i'), '%5c|' % 'x', '%-3c|' % 66)
