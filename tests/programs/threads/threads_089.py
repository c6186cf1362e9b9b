# generated threaded program 89 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

r0 = threading.RLock()
try:
    r0.release()
except RuntimeError as e:
    print('err0', e)
s0 = threading.BoundedSemaphore(2)
try:
    s0.release()
except ValueError as e:
    print('err0', e)
q0 = queue.Queue()
try:
    q0.task_done()
except ValueError as e:
    print('err0', e)


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(2)]
for t in ts1:
    t.start()
print("event1 before", ev1.is_set(), len(seen1))
ev1.set()
for t in ts1:
    t.join()
print("event1 after", ev1.is_set(), sorted(seen1), ev1.wait(0.001))
ev1.clear()
print("event1 cleared", ev1.is_set(), ev1.wait(0.001), ev1.wait(timeout=0))

print("done", threading.active_count())
