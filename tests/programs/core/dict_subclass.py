# Python subclasses of dict: __missing__, an overridden __setitem__ that dict.__init__,
# update() and setdefault() bypass, __getattr__ over the keys, a __repr__ calling
# dict.__repr__, super() and dict.__getitem__, fromkeys through the class, copy() and |.
import sys

class Default0(dict):
    def __missing__(self, key):
        return 0

d = Default0(a=1)
print(d['a'], d['zz'], d, len(d), 'zz' in d, type(d).__name__, isinstance(d, dict))

class Loud(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value * 10)

l = Loud({'x': 1}, y=2)
l['z'] = 3
l.update(w=4)
l.setdefault('v', 5)
print(l, l.get('z'), dict(l), sys.getsizeof(l), sys.getsizeof(dict(l)))

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

a = Attr(p=1)
a['q'] = 2
a.note = 'attr'
print(a.note, a.__dict__, a)
print(a.p, a.q, a, a.get('q'))
try:
    a.missing
except AttributeError as e:
    print('AttributeError', e)

class Counting(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.hits = 0
    def __getitem__(self, key):
        self.hits += 1
        return dict.__getitem__(self, key)
    def __repr__(self):
        return 'Counting(' + dict.__repr__(self) + ')'

c = Counting([('k', 1)])
print(c['k'], c['k'], c.hits, c, str(c), [c])
print(c == {'k': 1}, {'k': 1} == c, c != {'k': 2})
try:
    hash(c)
except TypeError as e:
    print(e)
for k in c:
    print(k)
print(list(c.items()), sorted(Default0(b=2, a=1)))
e = Default0()
for i in range(20):
    e[i * 7] = i
print(sys.getsizeof(e), e[3], list(e)[:5])
print(Default0.__mro__, Default0.__bases__)
print(type(Default0()) is Default0, Default0.fromkeys('ab'), type(Default0.fromkeys('ab')).__name__)
x = Default0(z=1)
y = x.copy()
print(type(y).__name__, y)
del x['z']
try:
    del x['z']
except KeyError as err:
    print('KeyError', err)
print(x | {'q': 1}, type(x | {'q': 1}).__name__)
