# __slots__ vs __dict__
class WithDict:
    def __init__(self):
        self.a = 1

class WithSlots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
    def __repr__(self):
        return f"WithSlots(a={self.a})"

w = WithDict()
w.b = 2
print("dynamic attr ok:", w.__dict__)
s = WithSlots()
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print("has __dict__:", hasattr(s, "__dict__"))
print("slots:", WithSlots.__slots__, s)
s2 = WithSlots.__new__(WithSlots)
try:
    s2.a
except AttributeError as e:
    print("unset slot:", e)
print("slot descriptor type:", type(WithSlots.a).__name__)
