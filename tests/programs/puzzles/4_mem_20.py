import gc
gc.disable(); gc.collect()
import weakref


class Obj:
    pass


def report(*args, **kwargs):
    print("finalizer", args, sorted(kwargs.items()))
    return "ret-" + str(args[0])


o = Obj()
f1 = weakref.finalize(o, report, 1, 2, flag=True)
f2 = weakref.finalize(o, report, 3, extra="x")
f3 = weakref.finalize(o, report, 4)
print("alive", f1.alive, f2.alive, f3.alive)
pk = f2.peek()
print("peek", pk[1].__name__, pk[2], pk[3], pk[0] is o)
del pk
print("detach", f3.detach()[2])
print("f3 alive", f3.alive, f3.detach())
print("explicit call", f1())
print("second call", f1())
print("f1 alive", f1.alive)
o.me = o
del o
print("before collect")
print("collected", gc.collect())
print("f2 alive", f2.alive, f2.peek())
o2 = Obj()
f4 = weakref.finalize(o2, report, 5)
f4.atexit = True
print("atexit", f4.atexit)
print("end")
