# The "keys changed" error left uncaught: traceback and exit status 1.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
del d[1]
d[3] = 3
print(list(it))
