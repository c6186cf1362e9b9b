# generated threaded program 56 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def talk0(i):
    me = threading.current_thread()
    print("thread0", i, me.name, threading.active_count())
for i in range(4):
    t = threading.Thread(target=talk0, args=(i,), name='w0-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined0", i, t.is_alive())


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
