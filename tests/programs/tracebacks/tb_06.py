# An uncaught exception: CPython's traceback, carets and all.
def f():
    return g()
def g():
    return 1 / 0
f()
