# Deletes leave DUMMY slots that a later insert may reuse; popitem and clear.
d = {str(i): i for i in range(5)}
del d["1"]
del d["3"]
d["x"] = 10
d["1"] = 11
p = dict.fromkeys(range(12), 0)
print(p.popitem(), p.popitem())
p[100] = 1
c = {"a": 1, "b": 2}
c.clear()
c["z"] = 26
churn = {}
for i in range(40):
    churn[i] = i
    if i % 3 == 0:
        del churn[i]
print(len(churn), list(churn)[:5])
