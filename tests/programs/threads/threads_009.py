# generated threaded program 9 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

sem0 = threading.Semaphore(1)
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
print("semaphore0", peak0[0] <= 1, inside0[0])


out1 = []
def work1(i):
    out1.append(str(i) * 2)
ws1 = []
for j in range(4):
    t = threading.Thread(target=work1, args=(1 * 10 + j,))
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])


class Worker2(threading.Thread):
    def __init__(self, i):
        super().__init__(name='sub2-' + str(i))
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 2
class Plain2(threading.Thread):
    pass
ws2 = [Worker2(i) for i in range(1)]
print("subclass2", [repr(w) for w in ws2], isinstance(ws2[0], threading.Thread))
for w in ws2:
    w.start()
for w in ws2:
    w.join()
print("subclass2 results", [w.result for w in ws2], [w.is_alive() for w in ws2])
p2 = Plain2(target=lambda x: print("plain2", x), args=(2,))
p2.start()
p2.join()
print("subclass2 mro", [c.__name__ for c in Worker2.__mro__], p2.name)

print("done", threading.active_count())
