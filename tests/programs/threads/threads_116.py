# generated threaded program 116 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

class Worker0(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 0
class Plain0(threading.Thread):
    pass
ws0 = [Worker0(i) for i in range(2)]
print("subclass0", [repr(w) for w in ws0], isinstance(ws0[0], threading.Thread))
for w in ws0:
    w.start()
for w in ws0:
    w.join()
print("subclass0 results", [w.result for w in ws0], [w.is_alive() for w in ws0])
p0 = Plain0(target=lambda x: print("plain0", x), args=(0,))
p0.start()
p0.join()
print("subclass0 mro", [c.__name__ for c in Worker0.__mro__], p0.name)


print("interval1", sys.getswitchinterval())
sys.setswitchinterval(0.001)
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

print("done", threading.active_count())
