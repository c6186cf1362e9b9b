# generated threaded program 53 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append(i + 100)
ws0 = []
for j in range(6):
    t = threading.Thread(target=work0, args=(0 * 10 + j,))
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


q1 = queue.Queue(0)
got1 = []
glock1 = threading.Lock()
def produce1():
    for i in range(11):
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

print("done", threading.active_count())
