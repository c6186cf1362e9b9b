# generated threaded program 28 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def talk0(i):
    me = threading.current_thread()
    print("thread0", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk0, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined0", i, t.is_alive())


qs1 = [queue.Queue() for _ in range(3)]
def stage1(i):
    while True:
        x = qs1[i].get()
        if x is None:
            qs1[i + 1].put(None)
            return
        qs1[i + 1].put(x * 2 + i)
st1 = [threading.Thread(target=stage1, args=(i,), daemon=True) for i in range(2)]
for t in st1:
    t.start()
for v in range(1):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[2].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


q2 = queue.Queue(0)
got2 = []
glock2 = threading.Lock()
def produce2():
    for i in range(8):
        q2.put(i * 3)
    for _ in range(3):
        q2.put(None)
def consume2():
    while True:
        item = q2.get()
        if item is None:
            q2.task_done()
            break
        with glock2:
            got2.append(item)
        q2.task_done()
cs2 = [threading.Thread(target=consume2) for _ in range(3)]
for c in cs2:
    c.start()
p2 = threading.Thread(target=produce2)
p2.start()
q2.join()
p2.join()
for c in cs2:
    c.join()
print("queue2", sorted(got2), q2.qsize(), q2.empty(), q2.full(), q2.maxsize)

print("done", threading.active_count())
