# generated threaded program 17 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

def talk0(i):
    me = threading.current_thread()
    print("thread0", i, me.name, threading.active_count())
for i in range(2):
    t = threading.Thread(target=talk0, args=(i,), name='w0-' + str(i))
    print(repr(t))
    t.start()
    t.join()
    print("joined0", i, t.is_alive())


rl1 = threading.RLock()
trail1 = []
def nest1(d):
    with rl1:
        trail1.append(d)
        if d > 0:
            nest1(d - 1)
ns1 = [threading.Thread(target=nest1, args=(5,)) for _ in range(2)]
for t in ns1:
    t.start()
for t in ns1:
    t.join()
print("rlock1", sorted(trail1), len(trail1))

print("done", threading.active_count())
