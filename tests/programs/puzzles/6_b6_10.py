def worker():
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError as e:
                print("caught", e)
                total = -1
    finally:
        print("cleanup, total was", total)

g = worker()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError("reset")))
print(g.send(10))
g.close()
print("closed")
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

s = stubborn()
next(s)
s.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
