# generated threaded program 20 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

qs0 = [queue.Queue() for _ in range(4)]
def stage0(i):
    while True:
        x = qs0[i].get()
        if x is None:
            qs0[i + 1].put(None)
            return
        qs0[i + 1].put(x * 2 + i)
st0 = [threading.Thread(target=stage0, args=(i,), daemon=True) for i in range(3)]
for t in st0:
    t.start()
for v in range(13):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[3].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


out1 = []
def work1(i):
    out1.append(i * i)
ws1 = []
for j in range(5):
    t = threading.Thread(target=work1, kwargs={'i': 1 * 10 + j})
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])


class Ctx2:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter2", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit2", self.name, et.__name__ if et else None, ev)
        return False
with Ctx2("a") as x2:
    print("body2", x2)
try:
    with Ctx2("b"), Ctx2("c") as y2:
        print("inner2", y2)
        raise KeyError("k2")
    print("suppressed2")
except KeyError as e:
    print("escaped2", e)
def early2():
    for i in range(3):
        with Ctx2("loop" + str(i)):
            if i == 1:
                return i
print("early2", early2())

print("done", threading.active_count())
