# generated threaded program 64 (tests/probe/gen_threads.py)
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


rl1 = threading.RLock()
trail1 = []
def nest1(d):
    with rl1:
        trail1.append(d)
        if d > 0:
            nest1(d - 1)
ns1 = [threading.Thread(target=nest1, args=(5,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))


class Worker2(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 2
class Plain2(threading.Thread):
    pass
ws2 = [Worker2(i) for i in range(3)]
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
