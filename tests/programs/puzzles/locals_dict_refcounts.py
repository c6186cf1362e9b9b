import sys, gc
gc.disable(); gc.collect()
def f(a, b=2):
    x = [1]
    print(sys.getrefcount(x))
    l = locals()
    print(sorted(l), l["a"], l["x"] is x)
    print(sys.getrefcount(x))
    y = 5
    print("y" in l)
    l2 = locals()
    print(l2 is l, "y" in l, sorted(l2))
    def inner():
        return a
    return inner
f(1)
print(locals() is globals(), "f" in locals())
class C:
    z = 3
    print(sorted(k for k in locals() if not k.startswith("__")))
def g():
    v = []
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame
fr = g()
print(sorted(fr.f_locals), fr.f_locals is fr.f_locals)
def h():
    import sys
    frame_locals = sys.getrefcount
    q = [2]
    d = locals()
    return d
print(sorted(h()))
