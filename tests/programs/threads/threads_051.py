# generated threaded program 51 (tests/probe/gen_threads.py)
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
ws0 = [Worker0(i) for i in range(3)]
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


def boom2():
    raise ValueError("bad2")
b2 = threading.Thread(target=boom2)
b2.start()
b2.join()
print("after boom2", b2.is_alive())

print("done", threading.active_count())
