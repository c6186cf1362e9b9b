# Exception chaining: __cause__, __context__, suppress
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("bad value")

def explicit():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no chain") from None

for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as exc:
        print(fn.__name__ + ":", type(exc).__name__, "-", exc)
        print("  __cause__:", repr(exc.__cause__))
        print("  __context__:", repr(exc.__context__))
        print("  __suppress_context__:", exc.__suppress_context__)
