# generated threaded program 67 (tests/probe/gen_threads.py)
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


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk1, args=(i,), name='w1-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined1", i, t.is_alive())

print("done", threading.active_count())
