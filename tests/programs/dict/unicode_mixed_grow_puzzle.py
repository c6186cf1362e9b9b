words = ['a', 'bb', 'ccc', 'é', 'ñandú', 'Ωmega', '中文', '€uro', '😀smile', '𝄞clef',
         'ü', 'ß', '日本', '한국', '🚀', 'plain', 'café', 'naïve', '∑', '𐍈']
d = {}
for i, w in enumerate(words):
    d[w] = i * 3
print(len(d))
print(list(d))
print(sum(d.values()))
print('🚀' in d, '𐍈' in d, 'cafe' in d)
del d['é']
del d['🚀']
d['new€'] = -1
print(repr(d))
e = {w: len(w) for w in words[:6]}
print(e)
