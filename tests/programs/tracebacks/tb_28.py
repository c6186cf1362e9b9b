# An uncaught exception: CPython's traceback, carets and all.
assert 1 > 2
