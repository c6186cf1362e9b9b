# Shutdown: atexit callbacks run newest first; then __main__'s teardown collects the a<->b cycle and frees c.
import atexit
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

def bye(msg, n=0):
    print("atexit", msg, n)

atexit.register(bye, "first")
atexit.register(bye, "second", n=2)

@atexit.register
def last():
    print("decorated")

a = Node("a")
b = Node("b")
a.other = b
b.other = a
c = Node("c")
print("end of module")
