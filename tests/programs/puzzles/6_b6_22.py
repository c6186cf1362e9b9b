class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.depth_first(depth + 1)

    def __len__(self):
        return 1 + sum(len(c) for c in self.children)

    def __contains__(self, v):
        return any(x == v for x in self)

    def __repr__(self):
        if not self.children:
            return f"Node({self.val!r})"
        return f"Node({self.val!r}, {self.children!r})"

t = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6)])])
print(list(t))
print(len(t), 5 in t, 7 in t)
for d, v in t.depth_first():
    print("  " * d + str(v))
print(t)
print(sorted(t, reverse=True), sum(t))
it = iter(t)
print(next(it), next(it), list(it))
print(bool(Node(0)), [v for d, v in t.depth_first() if d == 2])
