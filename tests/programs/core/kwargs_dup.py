# A keyword given twice through ** (DICT_MERGE in Python/ceval.c: _PyDict_MergeEx with
# override=2, then format_kwargs_error), a non-str key, a ** that is not a mapping.


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(**kw):
    return kw


def g(x=0, **kw):
    return x, kw


class C:
    def m(self, **kw):
        return kw

    @staticmethod
    def s(**kw):
        return kw

    @classmethod
    def c(cls, **kw):
        return kw

    class Inner:
        def __init__(self, **kw):
            self.kw = kw


show("f ok", lambda: f(**{"x": 1}, y=2))
show("f dd", lambda: f(**{"x": 1}, x=5))
show("f dd2", lambda: f(**{"x": 1}, **{"x": 2}))
show("f kw first", lambda: f(x=1, **{"x": 2}))
show("f three", lambda: f(a=1, **{"b": 2}, c=3, **{"a": 4}))
show("f mid", lambda: f(a=1, **{"b": 2, "c": 3}, **{"d": 4, "b": 5}))
show("g dd", lambda: g(**{"x": 1}, x=2))
show("g pos and kw", lambda: g(1, **{"x": 2}))
show("dict", lambda: dict(**{"a": 1}, a=2))
show("dict ok", lambda: dict(**{"a": 1}, b=2))
show("dict int key", lambda: dict(**{1: 2}))
show("method", lambda: C().m(**{"k": 1}, k=2))
show("static", lambda: C.s(**{"k": 1}, **{"k": 2}))
show("classmeth", lambda: C.c(**{"k": 1}, **{"k": 2}))
show("class", lambda: C.Inner(**{"k": 1}, k=2))
show("lambda", lambda: (lambda **kw: kw)(**{"k": 1}, k=2))
show("builtin", lambda: sorted([3, 1], **{"reverse": True}, reverse=False))
show("print", lambda: print(1, **{"end": "\n"}, end=""))
show("list meth", lambda: [].sort(**{"key": None}, key=None))
show("str meth", lambda: "a b".split(**{"sep": " "}, sep=" "))
show("non str", lambda: f(**{1: 2}))
show("non str mixed", lambda: f(a=1, **{1: 2}))
show("g non str", lambda: g(**{1: 2}))
show("not mapping", lambda: f(**[1, 2]))
show("not mapping int", lambda: f(**1))
show("not mapping after", lambda: f(a=1, **None))
show("builtin not mapping", lambda: dict(**[("a", 1)]))
show("len not mapping", lambda: len(**()))


class M:
    def keys(self):
        print("  keys()")
        return ["p", "q"]

    def __getitem__(self, k):
        print("  getitem", k)
        return k * 2


show("mapping", lambda: f(**M()))
show("mapping dup", lambda: f(p=0, **M()))
show("mapping dup later", lambda: f(**M(), q=0))
show("mapping twice", lambda: f(**M(), **M()))


def gen():
    yield "a"
    yield "a"


class G:
    def keys(self):
        return gen()

    def __getitem__(self, k):
        return 1


show("gen keys dup", lambda: f(**G()))
show("ordered", lambda: f(z=1, **{"y": 2}, x=3))
show("empty", lambda: f(**{}))
show("empty dup", lambda: f(**{}, **{}))
d = {"a": 1}
show("same dict twice", lambda: f(**d, **d))


# The trailing named keywords are all evaluated before the merge that fails.
show("order", lambda: f(**{"x": 1}, x=print("  x evaluated"), y=print("  y evaluated")))


# format_kwargs_error() converts any AttributeError or one-argument KeyError raised
# during the merge, even from inside keys() or __getitem__.
class Odd:
    def keys(self):
        return ["k", "m"]

    def __getitem__(self, k):
        if k == "m":
            raise KeyError("from getitem")
        return 1


class Broken:
    def keys(self):
        return self.missing


show("getitem KeyError", lambda: f(**Odd()))
show("keys AttributeError", lambda: f(**Broken()))


class Call:
    def __call__(self, **kw):
        return kw

    def __repr__(self):
        return "<Call>"


show("callable instance", lambda: Call()(**{"a": 1}, a=2))
show("callable ok", lambda: Call()(**{"a": 1}, b=2))
show("bound builtin", lambda: {}.update(**{"a": 1}, a=2))
show("descr", lambda: str.split("a b", **{"sep": " "}, sep=" "))
show("type", lambda: int(**{"base": 2}, base=3))
show("kw dict", lambda: f(a=1, b=2, **{"c": 3}, d=4, e=5))
