# generated threaded program 103 (tests/probe/gen_threads.py)
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


lock1 = threading.RLock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        lock1.acquire()
        try:
            count1 += 1
        finally:
            lock1.release()
threads1 = [threading.Thread(target=add1, args=(1000,)) for _ in range(5)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
