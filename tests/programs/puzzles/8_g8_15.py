# Closures and nonlocal
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment
c1 = make_counter()
c2 = make_counter(100, 10)
print("c1:", c1(), c1(), c1())
print("c2:", c2(), c2())
c1.reset()
print("c1 after reset:", c1())
print("closure cell values:", [cell.cell_contents for cell in c2.__closure__])
print("free vars:", c2.__code__.co_freevars)
funcs = [lambda: i for i in range(4)]
print("late binding:", [f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print("default arg binding:", [f() for f in funcs])
def make_multipliers():
    return [lambda x, n=n: x * n for n in (2, 3, 5)]
print("multipliers:", [m(10) for m in make_multipliers()])
def broken():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    broken()(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def accumulator():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    return add
acc = accumulator()
print("accumulate:", [acc(x) for x in (1, 2, 3, 4)])
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def shadow():
        x = "local"
        return x
    return inner(), shadow(), x
print("scopes:", outer())
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = memo_fib()
print("fib(30):", fib(30), "cache size:", len(cache))
