# An uncaught exception: CPython's traceback, carets and all.
def f():
    return [1][2]
print(f())
