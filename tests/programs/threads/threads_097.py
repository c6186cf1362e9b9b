# generated threaded program 97 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

rl0 = threading.RLock()
trail0 = []
def nest0(d):
    with rl0:
        trail0.append(d)
        if d > 0:
            nest0(d - 1)
ns0 = [threading.Thread(target=nest0, args=(2,)) for _ in range(2)]
for t in ns0:
    t.start()
for t in ns0:
    t.join()
print("rlock0", sorted(trail0), len(trail0))


out1 = []
def work1(i):
    out1.append((i, -i))
ws1 = []
for j in range(2):
    t = threading.Thread(target=work1, args=(1 * 10 + j,))
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])

print("done", threading.active_count())

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
