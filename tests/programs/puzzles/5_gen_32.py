class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        text = text.strip().lstrip("$").replace(",", "")
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n):
        return Money(round(self.cents * n))

    def split(self, ways):
        base, extra = divmod(self.cents, ways)
        return [Money(base + (1 if i < extra else 0)) for i in range(ways)]

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"

    __repr__ = __str__


prices = [Money.parse(s) for s in ["$1,234.5", "19.99", " $0.07 ", "1000"]]
print(prices)
total = prices[0]
for p in prices[1:]:
    total = total + p
print("total", total, "tax", total * 0.0825)
print(sorted(prices), max(prices), min(prices))
print(Money(1000).split(3), sum(m.cents for m in Money(1000).split(3)))
print(Money(-550), Money(5) == Money.parse("0.05"), str(Money(123456789)))
