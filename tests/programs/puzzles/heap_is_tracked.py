import gc
gc.disable(); gc.collect()
class C:
    pass
print(gc.is_tracked(0), gc.is_tracked(10**50), gc.is_tracked('abc'))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}))
print(gc.is_tracked({'a': []}), gc.is_tracked(C()), gc.is_tracked(1.5))
print(gc.is_tracked(None), gc.is_tracked(set()), gc.is_tracked(frozenset([1])))
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
d = {1: 'x'}
print(gc.is_tracked(d))
d[2] = [1]
print(gc.is_tracked(d))
