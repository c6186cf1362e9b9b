# An uncaught exception: CPython's traceback, carets and all.
l = [1]
l[5]
