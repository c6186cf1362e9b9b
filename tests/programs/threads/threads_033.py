# generated threaded program 33 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

sem0 = threading.Semaphore(2)
inside0 = [0]
peak0 = [0]
guard0 = threading.Lock()
def limited0():
    with sem0:
        with guard0:
            inside0[0] += 1
            peak0[0] = max(peak0[0], inside0[0])
        time.sleep(0.001)
        with guard0:
            inside0[0] -= 1
ls0 = [threading.Thread(target=limited0) for _ in range(3)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 2, inside0[0])


qs1 = [queue.Queue() for _ in range(4)]
def stage1(i):
    while True:
        x = qs1[i].get()
        if x is None:
            qs1[i + 1].put(None)
            return
        qs1[i + 1].put(x * 2 + i)
st1 = [threading.Thread(target=stage1, args=(i,), daemon=True) for i in range(3)]
for t in st1:
    t.start()
for v in range(1):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[3].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


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
