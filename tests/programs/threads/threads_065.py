# generated threaded program 65 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        lock0.acquire()
        try:
            count0 += 1
        finally:
            lock0.release()
threads0 = [threading.Thread(target=add0, args=(10,)) for _ in range(2)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk1, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())


ev2 = threading.Event()
seen2 = []
def waiter2(i):
    ok = ev2.wait()
    seen2.append((i, ok))
ts2 = [threading.Thread(target=waiter2, args=(i,)) for i in range(4)]
for t in ts2:
    t.start()
print("event2 before", ev2.is_set(), len(seen2))
ev2.set()
for t in ts2:
    t.join()
print("event2 after", ev2.is_set(), sorted(seen2), ev2.wait(0.001))
ev2.clear()
print("event2 cleared", ev2.is_set(), ev2.wait(0.001), ev2.wait(timeout=0))

print("done", threading.active_count())
