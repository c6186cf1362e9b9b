# Counter is written in Python: its methods are bound methods (fromkeys a class method
# bound to the class) and the class's are functions. OrderedDict and defaultdict are C
# types: built-in methods, method descriptors of the type that defines them.
from collections import Counter, OrderedDict, defaultdict


def shown(x):
    return repr(x).split(" at 0x")[0]


c = Counter(a=1)
print(c.most_common, type(c.most_common))
for name in ["elements", "total", "update", "subtract", "copy", "fromkeys"]:
    print(name, getattr(c, name), type(getattr(c, name)).__name__)
for name in ["get", "keys", "items", "pop", "setdefault"]:
    print(name, shown(getattr(c, name)), type(getattr(c, name)).__name__)
m = c.most_common
print(m.__self__ is c, m.__name__, m.__qualname__, m.__module__, m == c.most_common)
print(m(), Counter.most_common(c), Counter.total(c))
for name in ["copy", "update", "most_common"]:
    print(shown(getattr(Counter, name)), type(getattr(Counter, name)).__name__)
print(Counter.fromkeys, Counter.fromkeys is not Counter.fromkeys)
print(Counter.get, Counter.get is dict.get)
for call in [lambda: Counter.most_common(), lambda: c.fromkeys("ab"), lambda: Counter.fromkeys("ab")]:
    try:
        call()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)

od = OrderedDict(a=1)
for name in ["move_to_end", "get", "keys", "popitem", "copy", "fromkeys", "update"]:
    print(name, shown(getattr(od, name)), type(getattr(od, name)).__name__)
for name in ["get", "copy", "update", "move_to_end", "keys", "values", "items", "pop"]:
    print(name, getattr(OrderedDict, name))
print(OrderedDict.get is dict.get, OrderedDict.keys is dict.keys)
print(OrderedDict().fromkeys("ab"))

dd = defaultdict(int)
for name in ["copy", "get"]:
    print(name, shown(getattr(dd, name)), type(getattr(dd, name)).__name__)
for name in ["get", "copy", "update"]:
    print(name, getattr(defaultdict, name))

print(shown({}.fromkeys), {}.fromkeys("xy", 0))


class D(dict):
    pass


print(shown(D().fromkeys), type(D().fromkeys("ab")).__name__)
print(bool.bit_length, dict.get)
for call in [
    lambda: OrderedDict.move_to_end(5, "a"),
    lambda: OrderedDict.move_to_end(),
    lambda: OrderedDict.get(5, "a"),
    lambda: defaultdict.copy(5),
    lambda: defaultdict.move_to_end,
    lambda: OrderedDict.most_common,
    lambda: Counter.move_to_end,
]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
