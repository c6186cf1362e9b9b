# lists, tuples, unpacking, comprehensions, iteration
xs = [5, 3, 8, 1]
xs.append(7); xs.insert(0, 9); xs.extend([2, 2]); xs.remove(2)
print(xs, xs.pop(), xs.pop(0), xs.index(8), xs.count(2), len(xs))
xs.sort(); print(xs); xs.reverse(); print(xs)
ys = xs[:]; ys[1:3] = [0, 0, 0]; del ys[0]; print(ys, xs)
t = (1, "two", 3.0, None, True)
a, b, *rest = t
print(a, b, rest, t[1:], t * 2, t + (6,), (1,) == (1,), (1, 2) < (1, 3))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [x for row in grid for x in row if x % 2 == 0])
print({k: len(k) for k in ["a", "bb", "ccc"]}, list(zip([1, 2, 3], "ab")), list(enumerate("xy", 1)))
print(list(range(10, 0, -3)), list(range(0)), range(5), range(1, 10, 2)[2], 7 in range(0, 10, 7))
print(any([0, 0, 1]), all([1, 2, 0]), list(reversed([1, 2, 3])), sum([[1], [2]], []))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
pairs = [(1, "b"), (0, "a")]
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
x = [1, 2]
x += (3,)
print(x, [0] * 3, [[]] * 2)
l = [1]
l.append(l)
print(l)
s = set()
for w in "mississippi":
    s.add(w)
print(sorted(s), len(s), {1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, frozenset({3, 1}) == {1, 3})
while xs:
    v = xs.pop()
    if v == 3:
        continue
    if v == 8:
        break
    print("popped", v)
else:
    print("drained")
