# str predicates answer from CPython 3.11's own Unicode 14.0 tables, not Rust std's.
samples = ['①', '²', '٣', '３', 'Ⅷ', 'ⅷ', '½', '\x1c', '\x1f', '\x85', '\xa0', '\u2003',
           '\u3000', '\u180e', '\u200b', 'a', 'Z', '_', 'ǅ', 'ß', 'ª', 'ͅ', 'ʰ', '中',
           '\u0378', '\U0001fbf0', '\U0001fbf9', '\U0001f600', '\ue000', '\u00ad', ' ', '\t',
           'é', '\u2160', '\U00031350', 'ꟀA']
for c in samples:
    print(ascii(c), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(),
          c.isspace(), c.islower(), c.isupper(), c.istitle(), c.isprintable(),
          c.isidentifier(), ('x' + c).isidentifier())
print('①'.isdecimal(), '²'.isdecimal())
print('Ⅷ'.isalpha(), 'Ⅷ'.isdigit(), 'ⅷ'.isdecimal())
print('\x1c'.isspace())
# str.split() and str.strip() with no argument use the same whitespace.
print('a\x1cb\x1dc\x1ed\x1fe'.split())
print('a\x85b\u3000c  d'.split(None, 1), 'a\x1cb\x1dc'.rsplit(None, 1))
print(ascii('\x1c\x1f abc \x85\u2003'.strip()), ascii('\x1cx\x1c'.lstrip()), ascii('\x1cx\x1c'.rstrip()))
print(ascii(' \u200b '.strip()))
# Title case and casing tests.
for s in ['Hello World', 'ǅungla', 'ǈa Ǉb', 'HELLO', 'hello', '1A', 'Σας', 'ΣΑΣ', 'ǅ', 'ᾼ', '', '1']:
    print(ascii(s), s.istitle(), s.islower(), s.isupper())
print(''.isalpha(), ''.isspace(), ''.isdecimal(), ''.isidentifier(), ''.isprintable())
print('abc_1'.isidentifier(), '1abc'.isidentifier(), '_'.isidentifier(), 'ℕ'.isidentifier(),
      '℘x'.isidentifier(), 'x·y'.isidentifier(), '·'.isidentifier())
# repr() escapes exactly the characters isprintable() refuses.
print(repr('a\u0378b\U0001fbf0\u2028\xad\u200b'))
print([repr(c) for c in '\U0001f979\U0001fae8\u0c5d\U00011f00'])
