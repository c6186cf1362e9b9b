# generated threaded program 25 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append(str(i) * 2)
ws0 = []
for j in range(6):
    t = threading.Thread(target=work0, args=(0 * 10 + j,))
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(1)]
for t in ts1:
    t.start()
print("event1 before", ev1.is_set(), len(seen1))
ev1.set()
for t in ts1:
    t.join()
print("event1 after", ev1.is_set(), sorted(seen1), ev1.wait(0.001))
ev1.clear()
print("event1 cleared", ev1.is_set(), ev1.wait(0.001), ev1.wait(timeout=0))


def talk2(i):
    me = threading.current_thread()
    print("thread2", i, me.name, threading.active_count())
for i in range(3):
    t = threading.Thread(target=talk2, args=(i,), name='w2-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
