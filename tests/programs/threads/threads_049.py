# generated threaded program 49 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append((i, -i))
ws0 = []
for j in range(2):
    t = threading.Thread(target=work0, args=(0 * 10 + j,))
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


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
for v in range(2):
    qs1[0].put(v)
qs1[0].put(None)
res1 = []
while True:
    x = qs1[3].get()
    if x is None:
        break
    res1.append(x)
print("pipeline1", res1, [t.daemon for t in st1])


q2 = queue.Queue(5)
got2 = []
glock2 = threading.Lock()
def produce2():
    for i in range(2):
        q2.put(i * 3)
    for _ in range(1):
        q2.put(None)
def consume2():
    while True:
        item = q2.get()
        if item is None:
            q2.task_done()
            break
        with glock2:
            got2.append(item)
        q2.task_done()
cs2 = [threading.Thread(target=consume2) for _ in range(1)]
for c in cs2:
    c.start()
p2 = threading.Thread(target=produce2)
p2.start()
q2.join()
p2.join()
for c in cs2:
    c.join()
print("queue2", sorted(got2), q2.qsize(), q2.empty(), q2.full(), q2.maxsize)

print("done", threading.active_count())
