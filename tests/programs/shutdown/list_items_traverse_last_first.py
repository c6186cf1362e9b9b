# Shutdown: list_traverse visits items last-first, so a list's items are finalized in reverse.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x3 = D(3)
y = [D(6), D(7)]
x4 = D(4)
