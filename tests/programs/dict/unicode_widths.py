# str keys of every PEP 393 width: hashed over 1, 2 or 4 bytes per character.
d = {"a": 1, "é": 2, "café": 3, "ключ": 4, "中文": 5, "😀": 6, "a😀": 7, "𝄞": 8, "": 9, "ÿ": 10, "Ā": 11}
for k in d:
    print(repr(k), hash(k))
