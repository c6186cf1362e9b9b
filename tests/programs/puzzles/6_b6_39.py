inventory = {"apples": 5, "pears": 0, "kiwis": 12}
prices = {"apples": 0.5, "kiwis": 0.25, "plums": 1.0}
common = inventory.keys() & prices.keys()
print(sorted(common))
print(sorted(inventory.keys() ^ prices.keys()))
value = {k: inventory[k] * prices[k] for k in sorted(common)}
print(value)
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
merged = inventory | {k: 0 for k in prices if k not in inventory}
print(merged)
report = {
    "total_items": sum(inventory.values()),
    "by_letter": {},
    "flags": [k for k, v in inventory.items() if v == 0],
}
for k in merged:
    report["by_letter"].setdefault(k[0], []).append(k)
print(report)
print(list(zip(inventory, inventory.values())))
swapped = dict(zip(inventory.values(), inventory.keys()))
print(swapped)
v = inventory.values()
inventory["figs"] = 3
print(3 in v, len(v), sorted(v))
print(inventory.items() == {("apples", 5), ("pears", 0), ("kiwis", 12), ("figs", 3)})
print(dict(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True)))
