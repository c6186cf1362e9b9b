# generated threaded program 86 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(0)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(11):
        q0.put(i * 3)
    for _ in range(2):
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
cs0 = [threading.Thread(target=consume0) for _ in range(2)]
for c in cs0:
    c.start()
p0 = threading.Thread(target=produce0)
p0.start()
q0.join()
p0.join()
for c in cs0:
    c.join()
print("queue0", sorted(got0), q0.qsize(), q0.empty(), q0.full(), q0.maxsize)


def boom1():
    raise ValueError("bad1")
b1 = threading.Thread(target=boom1)
b1.start()
b1.join()
print("after boom1", b1.is_alive())


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
