# str.maketrans() and str.translate(): the table dict, deletions, multi-character and
# non-ASCII replacements, and the ASCII fast path's cache (one lookup per distinct
# character until an answer is not one ASCII character), seen through __missing__.
import string
table = str.maketrans('abc', 'xyz', '!?')
print(sorted(table.items()), len(table))
print('a big cab!? abc'.translate(table))
rm = str.maketrans('', '', string.punctuation)
print("Hello, world! It's (really) great...".translate(rm))
print('héllo wörld'.translate({ord('é'): 'e', ord('ö'): None, ord('l'): 'L'}))
print('abcabc'.translate({97: 'AA', 98: None}))
print('abc'.translate({97: 66}), 'abc'.translate({}), ''.translate({1: 2}))
print(str.maketrans({'a': 'b', 98: None}), ''.maketrans('ab', 'cd'))
class Loud(dict):
    def __missing__(self, k):
        print('miss', k)
        raise KeyError(k)
print('aabbaa'.translate(Loud({97: 'x'})))
print('aabbé'.translate(Loud({97: 'xyz'})))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans('a'),
            lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: str.maketrans({1.5: 2})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
