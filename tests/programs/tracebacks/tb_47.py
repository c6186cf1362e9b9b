# An uncaught exception: CPython's traceback, carets and all.
d = {'a': {'b': 1}}
d['a']['c']
