# generated threaded program 74 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue(0)
got0 = []
glock0 = threading.Lock()
def produce0():
    for i in range(2):
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


try:
    time.sleep(-1)
except ValueError as e:
    print('err1', e)
q1 = queue.Queue()
try:
    q1.get(timeout=0.001)
except queue.Empty as e:
    print('err1 empty after timeout', repr(e))

print("done", threading.active_count())
