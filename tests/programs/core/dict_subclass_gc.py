# Garbage churn with dict-subclass instances alive: the collector must keep their class.
class Box(dict):
    def __missing__(self, key):
        return key * 2

keep = Box(seed=1)
keep.label = 'kept'
for i in range(300000):
    tmp = [i, str(i)]
print(keep['ab'], keep, keep.label, type(keep).__name__, len(vars(keep)))
