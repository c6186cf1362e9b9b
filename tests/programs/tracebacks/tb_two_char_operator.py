# An uncaught exception: CPython's traceback, carets and all.
n = 10
m = n // (n - 10)
