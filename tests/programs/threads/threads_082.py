# generated threaded program 82 (tests/probe/gen_threads.py)
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


out1 = []
def work1(i):
    out1.append([i] * 3)
ws1 = []
for j in range(2):
    t = threading.Thread(target=work1, args=(1 * 10 + j,))
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])


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
for v in range(14):
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

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
