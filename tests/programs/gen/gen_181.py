# generated program 181 (tests/probe/gen_programs.py)
d0 = dict.fromkeys(['a😀3', 'é', 'pear20', 'a😀44', 'pear', 'ключ', 'fig', 'key69', 'naïve34', 'key27', 'дом4', 'a😀', 'naïve39', 'дом', 'pear', 'ключ', 'apple', 'é', 'a58', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'é30', 'ß63', 'z46', '中文51', 'дом89', 'a😀12', 'kiwi41', 'Ünïcödé', 'a😀39', 'z', 'дом26', 'a😀', 'ß10', 'café15'], [1, 2])
print(len(d0), list(d0)[:4], list(d0.values())[-3:])
if '𝄞' in d0:
    del d0['𝄞']
print(d0.pop('apple62', 'missing'))
d0['日本60'] = 0
d0['key'] = 0
d0['ß'] = [1, 2]
print('d0', len(d0))
if len(d0) < 40:
    print(d0)
print([len(v) for v in [d0]])
