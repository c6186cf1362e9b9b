# held-out style checks: yield from with throw/close, coroutines, state machines, closures in classes, partial, run-once
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-ret"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g, "exhausted"))
g2 = outer()
next(g2)
g2.close()
print("closed", g2.gi_frame)

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

a = accumulate(); next(a)
for v in (1, 2, 3):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)

def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "resume":
            state = "running"
        elif event == "stop":
            return f"stopped from {state}"
m = state_machine()
print(next(m), [m.send(e) for e in ["start", "pause", "resume"]])
try:
    m.send("stop")
except StopIteration as s:
    print(s.value, repr(s))

def gen_exc():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in handler"
        raise
ge = gen_exc()
print(next(ge))
try:
    next(ge)
except KeyError as e:
    print("reraised", repr(e))

def make():
    x = 1
    class C:
        y = x + 1
        def get(self):
            return x, self.y
    x = 5
    return C
print(make()().get(), make().y)

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
i, gt = counter()
i(); i(5)
print(gt(), i.__closure__[0].cell_contents, i.__code__.co_freevars, counter.__code__.co_cellvars)
fs = [lambda: k for k in range(3)]
gs = [lambda k=k: k for k in range(3)]
print([f() for f in fs], [g() for g in gs])
from functools import partial, reduce, wraps
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(5), cube_mod(4), cube_mod(4, mod=5), sq.args, sq.keywords, cube_mod.func.__name__)
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args, p2.func is power)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
def run_once(f):
    done = False
    result = None
    @wraps(f)
    def wrapper(*a, **k):
        nonlocal done, result
        if not done:
            result = f(*a, **k)
            done = True
        return result
    return wrapper
@run_once
def init(x):
    """Initialise."""
    print("initialising with", x)
    return x * 2
print(init(3), init(4), init.__name__, init.__doc__, init.__wrapped__.__name__)
