# generated threaded program 93 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

sem0 = threading.Semaphore(1)
inside0 = [0]
peak0 = [0]
guard0 = threading.Lock()
def limited0():
    with sem0:
        with guard0:
            inside0[0] += 1
            peak0[0] = max(peak0[0], inside0[0])
        time.sleep(0.001)
        with guard0:
            inside0[0] -= 1
ls0 = [threading.Thread(target=limited0) for _ in range(2)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 1, inside0[0])


q1 = queue.Queue(1)
got1 = []
glock1 = threading.Lock()
def produce1():
    for i in range(13):
        q1.put(i * 3)
    for _ in range(1):
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
cs1 = [threading.Thread(target=consume1) for _ in range(1)]
for c in cs1:
    c.start()
p1 = threading.Thread(target=produce1)
p1.start()
q1.join()
p1.join()
for c in cs1:
    c.join()
print("queue1", sorted(got1), q1.qsize(), q1.empty(), q1.full(), q1.maxsize)


sem2 = threading.Semaphore(2)
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
ls2 = [threading.Thread(target=limited2) for _ in range(3)]
for t in ls2:
    t.start()
for t in ls2:
    t.join()
print("semaphore2", peak2[0] <= 2, inside2[0])

print("done", threading.active_count())
