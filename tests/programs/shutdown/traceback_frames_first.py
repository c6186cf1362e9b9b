# Shutdown: frames the traceback holds die (innermost first) before __main__'s globals.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def inner():
    local = Noisy("inner's local")
    raise RuntimeError("uncaught")

def outer():
    mine = Noisy("outer's local")
    inner()

g = Noisy("global")
outer()
