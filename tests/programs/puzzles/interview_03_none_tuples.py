# is with None and tuples
def f():
    pass

r = f()
print("return value:", r)
print("r is None:", r is None)
print("r == None:", r == None)

class Weird:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "Weird()"

w = Weird()
print("w == None:", w == None)
print("w is None:", w is None)
t1 = ()
t2 = tuple()
print("empty tuples identical:", t1 is t2)
t3 = tuple([1, 2])
t4 = tuple([1, 2])
print("tuple([1,2]) == tuple([1,2]):", t3 == t4)
print("tuple([1,2]) is tuple([1,2]):", t3 is t4)
t5 = (1, [2, 3])
t5[1].append(4)
print("tuple holding list mutated:", t5)
