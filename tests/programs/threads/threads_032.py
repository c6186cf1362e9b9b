# generated threaded program 32 (tests/probe/gen_threads.py)
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
for v in range(11):
    qs0[0].put(v)
qs0[0].put(None)
res0 = []
while True:
    x = qs0[3].get()
    if x is None:
        break
    res0.append(x)
print("pipeline0", res0, [t.daemon for t in st0])


s1 = threading.BoundedSemaphore(2)
try:
    s1.release()
except ValueError as e:
    print('err1', e)
try:
    time.sleep(-1)
except ValueError as e:
    print('err1', e)
q1 = queue.Queue()
try:
    q1.task_done()
except ValueError as e:
    print('err1', e)


out2 = []
def work2(i):
    out2.append(i + 100)
ws2 = []
for j in range(6):
    t = threading.Thread(target=work2, kwargs={'i': 2 * 10 + j})
    ws2.append(t)
    t.start()
for t in ws2:
    t.join()
print("results2", sorted(out2), len(out2), [t.is_alive() for t in ws2])

print("done", threading.active_count())
