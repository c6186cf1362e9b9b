def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset

inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])
print([m(10) for m in make_multipliers_late()])

def accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add

acc = accumulator()
print([acc(v) for v in [1, 2, 3, 4]])
x = "global"

def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()

print(outer(), x)
print(inc.__name__, make_counter.__name__, len(acc.__closure__))
