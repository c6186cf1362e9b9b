//! TEMPORARY placeholder.
use num_bigint::BigInt;
#[derive(Clone, Copy, Debug)]
pub struct HashSecret { pub k0: u64, pub k1: u64 }
impl HashSecret { pub fn from_seed(_s: u32) -> Self { HashSecret { k0: 0, k1: 0 } } }
pub fn hash_i64(v: i64) -> i64 { v }
pub fn hash_bigint(_v: &BigInt) -> i64 { 0 }
pub fn hash_float(v: f64) -> Option<i64> { Some(v as i64) }
pub fn hash_str(s: &str, _k: &HashSecret) -> i64 { s.len() as i64 }
pub fn hash_bytes(s: &[u8], _k: &HashSecret) -> i64 { s.len() as i64 }
pub fn hash_tuple(h: &[i64]) -> i64 { h.iter().sum() }
pub fn hash_frozenset(h: &[i64]) -> i64 { h.iter().sum() }
pub fn hash_pointer(a: u64) -> i64 { (a >> 4) as i64 }
pub fn pep393_width(_s: &str) -> u8 { 1 }
