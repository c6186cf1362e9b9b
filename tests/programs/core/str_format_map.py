# str.format_map(): named fields subscript the mapping, so a dict subclass's or a
# defaultdict's __missing__ answers; positional fields are a ValueError.
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'

print('{name} is {age}'.format_map(Default(name='Ada')))
print('{0}'.format_map({}) if False else 'skip')
print('{a[0]} {b.real}'.format_map({'a': [7], 'b': 3}))
try:
    '{x}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError', e)
from collections import defaultdict, Counter
dd = defaultdict(str)
print('[{who}]'.format_map(dd), dict(dd))
print('{a} {z}'.format_map(Counter('aa')))
