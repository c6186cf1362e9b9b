# Ellipsis: '...' as a placeholder body and as a value (repr, type, truth, identity,
# in containers and defaults, as an index).
def todo():
    ...

class Shape:
    def area(self):
        ...

print(todo(), Shape().area(), ..., repr(...), str(Ellipsis), ... is Ellipsis, type(...).__name__, bool(...))
x = ...
print(x == ..., x != 1, [..., 1], (...,), {'k': ...})
try:
    [1, 2][int is None or ...]
except TypeError as e:
    print(e)
def stub(a: int, b=...) -> None: ...
print(stub(1), stub.__defaults__)
