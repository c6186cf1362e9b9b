import gc
gc.disable(); gc.collect()
import sys

words = ["alpha", "beta"]
built = "al" + words[1][:0] + "pha"
print("equal:", built == words[0], "same:", built is words[0])
key = sys.intern(built)
print("intern returns literal:", key is words[0])
d = {"alpha": 1}
k = next(iter(d))
print("dict key is literal:", k is words[0])
name = "Box"
cls = type(name, (), {})
print("type name interned equal:", cls.__name__ == name)
attr = "".join(["va", "lue"])
setattr(cls, attr, 42)
print("getattr via literal:", getattr(cls, "value"))
lit = "value"
print("runtime attr name same obj as literal:", attr is lit)
keys = [k for k in vars(cls) if k == "value"]
print("stored key is interned literal:", keys[0] is lit)
print("sys.intern idempotent:", sys.intern(attr) is sys.intern("value"))
