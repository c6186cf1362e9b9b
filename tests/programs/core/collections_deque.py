# collections.deque: maxlen trimming, rotation, the mutation checks and the messages.
from collections import deque

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 3 in q, 9 in q, bool(q), bool(deque()))
print(q.pop(), q.popleft(), q)
q.extend([5, 6])
q.extendleft([9, 8])
print(q, q.count(5), q.index(5), q.index(2, 1, 5))
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q.rotate()
print(q, q.maxlen)
q.remove(5)
q.insert(1, 7)
q.insert(-1, 70)
q.insert(100, 700)
print(q)
q.reverse()
print(q, list(q), sorted(q), sum(q), max(q))
q[0] = "first"
del q[1]
print(q, q.copy(), q.copy() == q, q.copy() is q)
w = deque(range(10), 3)
print(w, w.maxlen, len(w))
w.append(10)
w.appendleft(-1)
print(w)
w.extend(range(20, 25))
print(w)
w.extendleft("ab")
print(w)
z = deque(maxlen=0)
z.append(1)
print(z, deque([1], 0), deque(maxlen=2), deque())
bfs = deque([("a", 0)])
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen = {"a"}
order = []
while bfs:
    node, depth = bfs.popleft()
    order.append((node, depth))
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            bfs.append((nxt, depth + 1))
print(order)
d1, d2 = deque([1, 2]), deque([1, 3])
print(d1 == d2, d1 != d2, d1 < d2, d1 <= deque([1, 2]), d2 > d1, deque([1]) < deque([1, 0]), d1 == [1, 2])
s = deque([1, 2])
s += [3, 4]
s += s
print(s)
s.extend(s)
print(s, len(s))
s.clear()
print(s, type(s), type(s).__name__)
for bad in [lambda: deque([1], -1), lambda: deque([1], 1.5), lambda: deque().pop(), lambda: deque().popleft(),
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1])[5],
            lambda: deque([1])[1:2], lambda: deque([1], maxlen=1).insert(0, 2), lambda: hash(deque()),
            lambda: deque(1), lambda: deque([1], 2, 3), lambda: deque(foo=1), lambda: deque([1]).rotate(1.5),
            lambda: deque([1, 2, 3]).index(3, 0, 2), lambda: deque([1]) < [1], lambda: deque().foo]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("RuntimeError", e, m)
it = iter(deque("ab"))
print(next(it), type(it).__name__)
