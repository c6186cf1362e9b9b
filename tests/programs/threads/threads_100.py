# generated threaded program 100 (tests/probe/gen_threads.py)
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
ls0 = [threading.Thread(target=limited0) for _ in range(3)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 2, inside0[0])


class Worker1(threading.Thread):
    def __init__(self, i):
        super().__init__(name='sub1-' + str(i))
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
