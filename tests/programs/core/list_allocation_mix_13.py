# Generated: 300 pseudo-random list operations, the size and sys.getsizeof() after each.
import sys, heapq
a = []
b = None
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: heapq.heappop(a)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted({1: 2, 3: 4})
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[5:29]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, iter([-1] * 33)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = iter([-1] * 27)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[5]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + [33] * 11
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*'abc', 35]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [22, *range(13)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, []))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in (x for x in range(29))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(9, 39)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted(dict.fromkeys(range(30)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, range(29)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, {1: 2, 3: 4}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend((x for x in range(9)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [28, *dict.fromkeys(range(8))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, (x for x in range(19))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 2
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = iter([45] * 8)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in range(37)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [36, *range(39)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 2
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted([])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend([])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted(range(37))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(dict.fromkeys(range(5)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(-3)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*dict.fromkeys(range(39)), 17]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(1)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in dict.fromkeys(range(13))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, dict.fromkeys(range(29))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in (x for x in range(21))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[1:17]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, (x for x in range(23))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [4, *iter([26] * 3)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 2
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(7)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, (x for x in range(2))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + reversed(range(4))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = b'xyz'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(10)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + (10, 10)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(13)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: heapq.heappop(a)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list('abc')
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[7:7] = list(range(4))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(range(39))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = (18, 18)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 2
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [14, *(-5, -5)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[10:23]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(iter([29] * 17))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 26)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[2:21]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[10:21]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += list(range(29))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 23)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[8]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*[], 6]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[5:25] = {1: 2, 3: 4}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, 'abc'))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, dict.fromkeys(range(24))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in dict.fromkeys(range(13))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[7:-3] = []
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(range(36))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, {1, 2, 3}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(10)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, {1: 2, 3: 4}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(b'xyz')
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [14, *[]]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, (33, 33)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(15)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(9)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(14)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list([34] * 4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(10, 33)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[6:17]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted(range(6))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(7)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 41)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[1:-1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[4]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend(reversed(range(5)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: heapq.heappop(a)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + list(range(27))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, {1: 2, 3: 4}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [45, *b'xyz']
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 35)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, iter([-5] * 23)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 13)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [25, *reversed(range(17))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, 'abc'))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(10, 26)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(10, 40)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += (x for x in range(13))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(8, 42)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(15)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: heapq.heappop(a)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = list(range(11))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += b'xyz'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, []))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[9:29] = list(range(16))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend(iter([41] * 39))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(9)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(6)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[10:9] = (x for x in range(38))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(-3, 34)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, {1, 2, 3}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in []]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += 'abc'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[10:-1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [-1, *b'xyz']
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(b'xyz')
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in ()]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 14)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(48)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in (44, 44)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted(list(range(34)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, b'xyz'))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += dict.fromkeys(range(16))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend(reversed(range(15)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(8)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in b'xyz']
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[-1:3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, []))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*b'xyz', 26]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[0]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[0:22] = (13, 13)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(8)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(6, 5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[-1:2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 2
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, list(range(5))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(7)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted((-1, -1))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [19, *iter([-2] * 19)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list([])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, 'abc'))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(9)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[6:21] = []
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += {1: 2, 3: 4}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*list(range(39)), 12]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, iter([41] * 24)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(7, 46)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(25)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[-1:27]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(26)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, {1: 2, 3: 4}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = 'abc'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 37)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend(reversed(range(37)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[2:15]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(8)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[6:2] = range(33)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted([12] * 25)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + reversed(range(21))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*(-3, -3), 7]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(11)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*{1: 2, 3: 4}, 38]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*{1: 2, 3: 4}, 30]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*b'xyz', 34]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(10)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::-2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(40)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*list(range(33)), -3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, ()))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*'abc', 25]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(list(range(13)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + {1: 2, 3: 4}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = {1: 2, 3: 4}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, (6, 6)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 32)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, {1, 2, 3}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[5:3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[6:10]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 21)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(12)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[4:2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [17, *{1: 2, 3: 4}]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 43)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = iter([-4] * 13)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, list(range(3))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 49)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(9, 24)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in (4, 4)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(8, 42)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
