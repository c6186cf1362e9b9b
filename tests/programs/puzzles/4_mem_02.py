import gc
gc.disable(); gc.collect()
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen(tag):
    o = Obj(tag)
    try:
        yield 1
        print("resumed", o.n)
        yield 2
    finally:
        print("finally", o.n)


g1 = gen("a")
g2 = gen("b")
g3 = gen("c")
print("created")
print(next(g1), next(g2))
print(next(g2))
print("frame alive", g1.gi_frame is not None, g3.gi_frame is not None)
del g3
print("deleted unstarted")
del g1
print("deleted suspended")
print(list(g2))
print("g2 exhausted", g2.gi_frame)
del g2
g4 = gen("d")
next(g4)
g4.close()
print("closed d")
print("collected", gc.collect())
