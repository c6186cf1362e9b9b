import gc; gc.disable(); gc.collect()

a = 256
b = 256
print("256 is 256:", a is b)
c = int("257")
d = int("257")
print("int('257') is int('257'):", c is d, c == d)
e = int("-5")
f = int("-5")
print("-5 is -5:", e is f)
g = int("-6")
h = int("-6")
print("-6 is -6:", g is h)
x = 200
y = x + 56
k256 = 256
print("200+56 is 256:", y is k256)
z = x + 57
print("200+57 is int('257'):", z is int("257"), z == 257)
vals = [i * 2 for i in range(130, 132)]
print("260 via arith vs int('260'):", vals[0] is int("260"), vals[0] == int("260"))
n1 = 10 ** 2
n2 = 100
print("10**2 is 100:", n1 is n2)
big1 = 10 ** 20
big2 = 10 ** 20
print("big pow equal, identical:", big1 == big2, big1 is big2)
one = 1
tv = True
print("bool ints:", tv == one, tv is one, (tv + 0) is one)
print("neg zero float:", 0.0 == -0.0)
lst = list(range(-7, 260, 37))
same = [v for v in lst if v is int(str(v))]
print("cached from range:", same)
