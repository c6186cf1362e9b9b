# Shutdown: with the collector disabled, teardown still collects: the suspended generator's finally runs.
import gc
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
next(g)
class A:
    def __del__(self):
        print("A del")
x = A()
gc.disable()
