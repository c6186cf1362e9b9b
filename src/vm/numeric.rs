//! CPython's arithmetic corner cases: correctly rounded int/int true division
//! (`long_true_divide`), float floor division and modulo (`float_divmod`), `float_pow`'s
//! special cases, int↔float conversion and `round()`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

/// Why `**` on floats failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// `0.0 ** negative`.
    ZeroToNegative,
    /// A negative base to a fractional power (a complex result).
    Complex,
    /// The result overflows.
    Overflow,
}

/// `int(x)` → float, with CPython's overflow error.
pub fn int_to_f64(v: &BigInt) -> Result<f64, &'static str> {
    // to_f64 rounds to nearest-even like CPython's _PyLong_Frexp-based conversion.
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err("int too large to convert to float"),
    }
}

/// `a / b` for ints: the correctly rounded quotient (`long_true_divide`).
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
    if b.is_zero() {
        return Err("division by zero");
    }
    // Fast path when both are exactly representable.
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Ok(x as f64 / y as f64);
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the integer quotient has 55+ significant bits, then round once.
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (num, den) = if shift > 0 {
        (a.clone(), &b << shift as usize)
    } else {
        (&a << (-shift) as usize, b.clone())
    };
    let (q, r) = num.div_rem(&den);
    // q has 55 or 56 bits; fold the remainder into a sticky bit so rounding is exact.
    let sticky = if r.is_zero() { BigInt::zero() } else { BigInt::from(1) };
    let q = (q << 1) | sticky;
    let qf = round_big_to_f64(&q);
    let exp = shift - 1;
    let result = if exp > 1100 {
        f64::INFINITY
    } else if exp < -1200 {
        0.0
    } else {
        qf * 2f64.powi(exp as i32)
    };
    if result.is_infinite() {
        return Err("integer division result too large for a float");
    }
    Ok(if neg { -result } else { result })
}

/// A big int → nearest f64 (ties to even), assuming it fits.
fn round_big_to_f64(v: &BigInt) -> f64 {
    v.to_f64().unwrap_or(f64::INFINITY)
}

/// `float_divmod()`: Python's floor division and modulo for floats.
pub fn float_divmod(vx: f64, wx: f64) -> Result<(f64, f64), &'static str> {
    if wx == 0.0 {
        return Err("float divmod()");
    }
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
    Ok((floordiv, m))
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, &'static str> {
    if b == 0.0 {
        return Err("float floor division by zero");
    }
    Ok(float_divmod(a, b)?.0)
}

/// `a % b` for floats (`float_rem`).
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

/// `a ** b` for floats (`float_pow`).
pub fn float_pow(a: f64, b: f64) -> Result<f64, PowError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(PowError::ZeroToNegative);
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return Err(PowError::Complex);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}

/// `int(float)`: truncation, with CPython's errors.
pub fn float_to_bigint(v: f64) -> Result<BigInt, &'static str> {
    if v.is_nan() {
        return Err("cannot convert float NaN to integer");
    }
    if v.is_infinite() {
        return Err("cannot convert float infinity to integer");
    }
    BigInt::from_f64(v.trunc()).ok_or("cannot convert float to integer")
}

/// `round(x)` (ties to even) and `round(x, n)` (`double_round`: correctly rounded via the
/// shortest decimal string, as CPython does with `_Py_dg_dtoa` mode 3).
pub fn round_float(v: f64, ndigits: Option<i64>) -> Result<f64, &'static str> {
    match ndigits {
        None => {
            if !v.is_finite() {
                return Err(if v.is_nan() {
                    "cannot convert float NaN to integer"
                } else {
                    "cannot convert float infinity to integer"
                });
            }
            let r = v.round();
            // Ties go to even.
            Ok(if (v - v.trunc()).abs() == 0.5 {
                2.0 * (v / 2.0).round()
            } else {
                r
            })
        }
        Some(n) => {
            if !v.is_finite() || v == 0.0 {
                return Ok(v);
            }
            if n > 323 {
                return Ok(v);
            }
            if n < -308 {
                return Ok(0.0f64.copysign(v));
            }
            // Correct rounding of the exact binary value to n decimal places.
            let s = if n >= 0 {
                format!("{:.*}", n as usize, v)
            } else {
                let scale = 10f64.powi((-n) as i32);
                let q = v / scale;
                let r = round_float(q, None)?;
                return Ok(r * scale);
            };
            s.parse::<f64>().map_err(|_| "round failed")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(float_floordiv(-5.0, 3.0), Ok(-2.0));
        assert_eq!(float_mod(-5.0, 3.0), Ok(1.0));
        assert_eq!(float_mod(5.0, -3.0), Ok(-1.0));
        assert_eq!(float_divmod(7.5, 2.0), Ok((3.0, 1.5)));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.5, None), Ok(2.0));
        assert_eq!(round_float(3.5, None), Ok(4.0));
        assert_eq!(round_float(2.675, Some(2)), Ok(2.67));
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let a = BigInt::from(10).pow(30);
        let b = BigInt::from(3);
        assert_eq!(int_true_div(&a, &b), Ok(3.333333333333333e29));
    }
}
