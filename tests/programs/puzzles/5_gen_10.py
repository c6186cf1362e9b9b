class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class AccountLocked(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance

acct = Account("ann", 100)
for amt in [30, 50, 40]:
    try:
        print("left:", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("failed:", e, e.needed - e.available)
    finally:
        print("attempted", amt)
acct.locked = True
try:
    acct.withdraw(1)
except (AccountLocked, InsufficientFunds) as e:
    print(type(e).__name__, e.args, str(e))

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e

try:
    parse("12x")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
print(issubclass(InsufficientFunds, Exception), repr(AccountLocked("x", 2)))
