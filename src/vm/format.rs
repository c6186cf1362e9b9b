//! TEMPORARY placeholder.
use num_bigint::BigInt;
pub fn float_repr(v: f64) -> String { format!("{v:?}") }
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> { BigInt::parse_bytes(s.trim().as_bytes(), if base == 0 { 10 } else { base }) }
pub fn parse_float(s: &str) -> Option<f64> { s.trim().parse().ok() }
pub fn format_int(v: &BigInt, _spec: &str) -> Result<String, String> { Ok(v.to_string()) }
pub fn format_float(v: f64, _spec: &str) -> Result<String, String> { Ok(float_repr(v)) }
pub fn format_str(v: &str, _spec: &str) -> Result<String, String> { Ok(v.to_string()) }
pub enum Width { Star, Fixed(usize) }
pub struct PercentSpec { pub key: Option<String>, pub width: Option<Width>, pub precision: Option<Width>, pub conv: char }
pub enum PercentPiece { Literal(String), Spec(PercentSpec) }
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> { Ok(vec![PercentPiece::Literal(fmt.to_string())]) }
pub fn percent_int(v: &BigInt, _s: &PercentSpec, _w: Option<usize>, _p: Option<usize>) -> String { v.to_string() }
pub fn percent_float(v: f64, _s: &PercentSpec, _w: Option<usize>, _p: Option<usize>) -> String { v.to_string() }
pub fn percent_pad_str(v: &str, _s: &PercentSpec, _w: Option<usize>, _p: Option<usize>) -> String { v.to_string() }
