# An uncaught exception: CPython's traceback, carets and all.
class C:
    pass
c = C()
c.total += 1
