# Shutdown: a __del__ that resurrects its object at teardown.
keep = []
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        keep.append(self)
a = R(1)
b = R(2)
a.peer = b
