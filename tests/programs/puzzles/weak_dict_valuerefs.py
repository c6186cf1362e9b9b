import weakref
class A: pass
a, b = A(), A()
w = weakref.WeakValueDictionary({1: a, 2: b})
k = weakref.WeakKeyDictionary({a: 1})
print(len(w.valuerefs()), [r() is a for r in w.valuerefs()], hasattr(w, "keyrefs"), hasattr(k, "valuerefs"), len(k.keyrefs()), k.keyrefs()[0]() is a)
del b
print(len(w.valuerefs()), type(w.valuerefs()[0]).__name__)
