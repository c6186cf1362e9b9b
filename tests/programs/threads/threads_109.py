# generated threaded program 109 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue()
try:
    q0.task_done()
except ValueError as e:
    print('err0', e)
q0 = queue.Queue(1)
q0.put(1)
try:
    q0.put(2, block=False)
except queue.Full:
    print('err0 full', q0.qsize())
l0 = threading.Lock()
try:
    l0.release()
except RuntimeError as e:
    print('err0', e)


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(3):
    t = threading.Thread(target=talk1, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())

print("done", threading.active_count())
