import gc
gc.disable(); gc.collect()
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = {k: N(k) for k in ['a', 'b', 'c', 'd']}
del d['b']
print('deleting dict')
del d
print('done dict')
nest = [N('outer'), [N('inner1'), N('inner2')], N('last')]
print('deleting nested')
nest = None
print('done nested')
