# generated threaded program 81 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

sem0 = threading.Semaphore(2)
inside0 = [0]
peak0 = [0]
guard0 = threading.Lock()
def limited0():
    with sem0:
        with guard0:
            inside0[0] += 1
            peak0[0] = max(peak0[0], inside0[0])
        time.sleep(0.001)
        with guard0:
            inside0[0] -= 1
ls0 = [threading.Thread(target=limited0) for _ in range(3)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 2, inside0[0])


try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err1', e)
l1 = threading.Lock()
try:
    l1.release()
except RuntimeError as e:
    print('err1', e)
s1 = threading.BoundedSemaphore(2)
try:
    s1.release()
except ValueError as e:
    print('err1', e)


class Ctx2:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter2", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit2", self.name, et.__name__ if et else None, ev)
        return True
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
