# An uncaught exception: CPython's traceback, carets and all.
def f(a):
    pass
f(1, 2)
