//! CPython 3.11's arithmetic corner cases for int and float: correctly rounded true
//! division, floor division and modulo sign rules, `float ** float`, `round()`, and
//! int ↔ float conversion with CPython's error messages.
//!
//! Errors are returned as the exception message (`&'static str`); the exception type
//! each one maps to is documented on the function.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// Multiplies `m` (an integer below 2**54) by `2**k` for `k >= -1074`, exactly when the
/// result is representable.
fn ldexp(m: f64, k: i64) -> f64 {
    if k > 1023 {
        return m * f64::from_bits(((1023 + 1023) as u64) << 52) * ldexp(1.0, k - 1023);
    }
    if k >= -1022 {
        return m * f64::from_bits(((k + 1023) as u64) << 52);
    }
    // Go through a normal intermediate so the only rounding is the final one.
    ldexp(m, k + 60) * f64::from_bits(((-60 + 1023) as u64) << 52)
}

/// Correctly rounds the non-negative rational `num / den` (den > 0) to an f64, or `None`
/// if it overflows.
fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    let e = num.bits() as i64 - den.bits() as i64;
    // Choose the shift so the integer quotient has at least 55 bits.
    let s = 55 - e;
    let (n, d) = if s >= 0 {
        (num << (s as u64), den.clone())
    } else {
        (num.clone(), den << ((-s) as u64))
    };
    let (q, r) = n.div_rem(&d);
    let qbits = q.bits() as i64;
    let top = qbits - 1 - s; // exponent of the leading bit of the result
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let drop = (lsb + s) as u64; // >= 2 by construction
    let mut m = (&q >> drop).to_u64().unwrap_or(0);
    let rest = &q - (BigUint::from(m) << drop);
    let half = BigUint::one() << (drop - 1);
    let sticky = !r.is_zero();
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let v = ldexp(m as f64, lsb);
    if v.is_infinite() { None } else { Some(v) }
}

/// `int / int`: correctly rounded true division.
/// Errors: ZeroDivisionError "division by zero", OverflowError "integer division result
/// too large for a float".
// mirrors long_true_divide() in Objects/longobject.c
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
    if b.is_zero() {
        return Err("division by zero");
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let v = ratio_to_f64(a.magnitude(), b.magnitude())
        .ok_or("integer division result too large for a float")?;
    Ok(if negate { -v } else { v })
}

/// `float(int)`: correctly rounded (ties to even).
/// Error: OverflowError "int too large to convert to float".
// mirrors PyLong_AsDouble() in Objects/longobject.c
pub fn int_to_f64(v: &BigInt) -> Result<f64, &'static str> {
    let m =
        ratio_to_f64(v.magnitude(), &BigUint::one()).ok_or("int too large to convert to float")?;
    Ok(if v.sign() == Sign::Minus { -m } else { m })
}

/// The shared core of `//`, `%` and `divmod()` for floats (`b != 0`).
// mirrors _float_div_mod() in Objects/floatobject.c
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats. Error: ZeroDivisionError "float floor division by zero".
// mirrors float_floor_div() in Objects/floatobject.c
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, &'static str> {
    if b == 0.0 {
        return Err("float floor division by zero");
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats: the result takes the divisor's sign (zero results too).
/// Error: ZeroDivisionError "float modulo".
// mirrors float_rem() in Objects/floatobject.c
pub fn float_mod(a: f64, b: f64) -> Result<f64, &'static str> {
    if b == 0.0 {
        return Err("float modulo");
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats. Error: ZeroDivisionError "float divmod()".
// mirrors float_divmod() in Objects/floatobject.c
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), &'static str> {
    if b == 0.0 {
        return Err("float divmod()");
    }
    Ok(div_mod(a, b))
}

/// Why `float ** float` did not produce a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// ZeroDivisionError "0.0 cannot be raised to a negative power".
    ZeroToNegative,
    /// A negative base with a fractional exponent: CPython delegates to complex `**`.
    Complex,
    /// OverflowError `(34, 'Numerical result out of range')`.
    Overflow,
}

impl PowError {
    /// The exception message CPython shows (`str(exc)`); `Complex` has none.
    pub fn message(self) -> &'static str {
        match self {
            PowError::ZeroToNegative => "0.0 cannot be raised to a negative power",
            PowError::Complex => "complex",
            PowError::Overflow => "[Errno 34] Numerical result out of range",
        }
    }
}

/// `DOUBLE_IS_ODD_INTEGER(x)`: `fmod(fabs(x), 2.0) == 1.0`.
fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// `a ** b` for floats, with CPython's special cases ahead of libm `pow()`.
// mirrors float_pow() in Objects/floatobject.c
pub fn float_pow(a: f64, b: f64) -> Result<f64, PowError> {
    let (mut iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        iv = iv.abs();
        return Ok(if iv == 1.0 {
            1.0
        } else if (iw > 0.0) == (iv > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PowError::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -ix } else { ix })
}

/// Splits a finite float into `(negative, m, e)` with `|v| = m * 2**e` exactly.
fn decompose(v: f64) -> (bool, u64, i64) {
    let bits = v.to_bits();
    let neg = bits >> 63 == 1;
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp_field == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1 << 52), exp_field - 1075)
    }
}

/// `float.is_integer()`.
// mirrors float_is_integer_impl() in Objects/floatobject.c
pub fn float_is_integer(v: f64) -> bool {
    v.is_finite() && v.floor() == v
}

/// `int(float)`: truncation toward zero. Errors: OverflowError "cannot convert float
/// infinity to integer", ValueError "cannot convert float NaN to integer".
// mirrors PyLong_FromDouble() in Objects/longobject.c
pub fn float_to_bigint(v: f64) -> Result<BigInt, &'static str> {
    if v.is_infinite() {
        return Err("cannot convert float infinity to integer");
    }
    if v.is_nan() {
        return Err("cannot convert float NaN to integer");
    }
    let (neg, m, e) = decompose(v.trunc());
    let mag = if e >= 0 {
        BigInt::from(m) << (e as u64)
    } else {
        BigInt::from(m >> (-e).min(63))
    };
    Ok(if neg { -mag } else { mag })
}

/// The result of `round()` on a float.
#[derive(Clone, Debug, PartialEq)]
pub enum Rounded {
    /// `round(x)` / `round(x, None)` returns an int.
    Int(BigInt),
    /// `round(x, n)` returns a float.
    Float(f64),
}

/// `round(x)` (half to even, returns an int) or `round(x, ndigits)` (correctly rounded
/// to `ndigits` decimal places, returns a float). Errors: "cannot convert float
/// infinity to integer" (OverflowError), "cannot convert float NaN to integer"
/// (ValueError), "rounded value too large to represent" (OverflowError).
// mirrors float___round___impl() and double_round() in Objects/floatobject.c
pub fn round_float(v: f64, ndigits: Option<i64>) -> Result<Rounded, &'static str> {
    let Some(nd) = ndigits else {
        let mut rounded = v.round();
        if (v - rounded).abs() == 0.5 {
            rounded = 2.0 * (v / 2.0).round();
        }
        return float_to_bigint(rounded).map(Rounded::Int);
    };
    if !v.is_finite() {
        return Ok(Rounded::Float(v));
    }
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if nd > NDIGITS_MAX {
        return Ok(Rounded::Float(v));
    }
    if nd < NDIGITS_MIN {
        return Ok(Rounded::Float(0.0 * v));
    }
    // Exact: |v| * 10**nd = num / den, rounded half-even to an integer N, then the
    // string "[-]Ne{-nd}" is converted back with a correctly rounded strtod.
    let (neg, m, e) = decompose(v);
    let ten = BigUint::from(10u32);
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if nd >= 0 {
        num *= ten.pow(nd as u32);
    } else {
        den *= ten.pow((-nd) as u32);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let text = format!("{}{}e{}", if neg { "-" } else { "" }, q, -nd);
    let rounded: f64 = text.parse().unwrap_or(f64::INFINITY);
    if rounded.is_infinite() {
        return Err("rounded value too large to represent");
    }
    Ok(Rounded::Float(rounded))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap_or_default()
    }

    fn pow10(n: u32) -> BigInt {
        BigInt::from(10).pow(n)
    }

    #[test]
    fn true_division() {
        assert_eq!(int_true_div(&big("1"), &big("3")), Ok(1.0 / 3.0));
        assert_eq!(
            int_true_div(&big("0"), &big("-5")).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(
            int_true_div(&big("0"), &big("5")).map(f64::to_bits),
            Ok(0.0f64.to_bits())
        );
        assert_eq!(int_true_div(&big("1"), &pow10(400)), Ok(0.0));
        assert_eq!(
            int_true_div(&big("-1"), &pow10(400)).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(
            int_true_div(&pow10(400), &big("1")),
            Err("integer division result too large for a float")
        );
        assert_eq!(int_true_div(&big("1"), &big("0")), Err("division by zero"));
        // Values checked with python3.11: repr(a / b).
        assert_eq!(
            int_true_div(&(pow10(30) + 1), &big("7")),
            Ok(1.4285714285714285e29)
        );
        assert_eq!(
            int_true_div(&big("9007199254740993"), &big("1")),
            Ok(9007199254740992.0)
        );
        assert_eq!(
            int_true_div(&big("9007199254740995"), &big("1")),
            Ok(9007199254740996.0)
        );
        assert_eq!(
            int_true_div(&big("1"), &(BigInt::from(2).pow(1074u32))),
            Ok(5e-324)
        );
        assert_eq!(
            int_true_div(&big("1"), &(BigInt::from(2).pow(1075u32))),
            Ok(0.0)
        );
        assert_eq!(
            int_true_div(&big("3"), &(BigInt::from(2).pow(1076u32))),
            Ok(5e-324)
        );
        assert_eq!(
            int_true_div(&pow10(320), &pow10(10)),
            Err("integer division result too large for a float")
        );
        assert_eq!(int_true_div(&pow10(318), &pow10(10)), Ok(1e308));
    }

    #[test]
    fn int_to_float() {
        assert_eq!(
            int_to_f64(&pow10(400)),
            Err("int too large to convert to float")
        );
        assert_eq!(
            int_to_f64(&big("-9007199254740993")),
            Ok(-9007199254740992.0)
        );
        assert_eq!(
            int_to_f64(&(BigInt::from(2).pow(1024u32) - BigInt::from(2).pow(970u32))),
            Err("int too large to convert to float")
        );
        assert_eq!(
            int_to_f64(&(BigInt::from(2).pow(1024u32) - BigInt::from(2).pow(971u32))),
            Ok(f64::MAX)
        );
    }

    #[test]
    fn floor_div_and_mod() {
        // (a, b, a // b, a % b) checked with python3.11.
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.0, 2.0, 3.0, 1.0),
            (-7.0, 2.0, -4.0, 1.0),
            (7.0, -2.0, -4.0, -1.0),
            (-7.0, -2.0, 3.0, -1.0),
            (0.0, -3.0, -0.0, -0.0),
            (-0.0, 3.0, -0.0, 0.0),
            (6.0, -3.0, -2.0, -0.0),
            (1.0, 0.1, 9.0, 0.09999999999999995),
            (-1e-300, 1e300, -1.0, 1e300),
            (5.5, f64::INFINITY, 0.0, 5.5),
        ];
        for &(a, b, q, r) in cases {
            let got_q = float_floordiv(a, b).unwrap_or(f64::NAN);
            let got_r = float_mod(a, b).unwrap_or(f64::NAN);
            assert_eq!(got_q.to_bits(), q.to_bits(), "{a} // {b} = {got_q}");
            assert_eq!(got_r.to_bits(), r.to_bits(), "{a} % {b} = {got_r}");
            assert_eq!(
                float_divmod(a, b).map(|(x, y)| (x.to_bits(), y.to_bits())),
                Ok((q.to_bits(), r.to_bits()))
            );
        }
        assert_eq!(
            float_floordiv(1.0, 0.0),
            Err("float floor division by zero")
        );
        assert_eq!(float_mod(1.0, -0.0), Err("float modulo"));
        assert_eq!(float_divmod(1.0, 0.0), Err("float divmod()"));
    }

    #[test]
    fn powers() {
        assert_eq!(float_pow(0.0, -1.0), Err(PowError::ZeroToNegative));
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(PowError::Complex));
        assert_eq!(float_pow(10.0, 400.0), Err(PowError::Overflow));
        assert_eq!(float_pow(2.0, 0.5), Ok(std::f64::consts::SQRT_2));
        assert_eq!(float_pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(
            float_pow(-0.0, 3.0).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(float_pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(
            float_pow(f64::NEG_INFINITY, -3.0).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(float_pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(float_pow(10.0, -400.0), Ok(0.0));
    }

    #[test]
    fn conversions() {
        assert_eq!(float_to_bigint(-2.9), Ok(big("-2")));
        assert_eq!(float_to_bigint(1e20), Ok(big("100000000000000000000")));
        assert_eq!(float_to_bigint(1e300).map(|b| b.to_string().len()), Ok(301));
        assert_eq!(
            float_to_bigint(f64::INFINITY),
            Err("cannot convert float infinity to integer")
        );
        assert_eq!(
            float_to_bigint(f64::NAN),
            Err("cannot convert float NaN to integer")
        );
        assert_eq!(float_to_bigint(5e-324), Ok(big("0")));
        assert!(
            float_is_integer(3.0) && !float_is_integer(3.5) && !float_is_integer(f64::INFINITY)
        );
    }

    #[test]
    fn rounding() {
        let int = |v: f64| round_float(v, None);
        assert_eq!(int(2.5), Ok(Rounded::Int(big("2"))));
        assert_eq!(int(3.5), Ok(Rounded::Int(big("4"))));
        assert_eq!(int(-0.4), Ok(Rounded::Int(big("0"))));
        assert_eq!(int(-2.5), Ok(Rounded::Int(big("-2"))));
        assert_eq!(
            int(f64::INFINITY),
            Err("cannot convert float infinity to integer")
        );
        assert_eq!(int(f64::NAN), Err("cannot convert float NaN to integer"));
        // (x, n, round(x, n)) checked with python3.11.
        let cases: &[(f64, i64, f64)] = &[
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.675, 2, 2.67),
            (1234.5, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (-0.001, 2, -0.0),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (123.456, 1, 123.5),
            (1e300, -301, 0.0),
            (f64::INFINITY, 2, f64::INFINITY),
            (-7.0, -400, -0.0),
        ];
        for &(x, n, want) in cases {
            match round_float(x, Some(n)) {
                Ok(Rounded::Float(got)) => {
                    assert_eq!(got.to_bits(), want.to_bits(), "round({x}, {n}) = {got}")
                }
                other => panic!("round({x}, {n}) = {other:?}"),
            }
        }
        assert_eq!(
            round_float(1.7976931348623157e308, Some(-308)),
            Err("rounded value too large to represent")
        );
    }
}
