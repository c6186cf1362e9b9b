import gc
gc.disable(); gc.collect()
class C:
    pass
lst = [1, 'a', 2.5, (1,)]
print(len(gc.get_referents(lst)))
print(sorted(type(x).__name__ for x in gc.get_referents(lst)))
d = {'k': [1], 'j': 3}
print(sorted(type(x).__name__ for x in gc.get_referents(d)))
t = (lst, d, 'x')
print(len(gc.get_referents(t)), sorted(type(x).__name__ for x in gc.get_referents(t)))
print(len(gc.get_referents(lst, d, t)))
print(gc.get_referents(1), gc.get_referents('abc'))
s = {1, 2, 3}
print(sorted(gc.get_referents(s)))
