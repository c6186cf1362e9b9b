# A keyword passed twice through **, uncaught.
def f(**kw):
    return kw


print(f(**{"x": 1}))
print(f(**{"x": 1}, **{"x": 2}))
