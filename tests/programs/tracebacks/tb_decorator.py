# An uncaught exception: CPython's traceback, carets and all.
def deco(f):
    return f.missing
@deco
def g():
    pass
