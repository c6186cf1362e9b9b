# An uncaught exception: CPython's traceback, carets and all.
x = {}.pop('z')
