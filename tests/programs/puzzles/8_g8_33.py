# functools.partial and reduce
from functools import partial, reduce

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print("square/cube:", [square(i) for i in range(5)], [cube(i) for i in range(5)])
print("two_to:", [two_to(i) for i in range(8)])
print("partial attrs:", square.func.__name__, square.args, square.keywords)
print("override keyword:", square(3, exponent=4))
try:
    two_to(3, 4)
except TypeError as e:
    print("TypeError:", e)

int_base2 = partial(int, base=2)
print("int base 2:", int_base2("1011"), int_base2("11111111"))
join_dash = partial("-".join)
print("bound method partial:", join_dash(["a", "b", "c"]))

def log(level, msg, *, sep=": "):
    return f"{level}{sep}{msg}"

warn = partial(log, "WARN")
err = partial(log, "ERROR", sep=" !! ")
print(warn("disk low"), "|", err("disk full"), "|", warn("x", sep="="))
nested = partial(partial(log, "DEBUG"), sep=" > ")
print("nested partial flattens:", nested.args, nested.keywords, nested("hi"))

print("reduce sum:", reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print("reduce with initial:", reduce(lambda a, b: a + b, [], 100))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print("reduce product:", reduce(lambda a, b: a * b, range(1, 11)))
print("reduce max:", reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print("reduce digits to int:", reduce(lambda acc, d: acc * 10 + d, [4, 0, 9, 6]))
steps = []
def traced(a, b):
    steps.append(f"({a},{b})")
    return a - b
print("left fold order:", reduce(traced, [10, 3, 2, 1]), steps)
print("compose:", reduce(lambda f, g: lambda x: g(f(x)), [lambda x: x + 1, lambda x: x * 10, str])(4))
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
grouped = reduce(lambda acc, w: {**acc, w[0]: acc.get(w[0], []) + [w]}, words, {})
print("group by reduce:", grouped)
print("flatten via reduce:", reduce(lambda a, b: a + b, [[1, 2], [3], [4, 5, 6]], []))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print("gcd of list:", reduce(gcd, [84, 126, 210, 42 * 11]))
print("partial repr-free name check:", type(square).__name__)
