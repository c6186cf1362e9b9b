# generated threaded program 26 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(2)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(18):
        q0.put(i * 3)
    for _ in range(3):
        q0.put(None)
def consume0():
    while True:
        item = q0.get()
        if item is None:
            q0.task_done()
            break
        with glock0:
            got0.append(item)
        q0.task_done()
cs0 = [threading.Thread(target=consume0) for _ in range(3)]
for c in cs0:
    c.start()
p0 = threading.Thread(target=produce0)
p0.start()
q0.join()
p0.join()
for c in cs0:
    c.join()
print("queue0", sorted(got0), q0.qsize(), q0.empty(), q0.full(), q0.maxsize)


sem1 = threading.Semaphore(2)
inside1 = [0]
peak1 = [0]
guard1 = threading.Lock()
def limited1():
    with sem1:
        with guard1:
            inside1[0] += 1
            peak1[0] = max(peak1[0], inside1[0])
        time.sleep(0.001)
        with guard1:
            inside1[0] -= 1
ls1 = [threading.Thread(target=limited1) for _ in range(5)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 2, inside1[0])


class Ctx2:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter2", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit2", self.name, et.__name__ if et else None, ev)
        return True
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
