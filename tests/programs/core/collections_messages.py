# What CPython's messages call defaultdict and Counter (tp_name), and which attributes are missing.
from collections import defaultdict, Counter
d = defaultdict(int)
c = Counter()
for f in [lambda: hash(d), lambda: d.foo, lambda: hash(c), lambda: c.foo, lambda: d + 1, lambda: len(d, 1),
          lambda: d < d, lambda: c < 1, lambda: iter(d).foo, lambda: d.keys().foo]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(type(d).__name__, type(c).__name__, type(d), type(c))
