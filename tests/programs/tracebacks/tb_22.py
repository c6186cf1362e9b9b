# An uncaught exception: CPython's traceback, carets and all.
x = len(5)
