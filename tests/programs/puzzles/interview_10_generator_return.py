# Generator return values and yield from
def inner():
    x = yield "a"
    y = yield "b"
    return (x, y)

def outer():
    result = yield from inner()
    yield "inner returned " + repr(result)

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print("exhausted list:", list(g))

def squares(n):
    for i in range(n):
        yield i * i

sq = squares(4)
print("first list:", list(sq))
print("second list:", list(sq))
ge = (x for x in range(3))
print("gen expr sum:", sum(ge), "again:", sum(ge))
