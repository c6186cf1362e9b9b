# An uncaught exception: CPython's traceback, carets and all.
x = [i for i in 5]
