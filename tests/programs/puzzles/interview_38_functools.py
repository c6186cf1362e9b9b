import functools
# functools.partial and reduce
def power(base, exp):
    return base ** exp

square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print("square(5):", square(5), "cube(2):", cube(2))
print("partial func:", square.func.__name__, "keywords:", square.keywords, "args:", square.args)
two_to = functools.partial(power, 2)
print("2 to the 10:", two_to(10))
print("override kw:", square(3, exp=4))
print("reduce sum:", functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print("reduce with init:", functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
steps = []
def trace(a, b):
    steps.append((a, b))
    return a - b
print("reduce subtract:", functools.reduce(trace, [10, 1, 2, 3]))
print("steps:", steps)
print("max via reduce:", functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
