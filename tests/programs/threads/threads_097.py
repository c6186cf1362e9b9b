# generated threaded program 97 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append(i + 100)
ws0 = []
for j in range(2):
    t = threading.Thread(target=work0, kwargs={'i': 0 * 10 + j})
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


out1 = []
def work1(i):
    out1.append(i + 100)
ws1 = []
for j in range(5):
    t = threading.Thread(target=work1, args=(1 * 10 + j,))
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])

print("done", threading.active_count())
