# Generators: send, close, throw, return values
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, total)
gen = running_average()
print("primed:", next(gen))
for v in [10, 20, 30, 5]:
    print(f"send {v:>3} -> avg {gen.send(v):.3f}")
try:
    gen.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, "args:", e.args)
def worker():
    print("  worker: start")
    try:
        while True:
            item = yield
            print(f"  worker: got {item!r}")
    except GeneratorExit:
        print("  worker: GeneratorExit caught, cleaning up")
        raise
    finally:
        print("  worker: finally")
w = worker()
next(w)
w.send("job1")
w.send("job2")
w.close()
print("closed; close again is no-op:", w.close())
try:
    w.send("job3")
except StopIteration:
    print("send after close -> StopIteration")
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print(f"  resilient: recovered from {e!r}")
            n = -100
        n += 1
r = resilient()
print("values:", next(r), next(r))
print("throw returns:", r.throw(ValueError("bad")))
print("after throw:", next(r))
def state_demo():
    yield 1
    yield 2
g = state_demo()
print("gi_running/frame before:", g.gi_running, g.gi_frame is not None)
print(list(g))
print("frame after exhaustion:", g.gi_frame)
try:
    fresh = running_average()
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
