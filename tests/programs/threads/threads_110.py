# generated threaded program 110 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

rl0 = threading.RLock()
trail0 = []
def nest0(d):
    with rl0:
        trail0.append(d)
        if d > 0:
            nest0(d - 1)
ns0 = [threading.Thread(target=nest0, args=(2,)) for _ in range(2)]
for t in ns0:
    t.start()
for t in ns0:
    t.join()
print("rlock0", sorted(trail0), len(trail0))


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(1)]
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
