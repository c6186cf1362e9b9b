# A unicode table becomes general when a non-str key arrives — even an existing-key write.
a = {"x": 1, "y": 2}
a[1] = 3
b = {"p": 1}
b[(1, 2)] = 2
c = {"q": 1}
c[b"q"] = 2
mixed = {"a": 1, 2: "b", 3.5: "c", (4,): "d", frozenset([5]): "e", True: "f", None if False else 0: "g"}
print(mixed)
s = {}
s.setdefault("k", [])
s.setdefault(1, 2)
