# title(), capitalize(), swapcase(), lower(), upper(), casefold() with CPython's
# special casing and title case.
print('ß'.title(), 'ﬁx'.title(), 'ǆa'.title(), 'ßa'.capitalize(), 'ǅ'.swapcase())
for s in ['ΑΣ', 'ΑΣ Β', 'Σ', 'ΑΣ.', "ΑΣ'Α", 'ΑΣΑ', 'Α.Σ', 'ᾼΣ', 'ΑΣͅ', 'σΣσ', 'ΌΣΟΣ']:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()))
for s in ['İ', 'ß', 'ŉ', 'ǰ', 'ﬃ', 'ᾳ', 'ᾼ', 'ΐ', 'և', 'ǅ', 'Ǆ', 'ǆ', 'ẞ', 'ͅ', 'µ', 'K',
          'Ꞁ', 'ꭓ', 'ᏸ', 'Ᏸ', '\U00010400', '\U0001e922', 'ı', 'ſ', 'ﬅ', 'ῼ', 'ß1a',
          "they're bill's friends", 'hello wORLD', 'a1b2c', 'ǈub', 'ǉub', 'Ǉub']:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()),
          ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
print('İstanbul'.lower(), len('İ'.lower()), 'ǲ'.upper(), 'ǲ'.lower())
print('ß'.upper(), 'ß'.casefold() == 'SS'.casefold(), 'ΣΑΣ'.casefold())
