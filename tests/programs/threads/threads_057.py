# generated threaded program 57 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue()
try:
    q0.get(timeout=0.001)
except queue.Empty as e:
    print('err0 empty after timeout', repr(e))
t0 = threading.Thread(target=len, args=([],))
t0.start()
t0.join()
try:
    t0.start()
except RuntimeError as e:
    print('err0', e)
l0 = threading.Lock()
try:
    l0.release()
except RuntimeError as e:
    print('err0', e)
s0 = threading.BoundedSemaphore(2)
try:
    s0.release()
except ValueError as e:
    print('err0', e)


def boom1():
    raise ValueError("bad1")
b1 = threading.Thread(target=boom1)
b1.start()
b1.join()
print("after boom1", b1.is_alive())


def talk2(i):
    me = threading.current_thread()
    print("thread2", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk2, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
