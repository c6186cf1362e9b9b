# str.encode / bytes.decode / str(b, enc) / bytes(s, enc) honour the codec and errors.
print('é'.encode('latin-1'), b'\xe9'.decode('latin-1'), 'é'.encode())
for enc in ['utf-8', 'utf8', 'UTF-8', 'u8', 'utf_8', 'Utf 8', 'cp65001', 'latin1', 'iso-8859-1',
            'ISO8859-1', 'l1', 'Latin_1', '8859', 'cp819', 'ascii', 'US-ASCII', '646', 'us']:
    print(enc, 'aé'.encode(enc, 'replace'), b'a\xc3\xa9'.decode(enc, 'replace'))
for s in ['é', 'aéb', 'aééb', '€', '\U0001f600', 'a€😀b', 'ÿĀ']:
    for enc in ['ascii', 'latin-1']:
        try:
            print(ascii(s), enc, s.encode(enc))
        except UnicodeEncodeError as e:
            print(ascii(s), enc, type(e).__name__, e)
            print(' ', e.encoding, ascii(e.object), e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
        for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            print(' ', errors, s.encode(enc, errors), s.encode(encoding=enc, errors=errors))
cases = [b'\xe9', b'a\xe9', b'\xe2\x82', b'\xe2x', b'\xe2\x82x', b'\xff', b'\x80abc',
         b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98x', b'\xf0\x8f\x80\x80', b'\xf4\x90\x80\x80',
         b'\xc0\xaf', b'\xe0\x80\xaf', b'ok\xc3', b'\xf5', b'\xf0x', b'\xf0\x9fx', b'\xed\xa0',
         b'\xe0\x9f', b'\xe0\xa0', b'\xf4\x8f\xbf\xbf', b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80']
for b in cases:
    for enc in ['utf-8', 'ascii']:
        try:
            print(b, enc, ascii(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(b, enc, type(e).__name__, e)
            print(' ', e.encoding, e.object, e.start, e.end, e.reason)
        for errors in ['ignore', 'replace', 'backslashreplace']:
            print(' ', errors, ascii(b.decode(enc, errors)), ascii(str(b, enc, errors)))
print(str(b'abc'), str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', encoding='latin-1'))
print(bytes('caf\xe9', 'latin-1'), bytes('café', encoding='utf-8'), bytes('x', 'ascii', 'strict'))
print('abc'.encode('ascii', 'bogus'), b'abc'.decode('ascii', 'bogus'))
tests = [
    lambda: 'é'.encode('ascii'),
    lambda: 'é'.encode('xyz'),
    lambda: b'x'.decode('nope-codec'),
    lambda: 'é'.encode('ascii', 'bogus'),
    lambda: b'\xff'.decode('utf-8', 'bogus'),
    lambda: bytes('x'),
    lambda: bytes(1, 'ascii'),
    lambda: bytes(b'x', errors='strict'),
    lambda: bytes('x', errors='strict'),
    lambda: str('x', 'ascii'),
    lambda: str(1, 'ascii'),
    lambda: str(b'x', None),
    lambda: 'x'.encode(1),
    lambda: b'x'.decode('ascii', 2),
    lambda: 'x'.encode(foo=1),
    lambda: 'x'.encode('a', 'b', 'c'),
    lambda: str(b'x', 'a', 'b', 'c'),
    lambda: 'x'.encode('ascii', encoding='u8'),
    lambda: str(b'\xff', 'ascii'),
    lambda: bytes('\u20ac', 'latin-1'),
]
for t in tests:
    try:
        print(t())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'aé€'.encode('ascii')
except ValueError as e:
    print(repr(e), isinstance(e, UnicodeError), UnicodeEncodeError.__mro__)
try:
    b'\xff\xfe'.decode()
except UnicodeError as e:
    print(repr(e), UnicodeDecodeError.__bases__)
b'\xe9'.decode('ascii')
