# An uncaught exception: CPython's traceback, carets and all.
text = 'a,b'
parts = text.split(',').index('c')
