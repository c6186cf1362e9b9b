# itertools.combinations_with_replacement, as cwr_next() steps its indices.
from itertools import combinations_with_replacement as cwr
import itertools
print(list(cwr('ABC', 2)))
print(list(cwr(range(3), 3))[:7], len(list(cwr(range(4), 3))))
print(list(cwr([], 2)), list(cwr([], 0)), list(cwr('ab', 0)), list(cwr('a', 3)))
it = itertools.combinations_with_replacement([1, 2], r=2)
print(next(it), list(it), type(it).__name__)
try:
    cwr('ab')
except TypeError as e:
    print(e)
try:
    cwr('ab', -1)
except ValueError as e:
    print(e)
coins = [1, 5, 10, 25]
print(sum(1 for c in cwr(coins, 4) if sum(c) == 40))
