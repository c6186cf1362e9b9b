# generated threaded program 85 (tests/probe/gen_threads.py)
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


print("interval2", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("interval2 set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m2 = threading.main_thread()
print("main2", m2.name, m2 is threading.current_thread(), m2.is_alive(), m2.daemon)
d2 = threading.Thread(target=lambda: None, daemon=True, name="dd2")
print("daemon2", d2.daemon, d2.name, repr(d2))
d2.start()
d2.join()
try:
    d2.daemon = False
except RuntimeError as e:
    print("daemon2 err", e)
s2 = threading.Thread(target=time.sleep, args=(0.05,))
s2.start()
s2.join(timeout=0.001)
print("builtin target2", s2.is_alive())
s2.join()
print("builtin target2 done", s2.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept2", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)

print("done", threading.active_count())
