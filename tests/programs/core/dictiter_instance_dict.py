# An instance __dict__ is a split table in CPython 3.11; iterating it is fine while its
# keys stay put (a value may change).
class C:
    pass


o = C()
o.a, o.b, o.c = 1, 2, 3
for k in vars(o):
    setattr(o, k, getattr(o, k) * 10)
print(vars(o), list(reversed(vars(o).values())))
del o.b
print(list(vars(o).items()))
