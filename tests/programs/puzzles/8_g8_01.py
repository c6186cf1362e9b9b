# Dict insertion order after deletes and re-inserts
inventory = {}
for name, qty in [("apple", 3), ("banana", 5), ("cherry", 7), ("date", 2)]:
    inventory[name] = qty
print("initial:", inventory)

del inventory["banana"]
print("after del banana:", inventory)

inventory["banana"] = 10
print("banana re-added:", list(inventory))

inventory["apple"] = 99
print("apple updated keeps position:", list(inventory.items()))

popped = inventory.pop("cherry")
print("popped cherry:", popped, "->", inventory)

last = inventory.popitem()
print("popitem:", last, "remaining:", inventory)

inventory.update({"egg": 1, "apple": 0, "fig": 4})
print("after update:", inventory)

first_key = next(iter(inventory))
print("first key:", first_key)
print("reversed keys:", list(reversed(inventory)))

snapshot = inventory.copy()
snapshot["zucchini"] = 8
print("copy is independent:", "zucchini" in inventory, "zucchini" in snapshot)

while inventory:
    k, v = inventory.popitem()
    print(f"  drained {k}={v}, left {len(inventory)}")

try:
    inventory.popitem()
except KeyError as e:
    print("empty popitem:", repr(e), e.args)

d = dict.fromkeys("abcab")
print("fromkeys dedup:", d)
d2 = dict.fromkeys(range(3), [])
d2[0].append("shared")
print("shared default:", d2)
d3 = {k: [] for k in range(3)}
d3[0].append("own")
print("comprehension default:", d3)
