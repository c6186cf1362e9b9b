# generator functions: states, send/throw/close, GeneratorExit, yield from, StopIteration.value
import inspect

def countdown(n):
    print("countdown starts at", n)
    try:
        while n > 0:
            received = yield n
            if received is not None:
                print("countdown got", received)
                n = received
            n -= 1
        return "lift-off"
    finally:
        print("countdown finally")

g = countdown(3)
print(g.__name__, g.__qualname__, inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(g.send(None), g.send(5), next(g))
try:
    while True:
        print("step", next(g))
except StopIteration as e:
    print(type(e).__name__, repr(e.value), inspect.getgeneratorstate(g))
print(next(g, "exhausted"), list(g))

# A just-started generator only accepts send(None); throw() closes it without running it.
fresh = countdown(2)
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(inspect.getgeneratorstate(fresh), fresh.send(None))
fresh.close()
print("closed mid-loop:", inspect.getgeneratorstate(fresh))
unstarted = countdown(9)
unstarted.close()
print("closed before start:", inspect.getgeneratorstate(unstarted), next(unstarted, None))
never = countdown(1)
try:
    never.throw(ValueError("too early"))
except ValueError as e:
    print("throw before start:", e, inspect.getgeneratorstate(never))

def watcher():
    while True:
        try:
            yield "watching"
        except KeyError as e:
            print("watcher handled", repr(e))
        except GeneratorExit:
            print("watcher saw GeneratorExit")
            raise

w = watcher()
next(w)
print(w.throw(KeyError), w.throw(KeyError("k")))
try:
    w.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated:", e, inspect.getgeneratorstate(w))
w2 = watcher()
next(w2)
print(w2.close(), inspect.getgeneratorstate(w2))
w2.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
        yield 2
    print("stubborn finishes")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__ + ":", e, inspect.getgeneratorstate(s))
print(list(s), inspect.getgeneratorstate(s))

def selfish():
    print("selfish is", inspect.getgeneratorstate(me))
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__ + ":", e, inspect.getgeneratorstate(me))

def leaky():
    yield next(iter([]))

try:
    next(leaky())
except RuntimeError as e:
    print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__)

def inner(tag):
    got = yield tag + "-1"
    print("inner received", got)
    yield tag + "-2"
    return len(tag)

def outer():
    a = yield from inner("ab")
    b = yield from inner("xyz")
    print("inner results", a, b)
    return a + b

o = outer()
print(next(o), o.send("hello"), next(o), o.send("bye"))
try:
    next(o)
except StopIteration as e:
    print("outer returned", e.value)
print(list(outer()))

def failing():
    yield 1
    raise ValueError("inside the generator")

f = failing()
print(next(f))
try:
    next(f)
except ValueError as e:
    print(type(e).__name__, e, inspect.getgeneratorstate(f), next(f, "done"))
gen = (x * x for x in range(4))
print(gen.__name__, next(gen), list(gen), list(gen))
