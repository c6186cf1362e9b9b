# generated threaded program 47 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def boom0():
    raise ValueError("bad0")
b0 = threading.Thread(target=boom0)
b0.start()
b0.join()
print("after boom0", b0.is_alive())


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
for v in range(14):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[3].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


out2 = []
def work2(i):
    out2.append((i, -i))
ws2 = []
for j in range(4):
    t = threading.Thread(target=work2, kwargs={'i': 2 * 10 + j})
    ws2.append(t)
    t.start()
for t in ws2:
    t.join()
print("results2", sorted(out2), len(out2), [t.is_alive() for t in ws2])

print("done", threading.active_count())
