# binary_op1() and SLOT1BINFULL: a subclass's reflected method goes first only when the
# subclass overrides it (method_is_overloaded()); a left operand whose slot answers every
# right operand (str %, keys views) never lets the right one's method run.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __or__(self, o): return "A.or"
    def __ror__(self, o): return "A.ror"
    def __sub__(self, o): return "A.sub"
    def __rsub__(self, o): return "A.rsub"
class B(A): pass
class C(A):
    def __ror__(self, o): return "C.ror"
    def __rsub__(self, o): return NotImplemented
class D:
    def __ror__(self, o): return "D.ror"
class E(D): pass
class F:
    def __or__(self, o): return NotImplemented
class G(F):
    def __ror__(self, o): return "G.ror"
class H:
    def __or__(self, o): return NotImplemented
    def __ror__(self, o): return "H.ror"
show(lambda: A() | B())
show(lambda: B() | A())
show(lambda: A() | C())
show(lambda: C() | A())
show(lambda: A() - C())
show(lambda: D() | E())
show(lambda: E() | D())
show(lambda: F() | G())
show(lambda: G() | F())
show(lambda: H() | H())
show(lambda: 1 | D())

class R:
    def __rmod__(self, o): return "R.rmod"
    def __ror__(self, o): return "R.ror"
    def __rand__(self, o): return "R.rand"
    def __rsub__(self, o): return "R.rsub"
    def __rxor__(self, o): return "R.rxor"
show(lambda: "s" % R())
show(lambda: "%s" % R() != "R.rmod")
show(lambda: b"s" % R() if False else 5 % R())
show(lambda: 1.5 % R())
show(lambda: [] % R())
show(lambda: {}.keys() | R())
show(lambda: {}.items() & R())
show(lambda: {}.keys() - R())
show(lambda: {}.keys() ^ R())
show(lambda: {1: 2}.values() | R())
show(lambda: {1} | R())

# Comparisons: do_richcompare() tries a subclass's reflected method first whether or
# not it overrides it.
class P:
    def __lt__(self, o): return "P.lt"
    def __gt__(self, o): return "P.gt"
class Q(P): pass
show(lambda: P() < Q())
show(lambda: Q() < P())

# A dict subclass's own operator methods, and dict_or() for one that has none.
class Dd(dict):
    def __or__(self, o): return "Dd.or"
    def __ror__(self, o): return "Dd.ror"
class De(dict): pass
show(lambda: Dd() | {})
show(lambda: {} | Dd())
show(lambda: De(a=1) | {"b": 2})
show(lambda: {"b": 2} | De(a=1))
show(lambda: De() | R())
