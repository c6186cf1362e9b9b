# A caught exception saved past its handler keeps the frame's locals alive (its traceback holds the frame object) until the cycle is collected.
import gc
class Res:
    def __del__(self):
        print("Res del")
def f():
    r = Res()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return err
x = f()
print("after f")
del x
print("after del")
gc.collect()
print("after collect")
def g():
    r = Res()
    try:
        raise ValueError("y")
    except ValueError:
        pass
    return 1
g()
print("after g")
