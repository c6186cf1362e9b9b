import gc
gc.disable(); gc.collect()
import weakref


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del val", self.n)


def memo(n, _cache={}):
    if n not in _cache:
        _cache[n] = Val(n)
    return _cache[n].n


print(memo(1), memo(2), memo(1))
print("cache size", len(memo.__defaults__[0]))
memo.__defaults__[0].pop(1)
print("popped 1")


def selfish(box=[]):
    return box


selfish().append(selfish)
selfish().append(Val(7))
ws = weakref.ref(selfish)
del selfish
print("selfish alive (cycle)", ws() is not None)
print("collected", gc.collect())
print("selfish alive", ws() is not None)
del memo
print("memo deleted")
