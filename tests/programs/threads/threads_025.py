# generated threaded program 25 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

class Worker0(threading.Thread):
    def __init__(self, i):
        super().__init__()
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


ev1 = threading.Event()
seen1 = []
def waiter1(i):
    ok = ev1.wait()
    seen1.append((i, ok))
ts1 = [threading.Thread(target=waiter1, args=(i,)) for i in range(1)]
for t in ts1:
    t.start()
print("event1 before", ev1.is_set(), len(seen1))
ev1.set()
for t in ts1:
    t.join()
print("event1 after", ev1.is_set(), sorted(seen1), ev1.wait(0.001))
ev1.clear()
print("event1 cleared", ev1.is_set(), ev1.wait(0.001), ev1.wait(timeout=0))


def talk2(i):
    me = threading.current_thread()
    print("thread2", i, me.name, threading.active_count())
for i in range(3):
    t = threading.Thread(target=talk2, args=(i,), name='w2-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
