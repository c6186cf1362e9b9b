# generated threaded program 53 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

t0 = threading.Thread(target=len, args=([],))
t0.start()
t0.join()
try:
    t0.start()
except RuntimeError as e:
    print('err0', e)
q0 = queue.Queue()
try:
    q0.get_nowait()
except queue.Empty:
    print('err0 empty')
q0 = queue.Queue()
try:
    q0.get(timeout=0.001)
except queue.Empty as e:
    print('err0 empty after timeout', repr(e))
q0 = queue.Queue()
try:
    q0.task_done()
except ValueError as e:
    print('err0', e)


q1 = queue.Queue(2)
got1 = []
glock1 = threading.Lock()
def produce1():
    for i in range(8):
        q1.put(i * 3)
    for _ in range(3):
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
cs1 = [threading.Thread(target=consume1) for _ in range(3)]
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
