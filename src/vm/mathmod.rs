//! The simulated `math` module: its constants and the functions a program about numbers
//! and hashes reaches for, each mirroring `Modules/mathmodule.c` of CPython 3.11,
//! messages included.
//!
//! The float functions call the C library's `libm`, as CPython does, so their results
//! are CPython's bit for bit on the same machine. Rust's own `asinh`, `acosh` and
//! `atanh` are written in Rust and can differ in the last bit, so those three (and the
//! functions std does not expose) are declared from `libm` below. Functions CPython
//! computes with an algorithm of its own (`hypot`, `dist`, `fsum`, `gamma`, `lgamma`)
//! are refused rather than approximated, and so is `cbrt` (see below).

use super::numeric;
use super::object::*;
use super::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

type Kw = Vec<(String, ObjId)>;
type FloatFn = fn(f64) -> f64;

// The C library's versions. (`cbrt` is not among them: the linker resolves it to
// Rust's own `compiler_builtins` copy, which rounds differently from the C library's
// that CPython calls, so `math.cbrt` is refused.)
unsafe extern "C" {
    safe fn asinh(x: f64) -> f64;
    safe fn acosh(x: f64) -> f64;
    safe fn atanh(x: f64) -> f64;
    safe fn erf(x: f64) -> f64;
    safe fn erfc(x: f64) -> f64;
    safe fn exp2(x: f64) -> f64;
}

/// The module's functions, by qualified name (a built-in's name must be `'static`).
const FUNCTIONS: &[&str] = &[
    "math.sqrt",
    "math.exp",
    "math.exp2",
    "math.expm1",
    "math.sin",
    "math.cos",
    "math.tan",
    "math.asin",
    "math.acos",
    "math.atan",
    "math.sinh",
    "math.cosh",
    "math.tanh",
    "math.asinh",
    "math.acosh",
    "math.atanh",
    "math.fabs",
    "math.erf",
    "math.erfc",
    "math.log1p",
    "math.log",
    "math.log2",
    "math.log10",
    "math.pow",
    "math.atan2",
    "math.copysign",
    "math.fmod",
    "math.floor",
    "math.ceil",
    "math.trunc",
    "math.isnan",
    "math.isinf",
    "math.isfinite",
    "math.isclose",
    "math.degrees",
    "math.radians",
    "math.modf",
    "math.frexp",
    "math.ldexp",
    "math.gcd",
    "math.lcm",
    "math.factorial",
    "math.isqrt",
    "math.comb",
    "math.perm",
    "math.prod",
];

/// The module's float constants. Each is one object, made on first use and kept, as
/// the module's dict keeps it: `math.nan is math.nan`.
const CONSTANTS: &[(&str, f64)] = &[
    ("pi", std::f64::consts::PI),
    ("e", std::f64::consts::E),
    ("tau", std::f64::consts::TAU),
    ("inf", f64::INFINITY),
    ("nan", f64::NAN),
];

/// A float function of one argument and what an infinite result from a finite
/// argument means: an overflow, or a pole (`math_1()`'s `can_overflow`).
fn unary(name: &str) -> Option<(FloatFn, bool)> {
    Some(match name {
        "sqrt" => (f64::sqrt, false),
        "exp" => (f64::exp, true),
        "exp2" => (|x| exp2(x), true),
        "expm1" => (f64::exp_m1, true),
        "sin" => (f64::sin, false),
        "cos" => (f64::cos, false),
        "tan" => (f64::tan, false),
        "asin" => (f64::asin, false),
        "acos" => (f64::acos, false),
        "atan" => (f64::atan, false),
        "sinh" => (f64::sinh, true),
        "cosh" => (f64::cosh, true),
        "tanh" => (f64::tanh, false),
        "asinh" => (|x| asinh(x), false),
        "acosh" => (|x| acosh(x), false),
        "atanh" => (|x| atanh(x), false),
        "fabs" => (f64::abs, false),
        "erf" => (|x| erf(x), false),
        "erfc" => (|x| erfc(x), false),
        "log1p" => (f64::ln_1p, false),
        _ => return None,
    })
}

/// What `is_error()` makes of a C library result and its `errno`.
enum MathError {
    Domain,
    Range,
}

/// The constants of `Lib/string.py`, and whether the compiler interned each (a literal
/// made only of name characters is interned; one computed by `+` is not).
const STRING_CONSTANTS: &[(&str, &str, bool)] = &[
    ("string.whitespace", " \t\n\r\x0b\x0c", false),
    ("string.ascii_lowercase", "abcdefghijklmnopqrstuvwxyz", true),
    ("string.ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", true),
    (
        "string.ascii_letters",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        false,
    ),
    ("string.digits", "0123456789", true),
    ("string.hexdigits", "0123456789abcdefABCDEF", false),
    ("string.octdigits", "01234567", true),
    (
        "string.punctuation",
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        false,
    ),
    (
        "string.printable",
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\
         !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
        false,
    ),
];

impl Vm {
    /// `string.name`: one of the module's constants, one object for the run.
    pub(crate) fn string_module_attr(&mut self, name: &str) -> PyResult {
        let full = format!("string.{name}");
        let Some(&(key, text, interned)) = STRING_CONSTANTS.iter().find(|(k, _, _)| *k == full)
        else {
            return self.unsupported(&full);
        };
        if let Some(&(_, id)) = self.module_consts.iter().find(|(k, _)| *k == key) {
            return Ok(id);
        }
        let id = if interned {
            self.intern(text, None)
        } else {
            self.str(text)
        };
        self.module_consts.push((key, id));
        Ok(id)
    }

    /// `math.name`.
    pub(crate) fn math_attr(&mut self, name: &str) -> PyResult {
        if let Some(&(n, v)) = CONSTANTS.iter().find(|(n, _)| *n == name) {
            if let Some(&(_, id)) = self.module_consts.iter().find(|(k, _)| *k == n) {
                return Ok(id);
            }
            let id = self.float(v);
            self.module_consts.push((n, id));
            return Ok(id);
        }
        let full = format!("math.{name}");
        match FUNCTIONS.iter().find(|f| **f == full) {
            Some(f) => Ok(self.heap.alloc(Obj::Builtin(Builtin(f)))),
            None => self.unsupported(&full),
        }
    }

    /// Calls `math.<name>`.
    pub(crate) fn call_math(&mut self, full: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let name = &full["math.".len()..];
        if !kwargs.is_empty() && !matches!(name, "isclose" | "prod") {
            return self.unsupported(&format!("keyword arguments to {full}()"));
        }
        if let Some((f, can_overflow)) = unary(name) {
            self.one_argument(full, &args)?;
            let x = self.as_double(args[0])?;
            let r = f(x);
            // mirrors math_1() in Modules/mathmodule.c
            if r.is_nan() && !x.is_nan() {
                return self.math_error(MathError::Domain);
            }
            if r.is_infinite() && x.is_finite() {
                return self.math_error(if can_overflow {
                    MathError::Range
                } else {
                    MathError::Domain
                });
            }
            return Ok(self.float(r));
        }
        match name {
            "log" => {
                if args.is_empty() || args.len() > 2 {
                    return self.type_error("math.log requires 1 to 2 arguments");
                }
                let num = self.log_helper(args[0], f64::ln)?;
                if args.len() == 1 {
                    return Ok(self.float(num));
                }
                let den = self.log_helper(args[1], f64::ln)?;
                if den == 0.0 {
                    return self.err(TypeId::ZeroDivisionError, "float division by zero");
                }
                Ok(self.float(num / den))
            }
            "log2" | "log10" => {
                self.one_argument(full, &args)?;
                let f = if name == "log2" {
                    f64::log2
                } else {
                    f64::log10
                };
                let r = self.log_helper(args[0], f)?;
                Ok(self.float(r))
            }
            "pow" => {
                let (x, y) = self.two_doubles("pow", &args)?;
                let r = math_pow(x, y);
                match r {
                    Ok(r) => Ok(self.float(r)),
                    Err(e) => self.math_error(e),
                }
            }
            "atan2" => {
                let (y, x) = self.two_doubles("atan2", &args)?;
                Ok(self.float(y.atan2(x)))
            }
            "copysign" => {
                let (x, y) = self.two_doubles("copysign", &args)?;
                Ok(self.float(x.copysign(y)))
            }
            "fmod" => {
                // mirrors math_fmod_impl()
                let (x, y) = self.two_doubles("fmod", &args)?;
                if y.is_infinite() && x.is_finite() {
                    return Ok(self.float(x));
                }
                let r = x % y;
                if r.is_nan() && !x.is_nan() && !y.is_nan() {
                    return self.math_error(MathError::Domain);
                }
                Ok(self.float(r))
            }
            "floor" | "ceil" => {
                self.one_argument(full, &args)?;
                // mirrors math_floor() / math_ceil(): an exact int is its own floor.
                match self.heap.get(args[0]) {
                    Obj::Int(_) | Obj::Long(_) => return Ok(args[0]),
                    Obj::Bool(b) => {
                        let b = *b as i64;
                        return Ok(self.int(b));
                    }
                    Obj::Instance(_) => {
                        return self.unsupported(&format!("{full}() of an instance"));
                    }
                    _ => {}
                }
                let x = self.as_double(args[0])?;
                let r = if name == "floor" { x.floor() } else { x.ceil() };
                self.float_to_int(r)
            }
            "trunc" => {
                self.one_argument(full, &args)?;
                match self.heap.get(args[0]) {
                    Obj::Int(_) | Obj::Long(_) => Ok(args[0]),
                    Obj::Bool(b) => {
                        let b = *b as i64;
                        Ok(self.int(b))
                    }
                    Obj::Float(f) => {
                        let f = *f;
                        self.float_to_int(f)
                    }
                    Obj::Instance(_) => self.unsupported("math.trunc() of an instance"),
                    _ => {
                        let tn = self.type_name(args[0]);
                        self.type_error(format!("type {tn} doesn't define __trunc__ method"))
                    }
                }
            }
            "isnan" | "isinf" | "isfinite" => {
                self.one_argument(full, &args)?;
                let x = self.as_double(args[0])?;
                Ok(self.bool(match name {
                    "isnan" => x.is_nan(),
                    "isinf" => x.is_infinite(),
                    _ => x.is_finite(),
                }))
            }
            "isclose" => self.math_isclose(args, kwargs),
            "degrees" | "radians" => {
                self.one_argument(full, &args)?;
                let x = self.as_double(args[0])?;
                // The constants are computed as CPython's are, so the product rounds alike.
                let r = if name == "degrees" {
                    x * (180.0 / std::f64::consts::PI)
                } else {
                    x * (std::f64::consts::PI / 180.0)
                };
                Ok(self.float(r))
            }
            "modf" => {
                self.one_argument(full, &args)?;
                let x = self.as_double(args[0])?;
                // mirrors math_modf_impl(): infinities and NaNs by hand.
                let (frac, int) = if x.is_infinite() {
                    (0.0f64.copysign(x), x)
                } else if x.is_nan() {
                    (x, x)
                } else {
                    let i = x.trunc();
                    ((x - i).copysign(x), i)
                };
                let (a, b) = (self.float(frac), self.float(int));
                Ok(self.tuple(vec![a, b]))
            }
            "frexp" => {
                self.one_argument(full, &args)?;
                let x = self.as_double(args[0])?;
                let (m, e) = frexp(x);
                let (a, b) = (self.float(m), self.int(e));
                Ok(self.tuple(vec![a, b]))
            }
            "ldexp" => {
                self.arity("ldexp", &args, 2, 2)?;
                let x = self.as_double(args[0])?;
                let Some(e) = self.as_bigint(args[1]) else {
                    return self.type_error("Expected an int as second argument to ldexp.");
                };
                // mirrors math_ldexp_impl(): exponents beyond a C long saturate.
                if x == 0.0 || !x.is_finite() {
                    return Ok(self.float(x));
                }
                let e = e
                    .to_i64()
                    .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
                let r = ldexp(x, e);
                if r.is_infinite() {
                    return self.math_error(MathError::Range);
                }
                Ok(self.float(r))
            }
            "gcd" | "lcm" => {
                let mut acc = if name == "gcd" {
                    BigInt::zero()
                } else {
                    BigInt::one()
                };
                for &a in &args {
                    let n = self.index_big(a)?;
                    acc = if name == "gcd" {
                        acc.gcd(&n)
                    } else if acc.is_zero() || n.is_zero() {
                        BigInt::zero()
                    } else {
                        acc.lcm(&n)
                    };
                }
                Ok(self.int_big(acc.abs()))
            }
            "factorial" => {
                self.one_argument(full, &args)?;
                let n = self.index_big(args[0])?;
                if n.is_negative() {
                    return self.err(
                        TypeId::ValueError,
                        "factorial() not defined for negative values",
                    );
                }
                let Some(n) = n.to_u64().filter(|&n| n <= 100_000) else {
                    return self.unsupported("math.factorial() of a number above 100000");
                };
                let mut r = BigInt::one();
                for k in 2..=n {
                    r *= k;
                }
                Ok(self.int_big(r))
            }
            "isqrt" => {
                self.one_argument(full, &args)?;
                let n = self.index_big(args[0])?;
                if n.is_negative() {
                    return self.err(TypeId::ValueError, "isqrt() argument must be nonnegative");
                }
                Ok(self.int_big(n.sqrt()))
            }
            "comb" | "perm" => {
                // perm(n, k=None); comb(n, k).
                let min = if name == "perm" { 1 } else { 2 };
                self.arity(name, &args, min, 2)?;
                let n = self.index_big(args[0])?;
                let k = match args.get(1) {
                    Some(&k) if name == "perm" && matches!(self.heap.get(k), Obj::None) => None,
                    Some(&k) => Some(self.index_big(k)?),
                    None => None,
                };
                if n.is_negative() {
                    return self.err(TypeId::ValueError, "n must be a non-negative integer");
                }
                let k = match k {
                    Some(k) if k.is_negative() => {
                        return self.err(TypeId::ValueError, "k must be a non-negative integer");
                    }
                    Some(k) => k,
                    None => n.clone(),
                };
                if k > n {
                    return Ok(self.int(0));
                }
                let (Some(n), Some(k)) = (n.to_u64(), k.to_u64()) else {
                    return self.unsupported(&format!("math.{name}() of numbers this large"));
                };
                let k = if name == "comb" { k.min(n - k) } else { k };
                if k > 100_000 {
                    return self.unsupported(&format!("math.{name}() of numbers this large"));
                }
                let mut r = BigInt::one();
                for i in 0..k {
                    r *= n - i;
                    if name == "comb" {
                        r /= i + 1;
                    }
                }
                Ok(self.int_big(r))
            }
            "prod" => {
                if args.len() != 1 {
                    return self.type_error(format!(
                        "prod() takes exactly 1 positional argument ({} given)",
                        args.len()
                    ));
                }
                let mut acc = self.int(1);
                for (k, v) in &kwargs {
                    if k != "start" {
                        return self.type_error(format!(
                            "'{k}' is an invalid keyword argument for prod()"
                        ));
                    }
                    acc = *v;
                }
                let items = self.collect_iterable(args[0])?;
                for item in items {
                    acc = self.binary(crate::frontend::code::BinOp::Mul, acc, item)?;
                }
                Ok(acc)
            }
            _ => self.unsupported(&format!("{full}()")),
        }
    }

    /// A METH_O function's argument count (`cfunction_vectorcall_O`).
    fn one_argument(&mut self, full: &str, args: &[ObjId]) -> PyResult<()> {
        if args.len() != 1 {
            return self.type_error(format!(
                "{full}() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        Ok(())
    }

    fn two_doubles(&mut self, name: &str, args: &[ObjId]) -> PyResult<(f64, f64)> {
        self.arity(name, args, 2, 2)?;
        Ok((self.as_double(args[0])?, self.as_double(args[1])?))
    }

    /// An argument as a C double.
    // mirrors PyFloat_AsDouble() in Objects/floatobject.c
    pub(crate) fn as_double(&mut self, id: ObjId) -> PyResult<f64> {
        match self.num(id) {
            Some(n) => super::ops::num_to_f64(self, &n),
            None if matches!(self.heap.get(id), Obj::Instance(_)) => {
                self.unsupported("converting an instance to float (__float__, __index__)")
            }
            None => {
                let tn = self.type_name(id);
                self.type_error(format!("must be real number, not {tn}"))
            }
        }
    }

    /// An argument through `__index__`, as an int.
    fn index_big(&mut self, id: ObjId) -> PyResult<BigInt> {
        match self.as_bigint(id) {
            Some(n) => Ok(n),
            None if matches!(self.heap.get(id), Obj::Instance(_)) => {
                self.unsupported("the special method __index__")
            }
            None => {
                let tn = self.type_name(id);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    fn float_to_int(&mut self, x: f64) -> PyResult {
        match numeric::float_to_bigint(x) {
            Ok(n) => Ok(self.int_big(n)),
            Err(m) if x.is_nan() => self.err(TypeId::ValueError, m),
            Err(m) => self.err(TypeId::OverflowError, m),
        }
    }

    fn math_error<T>(&mut self, e: MathError) -> PyResult<T> {
        match e {
            MathError::Domain => self.err(TypeId::ValueError, "math domain error"),
            MathError::Range => self.err(TypeId::OverflowError, "math range error"),
        }
    }

    /// The logarithm of an int of any size, or of a float.
    // mirrors loghelper() in Modules/mathmodule.c
    fn log_helper(&mut self, x: ObjId, f: fn(f64) -> f64) -> PyResult<f64> {
        if matches!(self.heap.get(x), Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)) {
            let n = self.as_bigint(x).unwrap_or_default();
            if !n.is_positive() {
                return self.math_error(MathError::Domain);
            }
            if let Ok(v) = numeric::int_to_f64(&n) {
                return Ok(f(v));
            }
            // Too large for a double: log(m * 2**e) = log(m) + log(2) * e.
            let (m, e) = long_frexp(&n);
            return Ok(f(m) + f(2.0) * e as f64);
        }
        let v = self.as_double(x)?;
        // mirrors m_log() / m_log2() / m_log10(): zero and negatives are domain errors.
        if v.is_nan() {
            return Ok(v);
        }
        if v <= 0.0 {
            return self.math_error(MathError::Domain);
        }
        Ok(f(v))
    }

    // mirrors math_isclose_impl()
    fn math_isclose(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if args.len() > 2 {
            return self.type_error(format!(
                "isclose() takes exactly 2 positional arguments ({} given)",
                args.len()
            ));
        }
        let (mut a, mut b, mut rel, mut abs) =
            (args.first().copied(), args.get(1).copied(), None, None);
        for (k, v) in &kwargs {
            let slot = match k.as_str() {
                "a" if a.is_none() => &mut a,
                "b" if b.is_none() => &mut b,
                "rel_tol" => &mut rel,
                "abs_tol" => &mut abs,
                _ => return self.unsupported("this keyword argument to math.isclose()"),
            };
            *slot = Some(*v);
        }
        let Some(a) = a else {
            return self.type_error("isclose() missing required argument 'a' (pos 1)");
        };
        let Some(b) = b else {
            return self.type_error("isclose() missing required argument 'b' (pos 2)");
        };
        let a = self.as_double(a)?;
        let b = self.as_double(b)?;
        let rel = match rel {
            Some(r) => self.as_double(r)?,
            None => 1e-9,
        };
        let abs = match abs {
            Some(r) => self.as_double(r)?,
            None => 0.0,
        };
        if rel < 0.0 || abs < 0.0 {
            return self.err(TypeId::ValueError, "tolerances must be non-negative");
        }
        if a == b {
            return Ok(self.bool(true));
        }
        if a.is_infinite() || b.is_infinite() {
            return Ok(self.bool(false));
        }
        let diff = (b - a).abs();
        let close = (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs;
        Ok(self.bool(close))
    }
}

/// `math.pow(x, y)`: IEEE special cases by hand, the rest by the C library.
// mirrors math_pow_impl() in Modules/mathmodule.c
fn math_pow(x: f64, y: f64) -> Result<f64, MathError> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1`; zero, infinities and NaN as they are.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `2**k` for `-1022 <= k <= 1023`, built from its bits.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// C's `ldexp`: `x * 2**e`, rounded once (into the subnormals when it gets there).
fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let e = ex.saturating_add(e);
    if e > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if e >= -1021 {
        // Both steps exact: the result is a normal double.
        return m * pow2(e - 1) * 2.0;
    }
    if e < -1100 {
        return 0.0f64.copysign(x);
    }
    // Exact into the normal range, then one rounding into the subnormals.
    m * pow2(e + 1022) * pow2(-1022)
}

/// A positive int too large for a double as `m * 2**e`, `m` a double in `[0.5, 1)`
/// correctly rounded.
// mirrors _PyLong_Frexp() in Objects/longobject.c
fn long_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    // 55 bits of the top, and a sticky bit for everything shifted out: converting that
    // to a double rounds half to even exactly as rounding the whole int would.
    let shift = bits - 55;
    let top: BigInt = n >> shift as usize;
    let rest_nonzero = (n - (&top << shift as usize)) != BigInt::zero();
    let top = top.to_u64().unwrap_or(0) | u64::from(rest_nonzero);
    let mut m = top as f64 / 2f64.powi(55);
    let mut e = bits;
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    (m, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(0.0), (0.0, 0));
    }

    #[test]
    fn ldexp_rounds_once() {
        assert_eq!(ldexp(1.0, 5), 32.0);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.5, -1074), 1e-323);
        assert!(ldexp(1.0, 1024).is_infinite());
        assert_eq!(ldexp(2f64.powi(-1000), 2000), 2f64.powi(1000));
    }

    #[test]
    fn long_frexp_of_a_power_of_two() {
        let n = BigInt::one() << 2000usize;
        assert_eq!(long_frexp(&n), (0.5, 2001));
    }
}
