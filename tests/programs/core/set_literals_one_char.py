# A constant set display of 3+ items is a frozenset constant that CPython rebuilds when
# interning replaces one of its strings. A one-character literal is the Latin-1
# singleton, while the interned string of a letter CPython interned at startup is another
# object: interning replaces it, and the rebuild can reorder colliding items.
print({'pear', 'c', 'eggs'})
print(list({'pear', 'x', 'kiwi', 'yy'}))
print(list({'a', 'pear', 'x', 'kiwi'}))
print(list({'a', 'kiwi', 'pear', 'fig'}))
print(list({'x', 'pear', 'kiwi'}))
print(list({'Q', 'pear', 'kiwi', 'yy'}))
print(list({'', 'pear', 'kiwi', 'yy'}))
print(list({'_', 'b', 'lime', 'plum', 'k3'}))
print(sorted({'z9', 'pear', 'world', 'plum'}) == sorted(['z9', 'pear', 'world', 'plum']))
for s in ({'b', 'g', 'c', 'q2'}, {'apple', 'fig', 'k', 'pear', 'eggs'}, frozenset({'m', 'n', 'spam', 'ham'})):
    print(s, len(s))
