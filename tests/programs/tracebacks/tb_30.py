# An uncaught exception: CPython's traceback, carets and all.
raise ValueError('boom')
