# generated threaded program 63 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

ev0 = threading.Event()
seen0 = []
def waiter0(i):
    ok = ev0.wait()
    seen0.append((i, ok))
ts0 = [threading.Thread(target=waiter0, args=(i,)) for i in range(2)]
for t in ts0:
    t.start()
print("event0 before", ev0.is_set(), len(seen0))
ev0.set()
for t in ts0:
    t.join()
print("event0 after", ev0.is_set(), sorted(seen0), ev0.wait(0.001))
ev0.clear()
print("event0 cleared", ev0.is_set(), ev0.wait(0.001), ev0.wait(timeout=0))


out1 = []
def work1(i):
    out1.append(i * i)
ws1 = []
for j in range(5):
    t = threading.Thread(target=work1, args=(1 * 10 + j,))
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])

print("done", threading.active_count())
