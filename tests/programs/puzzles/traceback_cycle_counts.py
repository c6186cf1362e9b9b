import gc
gc.disable(); gc.collect()
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def fail(tag):
    r = Res(tag)
    raise ValueError("boom " + tag)
def keeper():
    try:
        fail("inner")
    except ValueError as e:
        err = e
    print("keeper done", err)
keeper()
print("collected", gc.collect())
def deeper():
    x = [1, 2]
    try:
        keeper2()
    except KeyError as e:
        saved = e
    return 1
def keeper2():
    y = Res("y")
    raise KeyError("k")
deeper()
print("collected", gc.collect())
