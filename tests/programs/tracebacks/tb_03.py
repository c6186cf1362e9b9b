# An uncaught exception: CPython's traceback, carets and all.
d = {}
d['k']
