import gc
gc.disable(); gc.collect()
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def B():
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
def A():
    r = Res("A-local")
    B()
    print("B returned")
A()
print("after A")
print("collected", gc.collect())
