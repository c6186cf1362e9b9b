import gc
gc.disable(); gc.collect()
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fail(tag):
    r = Res(tag)
    raise ValueError("boom " + tag)


saved = None
try:
    fail("outer")
except ValueError as e:
    saved = e
print("caught", saved)
print("has tb", saved.__traceback__ is not None)
saved.__traceback__ = None
print("tb cleared")


def keeper():
    try:
        fail("inner")
    except ValueError as e:
        err = e
    print("keeper done", err)


keeper()
print("after keeper")
print("collected", gc.collect())
saved = None
print("end")
