# The shared empty table, the 8-slot first insert, growth at 6, 11, 22 items (3.11 sizes).
d = {}
e0 = {}
d["apple"] = 1
for i in range(30):
    d["k" + str(i)] = i
    if i in (3, 4, 5, 9, 10, 20, 21):
        print(i, len(d))
small = {"a": 1}
ints = {}
for i in range(1, 23):
    ints[i] = i * i
