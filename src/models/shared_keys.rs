//! A model of the keys a CPython 3.11 class shares with its instances' attribute dicts:
//! the class's `ht_cached_keys`, a `DICT_KEYS_SPLIT` `PyDictKeysObject`
//! (`Objects/dictobject.c`).
//!
//! An instance of a plain class keeps its attribute values in an array of its own; the
//! names live here, once for every instance, each at the entry index its first store gave
//! it. A dict over these keys (what `obj.__dict__` returns, or a copy of it) is a *split
//! table*: `sys.getsizeof()` counts its values array, whose size is read from these keys
//! (`shared_keys_usable_size()`), and the table stays split until a store that these keys
//! cannot take converts it to a combined one.
//!
//! The table never shrinks and never resizes: 64 slots, `int8` indices, at most
//! `SHARED_KEYS_MAX_SIZE` (30) names. `dk_usable` starts at 30 and drops by one for
//! every instance `object.__new__()` makes (down to 1) as well as for every name added,
//! so the same program state shows the same sizes CPython reports.

/// `NEXT_LOG2_SHARED_KEYS_MAX_SIZE`: the table's log2 size.
pub const LOG2_SIZE: u8 = 6;
/// `SHARED_KEYS_MAX_SIZE`: the starting `dk_usable`.
pub const MAX_SIZE: i64 = 30;
const SIZE: usize = 1 << LOG2_SIZE;
const MASK: usize = SIZE - 1;
const EMPTY: i8 = -1;

/// A class's shared keys. `K` is the key's text: equal texts are equal keys (every key
/// is an exact `str`).
#[derive(Clone, Debug, PartialEq)]
pub struct SharedKeys<K> {
    /// `dk_indices`: an entry index, or -1 for a slot never used (nothing is deleted).
    indices: [i8; SIZE],
    /// `dk_entries` in entry-index order: each key with its hash.
    entries: Vec<(K, i64)>,
    /// `dk_usable`.
    usable: i64,
}

impl<K: PartialEq> Default for SharedKeys<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: PartialEq> SharedKeys<K> {
    // mirrors _PyDict_NewKeysForClass()
    pub fn new() -> Self {
        SharedKeys {
            indices: [EMPTY; SIZE],
            entries: Vec::new(),
            usable: MAX_SIZE,
        }
    }

    /// `object.__new__()` made an instance (its values array sized from these keys).
    // mirrors init_inline_values()
    pub fn instance_created(&mut self) {
        if self.usable > 1 {
            self.usable -= 1;
        }
    }

    /// The size of a values array over these keys (`dk_nentries + dk_usable`).
    // mirrors shared_keys_usable_size()
    pub fn usable_size(&self) -> usize {
        (self.entries.len() as i64 + self.usable).max(0) as usize
    }

    pub fn usable(&self) -> i64 {
        self.usable
    }

    pub fn nentries(&self) -> usize {
        self.entries.len()
    }

    /// `dk_indices`, widened.
    pub fn indices(&self) -> impl Iterator<Item = i64> + '_ {
        self.indices.iter().map(|&i| i as i64)
    }

    /// The keys in entry-index order, each with its hash.
    pub fn entries(&self) -> &[(K, i64)] {
        &self.entries
    }

    /// The entry index of `key`, if these keys hold it.
    // mirrors unicodekeys_lookup_unicode()
    pub fn lookup<Q>(&self, hash: i64, key: &Q) -> Option<usize>
    where
        K: std::borrow::Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & MASK;
        loop {
            match self.indices[i] {
                EMPTY => return None,
                ix => {
                    let (k, h) = &self.entries[ix as usize];
                    if *h == hash && k.borrow() == key {
                        return Some(ix as usize);
                    }
                }
            }
            perturb >>= super::dict::PERTURB_SHIFT;
            i = (i * 5 + perturb as usize + 1) & MASK;
        }
    }

    /// The entry index of `key`, adding it when it is new and there is room; `None` when
    /// the keys are full (the caller's table then stops sharing them).
    // mirrors insert_into_dictkeys()
    pub fn insert(&mut self, hash: i64, key: K) -> Option<usize> {
        if let Some(ix) = self.lookup(hash, &key) {
            return Some(ix);
        }
        if self.usable <= 0 {
            return None;
        }
        // find_empty_slot(): nothing is ever deleted here, so the first free slot on the
        // probe sequence.
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & MASK;
        while self.indices[i] != EMPTY {
            perturb >>= super::dict::PERTURB_SHIFT;
            i = (i * 5 + perturb as usize + 1) & MASK;
        }
        let ix = self.entries.len();
        self.indices[i] = ix as i8;
        self.entries.push((key, hash));
        self.usable -= 1;
        Some(ix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_class_has_thirty_usable_and_each_instance_takes_one() {
        let mut k: SharedKeys<&str> = SharedKeys::new();
        assert_eq!((k.usable(), k.usable_size()), (30, 30));
        k.instance_created();
        assert_eq!(k.usable_size(), 29);
        assert_eq!(k.insert(5, "x"), Some(0));
        assert_eq!((k.usable(), k.nentries(), k.usable_size()), (28, 1, 29));
        // A name already there takes nothing.
        assert_eq!(k.insert(5, "x"), Some(0));
        assert_eq!(k.usable_size(), 29);
        for _ in 0..100 {
            k.instance_created();
        }
        assert_eq!(k.usable(), 1);
    }

    #[test]
    fn colliding_names_probe_like_a_dict_and_stop_when_full() {
        let mut k: SharedKeys<u32> = SharedKeys::new();
        // Every hash lands on slot 3 first.
        for n in 0..30u32 {
            assert_eq!(k.insert(3 + 64 * n as i64, n), Some(n as usize));
        }
        for n in 0..30u32 {
            assert_eq!(k.lookup(3 + 64 * n as i64, &n), Some(n as usize));
        }
        assert_eq!(k.indices().filter(|&i| i >= 0).count(), 30);
        assert_eq!(k.insert(7, 99), None, "the keys are full");
        assert_eq!(k.lookup(7, &99), None);
    }
}
