//! The `random` module, seeded: the Mersenne Twister of `Modules/_randommodule.c` (its
//! `init_by_array`, `genrand_uint32`, `random()` and `getrandbits()`) and the Python
//! methods of `Lib/random.py` built on it (`_randbelow_with_getrandbits`, `randrange`,
//! `randint`, `choice`, `choices`, `shuffle`, `sample`, `uniform`), draw for draw.
//!
//! Until `random.seed(n)` runs the generator is seeded from the operating system, so
//! nothing it returns could be compared with CPython: those calls are refused. So are a
//! trace function and shown reference counts, which would see `random.py`'s frames and
//! temporaries.

use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::{BinOp, CmpOp};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

type Kw = Vec<(String, ObjId)>;

const N: usize = 624;
const M: usize = 397;

/// MT19937's state (`RandomObject`).
#[derive(Clone, Debug)]
pub struct Mt {
    state: Box<[u32; N]>,
    index: usize,
}

impl Mt {
    // mirrors init_genrand() in Modules/_randommodule.c
    fn init_genrand(s: u32) -> Mt {
        let mut mt = Box::new([0u32; N]);
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1812433253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            state: mt,
            index: N,
        }
    }

    // mirrors init_by_array()
    fn init_by_array(key: &[u32]) -> Mt {
        let mut m = Mt::init_genrand(19650218);
        let mt = &mut m.state;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        m
    }

    /// `random.seed(n)` for an int: its absolute value as 32-bit words, least
    /// significant first (at least one).
    // mirrors random_seed()
    fn from_int(n: &BigInt) -> Mt {
        let (_, mut words) = n.abs().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        Mt::init_by_array(&words)
    }

    // mirrors genrand_uint32()
    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { 0x9908_b0df };
        let mt = &mut self.state;
        if self.index >= N {
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    // mirrors random_random_impl()
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`: 32-bit words, least significant first, the last one cut.
    // mirrors _random_Random_getrandbits_impl()
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0`.
    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        let mut r = self.getrandbits(k);
        while &r >= n {
            r = self.getrandbits(k);
        }
        r
    }
}

/// The module's functions, by qualified name.
const FUNCTIONS: &[&str] = &[
    "random.seed",
    "random.random",
    "random.getrandbits",
    "random.randrange",
    "random.randint",
    "random.choice",
    "random.choices",
    "random.shuffle",
    "random.sample",
    "random.uniform",
];

impl Vm {
    pub(crate) fn random_attr(&mut self, name: &str) -> PyResult {
        let full = format!("random.{name}");
        match FUNCTIONS.iter().find(|f| **f == full) {
            Some(f) => Ok(self.heap.alloc(Obj::Builtin(Builtin(f)))),
            None => self.unsupported(&full),
        }
    }

    /// The generator, once `random.seed()` has made it reproducible.
    fn rng(&mut self) -> PyResult<&mut Mt> {
        self.refuse_hidden_python("random")?;
        if self.random_state.is_none() {
            return self.unsupported(
                "random numbers before random.seed(n) (CPython seeds from the operating system)",
            );
        }
        Ok(self.random_state.as_mut().expect("checked"))
    }

    fn randbelow_obj(&mut self, n: &BigInt) -> PyResult {
        let r = self.rng()?.randbelow(n);
        Ok(self.int_big(r))
    }

    /// An argument through `operator.index()`.
    fn random_index(&mut self, x: ObjId) -> PyResult<BigInt> {
        match self.as_bigint(x) {
            Some(n) => Ok(n),
            None => self.unsupported("a random.randrange() argument that is not an int"),
        }
    }

    pub(crate) fn call_random(&mut self, full: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let name = &full["random.".len()..];
        if !kwargs.is_empty() && !matches!(name, "choices" | "sample") {
            return self.unsupported(&format!("keyword arguments to {full}()"));
        }
        match name {
            "seed" => {
                if args.len() > 2 {
                    return self.type_error(format!(
                        "Random.seed() takes from 1 to 3 positional arguments but {} were given",
                        args.len() + 1
                    ));
                }
                if args.len() == 2 {
                    return self.unsupported("random.seed() with a version");
                }
                let Some(&a) = args.first() else {
                    return self.unsupported("random.seed() from the operating system");
                };
                let n = match self.heap.get(a) {
                    Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                        self.as_bigint(a).unwrap_or_default()
                    }
                    // random_seed(): any other hashable seed is its hash.
                    Obj::Float(_) => BigInt::from(self.hash(a)?),
                    _ => {
                        return self.unsupported("random.seed() of anything but an int or a float");
                    }
                };
                self.refuse_hidden_python("random")?;
                self.random_state = Some(Box::new(Mt::from_int(&n)));
                Ok(self.none)
            }
            "random" => {
                self.random_arity("random", &args, 0)?;
                let r = self.rng()?.random();
                Ok(self.float(r))
            }
            "getrandbits" => {
                self.random_arity("getrandbits", &args, 1)?;
                let k = self.index_value(args[0])?;
                if k < 0 {
                    return self.err(TypeId::ValueError, "number of bits must be non-negative");
                }
                let r = self.rng()?.getrandbits(k as u64);
                Ok(self.int_big(r))
            }
            "randrange" => {
                if args.is_empty() || args.len() > 3 {
                    return self.unsupported("random.randrange() with this many arguments");
                }
                self.randrange(&args)
            }
            "randint" => {
                if args.len() != 2 {
                    return self.unsupported("random.randint() without exactly two arguments");
                }
                let b = self.random_index(args[1])?;
                let stop = self.int_big(b + 1);
                self.randrange(&[args[0], stop])
            }
            "choice" => {
                self.random_arity("choice", &args, 1)?;
                let n = self.len_of(args[0])?;
                if n == 0 {
                    return self.err(TypeId::IndexError, "Cannot choose from an empty sequence");
                }
                let i = self.randbelow_obj(&BigInt::from(n))?;
                self.getitem(args[0], i)
            }
            "choices" => self.random_choices(&args, &kwargs),
            "shuffle" => {
                self.random_arity("shuffle", &args, 1)?;
                let x = args[0];
                let n = self.len_of(x)?;
                for i in (1..n).rev() {
                    let j = self.randbelow_obj(&BigInt::from(i + 1))?;
                    let j = self.as_i64(j).unwrap_or(0);
                    let (ii, jj) = (self.int(i as i64), self.int(j));
                    let (a, b) = (self.getitem(x, ii)?, self.getitem(x, jj)?);
                    self.setitem(x, ii, b)?;
                    self.setitem(x, jj, a)?;
                }
                Ok(self.none)
            }
            "sample" => self.random_sample(args, kwargs),
            "uniform" => {
                self.random_arity("uniform", &args, 2)?;
                let (a, b) = (self.as_double(args[0])?, self.as_double(args[1])?);
                let r = self.rng()?.random();
                Ok(self.float(a + (b - a) * r))
            }
            _ => self.unsupported(&format!("{full}()")),
        }
    }

    /// A wrong argument count is refused: the Python methods' messages (which name
    /// `Random.method()` and its parameters) are not reproduced.
    fn random_arity(&mut self, name: &str, args: &[ObjId], n: usize) -> PyResult<()> {
        if args.len() != n {
            return self.unsupported(&format!("random.{name}() with {} arguments", args.len()));
        }
        Ok(())
    }

    // mirrors Random.randrange() in Lib/random.py
    fn randrange(&mut self, args: &[ObjId]) -> PyResult {
        let start = self.random_index(args[0])?;
        let Some(&stop) = args.get(1) else {
            if start.is_positive() {
                return self.randbelow_obj(&start);
            }
            return self.err(TypeId::ValueError, "empty range for randrange()");
        };
        let stop = self.random_index(stop)?;
        let width = &stop - &start;
        let step = match args.get(2) {
            Some(&s) => self.random_index(s)?,
            None => BigInt::from(1),
        };
        if step == BigInt::from(1) {
            if width.is_positive() {
                let r = self.rng()?.randbelow(&width);
                return Ok(self.int_big(start + r));
            }
            return self.err(
                TypeId::ValueError,
                format!("empty range for randrange() ({start}, {stop}, {width})"),
            );
        }
        let n = if step.is_positive() {
            num_integer::Integer::div_floor(&(&width + &step - 1), &step)
        } else if step.is_negative() {
            num_integer::Integer::div_floor(&(&width + &step + 1), &step)
        } else {
            return self.err(TypeId::ValueError, "zero step for randrange()");
        };
        if !n.is_positive() {
            return self.err(TypeId::ValueError, "empty range for randrange()");
        }
        let r = self.rng()?.randbelow(&n);
        Ok(self.int_big(start + step * r))
    }

    // mirrors Random.sample() in Lib/random.py
    fn random_sample(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let mut k = args.get(1).copied();
        for (key, v) in &kwargs {
            match key.as_str() {
                "k" if k.is_none() => k = Some(*v),
                _ => return self.unsupported("random.sample() with counts"),
            }
        }
        let (Some(&population), Some(k)) = (args.first(), k) else {
            return self.unsupported("random.sample() without a population and k");
        };
        if matches!(
            self.heap.get(population),
            Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_)
        ) {
            return self
                .type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        if !matches!(
            self.heap.get(population),
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range { .. }
        ) {
            return self.unsupported(
                "random.sample() of a population that is not a list, tuple, str or range",
            );
        }
        let n = self.len_of(population)?;
        let k = self.index_value(k)?;
        if k < 0 || k as usize > n {
            return self.err(
                TypeId::ValueError,
                "Sample larger than population or is negative",
            );
        }
        let k = k as usize;
        let mut setsize = 21usize;
        if k > 5 {
            // 4 ** ceil(log(k * 3, 4)), with the floats CPython computes it with.
            let e = (((k * 3) as f64).ln() / 4f64.ln()).ceil();
            setsize += 4usize.pow(e as u32);
        }
        let mut result = Vec::with_capacity(k);
        if n <= setsize {
            let mut pool = self.collect_iterable(population)?;
            for i in 0..k {
                let j = self.rng()?.randbelow(&BigInt::from(n - i));
                let j = j.to_usize().unwrap_or(0);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = self.rng()?.randbelow(&BigInt::from(n));
                while selected.contains(&j) {
                    j = self.rng()?.randbelow(&BigInt::from(n));
                }
                selected.insert(j.clone());
                let idx = self.int_big(j);
                result.push(self.getitem(population, idx)?);
            }
        }
        // `result = [None] * k`, filled in place.
        Ok(self.list_exact(result))
    }
}

impl Vm {
    /// `Random.choices(population, weights=None, *, cum_weights=None, k=1)` as random.py
    /// runs it: without weights, `population[floor(random() * n)]`; with them, their
    /// running sums (`accumulate`), then `bisect(cum_weights, random() * total, 0, n - 1)`.
    fn random_choices(&mut self, args: &[ObjId], kwargs: &[(String, ObjId)]) -> PyResult {
        if args.is_empty() || args.len() > 2 {
            return self.type_error(format!(
                "Random.choices() takes from 2 to 3 positional arguments but {} were given",
                args.len() + 1
            ));
        }
        let population = args[0];
        let mut weights = args.get(1).copied().filter(|&w| w != self.none);
        let (mut cum, mut k) = (None, 1i64);
        for (key, v) in kwargs {
            match key.as_str() {
                "k" => k = self.index_value(*v)?,
                "cum_weights" if *v != self.none => cum = Some(*v),
                "cum_weights" => {}
                "weights" if args.len() < 2 => weights = Some(*v).filter(|&w| w != self.none),
                _ => {
                    return self.type_error(format!(
                        "Random.choices() got an unexpected keyword argument '{key}'"
                    ));
                }
            }
        }
        let n = self.len_of(population)?;
        let cum_weights = match (cum, weights) {
            (None, None) => {
                let nf = n as f64;
                let mut out = Vec::new();
                for _ in 0..k.max(0) {
                    let r = self.rng()?.random();
                    let i = self.int((r * nf).floor() as i64);
                    out.push(self.getitem(population, i)?);
                }
                // A list comprehension in random.py.
                return Ok(self.list_appended(out));
            }
            (Some(_), Some(_)) => {
                return self.type_error("Cannot specify both weights and cumulative weights");
            }
            (Some(c), None) => self.collect_iterable(c)?,
            (None, Some(w)) => {
                if let Obj::Int(given) = self.heap.get(w) {
                    // accumulate(int) fails; random.py names the likely mistake.
                    return self.type_error(format!(
                        "The number of choices must be a keyword argument: k={given}"
                    ));
                }
                let items = self.collect_iterable(w)?;
                let mut sums = Vec::with_capacity(items.len());
                let mut total: Option<ObjId> = None;
                for x in items {
                    let t = match total {
                        None => x,
                        Some(t) => self.binary(BinOp::Add, t, x)?,
                    };
                    sums.push(t);
                    total = Some(t);
                }
                sums
            }
        };
        if cum_weights.len() != n {
            return self.err(
                TypeId::ValueError,
                "The number of weights does not match the population",
            );
        }
        let Some(&last) = cum_weights.last() else {
            return self.err(TypeId::IndexError, "list index out of range");
        };
        let zero = self.float(0.0);
        let total = self.binary(BinOp::Add, last, zero)?;
        let t = match self.heap.get(total) {
            Obj::Float(t) => *t,
            _ => return self.unsupported("random.choices() with weights that are not numbers"),
        };
        if t <= 0.0 {
            return self.err(
                TypeId::ValueError,
                "Total of weights must be greater than zero",
            );
        }
        if !t.is_finite() {
            return self.err(TypeId::ValueError, "Total of weights must be finite");
        }
        let hi = n - 1;
        let mut out = Vec::new();
        for _ in 0..k.max(0) {
            let r = self.rng()?.random() * t;
            let x = self.float(r);
            // bisect_right(cum_weights, x, 0, hi)
            let (mut lo, mut up) = (0usize, hi);
            while lo < up {
                let mid = (lo + up) / 2;
                let lt = self.compare(CmpOp::Lt, x, cum_weights[mid])?;
                if self.truthy(lt)? {
                    up = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let i = self.int(lo as i64);
            out.push(self.getitem(population, i)?);
        }
        // A list comprehension in random.py.
        Ok(self.list_appended(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MT19937's reference output for init_by_array({0x123, 0x234, 0x345, 0x456}).
    #[test]
    fn matches_the_reference_generator() {
        let mut mt = Mt::init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }
}
