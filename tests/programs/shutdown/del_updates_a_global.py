# Shutdown: a __del__ that updates a global at teardown still sees the globals (the collector runs finalizers before clearing the dict).
count = 0
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        global count
        count += 1
        print("del", self.n, "count", count)
items = [C(i) for i in range(4)]
mapping = [{i: C(10 + i) for i in range(3)}]
print("end")
