# CPython 3.11 keeps a plain instance's attributes inline while its class's shared keys
# take every name it stores; the first store they cannot take gives the instance a real
# dict (make_dict_from_instance_attributes), which gc.collect() counts with it.
import gc


class W:
    pass


# Fifteen instances take fifteen usable slots of W's shared keys and fifteen names the
# rest: the next instance's new name finds them full, and its attributes move to a dict.
for i in range(15):
    setattr(W(), "k%d" % i, 0)
o = W()
o.last = o
del o
print(gc.collect())

# A name the keys already have is stored inline even when they are full.
p = W()
p.k3 = p
del p
print(gc.collect())


class Many:
    pass


# One instance with more names than its class's keys take: the store the keys cannot
# take gives it a dict.
m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
m.me = m
del m
print(gc.collect())


# An instance whose dict holds only atomic values: the dict exists, untracked.
class A:
    pass


for i in range(30):
    setattr(A(), "z%d" % i, 0)
a = A()
a.other = 5
print(gc.is_tracked(a), len(vars(a)))
a.cycle = a
del a
print(gc.collect())
