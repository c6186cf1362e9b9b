from itertools import zip_longest
print(list(zip_longest("abc", [1, 2])), list(zip_longest([1], [2, 3], fillvalue="-")), list(zip_longest()), list(zip_longest([])))
z = zip_longest([1, 2], [])
print(next(z), next(z), type(z).__name__)
