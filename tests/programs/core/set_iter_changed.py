# setiter_iternext() in Objects/setobject.c: "Set changed size during iteration" is
# sticky; a same-size change just walks on through the table.


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


s = {1, 2, 3}
it = iter(s)
print(next(it))
s.add(4)
show("grown", lambda: next(it))
s.discard(4)
show("back to size", lambda: next(it))
show("still", lambda: list(it))

s = {1, 2, 3}
it = iter(s)
print(next(it))
s.discard(1)
s.add(9)
show("same size", lambda: list(it))
show("after", lambda: list(it))

# (Built by adding: a constant display of 3+ items is folded to a frozenset first.)
s = set()
for ch in "abcd":
    s.add(ch)
it = iter(s)
first = next(it)
s.discard(first)
s.add("e")
show("str same size", lambda: sorted(it))

s = set(range(4))
seen = []
try:
    for x in s:
        seen.append(x)
        if len(seen) > 20:
            break
        s.discard(x)
        s.add(x + 100)
except RuntimeError as e:
    print("loop", type(e).__name__, e)
print(seen, sorted(s))

fs = frozenset({1, 2})
it = iter(fs)
print(sorted([next(it), next(it)]))
show("frozen end", lambda: next(it))
