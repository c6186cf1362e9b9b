class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(("Money", self.cents))

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __bool__(self):
        return self.cents != 0

vals = [Money(250), Money(99), Money(1000), Money(99)]
print(sorted(vals), [str(v) for v in sorted(vals)])
print(sum(vals), str(sum(vals)))
print(len(set(vals)), Money(99) in vals, Money(5) in vals)
print(max(vals), min(vals))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
print(Money(1) > Money(0))
print(bool(Money(0)), bool(Money(1)), Money(3) == 3, Money(3) != 3)
d = {Money(5): "five"}
print(d[Money(5)], d.get(Money(6), "none"))
print(f"{Money(1234)} {Money(7)!r} {Money(5)!s:>8}|")
