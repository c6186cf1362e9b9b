# An uncaught exception: CPython's traceback, carets and all.
try:
    1 / 0
except ZeroDivisionError:
    [][0]
