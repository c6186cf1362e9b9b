# generated threaded program 101 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

print("interval0", sys.getswitchinterval())
sys.setswitchinterval(0.0001)
print("interval0 set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m0 = threading.main_thread()
print("main0", m0.name, m0 is threading.current_thread(), m0.is_alive(), m0.daemon)
d0 = threading.Thread(target=lambda: None, daemon=True, name="dd0")
print("daemon0", d0.daemon, d0.name, repr(d0))
d0.start()
d0.join()
try:
    d0.daemon = False
except RuntimeError as e:
    print("daemon0 err", e)
s0 = threading.Thread(target=time.sleep, args=(0.05,))
s0.start()
s0.join(timeout=0.001)
print("builtin target0", s0.is_alive())
s0.join()
print("builtin target0 done", s0.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept0", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)


class Ctx1:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter1", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit1", self.name, et.__name__ if et else None, ev)
        return False
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
