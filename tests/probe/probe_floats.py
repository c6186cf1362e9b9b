"""Probe CPython 3.11's float printing.

Usage: python3 probe_floats.py REPR_OUT.json FORMAT_OUT.json

REPR_OUT:   list of {"hex": float.hex(x), "repr": repr(x)} for ~400 floats.
FORMAT_OUT: list of {"kind": "float"|"int"|"pfloat"|"pint", "value": hex float or
            decimal int string, "spec": spec, "out": result or null, "error": message
            or null}.  "float"/"int" use format(value, spec); "pfloat"/"pint" use
            ('%' + spec) % value.
"""
import json
import random
import struct
import sys


def floats():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0,
            1e15, 1e16, 1e17, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001234,
            123456789012345680.0, 1.5e300, 1e308, 1.7976931348623157e308, 5e-324,
            2.2250738585072014e-308, 2.225073858507201e-308, 2e16 + 8, 2.0 ** 53,
            2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 3.141592653589793, 2.718281828459045,
            float("inf"), float("-inf"), 1e22, 1e23, 0.125, 2.5, 0.375, 1234.5, 0.05,
            0.15, 0.25, 0.35, 9.995, 1.005, 123.456, -7.5e-10, 6.02214076e23]
    vals += [10.0 ** e for e in range(-20, 25)]
    vals += [-(10.0 ** e) * 1.5 for e in range(-8, 20, 3)]
    rng = random.Random(311)
    for _ in range(150):
        bits = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if x == x and x not in (float("inf"), float("-inf")):
            vals.append(x)
    for _ in range(80):
        vals.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
    for _ in range(40):
        vals.append(rng.uniform(0, 1) * 10.0 ** rng.randint(-30, 30))
    return vals


FLOAT_SPECS = ["", ".0", ".1", ".3", ".17", "f", ".0f", ".2f", ".10f", "e", ".0e", ".3E",
               "g", ".1g", ".3g", ".10G", "#g", "#.3g", "#.0f", "#.0e", "%", ".1%",
               "+", " ", "+.2f", "10.3f", "<12.2e", "^15g", "=+12.1f", "012.3f", "*>12",
               ",", ",.2f", "_.3f", "015,.2f", "z.1f", "z", "n", "-g", "F", "E", "G",
               ".30f", ",g", "020e", "#", "#.0", ".5"]
FLOAT_ERR_SPECS = ["d", "x", "s", "c", ",x", "ff", ".", "=,_f", "#,,f"]
INTS = [0, 1, -1, 7, 255, -255, 65, 1000, -1234567, 2 ** 64, -(10 ** 25), 10 ** 40 + 1]
INT_SPECS = ["", "d", "5", "<5", "^7", "=+8", "+", " ", "-", "05", "08b", "#010x",
             "x", "X", "#X", "o", "#o", "b", "#b", ",", "_", "_x", "_b", "_o", "015,",
             "012_", "#012_b", "n", "e", ".2f", "%", "g", ".3g", "*^12,", "z>5", "c",
             "#x", "+#x", "=10", "0=10", "x^10X", "10,d"]
PFLOAT_SPECS = ["f", ".2f", "e", "E", ".3e", "g", "G", ".10g", "#g", "#.0f", "#.0e",
                "+f", " f", "10.2f", "-10.2f|", "010.2f", "-010.2f|", "+010.2f", " 010.2f",
                "F", ".0f", "20.5e", "+.3g"]
PINT_SPECS = ["d", "i", "u", "5d", "-5d|", "05d", "+d", " d", "+05d", "x", "X", "#x",
              "#X", "o", "#o", "#08x", "-#8x|", ".5d", "8.5d", "#.5x", "+.3d", "0-5d|",
              " 08d", "#010o", "-010d|"]


def record(kind, value_key, spec, fn):
    try:
        out, err = fn(), None
    except (ValueError, OverflowError, TypeError) as e:
        out, err = None, str(e)
    return {"kind": kind, "value": value_key, "spec": spec, "out": out, "error": err}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: probe_floats.py REPR_OUT.json FORMAT_OUT.json")
    vals = floats()
    rows = [{"hex": x.hex(), "repr": repr(x)} for x in vals]
    rows.append({"hex": "nan", "repr": repr(float("nan"))})
    with open(sys.argv[1], "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n")

    fmt_vals = [0.0, -0.0, 1.0, -1.5, 0.125, 2.5, 1234567.891, -0.0001234, 1e16, 1e-5,
                1e300, 123456789.0, 0.999999, 9.9999e15, -1e-7, 5e-324,
                float("inf"), float("-inf"), float("nan")]
    recs = []
    for x in fmt_vals:
        for spec in FLOAT_SPECS + FLOAT_ERR_SPECS:
            recs.append(record("float", x.hex(), spec, lambda: format(x, spec)))
        for spec in PFLOAT_SPECS:
            s = spec.rstrip("|")
            recs.append(record("pfloat", x.hex(), s, lambda: ("%" + s) % x))
    for v in INTS:
        for spec in INT_SPECS:
            recs.append(record("int", str(v), spec, lambda: format(v, spec)))
        for spec in PINT_SPECS:
            s = spec.rstrip("|")
            recs.append(record("pint", str(v), s, lambda: ("%" + s) % v))
    with open(sys.argv[2], "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n]\n")


if __name__ == "__main__":
    main()
