d = {}
for i in range(30):
    d['key%d' % i] = i
for i in range(0, 30, 2):
    del d['key%d' % i]
print(len(d), list(d)[:5])
for i in range(0, 30, 4):
    d['key%d' % i] = -i
print(len(d))
print(list(d))
del d['key1']
del d['key29']
print(repr(d))
