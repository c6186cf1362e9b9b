# generated threaded program 75 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

ev0 = threading.Event()
seen0 = []
def waiter0(i):
    ok = ev0.wait()
    seen0.append((i, ok))
ts0 = [threading.Thread(target=waiter0, args=(i,)) for i in range(3)]
for t in ts0:
    t.start()
print("event0 before", ev0.is_set(), len(seen0))
ev0.set()
for t in ts0:
    t.join()
print("event0 after", ev0.is_set(), sorted(seen0), ev0.wait(0.001))
ev0.clear()
print("event0 cleared", ev0.is_set(), ev0.wait(0.001), ev0.wait(timeout=0))


q1 = queue.Queue()
try:
    q1.get_nowait()
except queue.Empty:
    print('err1 empty')
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('err1', e)


qs2 = [queue.Queue() for _ in range(3)]
def stage2(i):
    while True:
        x = qs2[i].get()
        if x is None:
            qs2[i + 1].put(None)
            return
        qs2[i + 1].put(x * 2 + i)
st2 = [threading.Thread(target=stage2, args=(i,), daemon=True) for i in range(2)]
for t in st2:
    t.start()
for v in range(3):
    qs2[0].put(v)
qs2[0].put(None)
res2 = []
while True:
    x = qs2[2].get()
    if x is None:
        break
    res2.append(x)
print("pipeline2", res2, [t.daemon for t in st2])

print("done", threading.active_count())
