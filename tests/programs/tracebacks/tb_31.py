# An uncaught exception: CPython's traceback, carets and all.
def f():
    raise KeyError('k')
f()
