# try/except/else/finally ordering, chaining, re-raise, messages of builtin exceptions
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
        r = 10 // (x - 2)
    except ValueError as e:
        print("except", e)
        return "handled"
    except ZeroDivisionError as e:
        print("div", e, type(e).__name__)
        raise
    else:
        print("else", r)
    finally:
        print("finally", x)
    return r

for x in range(4):
    try:
        print(f(x))
    except ZeroDivisionError:
        print("outer caught")

def g():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())

try:
    try:
        {}["k"]
    except KeyError as e:
        print(repr(e), str(e), e.args)
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__ if False else "cause", e)

errs = []
for expr in ["[1][5]", "(1,)[2]", "'ab'[9]", "int('x')", "float('y')", "1/0", "1//0", "1%0", "1.0/0",
             "[].pop()", "{}.popitem()", "[1].remove(3)", "'a'+1", "1+'a'", "[1]*'a'", "len(3)", "hash([])",
             "undefined_thing", "max([])", "'abc'.index('z')", "int('5', 40)", "(1,2,3)[:-1][5]"]:
    try:
        eval_result = None
        if expr == "[1][5]": [1][5]
        elif expr == "(1,)[2]": (1,)[2]
        elif expr == "'ab'[9]": 'ab'[9]
        elif expr == "int('x')": int('x')
        elif expr == "float('y')": float('y')
        elif expr == "1/0": 1/0
        elif expr == "1//0": 1//0
        elif expr == "1%0": 1%0
        elif expr == "1.0/0": 1.0/0
        elif expr == "[].pop()": [].pop()
        elif expr == "{}.popitem()": {}.popitem()
        elif expr == "[1].remove(3)": [1].remove(3)
        elif expr == "'a'+1": 'a'+1
        elif expr == "1+'a'": 1+'a'
        elif expr == "[1]*'a'": [1]*'a'
        elif expr == "len(3)": len(3)
        elif expr == "hash([])": hash([])
        elif expr == "undefined_thing": undefined_thing
        elif expr == "max([])": max([])
        elif expr == "'abc'.index('z')": 'abc'.index('z')
        elif expr == "int('5', 40)": int('5', 40)
        else: (1,2,3)[:-1][5]
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

def h(a, b=2, *, c):
    return a + b + c
for call in range(4):
    try:
        if call == 0: print(h(1, c=3))
        elif call == 1: h()
        elif call == 2: h(1, 2, 3)
        else: h(1, d=4, c=1)
    except TypeError as e:
        print("TypeError:", e)

def local_before_assign():
    print(v)
    v = 1
try:
    local_before_assign()
except UnboundLocalError as e:
    print(e)
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "nope"
except AssertionError as e:
    print("assert", e)
x = {"a": 1}
x["b"]
