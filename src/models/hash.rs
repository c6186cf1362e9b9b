//! `hash()` exactly as CPython 3.11 computes it on 64-bit Linux
//! (`sys.hash_info`: modulus 2**61-1, inf 314159, algorithm siphash13, cutoff 0).
//!
//! - int: `long_hash()` in Objects/longobject.c — the value reduced modulo 2**61-1, signed.
//! - float: `_Py_HashDouble()` in Python/pyhash.c — the same rational reduction.
//! - str/bytes: `_Py_HashBytes()` — SipHash-1-3 (the `siphasher` crate) keyed by the
//!   PYTHONHASHSEED-derived secret, over the PEP 393 buffer (1, 2 or 4 bytes per char).
//! - tuple: `tuplehash()` in Objects/tupleobject.c (the xxHash-based 3.8+ algorithm).
//! - frozenset: `frozenset_hash()` in Objects/setobject.c.
//! - everything identity-hashed: `_Py_HashPointer()` (rotate right by 4).
//!
//! Every function maps a result of -1 to -2, as CPython reserves -1 for errors.

use num_bigint::{BigInt, Sign};
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `_PyHASH_BITS`.
const BITS: u32 = 61;
/// `_PyHASH_INF`.
pub const HASH_INF: i64 = 314159;

/// The SipHash key (`_Py_HashSecret.siphash.k0/k1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct HashSecret {
    pub k0: u64,
    pub k1: u64,
}

impl HashSecret {
    /// The key for a PYTHONHASHSEED value: 0 disables randomisation (zero key); any other
    /// value fills the 24-byte secret with `lcg_urandom()` (Python/bootstrap_hash.c),
    /// whose first 16 bytes are k0 and k1 (little-endian).
    pub fn from_seed(seed: u32) -> Self {
        if seed == 0 {
            return HashSecret::default();
        }
        let mut x: u32 = seed;
        let mut bytes = [0u8; 16];
        for b in bytes.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = ((x >> 16) & 0xff) as u8;
        }
        let k0 = u64::from_le_bytes(bytes[0..8].try_into().unwrap_or_default());
        let k1 = u64::from_le_bytes(bytes[8..16].try_into().unwrap_or_default());
        HashSecret { k0, k1 }
    }
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for an int that fits in 64 bits (mirrors `long_hash()`).
pub fn hash_i64(v: i64) -> i64 {
    let a = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(a as i64) } else { a as i64 };
    fix_minus_one(h)
}

/// `hash(n)` for any int (mirrors `long_hash()`: digit-wise reduction modulo 2**61-1).
pub fn hash_bigint(v: &BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    // Reduce the magnitude modulo 2**61-1; 2**64 ≡ 2**3 (mod 2**61-1).
    let mut acc: u128 = 0;
    for &d in digits.iter().rev() {
        acc = ((acc << 64) | d as u128) % MODULUS as u128;
    }
    let a = acc as i64;
    let h = if sign == Sign::Minus { -a } else { a };
    fix_minus_one(h)
}

/// `hash(x)` for a float (mirrors `_Py_HashDouble()`); `None` for NaN, whose hash is the
/// object's address in 3.10+.
pub fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    // Adjust for the exponent: multiply by 2**e modulo the prime.
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = x as i64 * sign;
    Some(fix_minus_one(h))
}

/// C's `frexp()`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// The number of bytes per character of a str's PEP 393 buffer.
pub fn pep393_width(s: &str) -> u8 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    }
}

/// `_Py_HashBytes()`: SipHash-1-3 of the bytes; 0 for empty input.
pub fn hash_bytes(b: &[u8], secret: &HashSecret) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(secret.k0, secret.k1);
    h.write(b);
    fix_minus_one(h.finish() as i64)
}

/// `hash(s)` for a str: `_Py_HashBytes` over its PEP 393 representation.
pub fn hash_str(s: &str, secret: &HashSecret) -> i64 {
    match pep393_width(s) {
        1 => {
            if s.is_ascii() {
                hash_bytes(s.as_bytes(), secret)
            } else {
                let buf: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
                hash_bytes(&buf, secret)
            }
        }
        2 => {
            let mut buf = Vec::with_capacity(s.len() * 2);
            for c in s.chars() {
                buf.extend_from_slice(&(c as u32 as u16).to_le_bytes());
            }
            hash_bytes(&buf, secret)
        }
        _ => {
            let mut buf = Vec::with_capacity(s.len() * 4);
            for c in s.chars() {
                buf.extend_from_slice(&(c as u32).to_le_bytes());
            }
            hash_bytes(&buf, secret)
        }
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `tuplehash()` given the items' hashes.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc: u64 = XXPRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `frozenset_hash()` given the elements' hashes (order does not matter).
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in item_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (item_hashes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// `_Py_HashPointer()`: the address rotated right by 4 bits.
pub fn hash_pointer(addr: u64) -> i64 {
    fix_minus_one(addr.rotate_right(4) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_one_key_matches_cpython() {
        assert_eq!(HashSecret::from_seed(1).k0, 0xaed66ce184be2329);
    }

    #[test]
    fn apple_under_seed_zero() {
        assert_eq!(
            hash_str("apple", &HashSecret::default()),
            -2003999543335776700
        );
        assert_eq!(
            hash_str("pear", &HashSecret::default()),
            3751709727703142314
        );
    }

    #[test]
    fn ints_reduce_modulo_the_mersenne_prime() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        let two61: BigInt = BigInt::from(1) << 61;
        let two64: BigInt = BigInt::from(1) << 64;
        assert_eq!(hash_bigint(&two61), 1);
        assert_eq!(hash_bigint(&two64), 8);
        assert_eq!(hash_bigint(&-two64), -8);
    }

    #[test]
    fn floats_follow_the_rational_reduction() {
        assert_eq!(hash_float(1.5), Some(1152921504606846977));
        assert_eq!(hash_float(-0.0), Some(0));
        assert_eq!(hash_float(2.0), Some(2));
        assert_eq!(hash_float(f64::INFINITY), Some(314159));
        assert_eq!(hash_float(f64::NAN), None);
    }
}
