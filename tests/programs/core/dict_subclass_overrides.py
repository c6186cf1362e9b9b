# Dict subclasses: an inherited __missing__ reached through super().__getitem__, an
# __init__ that skips dict.__init__, __iter__/__len__/__contains__ overrides, a mixin,
# the layout conflict with list, __delitem__/__eq__ overrides, a memoizing __call__.
import sys

class Base(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value

class Child(Base):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

c = Child()
print(c['ABC'], c['abc'], c, isinstance(c, Base), type(c).__mro__)
print(c.__class__.__name__, vars(c), sys.getsizeof(c), sys.getsizeof(Base()))

class NoInit(dict):
    def __init__(self, *args):
        pass

n = NoInit({'a': 1})
print(n, len(n), bool(n))

class Ordered(dict):
    def __iter__(self):
        return iter(sorted(dict.__iter__(self)))
    def __len__(self):
        return 99
    def __contains__(self, key):
        return True

o = Ordered(b=1, a=2)
print(list(o), len(o), 'zzz' in o, bool(o), [k for k in o], sorted(o.keys()))
for k in o:
    print('key', k)

class Mixin:
    def hello(self):
        return 'hello ' + str(len(self))

class Both(Mixin, dict):
    pass

b = Both(x=1)
print(b.hello(), b, Both.__mro__)
try:
    class Bad(dict, list):
        pass
except TypeError as e:
    print('TypeError', e)

class Track(dict):
    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)
    def __eq__(self, other):
        return 'eq called'

t = Track(a=1, b=2, c=3)
del t['a']
print(t.pop('b'), t, t == {}, t != {}, {} == t)
t2 = Track.fromkeys(range(3), 0)
print(t2, type(t2).__name__)

class Memo(dict):
    def __init__(self, func):
        super().__init__()
        self.func = func
    def __call__(self, *args):
        return self[args]
    def __missing__(self, key):
        result = self[key] = self.func(*key)
        return result

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(fib), sys.getsizeof(fib))
table = fib
