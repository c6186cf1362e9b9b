# generated threaded program 31 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

class Ctx0:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter0", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit0", self.name, et.__name__ if et else None, ev)
        return True
with Ctx0("a") as x0:
    print("body0", x0)
try:
    with Ctx0("b"), Ctx0("c") as y0:
        print("inner0", y0)
        raise KeyError("k0")
    print("suppressed0")
except KeyError as e:
    print("escaped0", e)
def early0():
    for i in range(3):
        with Ctx0("loop" + str(i)):
            if i == 1:
                return i
print("early0", early0())


t1 = threading.Thread(target=print)
try:
    t1.join()
except RuntimeError as e:
    print('err1', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err1', e)
s1 = threading.BoundedSemaphore(2)
try:
    s1.release()
except ValueError as e:
    print('err1', e)


def boom2():
    raise ValueError("bad2")
b2 = threading.Thread(target=boom2)
b2.start()
b2.join()
print("after boom2", b2.is_alive())

print("done", threading.active_count())
