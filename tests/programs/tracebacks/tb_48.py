# An uncaught exception: CPython's traceback, carets and all.
print(f'{1/0}')
