def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    z = yield result * 10
    return f"done {z}"

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
try:
    g.send("!")
except StopIteration as e:
    print("StopIteration value:", e.value)

def chain_all(*its):
    for it in its:
        yield from it

print(list(chain_all([1, 2], "ab", range(3))))

def gen_ret():
    yield 1
    return 99

g2 = gen_ret()
print(list(g2))
g3 = gen_ret()
next(g3)
try:
    next(g3)
except StopIteration as e:
    print(e.value, e.args)
