import gc
import weakref
gc.disable(); gc.collect()
class N:
    pass
def done(tag):
    print('finalized', tag)
x = N()
y = N()
x.y = y
y.x = x
fx = weakref.finalize(x, done, 'x')
fy = weakref.finalize(y, done, 'y')
del x, y
print('alive', fx.alive, fy.alive)
n = gc.collect()
print('collected', n)
print('alive', fx.alive, fy.alive)
