# An uncaught exception: CPython's traceback, carets and all.
print(1, 2, 3 + 'x')
