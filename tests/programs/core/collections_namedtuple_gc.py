# namedtuple instances made and dropped across collections: the plain tuples that
# reuse their memory stay plain tuples.
from collections import namedtuple
Pair = namedtuple('Pair', 'left right')
keep = [Pair(i, -i) for i in range(5)]
total = 0
for i in range(250000):
    t = (i, i + 1)
    q = Pair(i, i)
    total += q.left + len(t)
print(total, keep, keep[3].right, type(keep[2]).__name__, (1, 2) == Pair(1, 2), repr((1, 2)))
plain = [(j, j) for j in range(3)]
print(plain, [type(x).__name__ for x in plain])
