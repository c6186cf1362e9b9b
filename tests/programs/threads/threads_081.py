# generated threaded program 81 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

ev0 = threading.Event()
seen0 = []
def waiter0(i):
    ok = ev0.wait()
    seen0.append((i, ok))
ts0 = [threading.Thread(target=waiter0, args=(i,)) for i in range(2)]
for t in ts0:
    t.start()
print("event0 before", ev0.is_set(), len(seen0))
ev0.set()
for t in ts0:
    t.join()
print("event0 after", ev0.is_set(), sorted(seen0), ev0.wait(0.001))
ev0.clear()
print("event0 cleared", ev0.is_set(), ev0.wait(0.001), ev0.wait(timeout=0))


q1 = queue.Queue(1)
q1.put(1)
try:
    q1.put(2, block=False)
except queue.Full:
    print('err1 full', q1.qsize())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err1', e)
l1 = threading.Lock()
try:
    l1.release()
except RuntimeError as e:
    print('err1', e)


class Ctx2:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter2", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit2", self.name, et.__name__ if et else None, ev)
        return False
with Ctx2("a") as x2:
    print("body2", x2)
try:
    with Ctx2("b"), Ctx2("c") as y2:
        print("inner2", y2)
        raise KeyError("k2")
    print("suppressed2")
except KeyError as e:
    print("escaped2", e)
def early2():
    for i in range(3):
        with Ctx2("loop" + str(i)):
            if i == 1:
                return i
print("early2", early2())

print("done", threading.active_count())
