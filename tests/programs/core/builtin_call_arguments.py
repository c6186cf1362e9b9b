# The argument checks of built-in functions and methods, by calling convention:
# METH_NOARGS, METH_O, _PyArg_CheckPositional, PyArg_ParseTuple and the clinic
# keyword parser (_PyArg_UnpackKeywords), word for word.
S = "abcde"
attempts = [
    # keywords a function takes, and ones it must refuse
    lambda: pow(2, 10, mod=1000),
    lambda: pow(2, exp=10),
    lambda: pow(exp=10, base=2),
    lambda: pow(2, 10, None),
    lambda: str(object=5),
    lambda: str(encoding="ascii"),
    lambda: str(b"ab", errors="strict"),
    lambda: int(x="5"),
    lambda: int("11", base=2),
    lambda: int("11", 2, 3),
    lambda: round(number=2.567, ndigits=1),
    lambda: round(2.567, ndigits=1),
    lambda: round(ndigits=1),
    lambda: round(2.5, 1, 0),
    lambda: list(enumerate(iterable="ab")),
    lambda: list(enumerate("ab", start=5)),
    lambda: list(enumerate(start=5, iterable="ab")),
    lambda: enumerate(start=1),
    lambda: enumerate("ab", zz=1),
    lambda: enumerate(),
    lambda: enumerate("ab", 1, 2),
    lambda: sum([1, 2], start=10),
    lambda: sum(),
    lambda: sum([1], 2, 3),
    lambda: sum([1], x=2),
    lambda: [1, 2, 3].pop(index=0),
    lambda: "x".center(5, fillchar="*"),
    lambda: "aaa".replace("a", "b", count=1),
    lambda: dict.fromkeys("ab", value=0),
    lambda: "  ab  ".strip(chars=" a"),
    lambda: "abc".count("a", start=1),
    lambda: {"a": 1}.pop("b", default=0),
    lambda: "a b c".split(maxsplit=1),
    lambda: "a b c".split(" ", maxsplit=1),
    lambda: "a b c".split(" ", sep=" "),
    lambda: "a b c".split(" ", 1, 2),
    lambda: "a b c".rsplit(zz=1),
    lambda: "a\nb".splitlines(keepends=True),
    lambda: "a\nb".splitlines("x"),
    lambda: "a\tb".expandtabs(tabsize=2),
    lambda: "ab".encode(encoding="ascii"),
    lambda: (5).to_bytes(length=2),
    lambda: (5).to_bytes(2, "little", 7),
    lambda: (5).to_bytes(2, "little", length=2),
    lambda: int.from_bytes(bytes=b"ab"),
    lambda: int.from_bytes(),
    lambda: sorted([2, 1], zz=1),
    lambda: sorted([2, 1], 7),
    lambda: [3, 1].sort(1),
    lambda: [3, 1].sort(zz=1),
    lambda: max([1], zz=1),
    lambda: map(str, [1], zz=1),
    lambda: filter(None),
    lambda: len([], zz=1),
    # positional arguments a function does not take
    lambda: "a".upper(1),
    lambda: "a".isdigit(1),
    lambda: "a".casefold(1),
    lambda: {}.keys(1),
    lambda: {}.copy(1),
    lambda: [].copy(1),
    lambda: [].reverse(1),
    lambda: {1}.copy(1),
    lambda: frozenset().copy(1),
    lambda: (1.5).hex(1),
    lambda: (5).bit_length(1),
    lambda: True.bit_length(1),
    lambda: "xax".strip("x", "a"),
    lambda: "a".replace("a"),
    lambda: "abc".find(),
    lambda: "abc".startswith("a", 0, 1, 2),
    lambda: b"abc".count(),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].insert(1),
    lambda: [1].index(),
    lambda: (1,).count(),
    lambda: {}.get(),
    lambda: {}.update({}, {}),
    lambda: {1}.add(),
    lambda: {1}.union(zz=1),
    lambda: format(1, 2),
    lambda: format(1, "", 3),
    lambda: getattr(1),
    lambda: hasattr(1, "real", 2),
    lambda: isinstance(1),
    lambda: iter(),
    lambda: iter([1], 2),
    lambda: next(iter([1]), 0, 7),
    lambda: divmod(1),
    lambda: reversed([], []),
    lambda: globals(1),
    lambda: abs(),
    # messages of the functions themselves
    lambda: S[2.5],
    lambda: S["name"],
    lambda: "a1".replace(1, 2),
    lambda: "a1".replace("a", 2),
    lambda: divmod("7", 2),
    lambda: zip([1, 2], 3),
    lambda: ", ".join(None),
    lambda: [].pop("0"),
    lambda: [].pop(),
]
for f in attempts:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def get_x(self):
        return 1
    x = property(get_x, None, None, "the x")
    y = property(fget=get_x, doc="the y")
print(P().x, P().y)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
x = 5
try:
    x.real = 3
except AttributeError as e:
    print(e)
try:
    True.denominator = 3
except AttributeError as e:
    print(e)
print(map, filter, zip, enumerate, reversed)
