"""Probe CPython 3.11's hash() under several PYTHONHASHSEED values.

Usage: python3 probe_hashes.py OUT.json

For each seed a child python3 runs with PYTHONHASHSEED set and prints one record per
value: {"seed", "kind", "value", "hash"}.  Value encodings (decoded by tests/hashes.rs):
  int       -> decimal string          bool -> true/false
  float     -> repr() string           str  -> the string
  bytes     -> list of ints
  tuple     -> list of {"kind", "value"} items (in order)
  frozenset -> list of {"kind", "value"} elements (iteration order)
"""
import json
import os
import subprocess
import sys

SEEDS = [0, 1, 42, 12345, 4294967295]

CHILD = r'''
import json, sys

def enc(v):
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": repr(v)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": list(v)}
    if isinstance(v, tuple):
        return {"kind": "tuple", "value": [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {"kind": "frozenset", "value": [enc(x) for x in v]}
    raise TypeError(type(v))

ints = [0, 1, -1, 2, -2, 3, 7, 100, -100, 255, 256, 1000, 2**30 - 1, 2**30, 2**31,
        2**32, 2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61),
        2**62, 2**63 - 1, -(2**63), 2**63, 2**64 - 1, 2**64 + 5, -(2**64 + 5),
        2**100, -(2**100), 10**30, -(10**30), 10**50 + 7, 3**200, -(7**99),
        123456789012345678901234567890]
floats = [0.0, -0.0, 1.0, -1.0, 1.5, -2.25, 0.5, 0.1, 0.2, 0.3, 1/3, 2.0, 100.0,
          1e308, -1e308, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), 3.141592653589793, 2.718281828459045, 2.0**70,
          2.0**61, 2.0**-61, 2.0**-1074, 1e16, 1e22, 1e23, -1e-5, 123456.789,
          2.0**53 + 2, 1e100, 6.02214076e23, -7.5e-10]
strs = ['', 'a', 'b', 'ab', 'abc', 'apple', 'hello world', 'x' * 7, 'y' * 8,
        'z' * 9, 'The quick brown fox jumps over the lazy dog', 'café', 'naïve',
        'ÿ', '\x00', '\x7f\x80', 'ключ', '中文', 'Ā', '\uffff', '😀x', '𝄞',
        '\U0010ffff', 'a😀', 'ключ😀', '0123456789abcdef', 'spam', 'eggs', '__init__',
        'self']
bytess = [b'', b'a', b'ab', b'abc', b'apple', b'\x00', b'\xff\xfe', bytes(range(20)),
          'café'.encode(), b'hello world!!']
tuples = [(), (1,), (1, 2), (2, 1), ((),), (1, (2, 3)), ('a', 1, 2.5, b'x'),
          (0, True, False), ((1, 2), (3, (4, (5,)))), ('ключ', '😀'),
          (frozenset(), frozenset({1})), tuple(range(20)), (-1,), (-2,), (2**64,),
          (float('inf'), -0.0), ('',)]
fsets = [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2, 3}),
         frozenset(range(50)), frozenset({'a', 'b', 'c'}), frozenset({'apple'}),
         frozenset({(1, 2), (3, 4)}), frozenset({frozenset({1}), frozenset()}),
         frozenset({-1, -2}), frozenset({1.5, 'x', b'y', (1,)})]
vals = ints + [True, False] + floats + strs + bytess + tuples + fsets
seed = int(sys.argv[1])
out = []
for v in vals:
    r = enc(v)
    out.append({"seed": seed, "kind": r["kind"], "value": r["value"], "hash": hash(v)})
json.dump(out, sys.stdout, ensure_ascii=False)
'''


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: probe_hashes.py OUT.json")
    records = []
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8")
        res = subprocess.run([sys.executable, "-c", CHILD, str(seed)], env=env,
                             capture_output=True)
        if res.returncode != 0:
            sys.exit(res.stderr.decode())
        records.extend(json.loads(res.stdout.decode("utf-8")))
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in records))
        f.write("\n]\n")


if __name__ == "__main__":
    main()
