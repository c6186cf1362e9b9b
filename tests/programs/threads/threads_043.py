# generated threaded program 43 (tests/probe/gen_threads.py)
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


out1 = []
def work1(i):
    out1.append(i + 100)
ws1 = []
for j in range(4):
    t = threading.Thread(target=work1, kwargs={'i': 1 * 10 + j})
    ws1.append(t)
    t.start()
for t in ws1:
    t.join()
print("results1", sorted(out1), len(out1), [t.is_alive() for t in ws1])


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
