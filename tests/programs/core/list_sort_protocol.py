# list_sort_impl(): the list is empty while it sorts, keys come first, a failed sort
# leaves the order it reached, growing the list is "list modified during sort".
for kw in [dict(reverse=1.5), dict(reverse=None), dict(reverse=2**100), dict(reverse=-2**40),
           dict(reverse=2), dict(reverse=0), dict(reverse="yes"), dict(foo=1),
           dict(foo=1, reverse="x"), dict(reverse=[]), dict(key=None, reverse=True)]:
    try:
        print(sorted([2, 1, 3], **kw))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for a in [(), ([1], [2])]:
    try:
        sorted(*a)
    except TypeError as e:
        print(e)
try:
    sorted(key=len)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)

for rev in [False, True]:
    d = [3, 1, 2, 'a', 0]
    try:
        d.sort(reverse=rev)
    except TypeError as e:
        print(e, d)

d = [5, 4, 3]
def seen(x):
    print("key sees", len(d), d)
    return x
d.sort(key=seen)
print(d)

d = [5, 4, 3]
def grows(x):
    d.append(x)
    return x
try:
    d.sort(key=grows)
except ValueError as e:
    print(e, d)

d = [5, 4, 3]
def grows_and_shrinks(x):
    d.append(1)
    d.pop()
    return x
try:
    d.sort(key=grows_and_shrinks)
except ValueError as e:
    print(e, d)

d = [5, 4, 3]
def clears(x):
    d.clear()
    return x
d.sort(key=clears)
print(d)

d = [2, 1, 'x']
try:
    d.sort(key=lambda x: x)
except TypeError as e:
    print(e, d)

d2 = [5, 2, 9, 1]
def raising(x):
    if x == 9:
        raise KeyError('nine')
    return x
try:
    d2.sort(key=raising, reverse=True)
except KeyError as e:
    print('KeyError', e, d2)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("compare", self.n, other.n)
        return self.n < other.n
    def __repr__(self):
        return f"L{self.n}"
items = [Loud(n) for n in [4, 2, 5, 1, 3]]
items.sort(key=lambda x: x)
print(items)
print(sorted([Loud(n) for n in [3, 1, 2]], reverse=True))
