import gc
import weakref
gc.disable(); gc.collect()
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
reg = weakref.WeakValueDictionary()
nodes = [N(i) for i in range(3)]
for i, nd in enumerate(nodes):
    nd.next = nodes[(i + 1) % 3]
    reg[i] = nd
del nd
nodes = None
print('registry size before', len(reg))
print('collected', gc.collect())
print('registry size after', len(reg))
