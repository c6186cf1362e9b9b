# An uncaught exception: CPython's traceback, carets and all.
class A:
    pass
A().missing
