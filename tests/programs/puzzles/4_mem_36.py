import gc
gc.disable(); gc.collect()
import weakref
import sys


class Widget:
    callbacks = []

    def __init__(self, name):
        self.name = name

    def on(self):
        return "on " + self.name

    def __del__(self):
        print("del", self.name)


w1 = Widget("w1")
w1.handler = w1.on
print("bound self is w1", w1.handler.__self__ is w1)
print("rc w1", sys.getrefcount(w1))
del w1
print("w1 cycle via bound method:", gc.collect())
w2 = Widget("w2")
Widget.callbacks.append(w2.on)
m1 = w2.on
m2 = w2.on
print("fresh bound each time", m1 is m2, m1 == m2)
print("rc w2", sys.getrefcount(w2))
del w2, m1, m2
print("w2 held by class list:", Widget.callbacks[0]())
Widget.callbacks.pop()
print("popped")
w3 = Widget("w3")
f = w3.on.__func__
print("func does not hold self", f(w3))
del w3
print("end", f.__name__)
