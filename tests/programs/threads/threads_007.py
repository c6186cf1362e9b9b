# generated threaded program 7 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

class Ctx0:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter0", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit0", self.name, et.__name__ if et else None, ev)
        return False
with Ctx0("a") as x0:
    print("body0", x0)
try:
    with Ctx0("b"), Ctx0("c") as y0:
        print("inner0", y0)
        raise KeyError("k0")
    print("suppressed0")
except KeyError as e:
    print("escaped0", e)
def early0():
    for i in range(3):
        with Ctx0("loop" + str(i)):
            if i == 1:
                return i
print("early0", early0())


class Ctx1:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter1", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit1", self.name, et.__name__ if et else None, ev)
        return True
with Ctx1("a") as x1:
    print("body1", x1)
try:
    with Ctx1("b"), Ctx1("c") as y1:
        print("inner1", y1)
        raise KeyError("k1")
    print("suppressed1")
except KeyError as e:
    print("escaped1", e)
def early1():
    for i in range(3):
        with Ctx1("loop" + str(i)):
            if i == 1:
                return i
print("early1", early1())


class Worker2(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 2
class Plain2(threading.Thread):
    pass
ws2 = [Worker2(i) for i in range(4)]
print("subclass2", [repr(w) for w in ws2], isinstance(ws2[0], threading.Thread))
for w in ws2:
    w.start()
for w in ws2:
    w.join()
print("subclass2 results", [w.result for w in ws2], [w.is_alive() for w in ws2])
p2 = Plain2(target=lambda x: print("plain2", x), args=(2,))
p2.start()
p2.join()
print("subclass2 mro", [c.__name__ for c in Worker2.__mro__], p2.name)

print("done", threading.active_count())

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
