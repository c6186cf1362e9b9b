import gc
gc.disable(); gc.collect()
import weakref

class Res:
    def __init__(self, name):
        self.name = name

def cleanup(name, tag):
    print("cleanup", name, tag)
    return name.upper()

r = Res("r1")
f = weakref.finalize(r, cleanup, "r1", tag="auto")
print("alive:", f.alive)
print("peek:", f.peek()[0].name, f.peek()[2:], f.peek()[1].__name__)
print("call ->", f())
print("alive after call:", f.alive, "call again ->", f())
r2 = Res("r2")
f2 = weakref.finalize(r2, cleanup, "r2", tag="detached")
d = f2.detach()
print("detach returned obj name:", d[0].name, "args:", d[2], "alive:", f2.alive)
del d
r3 = Res("r3")
r3.loop = r3
f3 = weakref.finalize(r3, cleanup, "r3", tag="gc")
del r, r2, r3
print("collect:", gc.collect())
print("f3 alive:", f3.alive)
r4 = Res("r4")
f4 = weakref.finalize(r4, cleanup, "r4", tag="atexit")
print("atexit flag:", f4.atexit)
print("end of program")
