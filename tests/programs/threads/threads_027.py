# generated threaded program 27 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append([i] * 3)
ws0 = []
for j in range(2):
    t = threading.Thread(target=work0, kwargs={'i': 0 * 10 + j})
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


class Worker1(threading.Thread):
    def __init__(self, i):
        super().__init__(name='sub1-' + str(i))
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 1
class Plain1(threading.Thread):
    pass
ws1 = [Worker1(i) for i in range(4)]
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


out2 = []
def work2(i):
    out2.append((i, -i))
ws2 = []
for j in range(5):
    t = threading.Thread(target=work2, args=(2 * 10 + j,))
    ws2.append(t)
    t.start()
for t in ws2:
    t.join()
print("results2", sorted(out2), len(out2), [t.is_alive() for t in ws2])

print("done", threading.active_count())
