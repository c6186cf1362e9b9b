# An uncaught exception: CPython's traceback, carets and all.
def deep(n):
    return deep(n + 1)
deep(0)
