# generated threaded program 57 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

sem0 = threading.Semaphore(1)
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
ls0 = [threading.Thread(target=limited0) for _ in range(4)]
for t in ls0:
    t.start()
for t in ls0:
    t.join()
print("semaphore0", peak0[0] <= 1, inside0[0])


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
    t = threading.Thread(target=talk2, args=(i,))
    print(repr(t))
    t.start()
    t.join()
    print("joined2", i, t.is_alive())

print("done", threading.active_count())
