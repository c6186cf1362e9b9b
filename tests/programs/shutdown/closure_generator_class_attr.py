# Shutdown: objects held by a closure cell, a suspended generator's frame and a class attribute.
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    held = R("closure")
    def inner():
        return held.n
    return inner
f = make()
def gen():
    local = R("gen local")
    yield 1
    yield 2
g = gen()
next(g)
class Holder:
    kept = R("class attr")
print("end")
