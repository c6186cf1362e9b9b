# Generated: an LCG-driven mix of stores, pops, deletes, updates, setdefault and popitem on
# a subclass of OrderedDict overriding some special methods (its truth comes from its __len__).
from collections import OrderedDict
import sys
class C(OrderedDict):
    def __contains__(self, key):
        return super().__contains__(key)
    def __repr__(self):
        return 'C' + OrderedDict.__repr__(self)
    def __len__(self):
        return super().__len__() + 100
    def __eq__(self, other):
        return 'eq'
    def total(self):
        return sum(v for v in self.values() if isinstance(v, int))
c = C(a=1, b=2)
x = 374810
for step in range(400):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x >> 8) % 13
    op = (x >> 4) % 9
    if op < 3:
        c[k] = step
    elif op == 3:
        c.pop(k, None)
    elif op == 4 and k in c:
        del c[k]
    elif op == 5:
        c.update({k: -step})
    elif op == 6:
        c.setdefault(k, step * 2)
    elif op == 7:
        v = c[k] if (k in c or hasattr(C, '__missing__')) else None
    elif op == 8 and len(c) > 3 and c:
        c.popitem()
    if step % 25 == 0:
        print(step, len(c), sorted(c.items(), key=repr) == sorted(dict.items(c), key=repr), c.total())
print(c, len(c), list(c)[:5], c == {}, sys.getsizeof(c), type(c).__name__)
print(sorted(dict.items(c), key=repr)[:5])
table = c
