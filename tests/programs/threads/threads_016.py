# generated threaded program 16 (tests/probe/gen_threads.py)
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


print("interval1", sys.getswitchinterval())
sys.setswitchinterval(1e-07)
print("interval1 set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m1 = threading.main_thread()
print("main1", m1.name, m1 is threading.current_thread(), m1.is_alive(), m1.daemon)
d1 = threading.Thread(target=lambda: None, daemon=True, name="dd1")
print("daemon1", d1.daemon, d1.name, repr(d1))
d1.start()
d1.join()
try:
    d1.daemon = False
except RuntimeError as e:
    print("daemon1 err", e)
s1 = threading.Thread(target=time.sleep, args=(0.05,))
s1.start()
s1.join(timeout=0.001)
print("builtin target1", s1.is_alive())
s1.join()
print("builtin target1 done", s1.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept1", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)


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
