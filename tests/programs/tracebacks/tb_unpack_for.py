# An uncaught exception: CPython's traceback, carets and all.
for a, b in [(1, 2), (3,)]:
    print(a, b)
