"""Makes the heap programs of pyxray's golden corpus (tests/programs/heap/).

Each program builds a random object graph — instances with and without __del__, lists,
dicts, tuples, cycles — takes weak references (with callbacks, proxies, weak
dictionaries, finalize), prints reference counts, deletes names and collects, printing
what CPython does: finalizer and callback order, gc.collect() results, gc.callbacks
info, whether weak references are dead. Each starts with gc.disable(); gc.collect() so
the numbers are the program's own, and ends with nothing left alive that CPython would
finalize at shutdown.

    python3 tests/probe/gen_heap.py
"""
import os
import random

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "programs", "heap")
COUNT = 240

HEADER = '''import gc, sys, weakref
gc.disable(); gc.collect()

class Node:
    def __init__(self, name):
        self.name = name

class Fin(Node):
    def __del__(self):
        print("del", self.name)

class Keeper:
    saved = []

class Phoenix(Node):
    def __del__(self):
        print("resurrect", self.name)
        Keeper.saved.append(self)

def cb(name):
    def callback(wr):
        print("callback", name, wr() is None)
    return callback
'''


def program(rng):
    lines = [HEADER]
    names = []
    weak = []
    counter = [0]

    def fresh(prefix):
        counter[0] += 1
        return f"{prefix}{counter[0]}"

    def emit(s):
        lines.append(s)

    use_callbacks = rng.random() < 0.4
    if use_callbacks:
        emit("def on_gc(phase, info):")
        emit("    print('gc', phase, info['generation'], info['collected'], info['uncollectable'])")
        emit("gc.callbacks.append(on_gc)")

    for _ in range(rng.randint(6, 16)):
        op = rng.random()
        if op < 0.28 or len(names) < 2:
            n = fresh("o")
            cls = rng.choice(["Node", "Fin", "Fin", "Node"])
            emit(f"{n} = {cls}('{n}')")
            names.append(n)
        elif op < 0.45:
            objs = [n for n in names if n.startswith("o")]
            if not objs:
                continue
            a, b = rng.choice(objs), rng.choice(names)
            attr = rng.choice(["x", "y", "peer"])
            emit(f"{a}.{attr} = {b}")
        elif op < 0.52:
            objs = [n for n in names if n.startswith("o")]
            if not objs:
                continue
            a = rng.choice(objs)
            emit(f"{a}.me = {a}")
        elif op < 0.60:
            c = fresh("c")
            members = rng.sample(names, min(len(names), rng.randint(1, 3)))
            kind = rng.choice(["list", "dict", "tuple"])
            if kind == "list":
                emit(f"{c} = [{', '.join(members)}]")
            elif kind == "dict":
                emit(f"{c} = {{{', '.join(f'{m!r}: {m}' for m in members)}}}")
            else:
                emit(f"{c} = ({', '.join(members)},)")
            names.append(c)
            if kind != "tuple" and rng.random() < 0.5:
                owners = [m for m in members if m.startswith("o")]
                if not owners:
                    continue
                owner = rng.choice(owners)
                emit(f"{owner}.box = {c}")
        elif op < 0.70:
            target = rng.choice([n for n in names if n.startswith("o")] or names)
            if not target.startswith("o"):
                continue
            w = fresh("w")
            kind = rng.random()
            if kind < 0.55 and True:
                emit(f"{w} = weakref.ref({target}, cb('{w}'))")
            elif kind < 0.75:
                emit(f"{w} = weakref.ref({target})")
            else:
                emit(f"{w} = weakref.proxy({target})")
            weak.append((w, kind >= 0.75))
        elif op < 0.78:
            a = rng.choice(names)
            emit(f"print('refcount {a}', sys.getrefcount({a}))")
        elif op < 0.90:
            a = rng.choice(names)
            emit(f"del {a}")
            names.remove(a)
        else:
            emit(f"print('collect', gc.collect())")
        if weak and rng.random() < 0.2:
            w, is_proxy = rng.choice(weak)
            if is_proxy:
                emit("try:")
                emit(f"    print('{w} alive', {w}.name)")
                emit("except ReferenceError as e:")
                emit(f"    print('{w}', e)")
            else:
                emit(f"print('{w}', {w}() is None)")
    emit("print('getrefcounts done')")
    for n in names:
        emit(f"del {n}")
    emit("print('final', gc.collect())")
    for w, is_proxy in weak:
        if is_proxy:
            emit("try:")
            emit(f"    {w}.name")
            emit("except ReferenceError:")
            emit(f"    print('{w} dead')")
        else:
            emit(f"print('{w}', {w}() is None)")
    if use_callbacks:
        emit("gc.callbacks.clear()")
    return "\n".join(lines) + "\n"


SPECIAL = [
    # Resurrection: __del__ saves the object; a later collection frees it for good.
    '''p1 = Phoenix('p1'); p2 = Phoenix('p2'); p1.o = p2; p2.o = p1
w = weakref.ref(p1, cb('w'))
del p1, p2
print(gc.collect(), len(Keeper.saved))
Keeper.saved.clear()
print(gc.collect(), w() is None)
''',
    # A 3-cycle with finalizers and weakref callbacks.
    '''a = Fin('a'); b = Fin('b'); c = Fin('c'); a.n = b; b.n = c; c.n = a
ra = weakref.ref(a, cb('ra')); rc = weakref.ref(c, cb('rc'))
del a, b, c
print(gc.collect())
''',
    # Callback order: newest first, basic ref first.
    '''o = Node('o')
r1 = weakref.ref(o, cb('r1')); r2 = weakref.ref(o, cb('r2')); basic = weakref.ref(o)
p = weakref.proxy(o, cb('p')); r3 = weakref.ref(o, cb('r3'))
print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is basic)
del o
''',
    # WeakValueDictionary: refcount death removes at once, a cycle at gc.collect().
    '''d = weakref.WeakValueDictionary()
v1 = Node('v1'); v2 = Node('v2'); v2.me = v2
d['a'] = v1; d['b'] = v2
print(len(d), sorted(d.keys()))
del v1
print(len(d), 'a' in d)
del v2
print(len(d))
print(gc.collect(), len(d))
''',
    # A proxy outliving its referent.
    '''o = Fin('o'); o.v = 42
p = weakref.proxy(o)
print(p.v, p.name)
del o
try:
    print(p.v)
except ReferenceError as e:
    print('ReferenceError:', e)
''',
    # gc.callbacks info.
    '''def on_gc(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(on_gc)
a = Node('a'); a.me = a; b = Fin('b'); b.me = b
del a, b
print(gc.collect())
print(gc.collect(0))
gc.callbacks.remove(on_gc)
''',
    # Refcounts through lists, dicts and calls.
    '''o = Node('o')
print(sys.getrefcount(o))
l = [o, o, o]
print(sys.getrefcount(o))
d = {'k': o, 'j': o}
print(sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print(f(o))
def g(x, y):
    return sys.getrefcount(x)
print(g(o, o))
del l
print(sys.getrefcount(o))
d.clear()
print(sys.getrefcount(o))
t = (o,)
print(sys.getrefcount(o))
del t, d, o
''',
    # vars() materialises the instance dict: the collector then counts it.
    '''a = Node('a'); b = Node('b'); a.b = b; b.a = a
del a, b
print(gc.collect())
a = Node('a'); b = Node('b'); a.b = b; b.a = a; vars(a); vars(b)
del a, b
print(gc.collect())
''',
    # finalize.
    '''def bye(what):
    print('finalized', what)
o = Node('o')
f = weakref.finalize(o, bye, 'o')
print(f.alive)
del o
print(f.alive)
o2 = Node('o2')
f2 = weakref.finalize(o2, bye, 'o2')
f2()
print(f2.alive)
del o2
''',
    # A __del__ that breaks its own cycle: nothing is counted.
    '''class Breaker(Node):
    def __del__(self):
        print('del', self.name)
        self.other = None
s1 = Breaker('s1'); s2 = Fin('s2'); s1.other = s2; s2.other = s1
del s1, s2
print(gc.collect())
''',
]


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(20261202)
    for i, body in enumerate(SPECIAL):
        with open(os.path.join(OUT, f"heap_special_{i:02}.py"), "w", encoding="utf-8") as f:
            f.write(HEADER + body)
    for i in range(COUNT):
        with open(os.path.join(OUT, f"heap_{i:03}.py"), "w", encoding="utf-8") as f:
            f.write(program(rng))
    print(f"wrote {COUNT + len(SPECIAL)} programs to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
