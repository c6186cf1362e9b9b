# generated threaded program 31 (tests/probe/gen_threads.py)
import queue
import sys
import threading
import time

try:
    time.sleep(-1)
except ValueError as e:
    print('err0', e)
q0 = queue.Queue()
try:
    q0.get_nowait()
except queue.Empty:
    print('err0 empty')


try:
    threading.current_thread().join()
except RuntimeError as e:
    print('err1', e)
try:
    time.sleep(-1)
except ValueError as e:
    print('err1', e)


class Worker2(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + 2
class Plain2(threading.Thread):
    pass
ws2 = [Worker2(i) for i in range(4)]
print("subclass2", [repr(w) for w in ws2], isinstance(ws2[0], threading.Thread))
for w in ws2:
    w.start()
for w in ws2:
    w.join()
print("subclass2 results", [w.result for w in ws2], [w.is_alive() for w in ws2])
p2 = Plain2(target=lambda x: print("plain2", x), args=(2,))
p2.start()
p2.join()
print("subclass2 mro", [c.__name__ for c in Worker2.__mro__], p2.name)

print("done", threading.active_count())
