import gc
gc.disable(); gc.collect()


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


lst = [D("list0"), D("list1"), D("list2")]
print("del list")
del lst
tup = (D("tup0"), D("tup1"), D("tup2"))
print("del tuple")
del tup
dct = {"b": D("dict-b"), "a": D("dict-a"), "c": D("dict-c")}
print("del dict")
del dct
st = [D("s0"), D("s1"), D("s2")]
s = set(st[:1])
print("list clear")
st.clear()
print("del set")
del s
nested = [D("outer0"), [D("inner0"), D("inner1")], D("outer2")]
print("del nested")
del nested
keyed = {D("k0"): D("v0"), D("k1"): D("v1")}
print("del keyed dict")
del keyed
slc = [D("x0"), D("x1"), D("x2"), D("x3")]
print("del slice")
del slc[1:3]
print("reassign")
slc = None
print("end")
