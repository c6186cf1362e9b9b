import weakref
class Node:
    __slots__ = ("val", "__weakref__")
class O: pass
a = Node()
print(a.__weakref__)
wa = weakref.ref(a)
print(a.__weakref__ is wa)
o = O()
w = weakref.ref(o)
print(o.__weakref__ is w)
