# generated threaded program 18 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

l0 = threading.Lock()
try:
    l0.release()
except RuntimeError as e:
    print('err0', e)
q0 = queue.Queue()
try:
    q0.get(timeout=0.001)
except queue.Empty as e:
    print('err0 empty after timeout', repr(e))
s0 = threading.BoundedSemaphore(2)
try:
    s0.release()
except ValueError as e:
    print('err0', e)


class Ctx1:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter1", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit1", self.name, et.__name__ if et else None, ev)
        return True
with Ctx1("a") as x1:
    print("body1", x1)
try:
    with Ctx1("b"), Ctx1("c") as y1:
        print("inner1", y1)
        raise KeyError("k1")
    print("suppressed1")
except KeyError as e:
    print("escaped1", e)
def early1():
    for i in range(3):
        with Ctx1("loop" + str(i)):
            if i == 1:
                return i
print("early1", early1())

print("done", threading.active_count())
