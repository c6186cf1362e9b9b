import gc; gc.disable(); gc.collect()
import weakref

class Account:
    registry = weakref.WeakValueDictionary()
    def __init__(self, num):
        self.num = num
        self.history = []
        Account.registry[num] = self
    def __del__(self):
        print("close account", self.num)

class Transaction:
    def __init__(self, acct, amt):
        self.acct = acct
        self.amt = amt
        acct.history.append(self)

a1 = Account(1)
a2 = Account(2)
Transaction(a1, 10)
Transaction(a1, -5)
Transaction(a2, 7)
print("registry:", sorted(Account.registry))
print("a1 balance:", sum(t.amt for t in a1.history))
t = a2.history[0]
del a2
print("a2 alive via transaction:", 2 in Account.registry)
del t
print("after del t (cycle remains):", 2 in Account.registry)
print("collect:", gc.collect())
print("registry:", sorted(Account.registry))
a1.history.clear()
print("history cleared")
del a1
print("registry:", sorted(Account.registry))
print("collect:", gc.collect())
