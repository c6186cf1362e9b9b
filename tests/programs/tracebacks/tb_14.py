# An uncaught exception: CPython's traceback, carets and all.
x = {}
x[[1]] = 2
