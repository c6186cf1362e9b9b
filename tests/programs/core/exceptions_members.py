try:
    [].appnd(1)
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.obj)
try:
    undefined_var
except NameError as e:
    print(e.name, e)
def f():
    try:
        return missing_in_f
    except NameError as e:
        return e.name
print(f())
class C:
    pass
c = C()
try:
    c.nope
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    C.nope
except AttributeError as e:
    print(e.name, e.obj is C)
try:
    getattr(5, "bit_lenght")
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("x")
print(e.name, e.obj, e.args)
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, e.args, repr(e), str(e))
e = NameError("m", name="n")
print(e.name, e.args)
print(NameError("x").name)
for make in [lambda: NameError("m", obj=1), lambda: AttributeError("m", foo=1),
             lambda: ValueError("m", name=1), lambda: AttributeError(name=1, obj=2, x=3),
             lambda: NameError(name=1, name2=2), lambda: SystemExit(code=1)]:
    try:
        make()
    except TypeError as x:
        print("TypeError:", x)
print(SystemExit().code, SystemExit(1, 2).code, SystemExit(None).code, SystemExit("bye").code)
s = SystemExit(1, 2)
print(s.code is s.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, repr(e))
e = AttributeError()
e.name = "q"
print(e.name)
e = SystemExit(3)
e.code = 4
print(e.code, e.args)
class E(AttributeError):
    pass
print(E("x").name, E("x", name="y").name)
class X(SystemExit):
    def __init__(self, a):
        super().__init__(a, a)
print(X(7).code)
print(UnboundLocalError("x", name="y").name)
try:
    print(KeyError("k").name)
except AttributeError as e:
    print("AttributeError:", e)
def g():
    v = 1
    def h():
        return v
    del v
    return h()
try:
    g()
except NameError as e:
    print(e.name, e)
def u():
    print(w)
    w = 1
try:
    u()
except UnboundLocalError as e:
    print(e.name, e)
