# generated threaded program 85 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

out0 = []
def work0(i):
    out0.append([i] * 3)
ws0 = []
for j in range(4):
    t = threading.Thread(target=work0, kwargs={'i': 0 * 10 + j})
    ws0.append(t)
    t.start()
for t in ws0:
    t.join()
print("results0", sorted(out0), len(out0), [t.is_alive() for t in ws0])


def talk1(i):
    me = threading.current_thread()
    print("thread1", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk1, args=(i,))
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
t0 = time.perf_counter()
time.sleep(0.002)
print("slept2", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)

print("done", threading.active_count())
