# generated threaded program 90 (tests/probe/gen_threads.py)
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
ns0 = [threading.Thread(target=nest0, args=(4,)) for _ in range(2)]
for t in ns0:
    t.start()
for t in ns0:
    t.join()
print("rlock0", sorted(trail0), len(trail0))


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(3):
    t = threading.Thread(target=talk1, args=(i,), name='w1-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())

print("done", threading.active_count())
