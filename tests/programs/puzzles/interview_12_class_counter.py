# Class attribute counter: self.count += 1 pitfall
class Widget:
    count = 0
    def __init__(self):
        self.count += 1

class Gadget:
    count = 0
    def __init__(self):
        type(self).count += 1

for _ in range(3):
    w = Widget()
    g = Gadget()
print("Widget.count:", Widget.count, "instance:", w.count)
print("Gadget.count:", Gadget.count, "instance:", g.count)
print("'count' in w.__dict__:", "count" in w.__dict__)
print("'count' in g.__dict__:", "count" in g.__dict__)
