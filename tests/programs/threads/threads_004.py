# generated threaded program 4 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def talk0(i):
    me = threading.current_thread()
    print("thread0", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk0, args=(i,), name='w0-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined0", i, t.is_alive())


sem1 = threading.Semaphore(1)
inside1 = [0]
peak1 = [0]
guard1 = threading.Lock()
def limited1():
    with sem1:
        with guard1:
            inside1[0] += 1
            peak1[0] = max(peak1[0], inside1[0])
        time.sleep(0.001)
        with guard1:
            inside1[0] -= 1
ls1 = [threading.Thread(target=limited1) for _ in range(3)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 1, inside1[0])


rl2 = threading.RLock()
trail2 = []
def nest2(d):
    with rl2:
        trail2.append(d)
        if d > 0:
            nest2(d - 1)
ns2 = [threading.Thread(target=nest2, args=(3,)) for _ in range(2)]
for t in ns2:
    t.start()
for t in ns2:
    t.join()
print("rlock2", sorted(trail2), len(trail2))

print("done", threading.active_count())
