# An uncaught exception: CPython's traceback, carets and all.
x = (1, 2)[5]
