# The compiler merges equal constants across a module's code objects by
# _PyCode_ConstantKey(): a frozenset constant by its members in any order, so a later
# set display iterates in the order of the first equal one.
x1 = {"a", "zz", 1}
x4 = {1, "a", "zz", 1}
print(x1, x4)
print({"zz", 1, "a", 1.0}, {1.0, "zz", "a"}, {True, "zz", "a"})


def f():
    return {"a", 1, "zz"}, (1, 2, 3), {3, 2, 1, 2}


def g():
    return {"zz", "a", 1}, (1, 2, 3), {1.0, 2, 3}


print(f(), g())
print(f()[1] is g()[1], (1, 2.0) == (1, 2), 2 in {1, 2, 3})
s = {"q", "b", "k", "t"}
t = {"t", "k", "b", "q"}
print(s, t, list(frozenset(s)) == list(t))
u = {(1, "x"), (2, "y"), (3, "z")}
v = {(3, "z"), (1, "x"), (2, "y")}
print(u, v)
w = {(1, 2), (1.0, 2), 7, 8}
print(w, {(1, 2), 7, 8})
print({0.0, 1, 2}, {-0.0, 1, 2}, {1, 2, 0})
for x in {"t", "b", "q", "k"}:
    print(x, end=" ")
print([c for c in "zqa" if c in {"a", "zz", 1}])


def late():
    return {"k", "q", "b", "t"}


print(late(), late() is late())
