# Counter's unary and multiset operators, as Lib/collections/__init__.py fills their
# results: +c keeps the positive counts, -c negates the negative ones, in c's order.
from collections import Counter

c = Counter(a=1, b=-2)
print(-c)
print(+c)
mixed = Counter(a=3, b=-1, c=0, d=2, e=-5)
print(+mixed, -mixed, -(-mixed), +(+mixed))
print(type(-mixed).__name__, -Counter(), +Counter())
print(-Counter(x=0.5, y=-0.5) == Counter(y=0.5))
letters = Counter("abracadabra")
print(mixed + letters, mixed - letters, letters - mixed)
print(mixed | letters, mixed & letters, letters & mixed)
x = Counter(a=-2, z=5)
x += Counter(a=1, q=-1)
print(x)
x = Counter(a=-2, z=5)
x -= Counter(a=1, q=-1)
print(x)
x = Counter(a=-2, z=5)
x |= Counter(a=1, q=-1, z=7)
print(x)
x = Counter(a=-2, z=5)
x &= Counter(a=1, q=-1, z=7)
print(x)
try:
    ~c
except TypeError as e:
    print(e)
