# generated threaded program 13 (tests/probe/gen_threads.py)
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


rl1 = threading.RLock()
trail1 = []
def nest1(d):
    with rl1:
        trail1.append(d)
        if d > 0:
            nest1(d - 1)
ns1 = [threading.Thread(target=nest1, args=(2,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))


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
