# Shutdown: the uncaught exception's traceback keeps f's locals alive until sys.last_traceback is cleared.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def f():
    x = D("local")
    raise ValueError("boom")

g = D("global")
f()
