# sys.settrace: call / line / return / exception events, local trace functions, frames
import sys

log = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "exception":
        shown = arg[0].__name__ + ":" + str(arg[1])
    elif event == "return":
        shown = repr(arg) if isinstance(arg, (int, str, list, tuple, type(None))) else type(arg).__name__
    else:
        shown = ""
    log.append(f"{event:9} {name}:{frame.f_lineno} {shown}")
    if name == "quiet":
        return None
    if name == "switch_me":
        return second_tracer
    return tracer


def second_tracer(frame, event, arg):
    log.append(f"second    {event} {frame.f_code.co_name}:{frame.f_lineno}")
    return second_tracer


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def quiet(x):
    y = x * 2
    return y


def switch_me():
    a = 1
    b = 2
    return a + b


def fails(d):
    return d["missing"]


def catches():
    try:
        fails({})
    except KeyError as e:
        return "caught " + str(e)


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "done"


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y


def show_locals(a, b=3):
    c = a + b
    return c


def locals_tracer(frame, event, arg):
    if frame.f_code.co_name == "show_locals":
        log.append(f"{event} locals={sorted(frame.f_locals.items())} back={frame.f_back.f_code.co_name}")
    return locals_tracer


sys.settrace(tracer)
print(sys.gettrace() is tracer)
fact(3)
quiet(5)
switch_me()
print(catches())
g = counter(10)
print(next(g), g.send(3), next(g))
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print("thrown back:", e)
p = Point(1, 2)
squares = [k * k for k in range(3)]
total = sum(x for x in range(3))
double = lambda v: v * 2
double(4)
sys.settrace(None)
print(sys.gettrace())
for line in log:
    print(line)

log.clear()
sys.settrace(locals_tracer)
show_locals(1)
sys.settrace(None)
print("\n".join(log))


def install_inside():
    sys.settrace(tracer)
    x = 1
    fact(2)
    sys.settrace(None)
    return x


log.clear()
install_inside()
print("\n".join(log))
