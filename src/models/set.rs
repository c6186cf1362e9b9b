//! A model of CPython 3.11's set table (`Objects/setobject.c`): open addressing with
//! runs of `LINEAR_PROBES` neighbouring slots between perturbed jumps, `dummy` slots left
//! by deletions, and the fill-based resize rule.
//!
//! Sets matter to pyxray because their *iteration order is their slot order*: it decides
//! the order of `dict.fromkeys(a_set)`, of `frozenset` reprs, and of anything built by
//! iterating a set. Keys are opaque `Copy` handles compared by identity; real equality is
//! asked through a closure, as in [`crate::models::dict`].
//!
//! Left out for now: tracing events (sets have no view yet).

/// `LINEAR_PROBES` in setobject.c.
pub const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
pub const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
pub const MINSIZE: usize = 8;

/// One slot of the table (`setentry`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetSlot<K> {
    /// Never used: `key == NULL, hash == 0`.
    Empty,
    /// Deleted: `key == dummy, hash == -1`.
    Dummy,
    Active {
        hash: i64,
        key: K,
    },
}

/// `PySetObject`'s table: `fill` counts active + dummy slots, `used` active ones.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    table: Vec<SetSlot<K>>,
    fill: usize,
    used: usize,
    /// `finger`: where the next `pop()` starts searching.
    finger: usize,
    /// Which table the set holds (not a CPython field): a new number whenever `so->table`
    /// moves to a new block, as the pointer compare in `set_lookkey()` tells.
    generation: u64,
}

impl<K: Copy + Eq> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy + Eq> SetTable<K> {
    /// An empty set on its 8-slot `smalltable`.
    pub fn new() -> Self {
        SetTable {
            table: vec![SetSlot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    /// Which table the set holds: changes whenever `so->table` is replaced.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn fill(&self) -> usize {
        self.fill
    }

    pub fn slots(&self) -> &[SetSlot<K>] {
        &self.table
    }

    /// Active keys in slot order — the order iteration and `repr` use (`set_next`).
    pub fn iter(&self) -> impl Iterator<Item = K> + '_ {
        self.table.iter().filter_map(|s| match s {
            SetSlot::Active { key, .. } => Some(*key),
            _ => None,
        })
    }

    /// Active (hash, key) pairs in slot order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, K)> + '_ {
        self.table.iter().filter_map(|s| match s {
            SetSlot::Active { hash, key } => Some((*hash, *key)),
            _ => None,
        })
    }

    /// The slot index after `i` with an active key, for resumable iteration.
    pub fn next_active(&self, from: usize) -> Option<(usize, K)> {
        self.table
            .iter()
            .enumerate()
            .skip(from)
            .find_map(|(i, s)| match s {
                SetSlot::Active { key, .. } => Some((i, *key)),
                _ => None,
            })
    }

    /// Mirrors `set_lookkey()`: the slot holding an equal key, if any.
    pub fn find(&self, hash: i64, key: K, eq: &mut dyn FnMut(K) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let mut probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            loop {
                match self.table[j] {
                    SetSlot::Empty => return None,
                    SetSlot::Active { hash: h, key: k } if h == hash && (k == key || eq(k)) => {
                        return Some(j);
                    }
                    _ => {}
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        }
    }

    pub fn contains(&self, hash: i64, key: K, eq: &mut dyn FnMut(K) -> bool) -> bool {
        self.find(hash, key, eq).is_some()
    }

    /// Mirrors `set_add_entry()`. Returns false when an equal key was already present.
    pub fn add(&mut self, hash: i64, key: K, eq: &mut dyn FnMut(K) -> bool) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let mut probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            loop {
                match self.table[j] {
                    SetSlot::Empty => {
                        return self.found_unused_or_dummy(freeslot, j, hash, key);
                    }
                    SetSlot::Active { hash: h, key: k } if h == hash && (k == key || eq(k)) => {
                        return false;
                    }
                    SetSlot::Dummy => freeslot = Some(j),
                    _ => {}
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        }
    }

    fn found_unused_or_dummy(
        &mut self,
        freeslot: Option<usize>,
        empty: usize,
        hash: i64,
        key: K,
    ) -> bool {
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = SetSlot::Active { hash, key };
            return true;
        }
        self.fill += 1;
        self.used += 1;
        self.table[empty] = SetSlot::Active { hash, key };
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
        true
    }

    /// Mirrors `set_insert_clean()`: places a key known to be absent.
    fn insert_clean(table: &mut [SetSlot<K>], hash: i64, key: K) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i] == SetSlot::Empty {
                table[i] = SetSlot::Active { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in &mut table[i + 1..=i + LINEAR_PROBES] {
                    if *slot == SetSlot::Empty {
                        *slot = SetSlot::Active { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        }
    }

    /// Mirrors `set_table_resize()`: the smallest power of two above `minused`, keys
    /// re-placed in old slot order, dummies dropped.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        // A small table is rebuilt in place in `smalltable`: the pointer stays.
        if newsize != MINSIZE || self.table.len() != MINSIZE {
            self.generation += 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetSlot::Empty; newsize]);
        for s in old {
            if let SetSlot::Active { hash, key } = s {
                Self::insert_clean(&mut self.table, hash, key);
            }
        }
        self.fill = self.used;
    }

    /// Mirrors `set_discard_entry()`. Returns the removed key.
    pub fn discard(&mut self, hash: i64, key: K, eq: &mut dyn FnMut(K) -> bool) -> Option<K> {
        let slot = self.find(hash, key, eq)?;
        let old = match self.table[slot] {
            SetSlot::Active { key, .. } => key,
            _ => return None,
        };
        self.table[slot] = SetSlot::Dummy;
        self.used -= 1;
        Some(old)
    }

    /// Mirrors `set_clear_internal()`: back to the empty small table (the finger stays).
    pub fn clear(&mut self) {
        let finger = self.finger;
        let generation = self.generation + u64::from(self.table.len() != MINSIZE);
        *self = Self::new();
        self.finger = finger;
        self.generation = generation;
    }

    /// Mirrors `set_pop()`: the first active slot from the finger on, wrapping around;
    /// it becomes a dummy and the finger moves past it. `None` when empty.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let SetSlot::Active { key, .. } = self.table[i] {
                self.table[i] = SetSlot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some(key);
            }
            i = if i == mask { 0 } else { i + 1 };
        }
    }

    /// Mirrors `set_merge()` (`set(other_set)`, `s.update(other_set)`, `a | b`):
    /// `eq(stored, key)` asks whether a stored key equals one of `other`'s. Into an
    /// empty table of the same size with no dummies to drop, `other`'s slots are copied
    /// as they are; into any other empty table its keys are placed with
    /// `set_insert_clean()`; otherwise each goes through `set_add_entry()`, which finds an
    /// equal key already there by hash, identity, then `==`.
    pub fn merge(&mut self, other: &SetTable<K>, eq: &mut dyn FnMut(K, K) -> bool) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.iter_hashed() {
                Self::insert_clean(&mut self.table, hash, key);
            }
            return;
        }
        for (hash, key) in other.iter_hashed() {
            self.add(hash, key, &mut |stored| eq(stored, key));
        }
    }

    /// The end of `set_difference_update_internal()`: when more than a quarter of the
    /// slots are dummies, the table is rebuilt without them.
    pub fn drop_dummies_after_difference(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let minused = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(minused);
    }

    /// `set_swap_bodies()` as `set_intersection_update()` uses it: this set takes
    /// `other`'s table, fill and used; the pop finger is not part of the body and stays.
    pub fn take_body(&mut self, other: SetTable<K>) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// The presize step of `set_update_internal()` for an exact dict source of `n` items.
    pub fn presize_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// `sys.getsizeof` of a set: `sizeof(PySetObject)` 200 plus 16 bytes per slot beyond the
    /// small table, plus the 16-byte GC header (mirrors `set_sizeof()`).
    pub fn sizeof(&self) -> usize {
        let mut size = 200 + 16;
        if self.table.len() > MINSIZE {
            size += self.table.len() * 16;
        }
        size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &SetTable<i64>) -> Vec<i64> {
        s.iter().collect()
    }

    #[test]
    fn small_ints_iterate_in_slot_order() {
        let mut s = SetTable::new();
        for k in [5i64, 3, 9, 1] {
            s.add(k, k, &mut |_| false);
        }
        // 9 takes slot 1; then 1 finds slot 1 taken and, with no room for a linear run in an
        // 8-slot table, jumps to (1*5 + 1 + 0) & 7 = 6. CPython prints [9, 3, 5, 1].
        assert_eq!(ids(&s), vec![9, 3, 5, 1]);
    }

    #[test]
    fn grows_when_fill_reaches_three_fifths() {
        let mut s = SetTable::new();
        for k in 0..5i64 {
            s.add(k, k, &mut |_| false);
        }
        // fill 5: 5*5 >= 7*3 → resize to > 5*4 = 32 slots.
        assert_eq!(s.mask(), 31);
        assert_eq!(s.len(), 5);
    }

    #[test]
    fn merge_into_a_nonempty_set_finds_equal_keys_that_are_other_objects() {
        // Keys 107 and 7 stand for two equal objects (same hash 7, `==` by value mod 100).
        let same = |a: i64, b: i64| a % 100 == b % 100;
        let mut a = SetTable::new();
        for k in [1i64, 2, 7] {
            a.add(k % 100, k, &mut |_| false);
        }
        let mut b = SetTable::new();
        b.add(7, 107, &mut |_| false);
        a.merge(&b, &mut |stored, key| same(stored, key));
        assert_eq!(ids(&a), vec![1, 2, 7]);
        // Into an empty table the slots are copied as they are.
        let mut c = SetTable::new();
        c.merge(&a, &mut |_, _| panic!("no comparison into an empty table"));
        assert_eq!(c.slots(), a.slots());
    }
}
