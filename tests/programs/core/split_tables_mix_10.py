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
objs.append(C(2))
objs.append(C(2))
objs.append(A())
ds.append(objs[32 % len(objs)].__dict__)
objs.append(A())
setattr(objs[33 % len(objs)], 'n0', 5)
o = objs[42 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[6 % len(objs)], 'n8', 7)
o = objs[49 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[12 % len(objs)], 'n8', 9)
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[11 % len(objs)].__dict__)
o = objs[31 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[12 % len(objs)], 'n2', 12)
o = objs[11 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[29 % len(objs)], 'n0', 14)
setattr(objs[20 % len(objs)], 'n28', 15)
ds.append(objs[32 % len(objs)].__dict__)
setattr(objs[33 % len(objs)], 'n6', 17)
setattr(objs[5 % len(objs)], 'n0', 18)
setattr(objs[7 % len(objs)], 'n4', 19)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(B())
if not ds: ds.append(objs[-1].__dict__)
ds[7 % len(ds)].update({f'u{j}': j for j in range(45)})
o = objs[3 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
ds[32 % len(ds)].update({f'u{j}': j for j in range(1)})
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[46 % len(ds)]['n2'] = 24
objs.append(A())
objs.append(A())
setattr(objs[34 % len(objs)], 'n6', 27)
setattr(objs[17 % len(objs)], 'n3', 28)
setattr(objs[31 % len(objs)], 'n4', 29)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[18 % len(ds)]), len(ds[18 % len(ds)]), ds[18 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[29 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(B())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[47 % len(objs)]
if hasattr(o, 'n8') and 'n8' in o.__dict__: delattr(o, 'n8')
setattr(objs[15 % len(objs)], 'n11', 34)
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[38 % len(objs)].__dict__)
setattr(objs[3 % len(objs)], 'n2', 36)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(C(2))
if not ds: ds.append(objs[-1].__dict__)
ds[6 % len(ds)].update(ds[21 % len(ds)])
setattr(objs[14 % len(objs)], 'y', 39)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[12 % len(ds)].update(ds[43 % len(ds)])
o = objs[35 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[26 % len(objs)]
if hasattr(o, 'n5') and 'n5' in o.__dict__: delattr(o, 'n5')
if not ds: ds.append(objs[-1].__dict__)
ds[39 % len(ds)][2] = 43
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[17 % len(ds)]), len(ds[17 % len(ds)]), ds[17 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[16 % len(objs)]
if hasattr(o, 'n11') and 'n11' in o.__dict__: delattr(o, 'n11')
if not ds: ds.append(objs[-1].__dict__)
ds[16 % len(ds)]['n8'] = 46
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[16 % len(ds)]), len(ds[16 % len(ds)]), ds[16 % len(ds)].__sizeof__())
objs.append(C(2))
setattr(objs[17 % len(objs)], 'n3', 49)
ds.append(objs[1 % len(objs)].__dict__)
objs.append(C(1))
setattr(objs[30 % len(objs)], 'n1', 52)
objs.append(A())
if not ds: ds.append(objs[-1].__dict__)
c = dict.fromkeys(ds[10 % len(ds)])
cs.append(c)
print('copy', size(c), c)
o = objs[30 % len(objs)]
if hasattr(o, 'n1') and 'n1' in o.__dict__: delattr(o, 'n1')
o = objs[12 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
objs.append(B())
setattr(objs[7 % len(objs)], 'n5', 58)
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[37 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
ds[37 % len(ds)]['n0'] = 60
if not ds: ds.append(objs[-1].__dict__)
ds[32 % len(ds)]['n14'] = 61
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[20 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
ds[25 % len(ds)]['n9'] = 63
o = objs[37 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[44 % len(ds)].pop('n3', None))
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[13 % len(ds)]), len(ds[13 % len(ds)]), ds[13 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[36 % len(objs)], 'n1', 67)
setattr(objs[13 % len(objs)], 'n3', 68)
objs.append(C(2))
setattr(objs[44 % len(objs)], 'n7', 70)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[8 % len(ds)]['n1'] = 71
if not ds: ds.append(objs[-1].__dict__)
ds[8 % len(ds)].update({f'u{j}': j for j in range(5)})
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[31 % len(objs)], 'n4', 73)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[1 % len(ds)]), len(ds[1 % len(ds)]), ds[1 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[11 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
objs.append(A())
objs.append(C(1))
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[1 % len(ds)].pop('n4', None))
o = objs[36 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[34 % len(objs)], 'n10', 80)
setattr(objs[5 % len(objs)], 'n8', 81)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[26 % len(ds)]), len(ds[26 % len(ds)]), ds[26 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(A())
o = objs[0 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[9 % len(ds)].pop('n1', None))
if not ds: ds.append(objs[-1].__dict__)
ds[24 % len(ds)]['n2'] = 86
o = objs[21 % len(objs)]
if hasattr(o, 'n3') and 'n3' in o.__dict__: delattr(o, 'n3')
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[16 % len(objs)]
if hasattr(o, 'n1') and 'n1' in o.__dict__: delattr(o, 'n1')
if not ds: ds.append(objs[-1].__dict__)
ds[16 % len(ds)]['n7'] = 89
setattr(objs[16 % len(objs)], 'n15', 90)
objs.append(C(2))
o = objs[40 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
ds.append(objs[49 % len(objs)].__dict__)
setattr(objs[14 % len(objs)], 'n3', 94)
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[28 % len(objs)].__dict__)
ds.append(objs[33 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[37 % len(objs)], 'n10', 97)
setattr(objs[34 % len(objs)], 'n3', 98)
if not ds: ds.append(objs[-1].__dict__)
ds[26 % len(ds)]['n14'] = 99
objs.append(B())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[25 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[35 % len(objs)], 'n1', 102)
ds.append(objs[35 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[17 % len(ds)]), len(ds[17 % len(ds)]), ds[17 % len(ds)].__sizeof__())
ds.append(objs[27 % len(objs)].__dict__)
o = objs[13 % len(objs)]
if hasattr(o, 'n6') and 'n6' in o.__dict__: delattr(o, 'n6')
objs.append(D())
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(D())
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[20 % len(objs)].__dict__)
ds.append(objs[1 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('sd', ds[36 % len(ds)].setdefault('n9', 111))
objs.append(A())
o = objs[25 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[38 % len(objs)], 'n28', 114)
ds.append(objs[42 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[0 % len(objs)], 'n0', 116)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[7 % len(ds)].update({f'u{j}': j for j in range(20)})
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[37 % len(objs)], 'n1', 118)
o = objs[35 % len(objs)]
if hasattr(o, 'n3') and 'n3' in o.__dict__: delattr(o, 'n3')
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[12 % len(ds)]), len(ds[12 % len(ds)]), ds[12 % len(ds)].__sizeof__())
setattr(objs[20 % len(objs)], 'n9', 121)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[31 % len(ds)]), len(ds[31 % len(ds)]), ds[31 % len(ds)].__sizeof__())
o = objs[2 % len(objs)]
if hasattr(o, 'n2') and 'n2' in o.__dict__: delattr(o, 'n2')
o = objs[32 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[25 % len(ds)].pop('n5', None))
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[27 % len(ds)].pop('n8', None))
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[47 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
d = ds[13 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
o = objs[7 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
d = ds[33 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[40 % len(objs)], 'n3', 131)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(C(2))
if not ds: ds.append(objs[-1].__dict__)
d = ds[15 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
setattr(objs[3 % len(objs)], 'n2', 134)
o = objs[46 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[13 % len(objs)], 'n3', 136)
o = objs[11 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
c = ds[22 % len(ds)] | {}
cs.append(c)
print('copy', size(c), c)
ds.append(objs[40 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(A())
o = objs[0 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[36 % len(objs)]
if hasattr(o, 'n8') and 'n8' in o.__dict__: delattr(o, 'n8')
setattr(objs[13 % len(objs)], 'n0', 143)
setattr(objs[20 % len(objs)], 'n14', 144)
o = objs[6 % len(objs)]
if hasattr(o, 'n7') and 'n7' in o.__dict__: delattr(o, 'n7')
setattr(objs[13 % len(objs)], 'n4', 146)
setattr(objs[13 % len(objs)], 'n9', 147)
if not ds: ds.append(objs[-1].__dict__)
c = {} | ds[47 % len(ds)]
cs.append(c)
print('copy', size(c), c)
if not ds: ds.append(objs[-1].__dict__)
print('sd', ds[47 % len(ds)].setdefault('n8', 149))
setattr(objs[15 % len(objs)], 'n3', 150)
objs.append(A())
setattr(objs[13 % len(objs)], 'n3', 152)
objs.append(C(1))
objs.append(D())
if not ds: ds.append(objs[-1].__dict__)
ds[1 % len(ds)].clear()
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
c = ds[40 % len(ds)].copy()
cs.append(c)
print('copy', size(c), c)
objs.append(D())
setattr(objs[24 % len(objs)], 'n0', 158)
if not ds: ds.append(objs[-1].__dict__)
c = ds[49 % len(ds)] | {}
cs.append(c)
print('copy', size(c), c)
o = objs[36 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[29 % len(objs)], 'n0', 161)
o = objs[17 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[1 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[25 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('sd', ds[42 % len(ds)].setdefault('n5', 165))
if not ds: ds.append(objs[-1].__dict__)
ds[23 % len(ds)].clear()
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[7 % len(objs)], 'n1', 167)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[14 % len(objs)], 'n4', 168)
o = objs[33 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[35 % len(objs)], 'n2', 170)
setattr(objs[36 % len(objs)], 'n7', 171)
setattr(objs[12 % len(objs)], 'n8', 172)
if not ds: ds.append(objs[-1].__dict__)
ds[32 % len(ds)]['n2'] = 173
if not ds: ds.append(objs[-1].__dict__)
c = {} | ds[21 % len(ds)]
cs.append(c)
print('copy', size(c), c)
o = objs[13 % len(objs)]
if hasattr(o, 'n1') and 'n1' in o.__dict__: delattr(o, 'n1')
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[30 % len(ds)].pop('n5', None))
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[32 % len(ds)].update(ds[34 % len(ds)])
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[30 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
ds[13 % len(ds)]['n9'] = 179
ds.append(objs[31 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
c = ds[9 % len(ds)] | {}
cs.append(c)
print('copy', size(c), c)
o = objs[13 % len(objs)]
if hasattr(o, 'n1') and 'n1' in o.__dict__: delattr(o, 'n1')
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[31 % len(objs)], 'n8', 183)
setattr(objs[8 % len(objs)], 'n3', 184)
if not ds: ds.append(objs[-1].__dict__)
ds[27 % len(ds)]['n6'] = 185
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[27 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
ds.append(objs[21 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('pop', ds[29 % len(ds)].pop('n6', None))
if not ds: ds.append(objs[-1].__dict__)
ds[22 % len(ds)]['n12'] = 189
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[7 % len(ds)]), len(ds[7 % len(ds)]), ds[7 % len(ds)].__sizeof__())
print([size(d) for d in ds], [size(c) for c in cs])
o = objs[11 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[37 % len(objs)], 'n7', 192)
o = objs[35 % len(objs)]
if hasattr(o, 'n2') and 'n2' in o.__dict__: delattr(o, 'n2')
if not ds: ds.append(objs[-1].__dict__)
d = ds[7 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
o = objs[15 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
print('iter', list(ds[42 % len(ds)]), len(ds[42 % len(ds)]), ds[42 % len(ds)].__sizeof__())
setattr(objs[0 % len(objs)], 'n11', 197)
objs.append(C(1))
if not ds: ds.append(objs[-1].__dict__)
c = cs[48 % len(cs)] if cs else {}
c['q3'] = 199
print('c', size(c), c)
if not ds: ds.append(objs[-1].__dict__)
ds[15 % len(ds)][3] = 200
ds.append(objs[44 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
c = cs[19 % len(cs)] if cs else {}
c['q6'] = 202
print('c', size(c), c)
o = objs[21 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
o = objs[3 % len(objs)]
if hasattr(o, 'n4') and 'n4' in o.__dict__: delattr(o, 'n4')
ds.append(objs[45 % len(objs)].__dict__)
objs.append(D())
o = objs[7 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[5 % len(objs)], 'n1', 208)
o = objs[4 % len(objs)]
if hasattr(o, 'n6') and 'n6' in o.__dict__: delattr(o, 'n6')
setattr(objs[34 % len(objs)], 'n3', 210)
setattr(objs[26 % len(objs)], 'z', 211)
print([size(d) for d in ds], [size(c) for c in cs])
ds.append(objs[14 % len(objs)].__dict__)
setattr(objs[14 % len(objs)], 'n0', 213)
ds.append(objs[48 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
ds[35 % len(ds)][3] = 215
ds.append(objs[39 % len(objs)].__dict__)
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
d = ds[31 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
if not ds: ds.append(objs[-1].__dict__)
ds[36 % len(ds)].update(ds[33 % len(ds)])
if not ds: ds.append(objs[-1].__dict__)
ds[34 % len(ds)][4] = 219
setattr(objs[35 % len(objs)], 'n9', 220)
setattr(objs[27 % len(objs)], 'n2', 221)
o = objs[23 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
if not ds: ds.append(objs[-1].__dict__)
d = ds[8 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(A())
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[0 % len(objs)], 'n0', 225)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(D())
if not ds: ds.append(objs[-1].__dict__)
d = ds[13 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
print([size(d) for d in ds], [size(c) for c in cs])
if not ds: ds.append(objs[-1].__dict__)
ds[37 % len(ds)]['n11'] = 228
if not ds: ds.append(objs[-1].__dict__)
ds[45 % len(ds)]['n7'] = 229
if not ds: ds.append(objs[-1].__dict__)
ds[4 % len(ds)].update(ds[49 % len(ds)])
setattr(objs[19 % len(objs)], 'n26', 231)
print([size(d) for d in ds], [size(c) for c in cs])
objs.append(B())
objs.append(C(1))
setattr(objs[18 % len(objs)], 'n0', 234)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[13 % len(objs)], 'n6', 235)
setattr(objs[47 % len(objs)], 'n10', 236)
o = objs[15 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
setattr(objs[36 % len(objs)], 'n3', 238)
setattr(objs[6 % len(objs)], 'n26', 239)
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[36 % len(objs)], 'n2', 240)
o = objs[24 % len(objs)]
if hasattr(o, 'n8') and 'n8' in o.__dict__: delattr(o, 'n8')
if not ds: ds.append(objs[-1].__dict__)
ds[45 % len(ds)]['n12'] = 242
print([size(d) for d in ds], [size(c) for c in cs])
setattr(objs[41 % len(objs)], 'n1', 243)
o = objs[4 % len(objs)]
print('obj', type(o).__name__, size(o.__dict__), o.__dict__)
ds.append(objs[3 % len(objs)].__dict__)
if not ds: ds.append(objs[-1].__dict__)
print('sd', ds[45 % len(ds)].setdefault('n11', 246))
objs.append(A())
setattr(objs[21 % len(objs)], 'n3', 248)
if not ds: ds.append(objs[-1].__dict__)
d = ds[17 % len(ds)]
if d: print('popitem', d.popitem(), size(d))
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
