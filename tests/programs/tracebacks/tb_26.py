# An uncaught exception: CPython's traceback, carets and all.
x = 10
x += 'a'
