class Stack:
    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __contains__(self, item):
        print(f"  checking {item!r}")
        return item in self._items

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

    def __eq__(self, other):
        return type(other) is Stack and self._items == other._items

    def push(self, x):
        self._items.append(x)
        return self

s = Stack([1, 2]).push(3).push("four")
print(s, len(s), list(s))
print(3 in s)
print("five" not in s)
e = Stack()
print(bool(e), bool(s), e == Stack(), s == [1, 2, 3, "four"])
if not e:
    print("empty stack is falsy")
print(Stack.__hash__ is None)
try:
    {s}
except TypeError as err:
    print("TypeError:", err)
print(list(zip(s, range(10))))
