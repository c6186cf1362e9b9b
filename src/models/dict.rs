//! A model of CPython 3.11's dict (`Objects/dictobject.c`, `Include/internal/pycore_dict.h`):
//! a `PyDictObject` (`ma_used`) over a combined `PyDictKeysObject` — the hash-ordered
//! `dk_indices` array and the insertion-ordered `dk_entries` array.
//!
//! Mirrored exactly, because each is visible in a real table: the shared `Py_EMPTY_KEYS`,
//! the 8-slot first insert, the unicode/general kinds and the switch to general on a
//! non-str key, the perturb probe, DUMMY reuse by `find_empty_slot`, 3.11's quirky
//! `calculate_log2_keysize`, `dictresize`'s compaction, `dict_new_presized`, the clone
//! paths of `dict_merge` and `PyDict_Copy`, `popitem` and `delitem_common`.
//!
//! Left out: split tables (instance `__dict__`s, none at module level: their keys are
//! `shared_keys.rs`, their conversion `vm/split.rs`), version tags and GC tracking. Keys
//! and values are opaque `Copy` handles; `K`'s `==` is identity, and real `==` is asked
//! through a callback only where CPython would call `PyObject_RichCompare` (equal hashes,
//! different objects).
//!
//! Every operation reports what it does to a [`DictObserver`] as [`DictEvent`]s, enough to
//! rebuild the table without the model ([`DictSnapshot`]).

use imbl::Vector;

/// `PyDict_LOG_MINSIZE`.
pub const LOG_MINSIZE: u8 = 3;
/// `PyDict_MINSIZE`.
pub const MINSIZE: usize = 8;
/// `PERTURB_SHIFT`.
pub const PERTURB_SHIFT: u32 = 5;
/// `DKIX_EMPTY`.
pub const DKIX_EMPTY: i64 = -1;
/// `DKIX_DUMMY`.
pub const DKIX_DUMMY: i64 = -2;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// `dk_kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DictKind {
    General = 0,
    Unicode = 1,
    Split = 2,
}

impl DictKind {
    pub fn name(self) -> &'static str {
        match self {
            DictKind::General => "general",
            DictKind::Unicode => "unicode",
            DictKind::Split => "split",
        }
    }
}

/// `USABLE_FRACTION(n)`.
pub fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize()` (3.11: `bit_length(((minsize | 8) - 1) | 7)`; so 1..7 give 16
/// slots and an exact power 2**k, k ≥ 4, gives 2**(k+1) — fixed only in 3.13).
pub fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = ((minsize | MINSIZE) - 1) | (MINSIZE - 1);
    (usize::BITS - m.leading_zeros()) as u8
}

/// `estimate_log2_keysize(n)` = `calculate_log2_keysize((3n + 1) / 2)`.
pub fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3).div_ceil(2))
}

/// `_PyDict_KeysSize()`: a keys object of `2**log2` slots — its header, the indices, and
/// `USABLE_FRACTION` entries (24 bytes each in a general table, 16 otherwise).
pub fn keys_size(log2: u8, kind: DictKind) -> usize {
    let entry_size = if kind == DictKind::General { 24 } else { 16 };
    let nslots = 1usize << log2;
    32 + nslots * index_bytes(log2) + usable_fraction(nslots) * entry_size
}

/// Bytes per index for a table of `2**log2` slots (`dictkeys_get_index`'s width rule).
pub fn index_bytes(log2: u8) -> usize {
    if log2 < 8 {
        1
    } else if log2 < 16 {
        2
    } else if log2 < 32 {
        4
    } else {
        8
    }
}

/// The probe sequence for `hash` in a table of `2**log2` slots: `i = hash & mask`, then
/// `perturb >>= 5; i = (i*5 + perturb + 1) & mask` — yields `(slot, perturb)`.
pub fn probe_slots(hash: i64, log2: u8) -> impl Iterator<Item = (usize, u64)> {
    let mask = (1u64 << log2) - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64) & mask;
    let mut first = true;
    std::iter::from_fn(move || {
        if first {
            first = false;
        } else {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
        Some((i as usize, perturb))
    })
}

/// An entry (`PyDictKeyEntry`; unicode tables keep the hash in the str, shown here too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<K, V> {
    pub hash: i64,
    pub key: K,
    pub value: V,
}

/// Why a table was rebuilt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ResizeReason {
    /// `dk_usable` ran out (`insertion_resize`).
    Growth,
    /// A non-str key arrived at a unicode table.
    KindSwitch,
    /// `dict_merge` sized the target for the incoming items.
    Merge,
    /// `dict.fromkeys` sized the table for its source.
    FromKeys,
    /// `dict_merge`/`PyDict_Copy` cloned another table (`clone_combined_dict_keys`).
    Clone,
}

/// What a slot of `dk_indices` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SlotContent {
    Empty,
    Dummy,
    Entry(u32),
}

/// One micro-event of a dict operation.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum DictEvent<K, V> {
    /// A probe starts at `slot = hash & mask`.
    ProbeStart { hash: i64, slot: u32, mask: u32 },
    /// The probe looked at `slot` and found `content` (not the key sought).
    Probe { slot: u32, content: SlotContent },
    /// The recurrence moved on: `perturb >>= 5; slot = (i*5 + perturb + 1) & mask`.
    ProbeNext { from: u32, slot: u32, perturb: u64 },
    /// The key sought is in `entry`, indexed from `slot`.
    Found { slot: u32, entry: u32 },
    /// The probe reached an empty slot: the key is absent.
    NotFound { slot: u32 },
    /// A new entry was appended and indexed (`find_empty_slot` chose `slot`).
    Inserted {
        slot: u32,
        entry: u32,
        hash: i64,
        key: K,
        value: V,
        reused_dummy: bool,
    },
    /// An existing key got a new value.
    ValueReplaced { entry: u32, value: V },
    /// A new keys object is being built (`dictresize` or a clone).
    ResizeBegin {
        old_log2: u8,
        new_log2: u8,
        kind: DictKind,
        reason: ResizeReason,
    },
    /// During a resize: a live entry moved to its new position and slot.
    Reinserted {
        old_entry: u32,
        new_entry: u32,
        slot: u32,
    },
    /// During a clone: an entry copied as is (holes too, as `None` keys are skipped).
    Cloned {
        entry: u32,
        hash: i64,
        key: K,
        value: V,
    },
    /// During a clone: an index slot copied as is.
    ClonedSlot { slot: u32, content: SlotContent },
    /// The resize or clone finished.
    ResizeEnd {
        usable: u32,
        nentries: u32,
        used: u32,
    },
    /// `delitem_common`: the slot becomes DUMMY, the entry empty.
    Deleted { slot: u32, entry: u32 },
    /// `popitem`: the last live entry is removed; `dk_nentries` drops to `entry`.
    Popped { slot: u32, entry: u32 },
    /// `PyDict_Clear`: back to the shared empty keys.
    Cleared,
}

impl<K: Copy, V: Copy> DictEvent<K, V> {
    /// The event with its key and value handles translated.
    #[inline(always)]
    pub fn map<K2, V2>(
        self,
        mut fk: impl FnMut(K) -> K2,
        mut fv: impl FnMut(V) -> V2,
    ) -> DictEvent<K2, V2> {
        use DictEvent::*;
        match self {
            ProbeStart { hash, slot, mask } => ProbeStart { hash, slot, mask },
            Probe { slot, content } => Probe { slot, content },
            ProbeNext {
                from,
                slot,
                perturb,
            } => ProbeNext {
                from,
                slot,
                perturb,
            },
            Found { slot, entry } => Found { slot, entry },
            NotFound { slot } => NotFound { slot },
            Inserted {
                slot,
                entry,
                hash,
                key,
                value,
                reused_dummy,
            } => Inserted {
                slot,
                entry,
                hash,
                key: fk(key),
                value: fv(value),
                reused_dummy,
            },
            ValueReplaced { entry, value } => ValueReplaced {
                entry,
                value: fv(value),
            },
            ResizeBegin {
                old_log2,
                new_log2,
                kind,
                reason,
            } => ResizeBegin {
                old_log2,
                new_log2,
                kind,
                reason,
            },
            Reinserted {
                old_entry,
                new_entry,
                slot,
            } => Reinserted {
                old_entry,
                new_entry,
                slot,
            },
            Cloned {
                entry,
                hash,
                key,
                value,
            } => Cloned {
                entry,
                hash,
                key: fk(key),
                value: fv(value),
            },
            ClonedSlot { slot, content } => ClonedSlot { slot, content },
            ResizeEnd {
                usable,
                nentries,
                used,
            } => ResizeEnd {
                usable,
                nentries,
                used,
            },
            Deleted { slot, entry } => Deleted { slot, entry },
            Popped { slot, entry } => Popped { slot, entry },
            Cleared => Cleared,
        }
    }
}

impl<K: Copy, V: Copy> DictEvent<K, V> {
    /// The key and the value the event names, if any.
    pub fn key_value(&self) -> (Option<K>, Option<V>) {
        match *self {
            DictEvent::Inserted { key, value, .. } | DictEvent::Cloned { key, value, .. } => {
                (Some(key), Some(value))
            }
            DictEvent::ValueReplaced { value, .. } => (None, Some(value)),
            _ => (None, None),
        }
    }
}

/// Receives a dict's events. `()` ignores them (tracing off).
pub trait DictObserver<K, V> {
    fn event(&mut self, ev: DictEvent<K, V>);
}

impl<K, V> DictObserver<K, V> for () {
    #[inline]
    fn event(&mut self, _ev: DictEvent<K, V>) {}
}

impl<K, V> DictObserver<K, V> for Vec<DictEvent<K, V>> {
    fn event(&mut self, ev: DictEvent<K, V>) {
        self.push(ev);
    }
}

/// A dict: `ma_used` plus its keys object.
#[derive(Clone, Debug)]
pub struct Dict<K, V> {
    used: usize,
    /// Whether the keys object is the shared `Py_EMPTY_KEYS`.
    shared_empty: bool,
    log2_size: u8,
    kind: DictKind,
    usable: i64,
    nentries: usize,
    indices: Vec<i32>,
    entries: Vec<Option<Entry<K, V>>>,
    /// How many times an entry was added, removed or moved (not a CPython field): lets an
    /// iterator tell that the keys changed while the size stayed the same.
    key_changes: u64,
    /// Which keys object the dict holds (not a CPython field): a new number whenever
    /// `ma_keys` is replaced (a resize, a first table, `clear()`), as a pointer compare
    /// tells in C (`od_resize_sentinel` in Objects/odictobject.c).
    keys_version: u64,
}

impl<K: Copy + Eq, V: Copy> Default for Dict<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

type Eq1<'a, K> = &'a mut dyn FnMut(K) -> bool;

impl<K: Copy + Eq, V: Copy> Dict<K, V> {
    /// `PyDict_New()`: shares `Py_EMPTY_KEYS` (log2 0, unicode, usable 0, indices [-1]).
    pub fn new() -> Self {
        Dict {
            used: 0,
            shared_empty: true,
            log2_size: 0,
            kind: DictKind::Unicode,
            usable: 0,
            nentries: 0,
            indices: vec![EMPTY],
            entries: Vec::new(),
            key_changes: 0,
            keys_version: 0,
        }
    }

    /// `new_keys_object(log2, unicode)` installed as this dict's (empty) keys.
    fn install_new_keys(&mut self, log2: u8, unicode: bool) {
        self.key_changes += 1;
        self.keys_version += 1;
        self.shared_empty = false;
        self.log2_size = log2;
        self.kind = if unicode {
            DictKind::Unicode
        } else {
            DictKind::General
        };
        self.usable = usable_fraction(1 << log2) as i64;
        self.nentries = 0;
        self.indices = vec![EMPTY; 1 << log2];
        self.entries = Vec::new();
    }

    /// `dict_new_presized(minused, unicode)`: up to 5 items share the empty keys; more get
    /// `estimate_log2_keysize(minused)` slots (capped at 2**17).
    pub fn new_presized(minused: usize, unicode: bool) -> Self {
        let mut d = Self::new();
        if minused <= usable_fraction(MINSIZE) {
            return d;
        }
        let log2 = if minused > usable_fraction(1 << 17) {
            17
        } else {
            estimate_log2_keysize(minused)
        };
        d.install_new_keys(log2, unicode);
        d
    }

    // ----- accessors -------------------------------------------------------------------

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn log2_size(&self) -> u8 {
        self.log2_size
    }

    pub fn kind(&self) -> DictKind {
        self.kind
    }

    pub fn usable(&self) -> i64 {
        self.usable
    }

    pub fn nentries(&self) -> usize {
        self.nentries
    }

    pub fn is_shared_empty(&self) -> bool {
        self.shared_empty
    }

    /// How many entries `dk_entries` has room for: `USABLE_FRACTION(dk_size)`, none in
    /// the shared empty keys.
    pub fn entries_capacity(&self) -> usize {
        if self.shared_empty {
            0
        } else {
            usable_fraction(1 << self.log2_size)
        }
    }

    /// A count that grows whenever an entry is added, removed or moved (insert of a new
    /// key, delete, popitem, clear, resize, clone).
    pub fn key_changes(&self) -> u64 {
        self.key_changes
    }

    /// Which keys object the dict holds: changes whenever `ma_keys` is replaced.
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// `DK_SIZE(ma_keys)`: slots in the index table (1 for the shared empty keys).
    pub fn dk_size(&self) -> usize {
        1 << self.log2_size
    }

    /// `dk_indices` as CPython's signed values (-1 empty, -2 dummy).
    pub fn indices(&self) -> impl Iterator<Item = i64> + '_ {
        self.indices.iter().map(|&i| i as i64)
    }

    /// The `dk_nentries` entries, deleted ones as `None`.
    pub fn entries(&self) -> &[Option<Entry<K, V>>] {
        &self.entries[..self.nentries.min(self.entries.len())]
    }

    /// Bytes per index.
    pub fn index_bytes(&self) -> usize {
        index_bytes(self.log2_size)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry<K, V>> {
        self.entries().iter().flatten()
    }

    /// What `sys.getsizeof(d)` returns (`_PyDict_SizeOf` + the 16-byte GC header).
    pub fn sizeof(&self) -> usize {
        let mut size = 48 + 16;
        if !self.shared_empty {
            size += keys_size(self.log2_size, self.kind);
        }
        size
    }

    fn mask(&self) -> usize {
        (1usize << self.log2_size) - 1
    }

    // ----- lookup ----------------------------------------------------------------------

    /// `_Py_dict_lookup()`: the entry index of the key, reporting every slot visited.
    pub fn lookup<O: DictObserver<K, V>>(
        &self,
        hash: i64,
        key: K,
        eq: Eq1<K>,
        obs: &mut O,
    ) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        obs.event(DictEvent::ProbeStart {
            hash,
            slot: i as u32,
            mask: mask as u32,
        });
        loop {
            let ix = self.indices[i];
            if ix >= 0 {
                if let Some(Some(ep)) = self.entries.get(ix as usize)
                    && (ep.key == key || (ep.hash == hash && eq(ep.key)))
                {
                    obs.event(DictEvent::Found {
                        slot: i as u32,
                        entry: ix as u32,
                    });
                    return Some(ix as usize);
                }
                obs.event(DictEvent::Probe {
                    slot: i as u32,
                    content: SlotContent::Entry(ix as u32),
                });
            } else if ix == EMPTY {
                obs.event(DictEvent::NotFound { slot: i as u32 });
                return None;
            } else {
                obs.event(DictEvent::Probe {
                    slot: i as u32,
                    content: SlotContent::Dummy,
                });
            }
            perturb >>= PERTURB_SHIFT;
            let from = i;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
            obs.event(DictEvent::ProbeNext {
                from: from as u32,
                slot: i as u32,
                perturb,
            });
        }
    }

    /// The value for a key, if present.
    pub fn get<O: DictObserver<K, V>>(
        &self,
        hash: i64,
        key: K,
        eq: Eq1<K>,
        obs: &mut O,
    ) -> Option<V> {
        let ix = self.lookup(hash, key, eq, obs)?;
        self.entries.get(ix).and_then(|e| e.map(|e| e.value))
    }

    /// `find_empty_slot()`: the first slot whose index is negative (EMPTY or DUMMY).
    fn find_empty_slot(&self, hash: i64) -> usize {
        probe_slots(hash, self.log2_size)
            .map(|(slot, _)| slot)
            .find(|&slot| self.indices[slot] < 0)
            .unwrap_or(0)
    }

    /// `lookdict_index()`: the slot that holds entry `index`.
    fn lookdict_index(&self, hash: i64, index: usize) -> Option<usize> {
        for (slot, _) in probe_slots(hash, self.log2_size).take(self.indices.len() * 4 + 64) {
            match self.indices[slot] {
                ix if ix == index as i32 => return Some(slot),
                EMPTY => return None,
                _ => {}
            }
        }
        None
    }

    // ----- insertion -------------------------------------------------------------------

    /// `PyDict_SetItem()`: `insert_to_emptydict()` on the shared empty keys, else
    /// `insertdict()`. Returns the replaced value, if the key was present.
    pub fn insert<O: DictObserver<K, V>>(
        &mut self,
        hash: i64,
        key: K,
        key_is_str: bool,
        value: V,
        eq: Eq1<K>,
        obs: &mut O,
    ) -> Option<V> {
        if self.shared_empty {
            self.insert_to_emptydict(hash, key, key_is_str, value, obs);
            return None;
        }
        self.insertdict(hash, key, key_is_str, value, eq, obs)
    }

    /// `insert_to_emptydict()`: an 8-slot table, unicode only for an exact str key.
    fn insert_to_emptydict<O: DictObserver<K, V>>(
        &mut self,
        hash: i64,
        key: K,
        key_is_str: bool,
        value: V,
        obs: &mut O,
    ) {
        let kind = if key_is_str {
            DictKind::Unicode
        } else {
            DictKind::General
        };
        obs.event(DictEvent::ResizeBegin {
            old_log2: 0,
            new_log2: LOG_MINSIZE,
            kind,
            reason: ResizeReason::Growth,
        });
        self.install_new_keys(LOG_MINSIZE, key_is_str);
        obs.event(DictEvent::ResizeEnd {
            usable: self.usable as u32,
            nentries: 0,
            used: 0,
        });
        let slot = (hash as u64 as usize) & (MINSIZE - 1);
        obs.event(DictEvent::ProbeStart {
            hash,
            slot: slot as u32,
            mask: (MINSIZE - 1) as u32,
        });
        self.append_entry(slot, hash, key, value, false, obs);
    }

    fn append_entry<O: DictObserver<K, V>>(
        &mut self,
        slot: usize,
        hash: i64,
        key: K,
        value: V,
        reused_dummy: bool,
        obs: &mut O,
    ) {
        let ix = self.nentries;
        self.indices[slot] = ix as i32;
        if self.entries.len() > ix {
            self.entries.truncate(ix);
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.key_changes += 1;
        self.used += 1;
        self.usable -= 1;
        self.nentries += 1;
        obs.event(DictEvent::Inserted {
            slot: slot as u32,
            entry: ix as u32,
            hash,
            key,
            value,
            reused_dummy,
        });
    }

    /// `insertdict()`.
    fn insertdict<O: DictObserver<K, V>>(
        &mut self,
        hash: i64,
        key: K,
        key_is_str: bool,
        value: V,
        eq: Eq1<K>,
        obs: &mut O,
    ) -> Option<V> {
        if self.kind == DictKind::Unicode && !key_is_str {
            self.insertion_resize(false, ResizeReason::KindSwitch, obs);
        }
        match self.lookup(hash, key, eq, obs) {
            Some(ix) => {
                let e = self.entries.get_mut(ix)?.as_mut()?;
                let old = e.value;
                e.value = value;
                obs.event(DictEvent::ValueReplaced {
                    entry: ix as u32,
                    value,
                });
                Some(old)
            }
            None => {
                if self.usable <= 0 {
                    self.insertion_resize(true, ResizeReason::Growth, obs);
                }
                let slot = self.find_empty_slot(hash);
                let reused = self.indices[slot] == DUMMY;
                self.append_entry(slot, hash, key, value, reused, obs);
                None
            }
        }
    }

    /// `insertion_resize()`: `dictresize(calculate_log2_keysize(GROWTH_RATE))`.
    fn insertion_resize<O: DictObserver<K, V>>(
        &mut self,
        unicode: bool,
        reason: ResizeReason,
        obs: &mut O,
    ) {
        let log2 = calculate_log2_keysize(self.used * 3);
        self.dictresize(log2, unicode, reason, obs);
    }

    /// `dictresize()`: a new keys object; live entries copied in order (compacting holes);
    /// indices rebuilt (`build_indices_*`); `usable = USABLE_FRACTION(size) - used`.
    pub fn dictresize<O: DictObserver<K, V>>(
        &mut self,
        log2_newsize: u8,
        unicode: bool,
        reason: ResizeReason,
        obs: &mut O,
    ) {
        let unicode = unicode && self.kind == DictKind::Unicode;
        let old_log2 = self.log2_size;
        let old_entries = std::mem::take(&mut self.entries);
        let old_n = self.nentries;
        let used = self.used;
        let kind = if unicode {
            DictKind::Unicode
        } else {
            DictKind::General
        };
        obs.event(DictEvent::ResizeBegin {
            old_log2,
            new_log2: log2_newsize,
            kind,
            reason,
        });
        self.install_new_keys(log2_newsize, unicode);
        let mut new_entries = Vec::with_capacity(used);
        for (old_ix, e) in old_entries.into_iter().take(old_n).enumerate() {
            let Some(e) = e else { continue };
            let new_ix = new_entries.len();
            // build_indices_*(): the first never-used slot on the probe path.
            let i = probe_slots(e.hash, log2_newsize)
                .map(|(slot, _)| slot)
                .find(|&slot| self.indices[slot] == EMPTY)
                .unwrap_or(0);
            self.indices[i] = new_ix as i32;
            new_entries.push(Some(e));
            obs.event(DictEvent::Reinserted {
                old_entry: old_ix as u32,
                new_entry: new_ix as u32,
                slot: i as u32,
            });
        }
        self.entries = new_entries;
        self.usable -= used as i64;
        self.nentries = used;
        obs.event(DictEvent::ResizeEnd {
            usable: self.usable as u32,
            nentries: self.nentries as u32,
            used: used as u32,
        });
    }

    // ----- deletion --------------------------------------------------------------------

    /// `delitem_common()` after a lookup: the slot becomes DUMMY and the entry empty;
    /// `usable` and `nentries` do not change. Returns the removed pair.
    pub fn delete<O: DictObserver<K, V>>(
        &mut self,
        hash: i64,
        key: K,
        eq: Eq1<K>,
        obs: &mut O,
    ) -> Option<(K, V)> {
        let ix = self.lookup(hash, key, eq, obs)?;
        let slot = self.lookdict_index(hash, ix)?;
        let e = self.entries.get_mut(ix)?.take()?;
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.key_changes += 1;
        obs.event(DictEvent::Deleted {
            slot: slot as u32,
            entry: ix as u32,
        });
        Some((e.key, e.value))
    }

    /// `dict_popitem_impl()`: removes the last live entry; its slot becomes DUMMY and
    /// `dk_nentries` drops to its index (`usable` unchanged).
    pub fn popitem<O: DictObserver<K, V>>(&mut self, obs: &mut O) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let i = (0..self.nentries)
            .rev()
            .find(|&i| matches!(self.entries.get(i), Some(Some(_))))?;
        let e = self.entries.get_mut(i)?.take()?;
        let slot = self.lookdict_index(e.hash, i)?;
        self.indices[slot] = DUMMY;
        self.nentries = i;
        self.entries.truncate(i);
        self.used -= 1;
        self.key_changes += 1;
        obs.event(DictEvent::Popped {
            slot: slot as u32,
            entry: i as u32,
        });
        Some((e.key, e.value))
    }

    /// `PyDict_Clear()`: back to the shared empty keys.
    pub fn clear<O: DictObserver<K, V>>(&mut self, obs: &mut O) {
        if self.shared_empty {
            return;
        }
        let (changes, version) = (self.key_changes, self.keys_version);
        *self = Self::new();
        self.key_changes = changes + 1;
        self.keys_version = version + 1;
        obs.event(DictEvent::Cleared);
    }

    // ----- copying and merging ---------------------------------------------------------

    /// `clone_combined_dict_keys()` into this (empty) dict, reported slot by slot.
    pub fn clone_from_table<O: DictObserver<K, V>>(&mut self, other: &Dict<K, V>, obs: &mut O) {
        obs.event(DictEvent::ResizeBegin {
            old_log2: self.log2_size,
            new_log2: other.log2_size,
            kind: other.kind,
            reason: ResizeReason::Clone,
        });
        self.shared_empty = other.shared_empty;
        self.log2_size = other.log2_size;
        self.kind = other.kind;
        self.usable = other.usable;
        self.nentries = other.nentries;
        self.indices = other.indices.clone();
        self.entries = other.entries().to_vec();
        self.used = other.used;
        self.key_changes += 1;
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                obs.event(DictEvent::Cloned {
                    entry: i as u32,
                    hash: e.hash,
                    key: e.key,
                    value: e.value,
                });
            }
        }
        for (slot, &ix) in self.indices.iter().enumerate() {
            if ix != EMPTY {
                obs.event(DictEvent::ClonedSlot {
                    slot: slot as u32,
                    content: content_of(ix),
                });
            }
        }
        obs.event(DictEvent::ResizeEnd {
            usable: self.usable as u32,
            nentries: self.nentries as u32,
            used: self.used as u32,
        });
    }

    /// `PyDict_Copy()`: an exact clone (holes and DUMMYs kept) when at most a third of the
    /// entries are holes; otherwise a new dict filled by `dict_merge`, which compacts.
    pub fn copy(&self) -> Dict<K, V> {
        let mut new = Dict::new();
        if self.used == 0 {
            return new;
        }
        if self.used >= (self.nentries * 2) / 3 {
            new.clone_from_table(self, &mut ());
            return new;
        }
        // Into an empty target the merge first presizes with the source's kind, so the
        // str-ness of individual keys never matters here.
        let all_str = self.kind == DictKind::Unicode;
        new.merge_from(self, &|_| all_str, &mut |_, _| false, &mut ());
        new
    }

    /// `dict_merge(self, other, override=1)` for an exact dict `other`.
    pub fn merge_from<O: DictObserver<K, V>>(
        &mut self,
        other: &Dict<K, V>,
        key_is_str: &dyn Fn(K) -> bool,
        eq: &mut dyn FnMut(K, K) -> bool,
        obs: &mut O,
    ) {
        if other.used == 0 {
            return;
        }
        if self.used == 0 && other.clonable_into_empty() {
            self.clone_from_table(other, obs);
            return;
        }
        self.merge_items(other, key_is_str, eq, obs);
    }

    /// Whether `dict_merge()` into an empty dict clones this (combined) table: "If other
    /// is clean, combined, and just allocated, just clone it."
    pub fn clonable_into_empty(&self) -> bool {
        let clean = self.used == self.nentries;
        let small_or_dense = self.log2_size == LOG_MINSIZE
            || usable_fraction((1usize << self.log2_size) / 2) < self.used;
        clean && small_or_dense
    }

    /// The rest of `dict_merge()`: one resize sized for the incoming items if they would
    /// not fit, then `insertdict()` of each in `other`'s order. What a merge does when it
    /// does not clone (a split source is never cloned).
    pub fn merge_items<O: DictObserver<K, V>>(
        &mut self,
        other: &Dict<K, V>,
        key_is_str: &dyn Fn(K) -> bool,
        eq: &mut dyn FnMut(K, K) -> bool,
        obs: &mut O,
    ) {
        if other.used == 0 {
            return;
        }
        if usable_fraction(1usize << self.log2_size) < other.used {
            let unicode = other.kind == DictKind::Unicode;
            let log2 = estimate_log2_keysize(self.used + other.used);
            self.dictresize(log2, unicode, ResizeReason::Merge, obs);
        }
        for e in other.iter() {
            let k = e.key;
            // insertdict(), not PyDict_SetItem: the empty-keys shortcut is not taken.
            self.insertdict(
                e.hash,
                k,
                key_is_str(k),
                e.value,
                &mut |stored| eq(stored, k),
                obs,
            );
        }
    }

    /// `dict_fromkeys()` with an exact dict source: `dictresize(estimate(len), unicode of
    /// the source)` before the inserts.
    pub fn resize_for_fromkeys_dict<O: DictObserver<K, V>>(
        &mut self,
        n: usize,
        unicode: bool,
        obs: &mut O,
    ) {
        self.dictresize(
            estimate_log2_keysize(n),
            unicode,
            ResizeReason::FromKeys,
            obs,
        );
    }

    /// `dict_fromkeys()` with a set source: a general table of `estimate(len)` slots,
    /// even for str keys.
    pub fn resize_for_fromkeys_set<O: DictObserver<K, V>>(&mut self, n: usize, obs: &mut O) {
        self.dictresize(estimate_log2_keysize(n), false, ResizeReason::FromKeys, obs);
    }
}

fn content_of(ix: i32) -> SlotContent {
    match ix {
        EMPTY => SlotContent::Empty,
        DUMMY => SlotContent::Dummy,
        n => SlotContent::Entry(n as u32),
    }
}

// ----- the replayable picture --------------------------------------------------------

/// An entry as the trace shows it: hash and the interned reprs of key and value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SnapEntry {
    pub hash: i64,
    pub key: u32,
    pub value: u32,
}

/// What is happening in the table right now, for drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Activity {
    /// Slots the current probe has visited, in order.
    pub probe_path: Vec<u32>,
    /// The slot under the probe.
    pub slot: Option<u32>,
    pub perturb: u64,
    pub hash: Option<i64>,
    /// The entry last written, found or removed.
    pub entry: Option<u32>,
    /// A collision at `slot` just happened.
    pub collision: bool,
    /// A resize is in progress from a table of this log2 size.
    pub resizing_from: Option<u8>,
}

/// A dict table rebuilt from events. Clones are cheap (persistent vectors).
#[derive(Clone, Debug, PartialEq)]
pub struct DictSnapshot {
    log2_size: u8,
    kind: DictKind,
    usable: i64,
    used: u32,
    nentries: u32,
    pub indices: Vector<i32>,
    pub entries: Vector<Option<SnapEntry>>,
    /// During a resize: the old entries being moved.
    old_entries: Option<Vector<Option<SnapEntry>>>,
    pub activity: Activity,
    /// An OrderedDict's `od_fast_nodes_size` (0 for other dicts).
    pub od_fast_nodes: u32,
    /// An OrderedDict's linked list, head first: its keys' texts (empty for other dicts).
    pub od_order: Vector<u32>,
}

impl Default for DictSnapshot {
    fn default() -> Self {
        DictSnapshot {
            log2_size: 0,
            kind: DictKind::Unicode,
            usable: 0,
            used: 0,
            nentries: 0,
            indices: Vector::unit(EMPTY),
            entries: Vector::new(),
            old_entries: None,
            activity: Activity::default(),
            od_fast_nodes: 0,
            od_order: Vector::new(),
        }
    }
}

impl DictSnapshot {
    /// The snapshot of a model table; `texts` are the (key, value) string ids of its live
    /// entries in order.
    pub fn from_table<K: Copy + Eq, V: Copy>(table: &Dict<K, V>, texts: &[(u32, u32)]) -> Self {
        let mut live = texts.iter();
        let entries: Vector<Option<SnapEntry>> = table
            .entries()
            .iter()
            .map(|e| {
                e.map(|e| {
                    let (k, v) = live.next().copied().unwrap_or((0, 0));
                    SnapEntry {
                        hash: e.hash,
                        key: k,
                        value: v,
                    }
                })
            })
            .collect();
        DictSnapshot {
            log2_size: table.log2_size(),
            kind: table.kind(),
            usable: table.usable(),
            used: table.len() as u32,
            nentries: table.nentries() as u32,
            indices: table.indices().map(|i| i as i32).collect(),
            entries,
            old_entries: None,
            activity: Activity::default(),
            od_fast_nodes: 0,
            od_order: Vector::new(),
        }
    }

    pub fn log2_size(&self) -> u8 {
        self.log2_size
    }

    pub fn kind(&self) -> DictKind {
        self.kind
    }

    pub fn kind_name(&self) -> &'static str {
        self.kind.name()
    }

    pub fn usable(&self) -> i64 {
        self.usable
    }

    pub fn used(&self) -> u32 {
        self.used
    }

    pub fn nentries(&self) -> u32 {
        self.nentries
    }

    /// During a resize: the old entries array being moved from (live ones still to move).
    pub fn old_entries(&self) -> Option<&Vector<Option<SnapEntry>>> {
        self.old_entries.as_ref()
    }

    pub fn slot_content(&self, slot: usize) -> SlotContent {
        self.indices
            .get(slot)
            .map_or(SlotContent::Empty, |&ix| content_of(ix))
    }

    /// Applies one event.
    pub fn apply(&mut self, ev: &DictEvent<u32, u32>) {
        use DictEvent::*;
        let a = &mut self.activity;
        match *ev {
            ProbeStart { hash, slot, .. } => {
                a.probe_path.clear();
                a.probe_path.push(slot);
                a.slot = Some(slot);
                a.perturb = hash as u64;
                a.hash = Some(hash);
                a.collision = false;
                a.entry = None;
            }
            Probe { slot, content } => {
                a.slot = Some(slot);
                a.collision = matches!(content, SlotContent::Entry(_));
            }
            ProbeNext { slot, perturb, .. } => {
                a.probe_path.push(slot);
                a.slot = Some(slot);
                a.perturb = perturb;
                a.collision = false;
            }
            Found { slot, entry } => {
                a.slot = Some(slot);
                a.entry = Some(entry);
                a.collision = false;
            }
            NotFound { slot } => {
                a.slot = Some(slot);
                a.collision = false;
            }
            Inserted {
                slot,
                entry,
                hash,
                key,
                value,
                ..
            } => {
                self.indices.set(slot as usize, entry as i32);
                let e = Some(SnapEntry { hash, key, value });
                if (entry as usize) < self.entries.len() {
                    self.entries.set(entry as usize, e);
                } else {
                    self.entries.push_back(e);
                }
                self.used += 1;
                self.usable -= 1;
                self.nentries = entry + 1;
                a.slot = Some(slot);
                a.entry = Some(entry);
                if a.probe_path.last() != Some(&slot) {
                    a.probe_path.push(slot);
                }
            }
            ValueReplaced { entry, value } => {
                if let Some(Some(e)) = self.entries.get_mut(entry as usize) {
                    e.value = value;
                }
                a.entry = Some(entry);
            }
            ResizeBegin {
                old_log2,
                new_log2,
                kind,
                ..
            } => {
                let old = std::mem::take(&mut self.entries);
                self.old_entries = Some(old);
                self.log2_size = new_log2;
                self.kind = kind;
                self.indices = std::iter::repeat_n(EMPTY, 1usize << new_log2).collect();
                self.usable = usable_fraction(1 << new_log2) as i64;
                self.nentries = 0;
                a.resizing_from = Some(old_log2);
                a.probe_path.clear();
                a.slot = None;
                a.entry = None;
            }
            Reinserted {
                old_entry,
                new_entry,
                slot,
            } => {
                // Taken out of the old array, so a view sees what is still to move.
                let e = self.old_entries.as_mut().and_then(|o| {
                    let slot = o.get_mut(old_entry as usize)?;
                    slot.take()
                });
                if (new_entry as usize) < self.entries.len() {
                    self.entries.set(new_entry as usize, e);
                } else {
                    self.entries.push_back(e);
                }
                self.indices.set(slot as usize, new_entry as i32);
                a.slot = Some(slot);
                a.entry = Some(new_entry);
            }
            Cloned {
                entry,
                hash,
                key,
                value,
            } => {
                while self.entries.len() < entry as usize {
                    self.entries.push_back(None);
                }
                self.entries.push_back(Some(SnapEntry { hash, key, value }));
            }
            ClonedSlot { slot, content } => {
                let ix = match content {
                    SlotContent::Empty => EMPTY,
                    SlotContent::Dummy => DUMMY,
                    SlotContent::Entry(e) => e as i32,
                };
                self.indices.set(slot as usize, ix);
                a.slot = Some(slot);
                a.collision = false;
                a.entry = match content {
                    SlotContent::Entry(e) => Some(e),
                    _ => None,
                };
            }
            ResizeEnd {
                usable,
                nentries,
                used,
            } => {
                self.usable = usable as i64;
                self.nentries = nentries;
                self.used = used;
                while self.entries.len() < nentries as usize {
                    self.entries.push_back(None);
                }
                self.entries.truncate(nentries as usize);
                self.old_entries = None;
                a.resizing_from = None;
            }
            Deleted { slot, entry } => {
                self.indices.set(slot as usize, DUMMY);
                if (entry as usize) < self.entries.len() {
                    self.entries.set(entry as usize, None);
                }
                self.used -= 1;
                a.slot = Some(slot);
                a.entry = Some(entry);
            }
            Popped { slot, entry } => {
                self.indices.set(slot as usize, DUMMY);
                self.entries.truncate(entry as usize);
                self.nentries = entry;
                self.used -= 1;
                a.slot = Some(slot);
                a.entry = None;
            }
            Cleared => {
                *self = DictSnapshot::default();
            }
        }
    }
}

/// One sentence for a dict event, with the real numbers and the CPython function it
/// mirrors. `before` is the table before the event; `text` resolves interned strings.
pub fn narrate(
    ev: &DictEvent<u32, u32>,
    dict: u32,
    before: Option<&DictSnapshot>,
    text: &dyn Fn(u32) -> String,
) -> String {
    use DictEvent::*;
    let key_of = |entry: u32| -> String {
        before
            .and_then(|s| s.entries.get(entry as usize).copied().flatten())
            .map(|e| text(e.key))
            .unwrap_or_else(|| format!("entry {entry}"))
    };
    match *ev {
        ProbeStart { hash, slot, mask } => format!(
            "dict #{dict}: probe starts at slot hash & {mask} = {:#x} & {mask} = {slot} (_Py_dict_lookup)",
            hash as u64
        ),
        Probe { slot, content } => match content {
            SlotContent::Entry(e) => format!(
                "slot {slot} holds entry {e} ({}): a different key — collision",
                key_of(e)
            ),
            SlotContent::Dummy => format!("slot {slot} is DUMMY (a deleted key): keep probing"),
            SlotContent::Empty => format!("slot {slot} is empty"),
        },
        ProbeNext {
            from,
            slot,
            perturb,
        } => format!("perturb >>= 5 -> {perturb}; i = ({from}·5 + {perturb} + 1) & mask = {slot}"),
        Found { slot, entry } => format!(
            "slot {slot} -> entry {entry} ({}): same key, found",
            key_of(entry)
        ),
        NotFound { slot } => format!("slot {slot} is empty: the key is not in the dict"),
        Inserted {
            slot,
            entry,
            hash,
            key,
            value,
            reused_dummy,
        } => {
            let how = if reused_dummy {
                "find_empty_slot() reuses the DUMMY slot"
            } else {
                "find_empty_slot() takes the empty slot"
            };
            format!(
                "{how} {slot}: indices[{slot}] = {entry}; entries[{entry}] = (hash {hash}, {}, {}) — insertdict()",
                text(key),
                text(value)
            )
        }
        ValueReplaced { entry, value } => format!(
            "entry {entry} ({}) already holds this key: only its value changes, to {}",
            key_of(entry),
            text(value)
        ),
        ResizeBegin {
            old_log2,
            new_log2,
            kind,
            reason,
        } => {
            let why = match reason {
                ResizeReason::Growth if old_log2 == 0 => {
                    "the first key leaves the shared empty table: insert_to_emptydict()".to_string()
                }
                ResizeReason::Growth => {
                    "dk_usable is 0: insertion_resize() -> dictresize()".to_string()
                }
                ResizeReason::KindSwitch => {
                    "a non-str key arrives at a unicode table: dictresize() to a general table"
                        .to_string()
                }
                ResizeReason::Merge => "dict_merge() sizes the table for the incoming items".into(),
                ResizeReason::FromKeys => "dict.fromkeys() sizes the table for its source".into(),
                ResizeReason::Clone => {
                    "clone_combined_dict_keys(): the whole table is copied as is".into()
                }
            };
            let ob = index_bytes(old_log2.max(LOG_MINSIZE));
            let nb = index_bytes(new_log2);
            let width = if ob != nb && old_log2 != 0 {
                format!("; indices widen from {ob} to {nb} bytes")
            } else {
                String::new()
            };
            format!(
                "{why}: {} -> {} slots, {} kind{width}",
                if old_log2 == 0 { 0 } else { 1u64 << old_log2 },
                1u64 << new_log2,
                kind.name()
            )
        }
        Reinserted {
            old_entry,
            new_entry,
            slot,
        } => format!(
            "re-insert entry {old_entry} ({}) as entry {new_entry} at slot {slot} (build_indices)",
            before
                .and_then(|s| s.old_entries.as_ref())
                .and_then(|o| o.get(old_entry as usize).copied().flatten())
                .map(|e| text(e.key))
                .unwrap_or_default()
        ),
        Cloned { entry, key, .. } => format!("entry {entry} ({}) copied", text(key)),
        ClonedSlot { slot, content } => match content {
            SlotContent::Entry(e) => format!("slot {slot} copied: it points to entry {e}"),
            SlotContent::Dummy => format!("slot {slot} copied: DUMMY"),
            SlotContent::Empty => format!("slot {slot} copied: empty"),
        },
        ResizeEnd {
            usable, nentries, ..
        } => format!("table ready: {nentries} entries, {usable} more usable before it grows"),
        Deleted { slot, entry } => format!(
            "del: slot {slot} becomes DUMMY, entry {entry} ({}) is emptied; usable and nentries stay (delitem_common)",
            key_of(entry)
        ),
        Popped { slot, entry } => format!(
            "popitem(): the last entry {entry} ({}) is removed, slot {slot} becomes DUMMY, dk_nentries = {entry}",
            key_of(entry)
        ),
        Cleared => "clear(): the dict goes back to the shared empty table".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(d: &mut Dict<i64, i64>, k: i64, is_str: bool) {
        d.insert(k, k, is_str, k, &mut |_| false, &mut ());
    }

    #[test]
    fn log2_keysize_quirks_of_3_11() {
        assert_eq!(calculate_log2_keysize(0), 3);
        assert_eq!(calculate_log2_keysize(8), 3);
        assert_eq!(calculate_log2_keysize(1), 4);
        assert_eq!(calculate_log2_keysize(7), 4);
        assert_eq!(calculate_log2_keysize(16), 5);
        assert_eq!(calculate_log2_keysize(17), 5);
        assert_eq!(calculate_log2_keysize(32), 6);
        assert_eq!(estimate_log2_keysize(21), 6);
        assert_eq!(estimate_log2_keysize(85), 8);
        assert_eq!(estimate_log2_keysize(4), 4);
    }

    #[test]
    fn design_example_apple_fig_pear() {
        // hashes under PYTHONHASHSEED=0
        let apple = -2003999543335776700i64;
        let fig = crate::models::hash::hash_str("fig", &Default::default());
        let pear = 3751709727703142314i64;
        let mut d: Dict<i64, i64> = Dict::new();
        for (h, v) in [(apple, 5), (fig, 3), (pear, 4)] {
            d.insert(h, h, true, v, &mut |_| false, &mut ());
        }
        d.delete(fig, fig, &mut |_| false, &mut ());
        assert_eq!(d.log2_size(), 3);
        assert_eq!(d.kind(), DictKind::Unicode);
        assert_eq!(d.usable(), 2);
        assert_eq!(d.nentries(), 3);
        assert_eq!(
            d.indices().collect::<Vec<_>>(),
            vec![-1, -1, 2, -1, 0, -2, -1, -1]
        );
    }

    #[test]
    fn key_changes_counts_structural_changes_only() {
        let mut d: Dict<i64, i64> = Dict::new();
        assert_eq!(d.entries_capacity(), 0);
        ins(&mut d, 1, false);
        ins(&mut d, 2, false);
        let before = d.key_changes();
        assert_eq!(d.entries_capacity(), 5);
        // Replacing a value moves nothing.
        d.insert(1, 1, false, 10, &mut |_| true, &mut ());
        assert_eq!(d.key_changes(), before);
        // Delete then add keeps the size but not the keys.
        d.delete(1, 1, &mut |_| true, &mut ());
        ins(&mut d, 3, false);
        assert_eq!(d.len(), 2);
        assert!(d.key_changes() > before);
        // clear() keeps counting rather than starting again.
        let c = d.key_changes();
        d.clear(&mut ());
        assert!(d.key_changes() > c);
    }

    #[test]
    fn a_non_str_key_switches_to_a_general_16_slot_table() {
        let mut d: Dict<i64, i64> = Dict::new();
        ins(&mut d, 12345, true);
        ins(&mut d, 1, false);
        assert_eq!(d.kind(), DictKind::General);
        assert_eq!(d.log2_size(), 4);
    }

    #[test]
    fn growth_after_five_items() {
        let mut d: Dict<i64, i64> = Dict::new();
        for k in 0..6 {
            ins(&mut d, k, false);
        }
        // used 5 -> calculate_log2_keysize(15) = 4
        assert_eq!(d.log2_size(), 4);
        assert_eq!(d.usable(), 10 - 6);
    }

    #[test]
    fn events_rebuild_the_table() {
        let mut d: Dict<i64, i64> = Dict::new();
        let mut evs: Vec<DictEvent<i64, i64>> = Vec::new();
        for k in [1i64, 9, 17, -2, 33, 5, 6, 7, 8, 100, 1000] {
            d.insert(k, k, false, k, &mut |_| false, &mut evs);
        }
        d.delete(9, 9, &mut |_| false, &mut evs);
        d.popitem(&mut evs);
        let mut snap = DictSnapshot::default();
        for e in &evs {
            let m = e.map(|k| k as u32, |v| v as u32);
            snap.apply(&m);
        }
        assert_eq!(
            snap.indices.iter().map(|&i| i as i64).collect::<Vec<_>>(),
            d.indices().collect::<Vec<_>>()
        );
        assert_eq!(snap.nentries() as usize, d.nentries());
        assert_eq!(snap.usable(), d.usable());
    }

    #[test]
    fn event_fits_in_32_bytes() {
        assert!(std::mem::size_of::<DictEvent<u32, u32>>() <= 32);
    }
}
