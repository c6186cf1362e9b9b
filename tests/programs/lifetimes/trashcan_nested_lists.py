# Nested lists holding finalizable items: the item and the inner list are deposited at depth 50 and destroyed last deposited first.
class T:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("del", self.i)
x = []
for i in range(70):
    x = [x, T(i)]
del x
print("end")
