# generated threaded program 69 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def talk0(i):
    me = threading.current_thread()
    print("thread0", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk0, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined0", i, t.is_alive())


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

print("done", threading.active_count())
