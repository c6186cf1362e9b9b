# generated threaded program 79 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append(str(i) * 2)
ws0 = []
for j in range(2):
    t = threading.Thread(target=work0, args=(0 * 10 + j,))
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


t1 = threading.Thread(target=print)
try:
    t1.join()
except RuntimeError as e:
    print('err1', e)
l1 = threading.Lock()
try:
    l1.release()
except RuntimeError as e:
    print('err1', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err1', e)


def talk2(i):
    me = threading.current_thread()
    print("thread2", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk2, args=(i,), name='w2-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
