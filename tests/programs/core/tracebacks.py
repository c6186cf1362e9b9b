# Exception flow: recursion, chaining, finally with return, tuple catches, then an uncaught error.
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
try:
    f(3)
except ValueError as e:
    print("caught", e, e.args, type(e).__name__, isinstance(e, Exception))
class_like = {}
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("inner")
except KeyError as e:
    print(repr(e), repr(e.__context__) if False else "ctx")
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("f", i)
print(h())
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "")
try:
    [].pop()
except (KeyError, IndexError) as e:
    print("tuple catch", e)
try:
    x = int("12a")
except ValueError as e:
    print(e)
try:
    d = {}
    d.popitem()
except KeyError as e:
    print(e)
e = "still here"
try:
    pass
except Exception as e:
    pass
print(e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as err:
    print("recursion", type(err).__name__)
def raiser():
    raise RuntimeError("from function")
def middle():
    raiser()
middle()
