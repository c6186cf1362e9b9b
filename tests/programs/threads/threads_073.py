# generated threaded program 73 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append((i, -i))
ws0 = []
for j in range(6):
    t = threading.Thread(target=work0, args=(0 * 10 + j,))
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


out1 = []
def work1(i):
    out1.append(str(i) * 2)
ws1 = []
for j in range(6):
    t = threading.Thread(target=work1, kwargs={'i': 1 * 10 + j})
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])


qs2 = [queue.Queue() for _ in range(4)]
def stage2(i):
    while True:
        x = qs2[i].get()
        if x is None:
            qs2[i + 1].put(None)
            return
        qs2[i + 1].put(x * 2 + i)
st2 = [threading.Thread(target=stage2, args=(i,), daemon=True) for i in range(3)]
for t in st2:
    t.start()
for v in range(5):
    qs2[0].put(v)
qs2[0].put(None)
res2 = []
while True:
    x = qs2[3].get()
    if x is None:
        break
    res2.append(x)
print("pipeline2", res2, [t.daemon for t in st2])

print("done", threading.active_count())
