import gc
gc.disable(); gc.collect()
import weakref


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del start", self.name)
        raise RuntimeError("fail in del " + self.name)


class Good:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("good del", self.name)


b = Bad("solo")
del b
print("after solo")
x = Bad("x")
y = Good("y")
x.y = y
y.x = x
del x, y
print("collected", gc.collect())
lst = [Bad("l0"), Good("l1"), Bad("l2")]
del lst
print("after list")
z = Bad("z")
z = None
print("end")
