# generated threaded program 68 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

qs0 = [queue.Queue() for _ in range(4)]
def stage0(i):
    while True:
        x = qs0[i].get()
        if x is None:
            qs0[i + 1].put(None)
            return
        qs0[i + 1].put(x * 2 + i)
st0 = [threading.Thread(target=stage0, args=(i,), daemon=True) for i in range(3)]
for t in st0:
    t.start()
for v in range(5):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[3].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk1, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())

print("done", threading.active_count())
