# generated threaded program 77 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

class Worker0(threading.Thread):
    def __init__(self, i):
        super().__init__(name='sub0-' + str(i))
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 0
class Plain0(threading.Thread):
    pass
ws0 = [Worker0(i) for i in range(2)]
print("subclass0", [repr(w) for w in ws0], isinstance(ws0[0], threading.Thread))
for w in ws0:
    w.start()
for w in ws0:
    w.join()
print("subclass0 results", [w.result for w in ws0], [w.is_alive() for w in ws0])
p0 = Plain0(target=lambda x: print("plain0", x), args=(0,))
p0.start()
p0.join()
print("subclass0 mro", [c.__name__ for c in Worker0.__mro__], p0.name)


lock1 = threading.Lock()
count1 = 0
def add1(times):
    global count1
    for _ in range(times):
        lock1.acquire()
        try:
            count1 += 1
        finally:
            lock1.release()
threads1 = [threading.Thread(target=add1, args=(1000,)) for _ in range(3)]
for t in threads1:
    t.start()
for t in threads1:
    t.join()
print("counter1", count1, lock1.acquire(blocking=False), lock1.acquire(False))

print("done", threading.active_count())
