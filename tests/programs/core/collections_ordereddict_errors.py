# OrderedDict error messages and the types of its views and iterators.
from collections import OrderedDict
od = OrderedDict(a=1)
tests = [
    lambda: hash(od),
    lambda: OrderedDict(1),
    lambda: OrderedDict([1]),
    lambda: OrderedDict([(1, 2, 3)]),
    lambda: OrderedDict([(1,)]),
    lambda: OrderedDict({}, {}),
    lambda: od.update(1),
    lambda: od.update({}, {}),
    lambda: od | 5,
    lambda: od == 5,
    lambda: od != OrderedDict(a=1),
    lambda: type(od.keys()).__name__,
    lambda: type(iter(od.values())).__name__,
    lambda: isinstance(od.keys(), type({}.keys())),
    lambda: od.popitem(True),
    lambda: OrderedDict(b=2).popitem(0),
    lambda: od.setdefault('k'),
    lambda: od,
    lambda: od.pop('zz', None),
    lambda: od.get('k', 5),
    lambda: len(od),
    lambda: str(od.items()),
    lambda: OrderedDict.fromkeys(range(3)),
    lambda: OrderedDict(zip('abc', range(3))) == dict(zip('cba', range(3))[::-1]) if False else 0,
    lambda: list(OrderedDict.fromkeys('mississippi')),
    lambda: ''.join(OrderedDict.fromkeys('mississippi')),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
