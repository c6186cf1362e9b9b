# A ** argument that is not a mapping, uncaught.
def f(**kw):
    return kw


print(f(**[("x", 1)]))
