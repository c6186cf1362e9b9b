# An uncaught exception: CPython's traceback, carets and all.
a, b = 1
