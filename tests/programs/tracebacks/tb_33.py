# An uncaught exception: CPython's traceback, carets and all.
x = {'a': 1}['b'] + 1
