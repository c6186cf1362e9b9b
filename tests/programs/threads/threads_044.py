# generated threaded program 44 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

s0 = threading.BoundedSemaphore(2)
try:
    s0.release()
except ValueError as e:
    print('err0', e)
t0 = threading.Thread(target=print)
try:
    t0.join()
except RuntimeError as e:
    print('err0', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err0', e)


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


rl2 = threading.RLock()
trail2 = []
def nest2(d):
    with rl2:
        trail2.append(d)
        if d > 0:
            nest2(d - 1)
ns2 = [threading.Thread(target=nest2, args=(3,)) for _ in range(2)]
for t in ns2:
    t.start()
for t in ns2:
    t.join()
print("rlock2", sorted(trail2), len(trail2))

print("done", threading.active_count())
