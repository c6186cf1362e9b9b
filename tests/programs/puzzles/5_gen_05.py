inventory = {"apples": 5, "pears": 2}
print(inventory.get("apples"), inventory.get("kiwis"), inventory.get("kiwis", 0))
inventory.setdefault("kiwis", 10)
inventory.setdefault("apples", 99)
print(inventory)
inventory.update({"pears": 7, "plums": 1}, grapes=3)
print(inventory)
print(inventory.pop("plums"), inventory.pop("nothing", "missing"))
print(list(inventory.keys()), list(inventory.values()))
for k, v in sorted(inventory.items(), key=lambda kv: kv[1], reverse=True):
    print(f"  {k:>8}: {v}")
print(dict(sorted(inventory.items())))
squares = {n: n * n for n in range(6) if n % 2}
print(squares, 3 in squares, 9 in squares)
merged = inventory | {"apples": 0}
print(merged)
inv = {v: k for k, v in inventory.items()}
print(inv)
groups = {}
for word in "ant bee cat ape bat cow ant".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))))
item = inventory.popitem()
print(item, len(inventory))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
try:
    print(inventory["bananas"])
except KeyError as e:
    print("KeyError:", e, repr(e))
