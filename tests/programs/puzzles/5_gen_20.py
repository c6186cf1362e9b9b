def describe(*args, **kwargs):
    parts = [f"args={args}"]
    for key in sorted(kwargs):
        parts.append(f"{key}={kwargs[key]!r}")
    return " ".join(parts)


def point(x, y=0, *, label="P", scale=1):
    return f"{label}({x * scale}, {y * scale})"


def head_tail(first, *rest, last=None):
    return first, rest, last


print(describe())
print(describe(1, 2, three=3, alpha="a"))
nums = [4, 5, 6]
opts = {"label": "Q", "scale": 10}
print(point(*nums[:2], **opts))
print(point(1), point(1, 2, label="R"))
print(head_tail(1, 2, 3, last=4), head_tail("only"))
try:
    point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    point()
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, bogus=2)
except TypeError as e:
    print("TypeError:", e)
a, b, *c = range(6)
print(a, b, c)
(p, q), r = "xy", [1, 2]
print(p, q, r)
first, *_, final = [10, 20, 30, 40]
print(first, final, [*nums, *"ab"], {**opts, "scale": 2})
merged = {**{"a": 1}, **{"a": 2, "b": 3}}
print(merged, print.__name__, *range(3), sep="|")
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
