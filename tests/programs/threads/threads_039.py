# generated threaded program 39 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        with lock0:
            count0 += 3
threads0 = [threading.Thread(target=add0, args=(50,)) for _ in range(4)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


lock1 = threading.Lock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        with lock1:
            count1 += 2
threads1 = [threading.Thread(target=add1, args=(200,)) for _ in range(3)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))


def talk2(i):
    me = threading.current_thread()
    print("thread2", i, me.name, threading.active_count())
for i in range(3):
    t = threading.Thread(target=talk2, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
