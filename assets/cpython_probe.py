"""pyxray's CPython probe: run a program under real CPython 3.11 and read back its dicts.

Usage: PYTHONHASHSEED=N python3 cpython_probe.py PROGRAM.py [--json-out FILE]

The program runs as __main__ with its own stdout, stderr and exit status (1 and a
traceback on an uncaught exception). Afterwards - also after an exception - the state
pyxray's `inspect` reports is written as JSON to FILE (or to stderr after a marker line):
every global dict's table read from memory with ctypes (CPython 3.11 x86-64 layouts of
PyDictObject and PyDictKeysObject) and the MRO of every class the program defined.

Shipped inside the pyxray binary; `pyxray check` and the golden tests run it.
"""

import ctypes
import json
import os
import sys
import traceback

KINDS = {0: "general", 1: "unicode", 2: "split"}
INDEX_TYPES = {1: ctypes.c_int8, 2: ctypes.c_int16, 4: ctypes.c_int32, 8: ctypes.c_int64}


def _u64(addr):
    return ctypes.c_uint64.from_address(addr).value


def _i64(addr):
    return ctypes.c_int64.from_address(addr).value


def _u8(addr):
    return ctypes.c_uint8.from_address(addr).value


def _address_hashed(key):
    """Whether a key's hash comes from an address (object.__hash__, also None's, and
    tuples or frozensets holding such keys)."""
    if type(key).__hash__ is object.__hash__:
        return True
    if type(key) in (tuple, frozenset):
        return any(_address_hashed(k) for k in key)
    return False


def dict_table(d):
    """The table of an exact dict, as pyxray's inspect JSON describes it."""
    keys = _u64(id(d) + 32)           # PyDictObject.ma_keys
    log2_size = _u8(keys + 8)         # dk_log2_size
    log2_index_bytes = _u8(keys + 9)  # dk_log2_index_bytes
    kind = _u8(keys + 10)             # dk_kind
    usable = _i64(keys + 16)          # dk_usable
    nentries = _i64(keys + 24)        # dk_nentries
    size = 1 << log2_size
    width = (1 << log2_index_bytes) // size
    itype = INDEX_TYPES[width]
    indices = [itype.from_address(keys + 32 + i * width).value for i in range(size)]
    first_entry = keys + 32 + (1 << log2_index_bytes)
    entry_size = 24 if kind == 0 else 16
    values = _u64(id(d) + 40)         # ma_values (split tables only)
    entries = []
    address_hashed = False
    for i in range(nentries):
        e = first_entry + i * entry_size
        key_addr = _u64(e + 8) if kind == 0 else _u64(e)
        if kind == 2:
            value_addr = _u64(values + 8 * i) if values else 0
        else:
            value_addr = _u64(e + 16) if kind == 0 else _u64(e + 8)
        if not key_addr or not value_addr:
            entries.append(None)
            continue
        key = ctypes.cast(key_addr, ctypes.py_object).value
        value = ctypes.cast(value_addr, ctypes.py_object).value
        h = _i64(e) if kind == 0 else hash(key)
        address_hashed = address_hashed or _address_hashed(key)
        entries.append({"hash": h, "key": repr(key), "value": repr(value)})
    table = {
        "log2_size": log2_size,
        "kind": KINDS.get(kind, str(kind)),
        "usable": usable,
        "nentries": nentries,
        "indices": indices,
        "entries": entries,
    }
    if address_hashed:
        # Its layout follows CPython's addresses: compared by sizes and entries only.
        table["address_hashed"] = True
    return table


def inspect_globals(g):
    dicts = {}
    classes = {}
    for name, value in list(g.items()):
        if name.startswith("__") or value is g:
            continue
        try:
            # A defaultdict's, Counter's or OrderedDict's table is a dict's, and so is
            # that of an instance of the program's own dict subclass.
            if type(value) is dict or (
                type(value).__name__ in ("defaultdict", "Counter", "OrderedDict")
                and type(value).__module__ == "collections"
            ) or (issubclass(type(value), dict) and type(value).__module__ == "__main__"):
                dicts[name] = dict_table(value)
            # issubclass(type(v), type), not isinstance(): a dead weakref.proxy raises
            # ReferenceError when isinstance() asks it for __class__.
            elif issubclass(type(value), type) and getattr(value, "__module__", None) == "__main__":
                classes[name] = {"mro": [c.__name__ for c in value.__mro__]}
        except Exception as exc:  # a probe must never take the program's result down
            dicts[name] = {"error": repr(exc)}
    seed = os.environ.get("PYTHONHASHSEED", "random")
    return {
        "python": "%d.%d" % sys.version_info[:2],
        "hash_seed": int(seed) if seed.isdigit() else seed,
        "dicts": dicts,
        "classes": classes,
    }


def main():
    args = sys.argv[1:]
    json_out = None
    if "--json-out" in args:
        i = args.index("--json-out")
        json_out = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.stderr.write(__doc__)
        return 2
    program = args[0]
    sys.argv = [program]
    sys.path.insert(0, os.path.dirname(os.path.abspath(program)))
    namespace = {}
    status = 0
    # Write the program's globals into our dict so they survive an exception.
    code = compile(open(program, encoding="utf-8").read(), os.path.abspath(program), "exec")
    namespace.update({"__name__": "__main__", "__file__": os.path.abspath(program),
                      "__builtins__": __builtins__})
    try:
        exec(code, namespace)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    doc = json.dumps(inspect_globals(namespace), sort_keys=True, indent=2)
    if json_out:
        with open(json_out, "w", encoding="utf-8") as f:
            f.write(doc + "\n")
    else:
        sys.stderr.write("--- pyxray inspect ---\n" + doc + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
