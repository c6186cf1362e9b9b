# generated threaded program 106 (tests/probe/gen_threads.py)
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
t0 = time.perf_counter()
time.sleep(0.002)
print("slept0", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)


def boom1():
    raise ValueError("bad1")
b1 = threading.Thread(target=boom1)
b1.start()
b1.join()
print("after boom1", b1.is_alive())


def talk2(i):
    me = threading.current_thread()
    print("thread2", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk2, args=(i,), name='w2-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
