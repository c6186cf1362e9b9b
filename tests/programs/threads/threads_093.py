# generated threaded program 93 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(2)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(3):
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


q1 = queue.Queue(0)
got1 = []
glock1 = threading.Lock()
def produce1():
    for i in range(8):
        q1.put(i * 3)
    for _ in range(2):
        q1.put(None)
def consume1():
    while True:
        item = q1.get()
        if item is None:
            q1.task_done()
            break
        with glock1:
            got1.append(item)
        q1.task_done()
cs1 = [threading.Thread(target=consume1) for _ in range(2)]
for c in cs1:
    c.start()
p1 = threading.Thread(target=produce1)
p1.start()
q1.join()
p1.join()
for c in cs1:
    c.join()
print("queue1", sorted(got1), q1.qsize(), q1.empty(), q1.full(), q1.maxsize)


sem2 = threading.Semaphore(1)
inside2 = [0]
peak2 = [0]
guard2 = threading.Lock()
def limited2():
    with sem2:
        with guard2:
            inside2[0] += 1
            peak2[0] = max(peak2[0], inside2[0])
        time.sleep(0.001)
        with guard2:
            inside2[0] -= 1
ls2 = [threading.Thread(target=limited2) for _ in range(4)]
for t in ls2:
    t.start()
for t in ls2:
    t.join()
print("semaphore2", peak2[0] <= 1, inside2[0])

print("done", threading.active_count())
