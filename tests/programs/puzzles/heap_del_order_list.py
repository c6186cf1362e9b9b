import gc
gc.disable(); gc.collect()
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
lst = [N(i) for i in range(5)]
print('deleting list')
del lst
print('done list')
t = tuple(N(i) for i in range(10, 14))
print('deleting tuple')
del t
print('done tuple')
