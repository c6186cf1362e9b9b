# generated threaded program 1 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append((i, -i))
ws0 = []
for j in range(6):
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
ns1 = [threading.Thread(target=nest1, args=(4,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))


try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('err2', e)
l2 = threading.Lock()
try:
    l2.release()
except RuntimeError as e:
    print('err2', e)
try:
    time.sleep(-1)
except ValueError as e:
    print('err2', e)
l2 = threading.Lock()
l2.acquire()
print('err2 held', l2.locked(), l2.acquire(timeout=0.002), l2.acquire(False))
l2.release()
print('err2 free', l2.locked())

print("done", threading.active_count())
