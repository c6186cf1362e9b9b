# An uncaught exception: CPython's traceback, carets and all.
def f():
    raise StopIteration
def g():
    yield f()
list(g())
