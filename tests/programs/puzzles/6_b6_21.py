class Account:
    _next_id = 1
    interest = 0.01

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance not allowed")
        self._balance = v

    @classmethod
    def joint(cls, *owners):
        return cls(" & ".join(owners))

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"

class Savings(Account):
    interest = 0.05

a = Account("ann", 100)
s = Savings.joint("bo", "cy")
s.balance = 50
print(a, s, type(s).__name__)
try:
    a.balance -= 200
except ValueError as e:
    print("ValueError:", e, a.balance)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
s.interest = 0.5
print(a.interest, s.interest, Savings.interest, Savings("z").interest)
print(Account._next_id, sorted(vars(s)))
