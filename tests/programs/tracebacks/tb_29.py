# An uncaught exception: CPython's traceback, carets and all.
assert False, 'msg'
