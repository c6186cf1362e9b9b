import gc
gc.disable(); gc.collect()
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
        saved.append(self)
p = Phoenix('p')
del p
print('saved', len(saved), saved[0].name)
q = saved.pop()
del q
print('second delete done', len(saved))
c = Phoenix('cyc')
c.me = c
del c
print('collect', gc.collect())
print('saved', [s.name for s in saved])
