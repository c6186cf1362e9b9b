# Tuples, dicts and instances nested 60 deep: every level of each container type counts for the trashcan.
class D:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("del", self.i)
t = ()
for i in range(60):
    t = (t, D(i), {"k": D(1000 + i)})
del t
print("end")
