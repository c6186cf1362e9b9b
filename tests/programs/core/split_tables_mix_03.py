# Generated: random attribute stores, deletions and dict operations on instance
# __dict__s (split tables), their copies and merges, sizes printed after each.
import sys
size = sys.getsizeof
class A: pass
class B(A): pass
class C:
    def __init__(self, k):
        self.k = k
        self.m = k * 2
class D(dict): pass
objs = []
ds = []
cs = []
objs.append(A())
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(C(2))
objs.append(A())
o = objs[14 % len(objs)]
if hasattr(o, 'n8') and 'n8' in o.__dict__: delattr(o, 'n8')
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
c = cs[30 % len(cs)] if cs else {}
c['q4'] = 4
print('c', size(c), c)
o = objs[14 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[33 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
objs.append(A())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[2 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
objs.append(C(1))
if not ds: ds.append(objs[-1].__dict__)
ds[24 % len(ds)].clear()
setattr(objs[8 % len(objs)], 'n28', 11)
objs.append(B())
setattr(objs[49 % len(objs)], 'n27', 13)
setattr(objs[36 % len(objs)], 'n24', 14)
if not ds: ds.append(objs[-1].__dict__)
ds[37 % len(ds)]['n14'] = 15
o = objs[38 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[36 % len(objs)], 'n8', 17)
if not ds: ds.append(objs[-1].__dict__)
ds[13 % len(ds)].update(ds[36 % len(ds)])
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[30 % len(objs)], 'n10', 19)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[26 % len(ds)]), len(ds[26 % len(ds)]), ds[26 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[7 % len(objs)]
if hasattr(o, 'n6') and 'n6' in o.__dict__: delattr(o, 'n6')
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[2 % len(ds)].pop('n9', None))
o = objs[17 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[19 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(A())
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[39 % len(objs)], 'n4', 26)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
d = ds[21 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
o = objs[24 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[24 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
ds[35 % len(ds)][4] = 30
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[45 % len(ds)]['n4'] = 31
ds.append(objs[0 % len(objs)].__dict__)
o = objs[20 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[40 % len(ds)]['n5'] = 34
if not ds: ds.append(objs[-1].__dict__)
ds[22 % len(ds)].update({f'u{j}': j for j in range(5)})
objs.append(A())
objs.append(C(1))
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[38 % len(objs)]
if hasattr(o, 'n9') and 'n9' in o.__dict__: delattr(o, 'n9')
setattr(objs[38 % len(objs)], 'n5', 39)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
c = ds[6 % len(ds)].copy()
cs.append(c)
print('copy', size(c), c)
if not ds: ds.append(objs[-1].__dict__)
d = ds[8 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
d = ds[15 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
if not ds: ds.append(objs[-1].__dict__)
ds[6 % len(ds)]['n5'] = 43
setattr(objs[21 % len(objs)], 'n0', 44)
setattr(objs[17 % len(objs)], 'n28', 45)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[20 % len(objs)], 'n12', 46)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[11 % len(ds)]), len(ds[11 % len(ds)]), ds[11 % len(ds)].__sizeof__())
if not ds: ds.append(objs[-1].__dict__)
c = cs[22 % len(cs)] if cs else {}
c['q6'] = 48
print('c', size(c), c)
o = objs[17 % len(objs)]
if hasattr(o, 'n8') and 'n8' in o.__dict__: delattr(o, 'n8')
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[18 % len(ds)].pop('n6', None))
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[0 % len(objs)]
if hasattr(o, 'n3') and 'n3' in o.__dict__: delattr(o, 'n3')
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[39 % len(ds)]), len(ds[39 % len(ds)]), ds[39 % len(ds)].__sizeof__())
o = objs[45 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[48 % len(ds)].update(ds[33 % len(ds)])
ds.append(objs[14 % len(objs)].__dict__)
o = objs[18 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[12 % len(objs)], 'n4', 57)
o = objs[36 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[7 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[33 % len(objs)], 'n1', 60)
objs.append(A())
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[3 % len(objs)], 'n30', 62)
setattr(objs[10 % len(objs)], 'n7', 63)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[31 % len(objs)], 'n0', 64)
o = objs[3 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[33 % len(objs)], 'n33', 66)
ds.append(objs[49 % len(objs)].__dict__)
o = objs[49 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[2 % len(objs)], 'n3', 69)
objs.append(A())
setattr(objs[24 % len(objs)], 'n2', 71)
if not ds: ds.append(objs[-1].__dict__)
d = ds[23 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
o = objs[35 % len(objs)]
if hasattr(o, 'n2') and 'n2' in o.__dict__: delattr(o, 'n2')
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[5 % len(ds)].update({f'u{j}': j for j in range(1)})
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[34 % len(ds)].pop('n0', None))
o = objs[40 % len(objs)]
if hasattr(o, 'n5') and 'n5' in o.__dict__: delattr(o, 'n5')
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[26 % len(ds)]), len(ds[26 % len(ds)]), ds[26 % len(ds)].__sizeof__())
objs.append(B())
if not ds: ds.append(objs[-1].__dict__)
c = cs[14 % len(cs)] if cs else {}
c['q2'] = 79
print('c', size(c), c)
o = objs[20 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[16 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[46 % len(ds)].update(ds[33 % len(ds)])
if not ds: ds.append(objs[-1].__dict__)
d = ds[46 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
if not ds: ds.append(objs[-1].__dict__)
ds[45 % len(ds)]['n12'] = 84
ds.append(objs[36 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[11 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[7 % len(objs)], 'n0', 87)
if not ds: ds.append(objs[-1].__dict__)
ds[18 % len(ds)].update({f'u{j}': j for j in range(1)})
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('sd', ds[32 % len(ds)].setdefault('n3', 89))
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[35 % len(ds)]['n9'] = 90
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(B())
o = objs[48 % len(objs)]
if hasattr(o, 'n11') and 'n11' in o.__dict__: delattr(o, 'n11')
setattr(objs[22 % len(objs)], 'n25', 93)
o = objs[24 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[26 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[26 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[43 % len(ds)]), len(ds[43 % len(ds)]), ds[43 % len(ds)].__sizeof__())
setattr(objs[10 % len(objs)], 'n2', 98)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('sd', ds[44 % len(ds)].setdefault('n7', 99))
o = objs[8 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[20 % len(objs)], 'n32', 101)
o = objs[34 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[38 % len(objs)], 'n26', 103)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[17 % len(ds)]), len(ds[17 % len(ds)]), ds[17 % len(ds)].__sizeof__())
setattr(objs[11 % len(objs)], 'n3', 105)
setattr(objs[26 % len(objs)], 'n2', 106)
ds.append(objs[38 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[41 % len(ds)].update({f'u{j}': j for j in range(20)})
objs.append(C(2))
o = objs[2 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[13 % len(objs)], 'n0', 111)
setattr(objs[8 % len(objs)], 'n2', 112)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[2 % len(ds)]), len(ds[2 % len(ds)]), ds[2 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[20 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(A())
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[22 % len(objs)], 'n0', 116)
if not ds: ds.append(objs[-1].__dict__)
ds[21 % len(ds)]['n6'] = 117
objs.append(D())
o = objs[25 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
print([size(o.__dict__) for o in objs])
print([(size(d), d) for d in ds])
g0 = ds[0] if len(ds) > 0 else {}
h0 = cs[0] if len(cs) > 0 else {}
g1 = ds[1] if len(ds) > 1 else {}
h1 = cs[1] if len(cs) > 1 else {}
g2 = ds[2] if len(ds) > 2 else {}
h2 = cs[2] if len(cs) > 2 else {}
g3 = ds[3] if len(ds) > 3 else {}
h3 = cs[3] if len(cs) > 3 else {}
g4 = ds[4] if len(ds) > 4 else {}
h4 = cs[4] if len(cs) > 4 else {}
g5 = ds[5] if len(ds) > 5 else {}
h5 = cs[5] if len(cs) > 5 else {}
