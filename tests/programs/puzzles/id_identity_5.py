class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return True

a = P(1); b = P(2)
print("== with always-True __eq__:", a == b, "is:", a is b)
print("in list uses is first:", a in [b], P(3) in [a])
nan = float("nan")
print("nan == nan:", nan == nan, "nan is nan:", nan is nan)
print("nan in [nan]:", nan in [nan], "float('nan') in [nan]:", float("nan") in [nan])
print("list eq with nan:", [nan] == [nan])
x = 1.5
y = 1.5
print("float module consts:", x is y)
z = float("1.5")
print("runtime float:", z is x, z == x)
one = 1
print("bool vs int:", one == True, one is True, hash(one) == hash(True))
d = {1: "int"}
d[True] = "bool"
d[1.0] = "float"
print("dict collapses keys:", d)
