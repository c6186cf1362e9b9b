# An uncaught exception: CPython's traceback, carets and all.
a = 1
b = 'x'
result = (a) + (b)
