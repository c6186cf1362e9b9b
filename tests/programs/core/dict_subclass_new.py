# A dict subclass with __new__ and __init__ both passing arguments to dict's, and one
# used as a registry through a classmethod and a decorator.
class Frozen(dict):
    def __new__(cls, *args, **kw):
        print('new', cls.__name__, args, kw)
        return super().__new__(cls, *args, **kw)
    def __init__(self, *args, **kw):
        print('init', args, kw)
        super().__init__(*args, **kw)

f = Frozen({'a': 1}, b=2)
print(f, type(f).__name__, len(f))

class Registry(dict):
    instances = 0
    def __init__(self, name):
        super().__init__()
        Registry.instances += 1
        self.name = name
    def register(self, key):
        def deco(fn):
            self[key] = fn
            return fn
        return deco
    @classmethod
    def make(cls, name):
        return cls(name)

r = Registry.make('ops')
@r.register('add')
def add(a, b):
    return a + b
print(r['add'](2, 3), r.name, Registry.instances, list(r), isinstance(r, Registry))
