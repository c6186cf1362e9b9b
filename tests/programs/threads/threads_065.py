# generated threaded program 65 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

l0 = threading.Lock()
try:
    l0.release()
except RuntimeError as e:
    print('err0', e)
l0 = threading.Lock()
l0.acquire()
print('err0 held', l0.locked(), l0.acquire(timeout=0.002), l0.acquire(False))
l0.release()
print('err0 free', l0.locked())


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(2):
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
