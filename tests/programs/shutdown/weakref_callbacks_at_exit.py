# Shutdown: the final collection frees the u cycle and calls ru back; at teardown t and r die together, so r calls nothing.
import weakref, gc
class T:
    pass
def gone(r):
    print("callback")
t = T()
r = weakref.ref(t, gone)
u = T()
u.self = u
ru = weakref.ref(u, gone)
del u
print(gc.isenabled())
