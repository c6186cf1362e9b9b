# generated threaded program 22 (tests/probe/gen_threads.py)
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
ls0 = [threading.Thread(target=limited0) for _ in range(4)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 2, inside0[0])


out1 = []
def work1(i):
    out1.append((i, -i))
ws1 = []
for j in range(2):
    t = threading.Thread(target=work1, kwargs={'i': 1 * 10 + j})
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])


q2 = queue.Queue(0)
got2 = []
glock2 = threading.Lock()
def produce2():
    for i in range(19):
        q2.put(i * 3)
    for _ in range(2):
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
cs2 = [threading.Thread(target=consume2) for _ in range(2)]
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

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
