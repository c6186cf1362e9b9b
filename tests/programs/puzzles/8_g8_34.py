# Bank accounts: inheritance, super(), properties, custom exceptions
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance:.2f})"
class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
accounts = [Account("ann", 50), Savings("bob", 1000, rate=0.05), Checking("cy", 20)]
for acc in accounts:
    print(acc)
accounts[0].deposit(25).withdraw(10)
accounts[1].add_interest().add_interest()
accounts[2].withdraw(100)
for acc in accounts:
    print(f"{acc.owner:>4}: balance={acc.balance:>9.2f} history={acc.history}")
for acc, amount in [(accounts[0], 500), (accounts[2], 50), (accounts[1], 2000)]:
    try:
        acc.withdraw(amount)
    except InsufficientFunds as e:
        print(f"{acc.owner} failed: {e} | args={e.args} | needed={e.needed}")
try:
    accounts[0].balance = 1e6
except AttributeError as e:
    print("AttributeError:", e)
print("next id:", Account._next_id, "MRO:", [c.__name__ for c in Checking.__mro__])
total = sum(a.balance for a in accounts)
print(f"total holdings: {total:,.2f}")
richest = max(accounts, key=lambda a: a.balance)
print("richest:", richest)
