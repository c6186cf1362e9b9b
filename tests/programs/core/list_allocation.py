# A list's item array, as sys.getsizeof() shows it: list_resize()'s growth pattern,
# the exact sizes of displays, slices, copies, + and *, list_extend()'s length-hinted
# preallocation and cut-back, list_ass_slice()'s clear when a list empties, the heap
# functions and starred unpacking.
import sys
x = 1
print(sys.getsizeof([]), sys.getsizeof([x]), sys.getsizeof([x, x]), sys.getsizeof([x, x, x]))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2]), sys.getsizeof([..., ..., ...]), sys.getsizeof([(1, 2), (3,), -4]))
print(sys.getsizeof([x] * 5), sys.getsizeof([1, 2, 3][:2]), sys.getsizeof([x, x] + [x]))
a = []
for i in range(20):
    a.append(i)
    print(len(a), sys.getsizeof(a))
while a:
    a.pop()
    print(len(a), sys.getsizeof(a))
b = list(range(7)); print(sys.getsizeof(b))
c = [i for i in range(7)]; print(sys.getsizeof(c))
d = list(map(str, range(9))); print(sys.getsizeof(d))
e = list(x for x in range(3)); print(sys.getsizeof(e))
f = sorted({3: 1, 1: 2, 2: 3}); print(sys.getsizeof(f))
g = [*range(5), x]; print(sys.getsizeof(g))
h = [x, *range(5)]; print(sys.getsizeof(h))
k = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]; print(sys.getsizeof(k))
m = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]; print(sys.getsizeof(m))
n = [1, 2, 3, 4]; n.insert(0, 9); print(sys.getsizeof(n)); n.remove(9); print(sys.getsizeof(n)); del n[0]; print(sys.getsizeof(n)); del n[:]; print(sys.getsizeof(n)); n.extend([1]); print(sys.getsizeof(n))
p = list(range(100)); del p[::2]; print(sys.getsizeof(p)); del p[10:]; print(sys.getsizeof(p)); p[2:3] = range(40); print(sys.getsizeof(p)); p *= 3; print(sys.getsizeof(p)); p *= 0; print(sys.getsizeof(p))
q = [1, 2, 3]; q += (4, 5); print(sys.getsizeof(q)); q += q; print(sys.getsizeof(q)); q.sort(); q.reverse(); print(sys.getsizeof(q)); q.clear(); print(sys.getsizeof(q))
r, *s = range(10); print(sys.getsizeof(s))
r, *s, t = [1, 2, 3, 4, 5]; print(sys.getsizeof(s))
u = list("héllo"); print(sys.getsizeof(u)); v = list({1, 2, 3}); print(sys.getsizeof(v)); w = list({1: 2}.items()); print(sys.getsizeof(w))
y = list(reversed([1, 2, 3])); print(sys.getsizeof(y)); z = list(enumerate("abc")); print(sys.getsizeof(z))
import heapq
hp = []
for i in range(10):
    heapq.heappush(hp, -i)
print(sys.getsizeof(hp))
while hp:
    heapq.heappop(hp)
print(sys.getsizeof(hp))
print(sys.getsizeof([].copy()), sys.getsizeof([1, 2, 3].copy()))
# str.split()/rsplit() preallocate 12 slots (stringlib's PREALLOC_SIZE), splitlines() appends.
g = sys.getsizeof
print(g(''.split()), g('a'.split()), g('a b c'.split()), g(' '.join('x'*13).split()), g(' '.join('x'*30).split()))
print(g('a,b'.split(',')), g('a,b,c'.split(',', 1)), g('a b c'.rsplit()), g('a b c'.rsplit(None, 1)), g('abc'.split('b')))
print(g(' '.join('x'*13).split(' ')), g('a\nb'.splitlines()), g(''.splitlines()), g('a\nb\nc\nd\ne'.splitlines(True)))
print(g('a b'.split(maxsplit=0)), g(','.join('x'*20).split(',', 15)), g(','.join('x'*20).rsplit(',', 15)), g('abc'.split('z')))
w = 'the quick brown fox'.split()
w.append('jumps')
print(g(w), w)
# Counter.most_common(): sorted() of the items, or heapq.nlargest()'s list.
from collections import Counter
g = sys.getsizeof
c = Counter("abracadabra alakazam")
print(c.most_common())
for n in (None, -1, 0, 1, 2, 3, 5, 7, 8, 9, 20):
    r = c.most_common(n)
    print(n, len(r), g(r))
e = Counter()
for n in (None, -1, 0, 1, 2):
    print(n, g(e.most_common(n)))
print(g(Counter("a").most_common(1)), g(Counter("ab").most_common(1)))
# heapq.nlargest/nsmallest, random.sample/choices: the lists their Python code builds.
import heapq, random
g = sys.getsizeof
data = [5, 1, 9, 3, 7, 2, 8, 6, 4, 0, 11, 15, 13]
for n in (-1, 0, 1, 2, 3, 5, 12, 13, 20):
    a = heapq.nlargest(n, data)
    b = heapq.nsmallest(n, data, key=lambda x: -x)
    c = heapq.nsmallest(n, iter(data))
    d = heapq.nlargest(n, (x for x in data))
    print(n, a, g(a), g(b), g(c), g(d))
print(g(heapq.nlargest(2, [])), g(heapq.nlargest(1, [])), g(heapq.nsmallest(3, iter([]))))
random.seed(7)
for k in (0, 1, 2, 5, 9, 13):
    s = random.sample(range(100), k)
    c = random.choices("abcdef", k=k)
    w = random.choices("abc", weights=[1, 2, 3], k=k)
    print(k, s, g(s), c, g(c), g(w))
print(g("a\nb\nc".splitlines()))
# list.__sizeof__(): without the GC header.
a = []
print(a.__sizeof__())
a.append(1)
print(a.__sizeof__(), [1, 2, 3].__sizeof__())
f = a.__sizeof__
print(f())
try:
    a.__sizeof__(1)
except TypeError as e:
    print(e)
