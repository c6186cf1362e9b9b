# An uncaught exception: CPython's traceback, carets and all.
s = 'abc'
s[1] = 'x'
