# generated threaded program 78 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        lock0.acquire()
        try:
            count0 += 1
        finally:
            lock0.release()
threads0 = [threading.Thread(target=add0, args=(1000,)) for _ in range(2)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


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


qs2 = [queue.Queue() for _ in range(4)]
def stage2(i):
    while True:
        x = qs2[i].get()
        if x is None:
            qs2[i + 1].put(None)
            return
        qs2[i + 1].put(x * 2 + i)
st2 = [threading.Thread(target=stage2, args=(i,), daemon=True) for i in range(3)]
for t in st2:
    t.start()
for v in range(11):
    qs2[0].put(v)
qs2[0].put(None)
res2 = []
while True:
    x = qs2[3].get()
    if x is None:
        break
    res2.append(x)
print("pipeline2", res2, [t.daemon for t in st2])

print("done", threading.active_count())
