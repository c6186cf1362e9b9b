# An uncaught exception: CPython's traceback, carets and all.
x = 2 ** 'a'
