import gc
gc.disable(); gc.collect()
import sys

class Node:
    pass

def count_in_function():
    n = Node()
    before = sys.getrefcount(n)
    pair = (n, n)
    mid = sys.getrefcount(n)
    del pair
    after = sys.getrefcount(n)
    return before, mid, after

print("in function:", count_in_function())

n = Node()
n.self_ref = n
print("self-referencing:", sys.getrefcount(n))
cycle_list = [n]
n.lst = cycle_list
print("plus list:", sys.getrefcount(n))
del n.self_ref
print("self ref removed:", sys.getrefcount(n))
for item in cycle_list:
    print("during for loop:", sys.getrefcount(item))
print("after loop (item still bound):", sys.getrefcount(n))
del item
print("del item:", sys.getrefcount(n))
del n
print("collect:", gc.collect(), "list len", len(cycle_list))
