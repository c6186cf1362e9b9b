# generated threaded program 5 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

q0 = queue.Queue()
try:
    q0.get_nowait()
except queue.Empty:
    print('err0 empty')
q0 = queue.Queue()
try:
    q0.get(timeout=0.001)
except queue.Empty as e:
    print('err0 empty after timeout', repr(e))
q0 = queue.Queue()
try:
    q0.task_done()
except ValueError as e:
    print('err0', e)


sem1 = threading.Semaphore(2)
inside1 = [0]
peak1 = [0]
guard1 = threading.Lock()
def limited1():
    with sem1:
        with guard1:
            inside1[0] += 1
            peak1[0] = max(peak1[0], inside1[0])
        time.sleep(0.001)
        with guard1:
            inside1[0] -= 1
ls1 = [threading.Thread(target=limited1) for _ in range(5)]
for t in ls1:
    t.start()
for t in ls1:
    t.join()
print("semaphore1", peak1[0] <= 2, inside1[0])


print("interval2", sys.getswitchinterval())
sys.setswitchinterval(1e-07)
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
