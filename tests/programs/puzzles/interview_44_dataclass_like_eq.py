# __eq__ returning NotImplemented and reflected comparisons
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other
        return NotImplemented
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(100)
print("m == Money(100):", m == Money(100))
print("m == 100:", m == 100)
print("100 == m (reflected):", 100 == m)
print("m == 'x':", m == "x")
print("m != 100:", m != 100)
d = {m: "dollar"}
print("d[100]:", d[100])
print("d[Money(100)]:", d[Money(100)])
print("100 in {m}:", 100 in {m})
print("list.index:", [1, 2, Money(2)].index(2))
print("count of 100:", [m, 100, Money(100), "100"].count(100))
