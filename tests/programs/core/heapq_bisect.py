# heapq and bisect: the list operations of _heapqmodule.c and _bisectmodule.c, step for step.
import heapq
import bisect
from heapq import heappush, heappop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
print(out)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
big = [(i * 7919) % 5003 for i in range(3000)]
heapq.heapify(big)
print(big[:20], sum(i * v for i, v in enumerate(big)))
small = [(i * 31) % 97 for i in range(100)]
heapq.heapify(small)
print(small)
pq = []
for dist, node in [(4, "a"), (1, "b"), (3, "c"), (1, "a"), (2, "d")]:
    heapq.heappush(pq, (dist, node))
print([heapq.heappop(pq) for _ in range(len(pq))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
print(heapq.nlargest(2, ["bb", "a", "ccc"], key=len), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1]))
words = {"x": 3, "y": 9, "z": 1, "w": 9}
print(heapq.nlargest(2, words, key=words.get), heapq.nsmallest(3, words.items(), key=lambda kv: kv[1]))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5),
            lambda: heapq.heappop(), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([], 1, x=1)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, lo=4, hi=6), bisect.bisect_right(a, 4, 0, 3), bisect.bisect((1, 3, 5), 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 4, lo=0, hi=2)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect([1]),
            lambda: bisect.bisect([1], 1, 0, 1, 1), lambda: bisect.bisect([1], 1, lo=1, a=[2]),
            lambda: bisect.bisect([1], 1, foo=2), lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, "a"], 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
