import functools

def tname(t):
    return t.__name__ if isinstance(t, type) else "|".join(x.__name__ for x in t)

def validate(*types, **named):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__} arg {i}: expected {tname(t)}, got {type(a).__name__}")
            for k, t in named.items():
                if k in kwargs and not isinstance(kwargs[k], t):
                    raise TypeError(f"{fn.__name__} {k}: bad type")
            return fn(*args, **kwargs)
        return wrapper
    return deco

@validate(int, (int, float), sep=str)
def combine(a, b, sep=":"):
    return f"{a}{sep}{b}"

print(combine(1, 2.5), combine(3, 4, sep="/"))
for args, kw in [(("x", 1), {}), ((1, "y"), {}), ((1, 2), {"sep": 0})]:
    try:
        combine(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(combine.__name__, combine.__wrapped__(1, "z"))

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def sq(x):
    return x * x

print([sq(i) for i in range(4)], sq.calls)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
p = functools.partial(combine, sep="+")
print(p(7, 8), p.args, p.keywords)
