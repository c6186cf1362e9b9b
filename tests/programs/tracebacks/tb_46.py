# An uncaught exception: CPython's traceback, carets and all.
f = lambda: 1 / 0
f()
