# generated threaded program 66 (tests/probe/gen_threads.py)
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
ns0 = [threading.Thread(target=nest0, args=(3,)) for _ in range(2)]
for t in ns0:
    t.start()
for t in ns0:
    t.join()
print("rlock0", sorted(trail0), len(trail0))


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk1, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())


def boom2():
    raise ValueError("bad2")
b2 = threading.Thread(target=boom2)
b2.start()
b2.join()
print("after boom2", b2.is_alive())

print("done", threading.active_count())
