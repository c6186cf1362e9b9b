"""Generates the frame programs of pyxray's golden corpus (tests/programs/frames/).

Deterministic: the same run always writes the same files. Each program mixes several
snippets about suspended frames and captured variables: generator functions (yield,
return values, try/finally), send() coroutines, throw() and close() with and without
handlers, a generator that ignores GeneratorExit, yield from chains, generator
expressions, iterator classes, exhaustion, closures with nonlocal and global, late
binding, functools.partial/reduce/wraps, decorators (stacked, parametrised, run-once,
retry), itertools pipelines and inspect.getgeneratorstate. A few global dicts are built
from generator output, so the probe reads their tables too.

Every program ends with exit 0, except every tenth one (i % 10 == 3), which finishes by
letting one exception escape (StopIteration from an exhausted generator, a ValueError
raised inside a generator, ...) so the traceback's last line is compared.

Rules that keep the output deterministic and free of memory addresses: no repr of a
function, generator, cell, partial or user object is ever printed or stored in a global
dict; every generator whose finally/except prints is run to the end or closed before the
program drops it (CPython would otherwise finalize it at a refcount-dependent moment);
no sets of strings are printed (their order depends on the hash seed).

    python3 tests/probe/gen_frames.py [--count N] [--verify]

--verify runs every written program with python3 (PYTHONHASHSEED=0) and prints how many
exited 0 and 1.
"""
import os
import random
import string
import subprocess
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "programs", "frames")

WORDS = ["apple", "fig", "pear", "kiwi", "plum", "lime", "mango", "date", "grape", "melon",
         "cherry", "peach", "olive", "lemon"]
NAMES = ["ada", "bob", "cy", "dora", "eve", "finn", "gus", "hal", "ivy", "joe"]

# The module-level names a snippet may use, written `$islice` etc. in the templates.
MODULE_OF = {
    "islice": "itertools", "count": "itertools", "chain": "itertools",
    "takewhile": "itertools", "cycle": "itertools",
    "partial": "functools", "reduce": "functools", "wraps": "functools",
    "getgeneratorstate": "inspect",
}


class Ctx:
    """Per-program state: the random source, the import style and the imports used."""

    def __init__(self, rng):
        self.rng = rng
        self.from_style = rng.random() < 0.35
        self.used = set()
        self.n = 0

    def sub(self, template, **kw):
        t = string.Template(template.strip("\n"))
        names = {}
        for m in t.pattern.finditer(t.template):
            name = m.group("named") or m.group("braced")
            if name in MODULE_OF:
                self.used.add(name)
                names[name] = name if self.from_style else f"{MODULE_OF[name]}.{name}"
        names.update(kw)
        names.setdefault("n", str(self.n))
        return t.substitute(names).split("\n")

    def imports(self):
        lines = []
        for mod in ["functools", "inspect", "itertools"]:
            used = sorted(n for n in self.used if MODULE_OF[n] == mod)
            if not used:
                continue
            if self.from_style:
                lines.append(f"from {mod} import {', '.join(used)}")
            else:
                lines.append(f"import {mod}")
        return lines


def ints(rng, k, lo=0, hi=60):
    return [rng.randrange(lo, hi) for _ in range(k)]


# ---------------------------------------------------------------- generator functions

def snip_gen_basic(c):
    r = c.rng
    mul, add, limit = r.randrange(1, 6), r.randrange(-3, 10), r.randrange(0, 6)
    ret = r.choice(["'done'", "limit * 10", "None", "[limit]", "(limit, 'end')"])
    fin = r.random() < 0.6
    body = [
        "def gen$n(limit):",
        "    print('gen$n starts with', limit)",
    ]
    if fin:
        body += [
            "    try:",
            "        for i in range(limit):",
            "            yield i * $mul + $add",
            "        return $ret",
            "    finally:",
            "        print('gen$n finally')",
        ]
    else:
        body += [
            "    for i in range(limit):",
            "        yield i * $mul + $add",
            "    return $ret",
        ]
    mode = r.choice(["list", "for", "manual", "tuple"])
    if mode == "list":
        body += ["g$n = gen$n($limit)", "print('gen$n list', list(g$n))"]
    elif mode == "tuple":
        body += ["print('gen$n sum', sum(gen$n($limit)), tuple(gen$n($limit - 1)))"]
    elif mode == "for":
        body += ["for v in gen$n($limit):", "    print('gen$n yielded', v)"]
    else:
        body += [
            "g$n = gen$n($limit)",
            "while True:",
            "    try:",
            "        print('gen$n next', next(g$n))",
            "    except StopIteration as e:",
            "        print('gen$n stopped, value =', e.value)",
            "        break",
        ]
    return c.sub("\n".join(body), mul=mul, add=add, limit=limit, ret=ret)


def snip_averager(c):
    r = c.rng
    vals = ints(r, r.randrange(2, 6), 1, 40)
    return c.sub("""
def averager$n():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (total, count)
avg$n = averager$n()
print('primed', next(avg$n))
for v in $vals:
    print('average$n', v, '->', f'{avg$n.send(v):.2f}')
try:
    avg$n.send(None)
except StopIteration as e:
    print('averager$n returned', e.value)
print($state(avg$n))
""".replace("$state", "$getgeneratorstate"), vals=vals)


def snip_accumulator(c):
    r = c.rng
    vals = ints(r, r.randrange(2, 6), -5, 30)
    early = r.random() < 0.5
    lines = c.sub("""
def accumulator$n(start):
    total = start
    while True:
        x = yield total
        total += x
acc$n = accumulator$n($start)
""", start=r.randrange(0, 10))
    if early:
        lines += c.sub("""
try:
    acc$n.send($v0)
except TypeError as e:
    print(type(e).__name__, e)
""", v0=vals[0])
    lines += c.sub("""
print('acc$n primed at', next(acc$n))
print('acc$n', [acc$n.send(v) for v in $vals])
acc$n.close()
print('acc$n after close:', $getgeneratorstate(acc$n), next(acc$n, 'no more'))
""", vals=vals)
    return lines


def snip_sentinel(c):
    r = c.rng
    items = r.sample(WORDS, r.randrange(1, 5))
    return c.sub("""
def collector$n():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col$n = collector$n()
next(col$n)
for word in $items:
    print('collector$n holds', col$n.send(word))
try:
    col$n.send('STOP')
except StopIteration as stop:
    print('collector$n gave back', stop.value)
""", items=items)


def snip_throw_handled(c):
    r = c.rng
    exc = r.choice(["ValueError", "KeyError", "ZeroDivisionError", "LookupError"])
    as_class = r.random() < 0.4
    arg = f"{exc}" if as_class else f"{exc}('boom{c.n}')"
    k = r.randrange(1, 4)
    return c.sub("""
def resilient$n():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except $exc as e:
            print('resilient$n handled', type(e).__name__, e.args)
            count = -count
res$n = resilient$n()
for _ in range($k):
    print('resilient$n', next(res$n))
print('after throw', res$n.throw($arg))
print('resilient$n', next(res$n), $getgeneratorstate(res$n))
res$n.close()
print('resilient$n', $getgeneratorstate(res$n))
""", exc=exc, arg=arg, k=k)


def snip_throw_unhandled(c):
    r = c.rng
    started = r.random() < 0.7
    exc, arg = r.choice([("ValueError", "'bad input'"), ("KeyError", "'missing'"),
                         ("IndexError", "3"), ("RuntimeError", "'stop now'")])
    lines = c.sub("""
def fragile$n():
    print('fragile$n started')
    yield 'a'
    yield 'b'
fr$n = fragile$n()
""")
    if started:
        lines += c.sub("print('fragile$n', next(fr$n))")
    lines += c.sub("""
try:
    fr$n.throw($exc($arg))
except $exc as e:
    print('propagated', type(e).__name__, repr(e))
print('fragile$n is now', $getgeneratorstate(fr$n), list(fr$n))
""", exc=exc, arg=arg)
    return lines


def snip_close(c):
    r = c.rng
    kind = r.choice(["finally", "catch", "plain"])
    k = r.randrange(2, 6)
    take = r.randrange(0, 3)
    lines = ["def worker$n(k):"]
    if kind == "finally":
        lines += ["    try:", "        for i in range(k):", "            yield i",
                  "    finally:", "        print('worker$n cleanup')"]
    elif kind == "catch":
        lines += ["    try:", "        for i in range(k):", "            yield i",
                  "    except GeneratorExit:", "        print('worker$n got GeneratorExit')",
                  "        raise"]
    else:
        lines += ["    for i in range(k):", "        yield i"]
    lines += ["w$n = worker$n($k)"]
    lines += ["print('worker$n', next(w$n))"] * take
    lines += [
        "print('worker$n before close:', $getgeneratorstate(w$n))",
        "w$n.close()",
        "print('worker$n after close:', $getgeneratorstate(w$n))",
        "w$n.close()",
        "print('worker$n leftovers', list(w$n))",
    ]
    return c.sub("\n".join(lines), k=k)


def snip_stubborn(c):
    return c.sub("""
def stubborn$n():
    try:
        yield 'first'
    except GeneratorExit:
        print('stubborn$n ignores GeneratorExit')
        yield 'second'
    print('stubborn$n finishes')
sb$n = stubborn$n()
print(next(sb$n))
try:
    sb$n.close()
except RuntimeError as e:
    print(type(e).__name__ + ':', e)
print('stubborn$n state', $getgeneratorstate(sb$n))
print('drained', list(sb$n), $getgeneratorstate(sb$n))
""")


def snip_yield_from(c):
    r = c.rng
    m = r.randrange(1, 5)
    a, b = r.randrange(0, 4), r.randrange(1, 4)
    manual = r.random() < 0.5
    lines = c.sub("""
def leaf$n(tag, k):
    for i in range(k):
        yield tag + str(i)
    return k * $m
def middle$n():
    first = yield from leaf$n('x', $a)
    second = yield from leaf$n('y', $b)
    print('middle$n got', first, second)
    return first + second
def top$n():
    total = yield from middle$n()
    yield 'total=' + str(total)
    return total
""", m=m, a=a, b=b)
    if manual:
        lines += c.sub("""
t$n = top$n()
try:
    while True:
        print('top$n ->', next(t$n))
except StopIteration as e:
    print('top$n returned', e.value)
""")
    else:
        lines += c.sub("print('top$n', list(top$n()))")
    return lines


def snip_yield_from_send(c):
    r = c.rng
    vals = ints(r, r.randrange(1, 4), 1, 20)
    return c.sub("""
def inner$n():
    got = []
    while len(got) < $k:
        got.append((yield len(got)))
    return got
def outer$n():
    result = yield from inner$n()
    print('outer$n received', result)
    yield sum(result)
o$n = outer$n()
print('outer$n first', next(o$n))
for v in $vals:
    print('outer$n sent', v, 'got', o$n.send(v))
print('outer$n', list(o$n))
""", k=len(vals), vals=vals)


def snip_states(c):
    return c.sub("""
def stages$n():
    print('inside stages$n:', $getgeneratorstate(st$n))
    x = yield 1
    print('stages$n received', x)
    yield 2
st$n = stages$n()
print('stages$n', $getgeneratorstate(st$n))
print('stages$n', next(st$n), $getgeneratorstate(st$n))
print('stages$n', st$n.send($word), $getgeneratorstate(st$n))
for _ in st$n:
    pass
print('stages$n', $getgeneratorstate(st$n))
""", word=repr(c.rng.choice(WORDS)))


def snip_manual_value(c):
    r = c.rng
    xs = ints(r, r.randrange(0, 5), 1, 20)
    return c.sub("""
def running$n(xs):
    total = 0
    for x in xs:
        total += x
        yield total
    return total * $m
run$n = running$n($xs)
while True:
    try:
        print('running$n partial', next(run$n))
    except StopIteration as e:
        print('running$n returned', e.value, type(e).__name__)
        break
print('running$n again', next(run$n, 'exhausted'))
""", xs=xs, m=r.randrange(2, 11))


def snip_already_executing(c):
    return c.sub("""
def selfish$n():
    yield next(me$n)
me$n = selfish$n()
try:
    next(me$n)
except ValueError as e:
    print(type(e).__name__, e)
print('selfish$n', $getgeneratorstate(me$n))
""")


def snip_pep479(c):
    return c.sub("""
def leaky$n(items):
    it = iter(items)
    while True:
        yield next(it) * 2
try:
    print(list(leaky$n($xs)))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
""", xs=ints(c.rng, c.rng.randrange(0, 4), 0, 9))


def snip_pipeline(c):
    r = c.rng
    k = r.randrange(5, 20)
    m = r.choice([2, 3, 4])
    return c.sub("""
def numbers$n(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
def keep$n(src):
    for x in src:
        if x % $m == 0:
            yield x
def squared$n(src):
    for x in src:
        yield x * x
print('pipeline$n', list(squared$n(keep$n(numbers$n($k)))))
print('pipeline$n sum', sum(squared$n(numbers$n($k))))
""", k=k, m=m)


def snip_exhaustion(c):
    r = c.rng
    word = r.choice(WORDS)
    k = r.randrange(1, 8)
    return c.sub("""
def letters$n(word):
    for ch in word:
        yield ch.upper()
let$n = letters$n($word)
print('first pass', list(let$n))
print('second pass', list(let$n))
print('next with default', next(let$n, 'nothing left'))
sq$n = (x * x for x in range($k))
print('sums', sum(sq$n), sum(sq$n))
""", word=repr(word), k=k)


# ---------------------------------------------------------------- generator expressions

def snip_genexpr(c):
    r = c.rng
    nums = ints(r, r.randrange(3, 9), 0, 70)
    picks = r.sample([
        "print('sum odd squares', sum(x * x for x in nums$n if x % 2))",
        "print('max pair', max((x % 7, x) for x in nums$n))",
        "print('sorted', sorted((x for x in nums$n), key=lambda v: (-v % 5, v)))",
        "print('any/all', any(x > 50 for x in nums$n), all(x >= 0 for x in nums$n))",
        "print('list', list(x // 3 for x in nums$n if x > 10))",
        "print('min', min(abs(x - 30) for x in nums$n))",
        "print('tuple', tuple(str(x) for x in reversed(nums$n)))",
        "print('joined', '-'.join(str(x % 10) for x in nums$n))",
        "print('nested', [(a, b) for a in range(3) for b in nums$n[:2] if (a + b) % 2])",
    ], r.randrange(2, 5))
    return c.sub("\n".join([f"nums$n = {nums}"] + picks))


def snip_divisible(c):
    r = c.rng
    a, b = r.choice([(2, 7), (3, 5), (2, 3), (4, 6), (5, 7)])
    k = r.randrange(3, 12)
    return c.sub("""
both$n = (x for x in $count(1) if x % $a == 0 and x % $b == 0)
print('first $k divisible by $a and $b', list($islice(both$n, $k)))
print('and the next one', next(both$n))
""", a=a, b=b, k=k)


def snip_dict_gen(c):
    r = c.rng
    keys = r.sample(WORDS, r.randrange(2, 7))
    d = {k: r.randrange(0, 5) for k in keys}
    return c.sub("""
stock$n = $d
def in_stock$n(d):
    for name, qty in d.items():
        if qty > 0:
            yield name, qty
for name, qty in in_stock$n(stock$n):
    print('in stock', name, qty)
available$n = dict(in_stock$n(stock$n))
print('available$n', available$n, len(available$n))
""", d=repr(d))


def snip_dict_build(c):
    r = c.rng
    lo = r.randrange(0, 10)
    hi = lo + r.randrange(3, 25)
    words = r.sample(WORDS, r.randrange(2, 8))
    picks = r.sample([
        "squares$n = {k: k * k for k in (x for x in range($lo, $hi) if x % 3)}",
        "lengths$n = dict((w, len(w)) for w in $words)",
        "labels$n = dict(zip($letters, $count($lo)))",
        "index$n = {w: i for i, w in enumerate(w.upper() for w in $words)}",
        "firsts$n = dict((w[0], w) for w in $words)",
    ], r.randrange(1, 4))
    lines = []
    for p in picks:
        name = p.split(" ")[0]
        lines += [p, f"print('{name}', {name})"]
    letters = repr("".join(r.sample("abcdefghij", r.randrange(2, 8))))
    return c.sub("\n".join(lines), lo=lo, hi=hi, words=words, letters=letters)


# ---------------------------------------------------------------- iterators

def snip_iter_class(c):
    r = c.rng
    k = r.randrange(0, 6)
    return c.sub("""
class Countdown$n:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd$n = Countdown$n($k)
print('countdown$n', iter(cd$n) is cd$n, list(cd$n), list(cd$n))
print('countdown$n fresh', next(Countdown$n(2)), next(Countdown$n(0), 'empty'))
""", k=k)


def snip_iterable_class(c):
    r = c.rng
    lo = r.randrange(0, 5)
    return c.sub("""
class Span$n:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += self.step
sp$n = Span$n($lo, $hi, $step)
print('span$n', list(sp$n), list(sp$n), sum(sp$n))
print('span$n iterable, not iterator:', iter(sp$n) is not sp$n)
it$n = iter(sp$n)
print('span$n', next(it$n, None), next(it$n, None), list(it$n))
""", lo=lo, hi=lo + r.randrange(1, 15), step=r.randrange(1, 4))


def snip_builtins_iters(c):
    r = c.rng
    words = r.sample(WORDS, r.randrange(2, 6))
    picks = r.sample([
        "print('map', list(map(lambda w: w.upper(), words$n)))",
        "print('filter', list(filter(lambda w: len(w) > 4, words$n)))",
        "print('reversed', list(reversed(words$n)))",
        "print('zip', list(zip(words$n, range(3))))",
        "print('enumerate', list(enumerate(words$n, 1)))",
        "print('map2', list(map(lambda a, b: a[:b], words$n, range(1, 9))))",
        "print('range', list(range(len(words$n), 0, -1)), range(3)[-1])",
    ], r.randrange(2, 5))
    return c.sub("\n".join([f"words$n = {words}"] + picks + [
        "m$n = map(len, words$n)",
        "print('map is its own iterator:', iter(m$n) is m$n, next(m$n), list(m$n), list(m$n))",
        "print('a list is not:', iter(words$n) is not words$n)",
    ]))


# ---------------------------------------------------------------- closures

def snip_counter(c):
    r = c.rng
    a, s = r.randrange(0, 10), r.randrange(1, 5)
    calls = "".join(r.choice("12") for _ in range(r.randrange(2, 6)))
    exprs = ", ".join(f"c{d}_{c.n}()" for d in calls)
    return c.sub("""
def make_counter$n(start, step):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1_$n = make_counter$n($a, $s)
c2_$n = make_counter$n(100, -1)
print('counters', $exprs)
print(c1_$n.__name__, c1_$n.__qualname__, c1_$n.__code__.co_freevars)
print('cells', len(c1_$n.__closure__), [cell.cell_contents for cell in c1_$n.__closure__])
print('cellvars', make_counter$n.__code__.co_cellvars)
""", a=a, s=s, exprs=exprs)


def snip_shared_cell(c):
    r = c.rng
    ops = [r.randrange(-5, 20) for _ in range(r.randrange(1, 4))]
    lines = c.sub("""
def make_account$n(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep$n, peek$n = make_account$n($start)
""", start=r.randrange(0, 50))
    for x in ops:
        lines += c.sub("print('deposit', $x, '->', dep$n($x), peek$n())", x=x)
    lines += c.sub("""
print('shared cells', dep$n.__code__.co_freevars, peek$n.__code__.co_freevars)
print('peek$n sees', peek$n.__closure__[0].cell_contents)
""")
    return lines


def snip_global_counter(c):
    r = c.rng
    k = r.randrange(1, 5)
    return c.sub("""
calls$n = 0
def tick$n():
    global calls$n
    calls$n += 1
    return calls$n
for _ in range($k):
    tick$n()
print('tick$n called', calls$n, 'times; next is', tick$n())
""", k=k)


def snip_late_binding(c):
    r = c.rng
    k, m = r.randrange(2, 6), r.randrange(1, 5)
    return c.sub("""
late$n = []
for i in range($k):
    late$n.append(lambda: i * $m)
print('late binding', [f() for f in late$n])
fixed$n = [lambda i=i: i * $m for i in range($k)]
print('default-argument fix', [f() for f in fixed$n], fixed$n[0].__defaults__)
comp$n = [lambda: i for i in range($k)]
print('comprehension', [f() for f in comp$n], comp$n[0].__code__.co_freevars)
""", k=k, m=m)


def snip_unbound(c):
    return c.sub("""
def make_broken$n():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    make_broken$n()($v)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
""", v=c.rng.randrange(1, 9))


def snip_adders(c):
    r = c.rng
    ks = ints(r, r.randrange(2, 5), 1, 10)
    return c.sub("""
def make_adder$n(k):
    return lambda x: x + k
adders$n = [make_adder$n(k) for k in $ks]
print('adders', [f(10) for f in adders$n], adders$n[0].__qualname__)
print('sorted by closure', sorted($ks, key=lambda v: (make_adder$n(v)(0) % 3, v)))
""", ks=ks)


# ---------------------------------------------------------------- functools

def snip_partial(c):
    r = c.rng
    mod = r.randrange(5, 50)
    return c.sub("""
def power$n(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square$n = $partial(power$n, exp=2)
cube_mod$n = $partial(power$n, exp=3, mod=$mod)
two_to$n = $partial(power$n, 2)
print(square$n($a), cube_mod$n($b), two_to$n($e), two_to$n(exp=$e, mod=$mod))
print(square$n($a, exp=3), square$n.func.__name__, square$n.args, square$n.keywords)
print(two_to$n.args, two_to$n.keywords, cube_mod$n.keywords)
""", mod=mod, a=r.randrange(2, 12), b=r.randrange(2, 12), e=r.randrange(0, 12))


def snip_reduce(c):
    r = c.rng
    k = r.randrange(2, 9)
    words = r.sample(WORDS, r.randrange(1, 5))
    nums = ints(r, r.randrange(1, 6), 0, 99)
    return c.sub("""
print('product', $reduce(lambda a, b: a * b, range(1, $k)))
print('initials', $reduce(lambda acc, w: acc + w[0], $words, ''))
print('largest', $reduce(max, $nums), $reduce(lambda a, b: a + b, [], 'empty'))
try:
    $reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
""", k=k, words=words, nums=nums)


# ---------------------------------------------------------------- decorators

def snip_stacked(c):
    r = c.rng
    wrap_a, wrap_b = r.random() < 0.5, r.random() < 0.5
    order = r.choice([("shout", "trace"), ("trace", "shout")])
    name = r.choice(NAMES)
    lines = ["def shout$n(fn):", "    print('applying shout$n to', fn.__name__)"]
    if wrap_a:
        lines.append("    @$wraps(fn)")
    lines += ["    def wrapper(*args, **kwargs):",
              "        print('shout$n calls', fn.__name__)",
              "        return str(fn(*args, **kwargs)).upper()",
              "    return wrapper",
              "def trace$n(fn):", "    print('applying trace$n to', fn.__name__)"]
    if wrap_b:
        lines.append("    @$wraps(fn)")
    lines += ["    def wrapper(*args, **kwargs):",
              "        print('trace$n args', args, kwargs)",
              "        result = fn(*args, **kwargs)",
              "        print('trace$n result', result)",
              "        return result",
              "    return wrapper",
              f"@{order[0]}$n", f"@{order[1]}$n",
              "def greet$n(name, punct='!'):",
              "    \"\"\"Says hello.\"\"\"",
              "    return 'hi ' + name + punct",
              f"print(greet$n('{name}'))",
              "print(greet$n('x', punct='?'))",
              "print(greet$n.__name__, greet$n.__qualname__, greet$n.__doc__)"]
    return c.sub("\n".join(lines))


def snip_param_deco(c):
    r = c.rng
    k = r.randrange(1, 4)
    prefix = r.choice(["<", "[", "*", ">>"])
    return c.sub("""
def repeat$n(times):
    print('repeat$n configured with', times)
    def deco(fn):
        @$wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag$n(prefix):
    def deco(fn):
        def wrapper(*args):
            return prefix + str(fn(*args))
        return wrapper
    return deco
@tag$n($prefix)
@repeat$n($k)
def double$n(x):
    return x * 2
print(double$n($x), double$n.__name__)
@repeat$n(2)
def hello$n():
    return 'hello'
print(hello$n(), hello$n.__name__, hello$n.__wrapped__.__name__)
""", k=k, prefix=repr(prefix), x=r.randrange(0, 30))


def snip_once(c):
    r = c.rng
    args = ints(r, r.randrange(2, 5), 0, 10)
    return c.sub("""
def run_once$n(fn):
    done = False
    result = None
    @$wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper
@run_once$n
def setup$n(x):
    \"\"\"Expensive setup.\"\"\"
    print('setup$n really runs with', x)
    return x * 2
print('setup$n', [setup$n(a) for a in $args])
print(setup$n.__name__, setup$n.__doc__, setup$n.__wrapped__(7))
""", args=args)


def snip_retry(c):
    r = c.rng
    times = r.randrange(1, 5)
    fails = r.randrange(0, 6)
    exc = r.choice(["ValueError", "KeyError", "OSError"])
    return c.sub("""
def retry$n(times):
    def deco(fn):
        @$wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except $exc as e:
                    print('attempt', attempt, 'of', fn.__name__, 'failed:', repr(e))
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
def make_flaky$n(fails):
    left = fails
    @retry$n($times)
    def flaky$n(x):
        nonlocal left
        if left > 0:
            left -= 1
            raise $exc('try again')
        return x + 1
    return flaky$n
try:
    print('flaky$n gave', make_flaky$n($fails)($x))
except RuntimeError as e:
    print(type(e).__name__, e)
""", times=times, fails=fails, exc=exc, x=r.randrange(0, 50))


def snip_wraps_info(c):
    r = c.rng
    use = r.random() < 0.6
    lines = ["def logged$n(fn):"]
    if use:
        lines.append("    @$wraps(fn)")
    lines += ["    def inner(*args):",
              "        \"\"\"inner doc\"\"\"",
              "        return fn(*args)",
              "    return inner",
              "@logged$n",
              "def area$n(w, h):",
              "    \"\"\"Area of a rectangle.\"\"\"",
              "    return w * h",
              "print(area$n($w, $h), area$n.__name__, area$n.__qualname__, area$n.__doc__)"]
    if use:
        lines.append("print('wrapped:', area$n.__wrapped__.__name__, area$n.__wrapped__($h, $w))")
    else:
        lines.append("print('no __wrapped__:', hasattr(area$n, '__wrapped__'))")
    return c.sub("\n".join(lines), w=r.randrange(1, 9), h=r.randrange(1, 9))


# ---------------------------------------------------------------- itertools

def snip_itertools(c):
    r = c.rng
    picks = r.sample([
        "print('islice count', list($islice($count($a, $s), $k)))",
        "print('chain', list($chain($list1, 'ab', range(3))))",
        "print('takewhile', list($takewhile(lambda x: x < $lim, $count(1, 3))))",
        "print('cycle', list($islice($cycle($word), $k2)))",
        "print('islice slice', list($islice($count(), 2, $lim, 3)))",
        "print('evens', list($islice((x for x in $count() if x % 2 == 0), $k)))",
        "print('chain of gens', sum($chain((x for x in range($k)), (y * 10 for y in range(3)))))",
        "print('takewhile words', list($takewhile(lambda w: len(w) < 6, $words)))",
        "print('zip count', list(zip($count($a), $word)))",
    ], r.randrange(2, 5))
    return c.sub("\n".join(picks), a=r.randrange(-5, 10), s=r.randrange(1, 5), k=r.randrange(0, 8),
                 list1=ints(r, r.randrange(0, 4), 0, 9), lim=r.randrange(3, 30),
                 word=repr(r.choice(WORDS)[:r.randrange(1, 5)]), k2=r.randrange(0, 12),
                 words=r.sample(WORDS, 5))


SNIPPETS = [
    snip_gen_basic, snip_averager, snip_accumulator, snip_sentinel, snip_throw_handled,
    snip_throw_unhandled, snip_close, snip_stubborn, snip_yield_from, snip_yield_from_send,
    snip_states, snip_manual_value, snip_already_executing, snip_pep479, snip_pipeline,
    snip_exhaustion, snip_genexpr, snip_divisible, snip_dict_gen, snip_dict_build,
    snip_iter_class, snip_iterable_class, snip_builtins_iters, snip_counter, snip_shared_cell,
    snip_global_counter, snip_late_binding, snip_unbound, snip_adders, snip_partial,
    snip_reduce, snip_stacked, snip_param_deco, snip_once, snip_retry, snip_wraps_info,
    snip_itertools,
]


# ---------------------------------------------------------------- endings that raise

def end_exhausted(c):
    return c.sub("""
def short$n():
    yield 'only'
sh$n = short$n()
print(list(sh$n))
print('one more next() raises:')
next(sh$n)
""")


def end_return_value(c):
    return c.sub("""
def answer$n():
    yield 'thinking'
    return $v
an$n = answer$n()
print(next(an$n))
next(an$n)
""", v=c.rng.randrange(1, 100))


def end_value_error(c):
    xs = ints(c.rng, c.rng.randrange(1, 4), 0, 9) + [-c.rng.randrange(1, 9)]
    return c.sub("""
def checked$n(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f'negative value {x}')
        yield x
print('checked$n starts')
for v in checked$n($xs):
    print('ok', v)
""", xs=xs)


def end_throw(c):
    return c.sub("""
def victim$n():
    yield 1
    yield 2
vi$n = victim$n()
print(next(vi$n))
vi$n.throw(KeyError($key))
""", key=repr(c.rng.choice(WORDS)))


def end_send_started(c):
    return c.sub("""
def echo$n():
    while True:
        x = yield
        print('echo', x)
ec$n = echo$n()
ec$n.send($v)
""", v=c.rng.randrange(1, 9))


def end_pep479(c):
    return c.sub("""
def firsts$n(lists):
    for xs in lists:
        yield next(iter(xs))
print(list(firsts$n([[1], [2, 3], []])))
""")


def end_retry(c):
    return c.sub("""
def retry_end$n(times):
    def deco(fn):
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return fn(*args)
                except ValueError:
                    print('retrying', attempt + 1)
            raise RuntimeError(fn.__name__ + ' failed ' + str(times) + ' times')
        return wrapper
    return deco
@retry_end$n(3)
def always_fails$n():
    raise ValueError('nope')
always_fails$n()
""")


def end_unbound(c):
    return c.sub("""
def outer_end$n():
    hits = 0
    def hit():
        hits += 1
    hit()
outer_end$n()
""")


def end_already(c):
    return c.sub("""
def again$n():
    yield next(ag$n)
ag$n = again$n()
next(ag$n)
""")


def end_reduce(c):
    return c.sub("$reduce(lambda a, b: a + b, (x for x in range(5) if x > 9))")


ENDINGS = [end_exhausted, end_return_value, end_value_error, end_throw, end_send_started,
           end_pep479, end_retry, end_unbound, end_already, end_reduce]


def program(i):
    rng = random.Random(7919 * i + 101)
    c = Ctx(rng)
    raising = i % 10 == 3
    target = rng.randrange(22, 74)
    budget = 80 - 4 - (16 if raising else 0)
    pool = SNIPPETS[:]
    rng.shuffle(pool)
    body = []
    used = 0
    for snip in pool:
        c.n += 1
        lines = snip(c)
        if len(body) + len(lines) > budget:
            continue
        body += lines
        used += 1
        if len(body) >= target and used >= 3:
            break
    if raising:
        c.n += 1
        body += rng.choice(ENDINGS)(c)
    head = [f"# generated program {i} (tests/probe/gen_frames.py)"] + c.imports()
    return "\n".join(head + body) + "\n", raising


def verify(paths):
    counts = {}
    for p in paths:
        rc = subprocess.run([sys.executable, p], env=dict(os.environ, PYTHONHASHSEED="0"),
                            capture_output=True).returncode
        counts[rc] = counts.get(rc, 0) + 1
    print("exit codes:", ", ".join(f"{n} exit {rc}" for rc, n in sorted(counts.items())))


def main():
    count = 240
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    os.makedirs(OUT, exist_ok=True)
    paths = []
    for i in range(count):
        text, _ = program(i)
        path = os.path.join(OUT, f"frames_{i:03d}.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    print(f"wrote {count} programs to {os.path.normpath(OUT)}")
    if "--verify" in sys.argv:
        verify(paths)


if __name__ == "__main__":
    main()
