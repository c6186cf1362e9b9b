# dict.__sizeof__() for every dict flavour, and the attribute dict of a dict subclass's
# instance: split over the class's keys once an attribute is stored, a plain empty dict
# when read before any store.
import collections
import sys


class A:
    pass


a = A()
a.x = 1


class D(dict):
    pass


class O(collections.OrderedDict):
    pass


print({}.__sizeof__(), {"a": 1}.__sizeof__(), a.__dict__.__sizeof__())
print(dict.fromkeys(range(10)).__sizeof__(), collections.defaultdict(int).__sizeof__())
print(collections.OrderedDict(a=1).__sizeof__(), O(b=2).__sizeof__())
print(collections.Counter("abc").__sizeof__(), D().__sizeof__())

d = D()
d.u = 6
print(sys.getsizeof(d.__dict__), d.__dict__)
e = D()
print(sys.getsizeof(e.__dict__), e.__dict__)
e.t = 1
print(sys.getsizeof(e.__dict__), e.__dict__)
f = D()
f.a = 1
del f.a
print(sys.getsizeof(f.__dict__), f.__dict__)
dd = d.__dict__
ed = e.__dict__
fd = f.__dict__
