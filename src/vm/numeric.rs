//! TEMPORARY placeholder.
use num_bigint::BigInt;
use num_traits::ToPrimitive;
pub enum PowError { ZeroToNegative, Complex, Overflow }
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> { if b == &BigInt::from(0) { return Err("division by zero") } Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)) }
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, &'static str> { if b == 0.0 { return Err("float floor division by zero") } Ok((a / b).floor()) }
pub fn float_mod(a: f64, b: f64) -> Result<f64, &'static str> { if b == 0.0 { return Err("float modulo") } Ok(a - b * (a / b).floor()) }
pub fn float_pow(a: f64, b: f64) -> Result<f64, PowError> { Ok(a.powf(b)) }
pub fn int_to_f64(v: &BigInt) -> Result<f64, &'static str> { v.to_f64().ok_or("int too large to convert to float") }
pub fn round_float(v: f64, _n: Option<i64>) -> Result<f64, &'static str> { Ok(v.round()) }
pub fn float_to_bigint(v: f64) -> Result<BigInt, &'static str> { BigInt::from_f64_checked(v) }
trait F { fn from_f64_checked(v: f64) -> Result<BigInt, &'static str>; }
impl F for BigInt { fn from_f64_checked(v: f64) -> Result<BigInt, &'static str> { num_traits::FromPrimitive::from_f64(v.trunc()).ok_or("cannot convert float infinity to integer") } }
