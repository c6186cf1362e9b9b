# Shutdown: garbage left by a disabled collector is freed at teardown with the globals.
import gc
gc.disable()
class C:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
C(1)
C(2)
c = C(3)
print("end")
