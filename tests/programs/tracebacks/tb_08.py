# An uncaught exception: CPython's traceback, carets and all.
class A:
    pass
print(A().missing.deeper)
