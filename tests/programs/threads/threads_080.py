# generated threaded program 80 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(0)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(7):
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


q1 = queue.Queue()
try:
    q1.task_done()
except ValueError as e:
    print('err1', e)
t1 = threading.Thread(target=len, args=([],))
t1.start()
t1.join()
try:
    t1.start()
except RuntimeError as e:
    print('err1', e)
s1 = threading.BoundedSemaphore(2)
try:
    s1.release()
except ValueError as e:
    print('err1', e)
q1 = queue.Queue(1)
q1.put(1)
try:
    q1.put(2, block=False)
except queue.Full:
    print('err1 full', q1.qsize())


lock2 = threading.RLock()
count2 = 0
def add2(times):
    global count2
    for _ in range(times):
        with lock2:
            count2 += 1
threads2 = [threading.Thread(target=add2, args=(50,)) for _ in range(2)]
for t in threads2:
    t.start()
for t in threads2:
    t.join()
print("counter2", count2, lock2.acquire(blocking=False), lock2.acquire(False))

print("done", threading.active_count())
