a = {}
for i in range(22):
    a['item_' + chr(0x4e00 + i)] = i
print(len(a), list(a)[-3:])
b = {}
for i in range(22):
    b[i * i - 50] = i
print(list(b))
del b[-50]
b[-50] = 'back'
print(repr(b))
c = dict(zip('abcdefghijklmnopqrstuvw', range(23)))
print(c)
