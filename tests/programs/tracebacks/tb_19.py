# An uncaught exception: CPython's traceback, carets and all.
for i in 5:
    pass
