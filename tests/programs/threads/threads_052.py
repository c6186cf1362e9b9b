# generated threaded program 52 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

lock0 = threading.Lock()
count0 = 0
def add0(times):
    global count0
    for _ in range(times):
        with lock0:
            count0 += 2
threads0 = [threading.Thread(target=add0, args=(1000,)) for _ in range(2)]
for t in threads0:
    t.start()
for t in threads0:
    t.join()
print("counter0", count0, lock0.acquire(blocking=False), lock0.acquire(False))


class Worker1(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 1
class Plain1(threading.Thread):
    pass
ws1 = [Worker1(i) for i in range(3)]
print("subclass1", [repr(w) for w in ws1], isinstance(ws1[0], threading.Thread))
for w in ws1:
    w.start()
for w in ws1:
    w.join()
print("subclass1 results", [w.result for w in ws1], [w.is_alive() for w in ws1])
p1 = Plain1(target=lambda x: print("plain1", x), args=(1,))
p1.start()
p1.join()
print("subclass1 mro", [c.__name__ for c in Worker1.__mro__], p1.name)

print("done", threading.active_count())

def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
