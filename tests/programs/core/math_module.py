# The math module: constants, libm-backed functions, int functions, and every error path
# CPython's mathmodule.c raises (messages word for word).
import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.7, -2.5, 1e-300, 5e-324, 1e300, 710.0, -745.0, math.inf, -math.inf, math.nan, 7, -3, 10**20, True, 2**1100]
names = ["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "log1p", "log", "log2", "log10", "floor", "ceil", "trunc",
         "isnan", "isinf", "isfinite", "degrees", "radians", "modf", "frexp"]
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
pairs = [(2.0, 3.0), (-8.0, 1/3), (0.0, -1.0), (-0.0, -3.0), (math.inf, -3.0), (-math.inf, 3.0), (math.nan, 0.0), (1.0, math.nan),
         (0.5, math.inf), (2.0, -math.inf), (10.0, 400.0), (3, 2), (1e308, 10), (-2.0, 0.5), (5.5, 2.0), (-7.0, 3.0), (7.0, -0.0), (math.inf, 2.0), (1.0, math.inf)]
for name in ["pow", "atan2", "copysign", "fmod", "log", "isclose", "ldexp"]:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            if name == "ldexp":
                b = int(b) if b == b and abs(b) != math.inf else 3
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.nan is math.nan, math.pi is math.pi)
print(math.gcd(), math.gcd(12, -18, 30), math.lcm(), math.lcm(4, 6, -10), math.lcm(0, 5), math.gcd(2**100, 6**50))
print(math.factorial(0), math.factorial(25), math.isqrt(10**41), math.isqrt(0), math.isqrt(99))
print(math.comb(10, 3), math.comb(3, 10), math.perm(10, 3), math.perm(5), math.perm(5, None), math.comb(100, 50))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=10), math.prod(["a"], start=3))
print(math.ldexp(1.0, -1074), math.ldexp(1.5, -1074), math.ldexp(0.75, 1025), math.ldexp(3.0, 10**30 - 10**30 + 5))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2), math.log(8, 2), math.log(100, 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(a=0, b=1e-10, abs_tol=1e-9))
d = {math.pi: "pi", math.e: "e", math.inf: "inf", -math.inf: "-inf", math.nan: "nan", math.tau: "tau"}
print(d, hash(math.pi), hash(math.inf), hash(-math.inf), d[math.nan])
for bad in ["math.sqrt()", "math.sqrt(1, 2)", "math.log()", "math.pow(1)", "math.gcd(1.5)", "math.factorial(1.5)",
            "math.factorial(-1)", "math.sqrt('a')", "math.floor('x')", "math.trunc('x')", "math.isqrt(-1)", "math.comb(-1, 2)",
            "math.comb(5, -1)", "math.perm(5, -1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, rel_tol=-1)",
            "math.sqrt(10**400)", "math.prod()", "math.log(0)", "math.log(-1)", "math.log(1, 1)", "math.log(2, 0.0)",
            "math.floor(math.inf)", "math.ceil(math.nan)", "math.comb(1)", "math.fmod(1, 0)", "math.atan2(1)"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(math.floor(2), math.floor(True), math.ceil(-2.5), math.floor(-0.5), math.trunc(-2.7), math.floor(1e20), type(math.floor(3.5)))
print(math.sqrt, math)
