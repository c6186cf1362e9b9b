# Generator close() and finally
def worker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise
    finally:
        print("  cleanup in finally")

w = worker()
print("values:", next(w), next(w), next(w))
print("closing...")
w.close()
print("close again is a no-op:", w.close())
try:
    next(w)
except StopIteration:
    print("next after close -> StopIteration")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
