# copy() clones a dense table (holes kept) but compacts a holey one; update/dict() merge.
src = {i: i for i in range(20)}
dense = src.copy()
for i in range(0, 20, 2):
    del src[i]
holey = src.copy()
few_holes = {i: i for i in range(9)}
del few_holes[3]
fh = few_holes.copy()
merged = dict(src)
empty_target = {}
empty_target.update(src)
nonempty = {"a": 1}
nonempty.update(src)
nonempty.update([(1, "x"), ("b", 2)], c=3)
kw = dict(one=1, two=2, three=3, four=4, five=5, six=6, seven=7)
u = {}
u.update(a=1, b=2, c=3, d=4, e=5, f=6, g=7)
orr = {"x": 1} | {"y": 2}
orr |= {"z": 3}
print(dense == src, len(holey), merged == src, nonempty, kw, orr)
