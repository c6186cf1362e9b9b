# Generated: 150 pseudo-random list operations, the size and sys.getsizeof() after each.
import sys, heapq
a = []
b = None
try:
    del a[::-1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, list(range(13))))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[6:0] = [40] * 35
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in list(range(27))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*{1: 2, 3: 4}, 32]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, {1, 2, 3}))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[-3:26]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list([-2] * 31)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 40)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(7)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 13)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(dict.fromkeys(range(20)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted((x for x in range(3)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(range(4))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list({1: 2, 3: 4})
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, -4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[9:29] = b'xyz'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(b'xyz')
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[-3:14]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += ()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 1
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + list(range(8))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: heapq.heappop(a)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[-3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
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
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 2)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [x for x in 'abc']
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(filter(None, ()))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [5, *[26] * 25]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[2:17]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(23)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[-2:11]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[1]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(1, -1)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend({1, 2, 3})
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[1:19]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(5, 27)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(map(abs, iter([37] * 6)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[0:5]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(7, -1)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(1, 37)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + {1: 2, 3: 4}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[5:6]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [41, *iter([13] * 9)]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [28, *()]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + range(1)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(27)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[0]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*list(range(18)), 24]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(8)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[3:17]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(20)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[10]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[9]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = b'xyz'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[-2:7]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += list(range(31))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(-1)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: del a[5]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[::2] = a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(11)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(10)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(31)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted({1, 2, 3})
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[1:11]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + {1, 2, 3}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a + 'abc'
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += iter([0] * 26)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.reverse()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    b, *a = {1, 2, 3}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 3
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list((26, 26))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(3, 4)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend([])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::2]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[3:12] = ()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [18, *[16] * 38]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [14, *()]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(11)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    del a[::3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a.copy()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend((x for x in range(6)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [48, *list(range(7))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a[0:8] = {1, 2, 3}
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(-2)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[-2:26]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.append(23)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a *= 2
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a[1:-3]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a += range(23)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = list(())
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.extend(dict.fromkeys(range(19)))
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.clear()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [*{1, 2, 3}, 37]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [21, *dict.fromkeys(range(22))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [22, *(x for x in range(13))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, 18)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.insert(11, 46)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = [17, *list(range(10))]
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(0)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a.sort(); heapq.heappush(a, -2)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = sorted(b'xyz')
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    a = a * 0
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.pop(10)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
try:
    if a: a.remove(a[0])
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(a), sys.getsizeof(a))
