# __repr__, __eq__, __hash__, total ordering by hand
class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return self.amount < other.amount

    def __le__(self, other):
        return self == other or self < other

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

a = Money(1500)
b = Money(250.5)
c = Money(1500)
print(repr(a), "|", str(a))
print("a == c:", a == c, "a is c:", a is c)
print("a == 1500:", a == 1500)
print("a < b:", a < b, "b < a:", b < a, "b <= b:", b <= b)
print("a > b (reflected):", a > b)
print("set dedup:", len({a, b, c}))
wallet = [Money(5), Money(100), Money(20.25), Money(1)]
print("sorted:", sorted(wallet))
print("max:", max(wallet))
print("sum:", sum(wallet))
print("list repr:", [a, b])
print("f-string str vs repr:", f"{a} / {a!r}")
try:
    Money(1) < Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print("!= derived:", a != b, a != c)
print("in list uses ==:", Money(5) in wallet)
