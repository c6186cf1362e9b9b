"""Generates the random dict programs of pyxray's golden corpus (tests/programs/gen/).

Deterministic: the same run always writes the same files. Each program uses only the
Python subset pyxray simulates, keeps a few dicts as globals (so the probe reads their
tables), and mixes every creation path with inserts, deletes, pops, updates and copies,
over keys of every hashable kind pyxray models.

    python3 tests/probe/gen_programs.py [--count N]
"""
import os
import random
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "programs", "gen")

STR_POOL = ["apple", "fig", "pear", "kiwi", "a", "b", "z", "", "key", "é", "café", "naïve",
            "ключ", "дом", "中文", "日本", "😀", "a😀", "𝄞", "x" * 30, "Ünïcödé", "ß"]


def key_expr(rng, kind):
    if kind == "int":
        return repr(rng.choice([rng.randrange(0, 64), rng.randrange(-50, 50), rng.randrange(1 << 20),
                                8 * rng.randrange(16), -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + rng.randrange(9),
                                -(2 ** 100), 10 ** 20 + rng.randrange(99)]))
    if kind == "str":
        s = rng.choice(STR_POOL)
        if rng.random() < 0.5:
            s = s + str(rng.randrange(100))
        return repr(s)
    if kind == "float":
        return repr(rng.choice([0.5, 1.5, -2.25, 1e300, 3.141592653589793, 0.1, 2.0 ** 70, -0.0, 1e-300,
                                rng.randrange(100) / 8]))
    if kind == "tuple":
        n = rng.randrange(0, 4)
        return "(" + "".join(key_expr(rng, rng.choice(["int", "str"])) + ", " for _ in range(n)) + ")"
    if kind == "frozenset":
        n = rng.randrange(0, 4)
        return "frozenset([" + ", ".join(key_expr(rng, "int") for _ in range(n)) + "])"
    if kind == "bytes":
        return repr(bytes(rng.randrange(256) for _ in range(rng.randrange(0, 6))))
    if kind == "bool":
        return rng.choice(["True", "False"])
    return "0"


def kinds_for(rng):
    mode = rng.random()
    if mode < 0.35:
        return ["str"]
    if mode < 0.6:
        return ["int"]
    return rng.sample(["int", "str", "float", "tuple", "frozenset", "bytes", "bool"], rng.randrange(2, 5))


def value_expr(rng):
    return rng.choice(["0", "1", "None", "'v'", "[1, 2]", "(3,)", repr(rng.randrange(1000)), "-7", "2.5", "'x' * 3"])


def creation(rng, name, kinds, others):
    r = rng.random()
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 15, 16, 17, 18, 20, 21, 33, 34, 40])
    keys = [key_expr(rng, rng.choice(kinds)) for _ in range(n)]
    if r < 0.3:
        items = ", ".join(f"{k}: {value_expr(rng)}" for k in keys)
        return [f"{name} = {{{items}}}"]
    if r < 0.4:
        return [f"{name} = {{k: i for i, k in enumerate([{', '.join(keys)}])}}"]
    if r < 0.5:
        return [f"{name} = dict([{', '.join(f'({k}, {value_expr(rng)})' for k in keys)}])"]
    if r < 0.58:
        names = [f"k{i}" for i in range(min(n, 12))]
        return [f"{name} = dict({', '.join(f'{k}={value_expr(rng)}' for k in names)})"]
    if r < 0.7:
        src = rng.choice(["list", "set", "range", "str", "dict", "tuple"])
        if src == "list":
            return [f"{name} = dict.fromkeys([{', '.join(keys)}], {value_expr(rng)})"]
        if src == "set":
            return [f"{name} = dict.fromkeys({{{', '.join(keys) or '0'}}})"]
        if src == "range":
            return [f"{name} = dict.fromkeys(range({rng.randrange(0, 200)}), 0)"]
        if src == "str":
            return [f"{name} = dict.fromkeys({repr(''.join(rng.choice('abcdefghijkl') for _ in range(n)))})"]
        if src == "tuple":
            return [f"{name} = {{}}.fromkeys(({', '.join(keys)}{',' if len(keys) == 1 else ''}))"]
        return [f"{name} = dict.fromkeys({{{', '.join(f'{k}: 1' for k in keys)}}}, 'v')"]
    if r < 0.8 and others:
        o = rng.choice(others)
        return [f"{name} = " + rng.choice([f"{o}.copy()", f"dict({o})", f"{{**{o}}}"])]
    return [f"{name} = {{}}"]


def operations(rng, name, kinds, others):
    lines = []
    for _ in range(rng.randrange(3, 25)):
        r = rng.random()
        k = key_expr(rng, rng.choice(kinds))
        if r < 0.35:
            lines.append(f"{name}[{k}] = {value_expr(rng)}")
        elif r < 0.5:
            lines.append(f"if {k} in {name}:\n    del {name}[{k}]")
        elif r < 0.55:
            lines.append(f"print({name}.pop({k}, 'missing'))")
        elif r < 0.6:
            lines.append(f"if {name}:\n    print({name}.popitem())")
        elif r < 0.65:
            lines.append(f"print({name}.setdefault({k}, {value_expr(rng)}))")
        elif r < 0.7:
            lines.append(f"print({name}.get({k}), {k} in {name}, len({name}))")
        elif r < 0.75 and others:
            lines.append(f"{name}.update({rng.choice(others)})")
        elif r < 0.78:
            lines.append(f"{name}.update([({k}, 1)], extra={value_expr(rng)})")
        elif r < 0.8:
            lines.append(f"{name}.clear()")
        elif r < 0.9:
            n = rng.choice([10, 50, 200, 200, 500, 1000, 3000])
            seed = rng.randrange(1, 1 << 30)
            keyfun = rng.choice(["x % 5000", "x", "str(x % 997)", "(x % 13, x % 7)", "x % 64 * 8",
                                 "-(x % 100)", "x / 4", "str(x)[:3]"])
            lines.append(
                f"x = {seed}\n"
                f"for step in range({n}):\n"
                f"    x = (x * 1103515245 + 12345) % 2147483648\n"
                f"    k = {keyfun}\n"
                f"    if x % 3 == 0 and k in {name}:\n"
                f"        del {name}[k]\n"
                f"    else:\n"
                f"        {name}[k] = step")
        else:
            lines.append(f"print(len({name}), list({name})[:4], list({name}.values())[-3:])")
    return lines


def program(i):
    rng = random.Random(1000003 * i + 17)
    out = [f"# generated program {i} (tests/probe/gen_programs.py)"]
    names = []
    for j in range(rng.randrange(1, 4)):
        name = f"d{j}"
        kinds = kinds_for(rng)
        out += creation(rng, name, kinds, names)
        out += operations(rng, name, kinds, names)
        names.append(name)
        out.append(f"print({name!r}, len({name}))")
        out.append(f"if len({name}) < 40:\n    print({name})")
    if rng.random() < 0.3:
        out.append("c = d0.copy()")
    out.append("print([len(v) for v in [" + ", ".join(names) + "]])")
    return "\n".join(out) + "\n"


def main():
    count = 320
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    os.makedirs(OUT, exist_ok=True)
    for i in range(count):
        with open(os.path.join(OUT, f"gen_{i:03d}.py"), "w", encoding="utf-8") as f:
            f.write(program(i))
    print(f"wrote {count} programs to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
