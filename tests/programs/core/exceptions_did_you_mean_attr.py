# An uncaught AttributeError's last line suggests the closest name in dir() of the
# object the failed lookup was about.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance(self):
        return (self.x**2 + self.y**2) ** 0.5


p = Point(3, 4)


def helper():
    pass


helper.tag = "t"
print([n for n in dir(helper) if not n.startswith("__")])
print(sorted(set(dir(p)) - set(dir(object))))
print(len(dir("")), dir(5)[-6:], dir(None)[:3])
for obj, name in [(p, "distanse"), (Point, "distnce"), ([], "apend"), ({}, "iterms"),
                  ("s", "uper"), (1.5, "is_integr"), (None, "foo"), (helper, "tga")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e.obj).__name__, e.name, "|", e)
try:
    p.distanse()
except AttributeError as e:
    "abc".uper()
