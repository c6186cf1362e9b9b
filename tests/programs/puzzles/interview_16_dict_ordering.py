# Dict insertion ordering
d = {}
d["banana"] = 3
d["apple"] = 1
d["cherry"] = 2
print("order:", list(d))
d["banana"] = 30
print("update keeps position:", list(d.items()))
del d["banana"]
d["banana"] = 3
print("delete+reinsert moves to end:", list(d))
print("popitem:", d.popitem())
d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print("equal regardless of order:", d1 == d2)
print("lists differ:", list(d1) == list(d2))
merged = d1 | {"c": 3, "a": 100}
print("merged:", merged)
print("reversed keys:", list(reversed(merged)))
