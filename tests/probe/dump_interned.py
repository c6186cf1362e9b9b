"""Writes the identifier-like strings CPython 3.11 has interned when a script starts
(assets/cpython_interned.txt).

pyxray needs them because `intern_string_constants()` (Objects/codeobject.c) rebuilds a
frozenset constant - reordering colliding items - when one of its str members was already
interned as another object. Candidates come from every loaded module's code objects and
namespaces; each is confirmed by interning a fresh copy: if `sys.intern` hands back a
different object, an equal string was interned before this script ran.

    python3 tests/probe/dump_interned.py > assets/cpython_interned.txt
"""
import sys
import types

OWN = set()  # names this script itself brings in are excluded below


def name_chars(s):
    return len(s) > 1 and s.isascii() and all(c.isalnum() or c == "_" for c in s)


def walk_code(co, out):
    out.update(co.co_names, co.co_varnames, co.co_cellvars, co.co_freevars, (co.co_name,))
    for c in co.co_consts:
        if isinstance(c, str):
            out.add(c)
        elif isinstance(c, types.CodeType):
            walk_code(c, out)
        elif isinstance(c, (tuple, frozenset)):
            for x in c:
                if isinstance(x, str):
                    out.add(x)


def candidates():
    out = set()
    for name, mod in list(sys.modules.items()):
        if name == "__main__":
            continue
        out.add(name)
        for k, v in list(vars(mod).items()):
            out.add(k)
            if isinstance(v, types.FunctionType):
                walk_code(v.__code__, out)
            elif isinstance(v, type):
                for kk, vv in list(vars(v).items()):
                    out.add(kk)
                    if isinstance(vv, types.FunctionType):
                        walk_code(vv.__code__, out)
    for obj in (__builtins__, str, int, float, list, dict, tuple, set, frozenset, bytes, object, type, BaseException):
        out.update(dir(obj))
    return out


CHECKER = """import sys
for e in sys.stdin.read().split():
    e = "".join(list(e))
    if sys.intern(e) is not e:
        sys.stdout.write(e + "\\n")
"""


def interned_in_a_fresh_interpreter(words):
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", CHECKER],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split()


def main():
    own = set()
    walk_code(sys._getframe().f_code, own)
    with open(__file__, encoding="utf-8") as f:
        walk_code(compile(f.read(), __file__, "exec"), own)
    found = []
    mine = []
    for s in sorted(candidates()):
        if not isinstance(s, str) or not name_chars(s):
            continue
        if s in own:
            mine.append(s)
            continue
        fresh = "".join(list(s))
        if sys.intern(fresh) is not fresh:
            found.append(s)
    # This script's own names were interned by its own parse: ask a separate interpreter,
    # whose program names none of them but the few it needs (attribute names of sys and
    # str, interned at startup in any case).
    found.extend(interned_in_a_fresh_interpreter(mine))
    found.sort()
    # One-character strings cannot be copied (every path hands back the Latin-1
    # singleton), so ask directly: an identifier character interned at startup as another
    # object (deep-frozen modules' constants) is not the singleton chr() returns.
    # (Iterating a str hands out the singletons; chr/ord would add their own names to
    # what this script excludes.)
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz":
        if sys.intern(c) is not c:
            found.append(c)
    sys.stdout.write("\n".join(found) + "\n")


main()
