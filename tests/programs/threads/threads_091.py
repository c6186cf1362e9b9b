# generated threaded program 91 (tests/probe/gen_threads.py)
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
        return True
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


qs2 = [queue.Queue() for _ in range(3)]
def stage2(i):
    while True:
        x = qs2[i].get()
        if x is None:
            qs2[i + 1].put(None)
            return
        qs2[i + 1].put(x * 2 + i)
st2 = [threading.Thread(target=stage2, args=(i,), daemon=True) for i in range(2)]
for t in st2:
    t.start()
for v in range(3):
    qs2[0].put(v)
qs2[0].put(None)
res2 = []
while True:
    x = qs2[2].get()
    if x is None:
        break
    res2.append(x)
print("pipeline2", res2, [t.daemon for t in st2])

print("done", threading.active_count())
