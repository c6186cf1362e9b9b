# An uncaught exception: CPython's traceback, carets and all.
x = foo(1,
        2)
