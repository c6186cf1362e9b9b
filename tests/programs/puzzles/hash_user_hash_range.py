class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self is o
for v in [-1, -2, 2**61 - 1, 2**61, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, True, 7]:
    print(v, hash(H(v)))
