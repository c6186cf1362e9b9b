import gc
gc.disable(); gc.collect()
import weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self.balance

acct = Account("ann", 10)
p = weakref.proxy(acct)
print(p.owner, p.balance)
print("deposit ->", p.deposit(5))
p.balance = 100
print("real balance:", acct.balance)
print("type name:", type(p).__name__)
print("count:", weakref.getweakrefcount(acct))
del acct
try:
    p.owner
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p.deposit(1)
except ReferenceError as e:
    print("again:", e)
