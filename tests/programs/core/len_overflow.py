class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in (2**100, -2**100, 2**63, 2**63 - 1, -1, 0, 5, True, 'x', 2.0):
    try:
        print(repr(n), len(L(n)))
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(n), type(e).__name__, e)
    try:
        print(repr(n), bool(L(n)))
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(n), type(e).__name__, e)
