# PyUnicode_Format(): what counts as a mapping, `*` widths, and the order in which
# problems are reported (one conversion at a time).
import collections
def show(f, a):
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)

class M:
    def __getitem__(self, k): return "M" + k
class N: pass
for args in [[1], M(), b"y", range(3), {}, collections.OrderedDict(), type("T", (), {}).__dict__, list[int], int | str, collections.deque(), {}.keys(), N(), 5, None, {1}]:
    show("s", args)
show("%(a)s", M())
show("%(a)s|%(bb)r", M())
show("%s", [1])
show("%s %s", [1])
show("%(a)s", [1])
show("%s", {"a": 1})
show("%(a)s %s", {"a": 1})
show("%(a)s %(b)s", {"a": 1, "b": 2})
show("%(a)*d", {"a": 3})
show("%(a)%", {"a": 1})
show("%5%", ())
show("%5%", (1,))
show("%-5%", (1, 2))
show("%y", ())
show("%y %s", (1,))
show("%s %", ())
show("%s %", (1,))
show("%(a", 5)
show("%(a", {})
show("%(a)", {"a": 1})
show("%*", (5,))
show("%*", ("x",))
show("%*d", (True, 5))
show("%*d|", (-6, 42))
show("%-*d|", (-5, 3))
show("%*.*s|", (-6, -2, "abc"))
show("%.*f", (-3, 1.5))
show("%*s", (1.5, "x"))
show("%*d", (2**63, 1))
show("%.*f", (2**31, 1.0))
show("%.99999999999f", 1.0)
show("%.2147483648f", (1.0,))
show("%99999999999999999999d", 1)
show("%c", "ab")
show("%c", 3.5)
show("%s", ())
show("%s%s", ("", "abc"))
show("%s", "x")
show("%d %d", (1, 2, 3))
show("%%%s%%", ("a",))
s = "abc"
print(("%s" % s) is s, ("%s" % (s,)) is s, ("%5s" % s) is s, ("%.2s" % s) is s)
