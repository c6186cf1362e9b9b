# An uncaught exception: CPython's traceback, carets and all.
x = [1]
x[0] += 'a'
