class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "Version(" + repr(".".join(map(str, self.parts))) + ")"

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.2"]]
print(sorted(vs))
print(sorted(set(vs)))
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
print(max(vs), min(vs))
print(vs.count(Version("1.2")), vs.index(Version("1.2.0")))
print(sorted(vs, reverse=True)[:2])
latest = {}
for v in vs:
    latest[v.parts[0]] = max(latest.get(v.parts[0], v), v)
print(latest)
print(Version("1.2") in {Version("1.2"): 1})
