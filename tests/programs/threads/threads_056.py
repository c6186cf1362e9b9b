# generated threaded program 56 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

qs0 = [queue.Queue() for _ in range(3)]
def stage0(i):
    while True:
        x = qs0[i].get()
        if x is None:
            qs0[i + 1].put(None)
            return
        qs0[i + 1].put(x * 2 + i)
st0 = [threading.Thread(target=stage0, args=(i,), daemon=True) for i in range(2)]
for t in st0:
    t.start()
for v in range(8):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[2].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


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

print("done", threading.active_count())
