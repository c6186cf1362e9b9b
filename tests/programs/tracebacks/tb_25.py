# An uncaught exception: CPython's traceback, carets and all.
t = (1, 2)
t[0] += 1
