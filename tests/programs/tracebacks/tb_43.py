# An uncaught exception: CPython's traceback, carets and all.
x = None
x.attr = 1
