import gc; gc.disable(); gc.collect()
import weakref

class Conn:
    def __init__(self, name):
        self.name = name

def closer(name, tag):
    print("closing", name, tag)
    return name.upper()

c = Conn("db")
f1 = weakref.finalize(c, closer, "db", "first")
f2 = weakref.finalize(c, closer, "db", "second")
f3 = weakref.finalize(c, closer, "db", "third")
print("alive:", f1.alive, f2.alive, f3.alive)
print("atexit default:", f1.atexit)
pk = f2.peek()
print("peek f2:", pk[0] is c, pk[1] is closer, pk[2:])
det = f3.detach()
print("detach f3:", det[0] is c, det[1] is closer, det[2:])
print("f3 alive:", f3.alive, "detach again:", f3.detach())
print("call f1 manually:", f1())
print("f1 alive:", f1.alive, "call again:", f1())
del c, pk, det
print("after del c: f2 alive", f2.alive)
print("peek dead:", f2.peek())

d1 = Conn("x"); d2 = Conn("y")
g1 = weakref.finalize(d1, print, "fin x")
g2 = weakref.finalize(d2, print, "fin y")
g2.atexit = False
print("g2.atexit:", g2.atexit)
e = Conn("z")
weakref.finalize(e, print, "fin z at exit")
print("end of program")
