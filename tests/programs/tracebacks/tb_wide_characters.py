# An uncaught exception: CPython's traceback, carets and all.
def g(d, k):
    return d[k]
def f(d, k):
    return g(d, k)
print(f({'😀': 1}, '😀'))
print(f({'😀': 1}, 'é'))
