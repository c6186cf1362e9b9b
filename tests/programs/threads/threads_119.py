# generated threaded program 119 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def boom0():
    raise ValueError("bad0")
b0 = threading.Thread(target=boom0)
b0.start()
b0.join()
print("after boom0", b0.is_alive())


class Ctx1:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter1", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit1", self.name, et.__name__ if et else None, ev)
        return False
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


out2 = []
def work2(i):
    out2.append(str(i) * 2)
ws2 = []
for j in range(1):
    t = threading.Thread(target=work2, args=(2 * 10 + j,))
    ws2.append(t)
    t.start()
for t in ws2:
    t.join()
print("results2", sorted(out2), len(out2), [t.is_alive() for t in ws2])

print("done", threading.active_count())
