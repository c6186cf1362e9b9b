# An uncaught exception: CPython's traceback, carets and all.
try:
    {}['a']
except KeyError as e:
    raise ValueError('bad ' + 'key') from e
