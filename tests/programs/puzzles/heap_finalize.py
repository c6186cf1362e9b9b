import gc
import weakref
gc.disable(); gc.collect()
class N:
    pass
def done(tag):
    print('finalized', tag)
a = N()
f = weakref.finalize(a, done, 'a')
print(f.alive)
del a
print(f.alive)
b = N()
g = weakref.finalize(b, done, 'b')
print(g(), g.alive)
print(g())
c = N()
h = weakref.finalize(c, done, 'c')
print(h.detach() is not None, h.alive)
del c
print('end')
