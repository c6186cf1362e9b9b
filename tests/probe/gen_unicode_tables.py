#!/usr/bin/env python3
"""Writes src/models/unicode_tables.rs: CPython 3.11's own Unicode data, as pyxray needs it.

    python3 tests/probe/gen_unicode_tables.py            # rewrite the Rust file
    python3 tests/probe/gen_unicode_tables.py --stdout   # print it (tests/unicode_tables.rs)
    python3 tests/probe/gen_unicode_tables.py --sample   # print tests/golden/unicode_sample.json

Run it with python3 3.11: the tables are read off that interpreter's str methods
(unicodedata 14.0), not off any Unicode file, so they are what CPython answers. Rust's std
tables follow a newer Unicode version and define some properties differently
(char::is_alphabetic is the Alphabetic property, str.isalpha() is categories
Lu/Ll/Lt/Lm/Lo; char::is_whitespace misses \\x1c-\\x1f; to_uppercase is not title case).
"""

import encodings
import encodings.aliases
import importlib
import json
import pkgutil
import sys
import unicodedata

OUT = "src/models/unicode_tables.rs"
MAX = 0x110000


def chars():
    for cp in range(MAX):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        yield cp, chr(cp)


def case_ignorable(c):
    """Py_UNICODE_ISCASEIGNORABLE, read off str.lower()'s final-sigma rule
    (handle_capital_sigma skips case-ignorable characters on both sides)."""
    if c.islower() or c.isupper() or c.istitle():
        # A cased character ends the backward scan unless it is case-ignorable too.
        return ("1" + c + "\u03a3").lower()[-1] == "\u03c3"
    # Not cased: the forward scan reaches the cased 'A' only by skipping c.
    return ("A\u03a3" + c + "A").lower()[1] == "\u03c3"


def cased(c):
    """_PyUnicode_IsCased, read off str.title(): the last 'a' stays lower case only when
    the character before it is cased."""
    return ("a" + c + "a").title()[-1] == "a"


PROPS = [
    ("ALPHA", "str.isalpha(): categories Lu Ll Lt Lm Lo", lambda c: c.isalpha()),
    ("DECIMAL", "str.isdecimal(): category Nd", lambda c: c.isdecimal()),
    ("DIGIT", "str.isdigit(): numeric type Decimal or Digit", lambda c: c.isdigit()),
    ("NUMERIC", "str.isnumeric(): any numeric type", lambda c: c.isnumeric()),
    ("SPACE", "str.isspace(): bidi WS/B/S or category Zs", lambda c: c.isspace()),
    ("LOWER", "Py_UNICODE_ISLOWER: the Lowercase property", lambda c: c.islower()),
    ("UPPER", "Py_UNICODE_ISUPPER: the Uppercase property", lambda c: c.isupper()),
    (
        "TITLE",
        "Py_UNICODE_ISTITLE: category Lt",
        lambda c: c.istitle() and not c.isupper(),
    ),
    ("CASED", "_PyUnicode_IsCased", cased),
    ("CASE_IGNORABLE", "_PyUnicode_IsCaseIgnorable", case_ignorable),
    ("PRINTABLE", "str.isprintable()", lambda c: c.isprintable()),
    ("XID_START", "_PyUnicode_IsXidStart", lambda c: c != "_" and c.isidentifier()),
    ("XID_CONTINUE", "_PyUnicode_IsXidContinue", lambda c: ("a" + c).isidentifier()),
]

MAPS = [
    ("LOWER_MAP", "_PyUnicode_ToLowerFull (str.lower() of one character)", str.lower),
    ("UPPER_MAP", "_PyUnicode_ToUpperFull (str.upper())", str.upper),
    ("TITLE_MAP", "_PyUnicode_ToTitleFull (str.title() of one character)", str.title),
    ("FOLD_MAP", "_PyUnicode_ToFoldedFull (str.casefold())", str.casefold),
]


def ranges(pred):
    out = []
    for cp, c in chars():
        if pred(c):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def mapping_runs(f):
    """Single-character mappings as runs (start, end, delta, stride) of consecutive
    mapped code points; multi-character ones listed apart."""
    single, multi = [], []
    for cp, c in chars():
        m = f(c)
        if m == c:
            continue
        if len(m) == 1:
            single.append((cp, ord(m) - cp))
        else:
            multi.append((cp, m))
    runs = []
    for cp, delta in single:
        if runs:
            r = runs[-1]
            stride = cp - r[1]
            if r[2] == delta and (
                (r[0] == r[1] and stride in (1, 2)) or (r[0] != r[1] and stride == r[3])
            ):
                r[1] = cp
                r[3] = stride
                continue
        runs.append([cp, cp, delta, 1])
    return runs, multi


def decimal_runs():
    runs = []
    for cp, c in chars():
        if not c.isdecimal():
            continue
        v = unicodedata.decimal(c)
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] + (cp - runs[-1][0]) == v:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, v])
    return runs


def codecs_known():
    """encodings.search_function's view: the alias table and the importable codec
    modules (those with getregentry)."""
    mods = []
    for m in sorted(x.name for x in pkgutil.iter_modules(encodings.__path__)):
        try:
            mod = importlib.import_module("encodings." + m)
        except ImportError:
            continue
        if hasattr(mod, "getregentry"):
            mods.append(m)
    aliases = sorted(encodings.aliases.aliases.items())
    return mods, aliases


def rust_str(s):
    return '"' + "".join(f"\\u{{{ord(ch):x}}}" if ord(ch) > 0x7E or ch in '"\\' else ch
                         for ch in s) + '"'


def wrap(items, per_line):
    lines = []
    for i in range(0, len(items), per_line):
        lines.append("    " + " ".join(items[i:i + per_line]))
    return "\n".join(lines)


def generate():
    v = sys.version_info
    out = [
        "// @generated by tests/probe/gen_unicode_tables.py from python3 "
        f"{v.major}.{v.minor} (unicodedata {unicodedata.unidata_version}); do not edit.",
        "// Regenerate: python3 tests/probe/gen_unicode_tables.py (with CPython 3.11).",
        "//",
        "// CPython's str methods answer from its own Unicode 14.0 tables (Objects/unicodectype.c,",
        "// Objects/unicodetype_db.h). Rust std's char methods follow a newer Unicode version and",
        "// define some properties differently (is_alphabetic is the Alphabetic property, isalpha()",
        "// is categories Lu Ll Lt Lm Lo; is_whitespace misses \\x1c-\\x1f), so pyxray reads these",
        "// tables instead. Sorted, inclusive code point ranges; surrogates are left out.",
        "",
    ]
    for name, doc, pred in PROPS:
        rs = ranges(pred)
        out.append(f"/// {doc}.")
        out.append(f"pub static {name}: &[(u32, u32)] = &[")
        out.append(wrap([f"(0x{a:x}, 0x{b:x})," for a, b in rs], 6))
        out.append("];")
        out.append("")
    out.append("/// The decimal value of each category-Nd character: (first, last, value of first).")
    out.append("pub static DECIMAL_VALUE: &[(u32, u32, u8)] = &[")
    out.append(wrap([f"(0x{a:x}, 0x{b:x}, {d})," for a, b, d in decimal_runs()], 5))
    out.append("];")
    out.append("")
    for name, doc, f in MAPS:
        runs, multi = mapping_runs(f)
        out.append(f"/// {doc}: runs (first, last, delta, stride) of one-character mappings.")
        out.append(f"pub static {name}: &[(u32, u32, i32, u8)] = &[")
        out.append(wrap([f"(0x{a:x}, 0x{b:x}, {d}, {s})," for a, b, d, s in runs], 4))
        out.append("];")
        out.append(f"/// {doc}: the mappings to more than one character.")
        out.append(f"pub static {name}_MULTI: &[(u32, &str)] = &[")
        out.append(wrap([f"(0x{cp:x}, {rust_str(m)})," for cp, m in multi], 4))
        out.append("];")
        out.append("")
    mods, aliases = codecs_known()
    out.append("/// The codec modules of the encodings package (with getregentry).")
    out.append("pub static CODEC_MODULES: &[&str] = &[")
    out.append(wrap([f'"{m}",' for m in mods], 8))
    out.append("];")
    out.append("")
    out.append("/// encodings.aliases.aliases: normalized alias -> codec module.")
    out.append("pub static CODEC_ALIASES: &[(&str, &str)] = &[")
    out.append(wrap([f'("{a}", "{m}"),' for a, m in aliases], 4))
    out.append("];")
    return "\n".join(out) + "\n"


SAMPLE = [
    0x9, 0x1C, 0x1F, 0x20, 0x30, 0x41, 0x5F, 0x61, 0x85, 0xA0, 0xAA, 0xB2, 0xB5, 0xBD,
    0xDF, 0x130, 0x131, 0x149, 0x1C4, 0x1C5, 0x1C6, 0x1F0, 0x345, 0x3A3, 0x3C2, 0x390,
    0x587, 0x660, 0x663, 0x6F9, 0x966, 0x1680, 0x180E, 0x1E9E, 0x1F80, 0x1F88, 0x1FB3,
    0x2003, 0x2028, 0x2070, 0x2075, 0x2160, 0x2167, 0x2177, 0x2460, 0x24B6, 0x2CF2,
    0x3000, 0x3007, 0xA7C0, 0xAB53, 0xFB01, 0xFB05, 0xFF10, 0xFF13, 0x10400, 0x10570,
    0x1D7CE, 0x1E900, 0x1F600, 0x1FBF0, 0x1FBF9, 0x20000, 0x31350, 0xE0001, 0xE0100,
]


def sample():
    rows = []
    for cp in SAMPLE:
        c = chr(cp)
        rows.append({
            "cp": cp,
            "props": [name for name, _, pred in PROPS if pred(c)],
            "decimal": unicodedata.decimal(c, None),
            "lower": c.lower(),
            "upper": c.upper(),
            "title": c.title(),
            "casefold": c.casefold(),
        })
    return "[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n"


def main():
    if "--sample" in sys.argv:
        sys.stdout.write(sample())
    elif "--stdout" in sys.argv:
        sys.stdout.write(generate())
    else:
        with open(OUT, "w") as f:
            f.write(generate())


if __name__ == "__main__":
    main()
