# An uncaught exception: CPython's traceback, carets and all.
def countdown(n):
    return countdown(n + 1) + 1
countdown(0)
