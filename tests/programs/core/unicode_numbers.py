# int() and float() map Unicode decimal digits and whitespace to ASCII first.
print(int('٣'), float('３'), int(' ٤٢ '), int('\u2003 7\u3000'))
print(int('٣٣', 16), int('0b١', 0), int('-٣'), int('+\u0966\u0967'), int('1_٣'))
print(float('٣.٥'), float('\xa0١e١\xa0'), float('-٣_٣'), float('\U0001d7ce\U0001d7cf'))
for bad in ['\x1c7', '7\x1c', '٣.٥', '0x٣', '+ 3', '①', '²', 'Ⅷ', '٣\xe9', '', ' ', '\x85']:
    for f in (int, float):
        try:
            print(ascii(bad), f.__name__, f(bad))
        except ValueError as e:
            print(ascii(bad), f.__name__, 'ValueError', e)
try:
    int(b'\xd9\xa3', 10)
except ValueError as e:
    print('bytes', e)
print(int('\x85 7'), float('\x85 7'))
