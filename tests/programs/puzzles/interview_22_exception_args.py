# Exception args, str and repr
e1 = ValueError()
e2 = ValueError("one")
e3 = ValueError("one", 2)
for e in (e1, e2, e3):
    print("args:", e.args, "| str:", repr(str(e)), "| repr:", repr(e))

class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise MyError(404)
except Exception as err:
    print("caught:", type(err).__name__, err, err.code)
    print("isinstance Exception:", isinstance(err, Exception))

k = KeyError("key")
print("KeyError str:", str(k))
print("mro:", [c.__name__ for c in KeyError.__mro__])
try:
    raise StopIteration(7)
except StopIteration as s:
    print("StopIteration value:", s.value)
