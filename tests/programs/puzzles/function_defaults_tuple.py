import gc, sys
gc.disable(); gc.collect()
def f(a=1, b=(2, 3)): pass
def g(x=[]): pass
print(f.__defaults__ is f.__defaults__, g.__defaults__ is g.__defaults__, gc.is_tracked(f.__defaults__), gc.is_tracked(g.__defaults__))
del f
print(gc.collect())
g.__defaults__[0].append(g)
del g
print(gc.collect())
def h(k=[], *, j=5): return k
h.__defaults__ = ([1],)
print(h(), h.__defaults__)
h.__defaults__[0].append(h)
del h
print(gc.collect())
