# list_sort_impl()'s timsort, compared call by call: natural runs (count_run, strictly
# descending ones reversed), minrun and binarysort, the powersort merge order of
# found_new_run(), merge_lo/merge_hi with galloping and min_gallop, merge_force_collapse.
# A user __lt__ sees every comparison, so counts and logs must be CPython's; a failed or
# disturbed sort leaves the partially merged order.


class C:
    calls = 0
    log = []
    fail_at = -1

    def __init__(self, i, v):
        self.i = i
        self.v = v

    def __lt__(self, other):
        C.calls += 1
        C.log.append((self.i, other.i))
        if C.calls == C.fail_at:
            raise RuntimeError("comparison %d" % C.calls)
        return self.v < other.v

    def __repr__(self):
        return "C%d" % self.i


def reset():
    C.calls = 0
    C.log = []
    C.fail_at = -1


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 1009 + b + 7) % 2305843009213693951
    return h


def lcg_values(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out


def shapes(n):
    half = n // 2
    runs = []
    seed = n
    while len(runs) < n:
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = seed % 90 + 1
        runs += sorted(lcg_values(length, seed, 1000))
    return [
        ("ascending", list(range(n))),
        ("descending", list(range(n, 0, -1))),
        ("random", lcg_values(n, 7, 1000)),
        ("few distinct", lcg_values(n, 3, 3)),
        ("sawtooth", [i % 23 for i in range(n)]),
        ("organ pipe", list(range(half)) + list(range(n - half, 0, -1))),
        ("equal runs", [i // 17 for i in range(n)][::-1]),
        ("sorted runs", runs[:n]),
        ("two interleaved", sorted(lcg_values(half, 5, 10000)) + sorted(lcg_values(n - half, 9, 10000))),
    ]


print("-- counts and digests")
for n in [0, 1, 2, 63, 64, 65, 100, 128, 129, 200, 257, 300]:
    for name, vals in shapes(n):
        for rev in [False, True]:
            reset()
            xs = [C(i, v) for i, v in enumerate(vals)]
            ys = sorted(xs, reverse=rev)
            print(n, name, rev, C.calls, digest(C.log), digest((y.i, 0) for y in ys))

print("-- a full log")
reset()
xs = [C(i, v) for i, v in enumerate(lcg_values(70, 11, 50))]
xs.sort()
print(C.calls, C.log)
print([x.i for x in xs])
reset()
xs = [C(i, 64 - i) for i in range(64)]
xs.sort()
print(C.calls, C.log[:5], [x.i for x in xs][:5])

print("-- key= computes keys first, comparisons are the keys'")
reset()
order = []
def key(x):
    order.append(x.i)
    return C(x.i, -x.v)
xs = [C(i, v) for i, v in enumerate(lcg_values(150, 13, 40))]
xs.sort(key=key, reverse=True)
print(order == list(range(150)), C.calls, digest(C.log), [x.i for x in xs][:20])

print("-- tuples: == on items until one differs, then <")


class E(C):
    eqs = 0

    def __eq__(self, other):
        E.eqs += 1
        C.log.append((-self.i, other.i))
        return self.v == other.v

    __hash__ = None


for n in [10, 80, 200]:
    reset()
    E.eqs = 0
    vals = lcg_values(n, 17, 1000)
    xs = [(E(i, v // 100), E(i, v % 7)) for i, v in enumerate(vals)]
    xs.sort()
    print(n, C.calls, E.eqs, digest(C.log), digest((x[0].i, 0) for x in xs))
    reset()
    E.eqs = 0
    xs = [(v % 3, E(i, v)) for i, v in enumerate(vals)]
    ys = sorted(xs, reverse=True)
    print(n, C.calls, E.eqs, digest(C.log), digest((y[1].i, 0) for y in ys))

print("-- a __lt__ returning NotImplemented runs twice for keys of one class")


class N:
    lts = 0
    gts = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        N.lts += 1
        if self.v % 2:
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other):
        N.gts += 1
        return self.v > other.v


class M(N):
    pass


for mixed in [False, True]:
    N.lts = N.gts = 0
    xs = [(M if mixed and i % 5 == 0 else N)(v) for i, v in enumerate(lcg_values(100, 19, 1000))]
    xs.sort()
    print(mixed, N.lts, N.gts, [x.v for x in xs][:10])
N.lts = N.gts = 0
xs = [(N(v), v) for v in lcg_values(100, 23, 1000)]
xs.sort()
print(N.lts, N.gts)

print("-- a failing comparison leaves the partially merged list")
for n, stop in [(64, 1), (64, 70), (100, 300), (200, 700), (200, 1000), (300, 1500), (300, 2000)]:
    for rev in [False, True]:
        reset()
        xs = [C(i, v) for i, v in enumerate(lcg_values(n, 29, 500))]
        C.fail_at = stop
        try:
            xs.sort(reverse=rev)
        except RuntimeError as e:
            print(n, rev, e, digest((x.i, 0) for x in xs), [x.i for x in xs][:12])
        else:
            print(n, rev, "finished", C.calls)

print("-- growing the list during a merge")


class G(C):
    target = None

    def __lt__(self, other):
        if C.calls == 500:
            G.target.append(C(-1, 0))
        return C.__lt__(self, other)


reset()
xs = [G(i, v) for i, v in enumerate(lcg_values(200, 31, 1000))]
G.target = xs
try:
    xs.sort()
except ValueError as e:
    print(e, len(xs), C.calls, digest((x.i, 0) for x in xs))

print("-- min and max")
reset()
xs = [C(i, v) for i, v in enumerate(lcg_values(300, 37, 1000))]
print(min(xs).i, max(xs).i, C.calls)
