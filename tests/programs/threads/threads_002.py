# generated threaded program 2 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(1)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(16):
        q0.put(i * 3)
    for _ in range(1):
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
cs0 = [threading.Thread(target=consume0) for _ in range(1)]
for c in cs0:
    c.start()
p0 = threading.Thread(target=produce0)
p0.start()
q0.join()
p0.join()
for c in cs0:
    c.join()
print("queue0", sorted(got0), q0.qsize(), q0.empty(), q0.full(), q0.maxsize)


l1 = threading.Lock()
try:
    l1.release()
except RuntimeError as e:
    print('err1', e)
q1 = queue.Queue()
try:
    q1.task_done()
except ValueError as e:
    print('err1', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err1', e)
t1 = threading.Thread(target=print)
try:
    t1.join()
except RuntimeError as e:
    print('err1', e)


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
for v in range(6):
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
