# generated threaded program 29 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue()
try:
    q0.get(timeout=0.001)
except queue.Empty as e:
    print('err0 empty after timeout', repr(e))
l0 = threading.Lock()
l0.acquire()
print('err0 held', l0.locked(), l0.acquire(timeout=0.002), l0.acquire(False))
l0.release()
print('err0 free', l0.locked())


lock1 = threading.Lock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        with lock1:
            count1 += 3
threads1 = [threading.Thread(target=add1, args=(1000,)) for _ in range(5)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))


q2 = queue.Queue(1)
got2 = []
glock2 = threading.Lock()
def produce2():
    for i in range(3):
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
