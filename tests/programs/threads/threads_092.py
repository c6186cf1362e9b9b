# generated threaded program 92 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append(str(i) * 2)
ws0 = []
for j in range(1):
    t = threading.Thread(target=work0, kwargs={'i': 0 * 10 + j})
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


def boom1():
    raise ValueError("bad1")
b1 = threading.Thread(target=boom1)
b1.start()
b1.join()
print("after boom1", b1.is_alive())

print("done", threading.active_count())
