import sys
# Reference counting with sys.getrefcount
class Node:
    def __repr__(self):
        return "Node()"

n = Node()
base = sys.getrefcount(n)
print("baseline refcount:", base)
alias = n
print("after alias:", sys.getrefcount(n) - base)
lst = [n, n, n]
print("after list of 3:", sys.getrefcount(n) - base)
d = {"k": n}
print("after dict value:", sys.getrefcount(n) - base)
del lst
print("after del list:", sys.getrefcount(n) - base)
del alias
print("after del alias:", sys.getrefcount(n) - base)
d.clear()
print("after dict clear:", sys.getrefcount(n) - base)

def f(x):
    return sys.getrefcount(x) - base

print("inside function arg:", f(n) > 0)
