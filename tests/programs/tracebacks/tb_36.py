# An uncaught exception: CPython's traceback, carets and all.
x = 7 // 0
