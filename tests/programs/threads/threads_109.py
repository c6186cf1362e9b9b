# generated threaded program 109 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append(i + 100)
ws0 = []
for j in range(4):
    t = threading.Thread(target=work0, kwargs={'i': 0 * 10 + j})
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk1, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())

print("done", threading.active_count())
