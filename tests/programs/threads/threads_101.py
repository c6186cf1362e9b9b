# generated threaded program 101 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err0', e)
t0 = threading.Thread(target=len, args=([],))
t0.start()
t0.join()
try:
    t0.start()
except RuntimeError as e:
    print('err0', e)
l0 = threading.Lock()
try:
    l0.release()
except RuntimeError as e:
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
