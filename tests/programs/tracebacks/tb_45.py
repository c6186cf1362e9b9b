# An uncaught exception: CPython's traceback, carets and all.
y = [[1]]
y[0][5]
