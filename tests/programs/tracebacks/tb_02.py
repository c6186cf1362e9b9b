# An uncaught exception: CPython's traceback, carets and all.
d = {}
print(d['missing'])
