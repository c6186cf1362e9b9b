//! Split tables: the attribute dicts of plain classes' instances, which CPython 3.11 keeps
//! over keys shared with the class (models/shared_keys.rs) until a store the shared keys
//! cannot take converts them to combined tables (`Objects/dictobject.c`).
//!
//! A split dict's items stay in the dict model's table, in insertion order, so lookups,
//! iteration, reprs and deletions read them as for any dict; what is split is the layout
//! CPython gives them, which this file answers for (`sys.getsizeof()`, `inspect`) and
//! which it turns into a real combined table at the moment CPython converts one:
//! - a `str` key the shared keys lack, when they are full (`insertdict()` →
//!   `insertion_resize()`), or any key that is not an exact `str`;
//! - `popitem()` (`dictresize()` to the shared keys' 64 slots first);
//! - `clear()` (back to `Py_EMPTY_KEYS`);
//! - `update()` with more items than 64 slots' usable fraction (`dict_merge()`).
//!
//! Deleting keeps a dict split (`delitem_common()` only drops the value); a copy of a split
//! dict is split too (`PyDict_Copy()`), and `dict_merge()` never clones one.

use super::object::{Obj, ObjId, SplitKeys, SplitRef};
use super::{PyResult, Vm};
use crate::models::dict::{
    Dict, DictKind, ResizeReason, calculate_log2_keysize, estimate_log2_keysize, keys_size,
    usable_fraction,
};
use crate::models::shared_keys::{self, SharedKeys};
use serde_json::{Value, json};
use std::rc::Rc;

impl Vm {
    /// `ht_cached_keys` of class `cls`, made on first need.
    fn class_shared_keys(&mut self, cls: ObjId) -> Option<SplitKeys> {
        let Some(Obj::Class(c)) = self.heap.get_mut(cls) else {
            return None;
        };
        Some(
            c.shared_keys
                .get_or_insert_with(|| Rc::new(SharedKeys::new().into()))
                .clone(),
        )
    }

    /// The attribute dict of an instance `object.__new__()` makes for plain class `cls`:
    /// split over the class's keys, which lose a usable slot for it (`init_inline_values`).
    pub(crate) fn new_split_instance_dict(&mut self, cls: ObjId) -> ObjId {
        self.new_split_dict(cls, true)
    }

    /// The attribute dict of an instance of a Python subclass of dict: `dict_new()` makes
    /// no values array, so the first attribute store makes a split dict over the class's
    /// keys without taking a usable slot (`_PyObjectDict_SetItem` →
    /// `new_dict_with_shared_keys`). Reading `__dict__` before any store gets a plain
    /// empty dict instead ([`Vm::split_dict_read`]).
    pub(crate) fn new_split_attrs_dict(&mut self, cls: ObjId) -> ObjId {
        self.new_split_dict(cls, false)
    }

    fn new_split_dict(&mut self, cls: ObjId, takes_a_slot: bool) -> ObjId {
        let keys = self.class_shared_keys(cls);
        if let Some(k) = &keys
            && takes_a_slot
        {
            k.borrow_mut().instance_created();
        }
        let d = self.new_instance_dict();
        if let (Some(Obj::Dict(x)), Some(keys)) = (self.heap.get_mut(d), keys) {
            x.instance_attrs = false;
            x.split = Some(SplitRef { class: cls, keys });
        }
        d
    }

    fn split_of(&self, d: ObjId) -> Option<SplitRef> {
        match self.heap.get(d) {
            Obj::Dict(x) => x.split.clone(),
            _ => None,
        }
    }

    fn split_keys_of(&self, d: ObjId) -> Option<SplitKeys> {
        self.split_of(d).map(|s| s.keys)
    }

    /// Before `insertdict()` stores key `k` (hash `h`) in dict `d`: a split dict keeps its
    /// keys shared when they have (or can take) `k`, and converts otherwise.
    #[inline]
    pub(crate) fn split_before_insert(&mut self, d: ObjId, h: i64, k: ObjId) {
        // Every dict store passes here: the common answer (not split) costs one look.
        if !matches!(self.heap.get(d), Obj::Dict(x) if x.split.is_some()) {
            return;
        }
        self.split_insert(d, h, k);
    }

    #[inline(never)]
    fn split_insert(&mut self, d: ObjId, h: i64, k: ObjId) {
        let Some(keys) = self.split_keys_of(d) else {
            return;
        };
        let used = self.dict_len(d);
        let added = match self.heap.get(k) {
            // insert_into_dictkeys() semantics: a name already shared (the common store,
            // which copies nothing), or room for one.
            Obj::Str(s) => {
                let mut keys = keys.borrow_mut();
                keys.lookup(h, &*s.s).is_some() || keys.insert(h, Rc::from(&*s.s)).is_some()
            }
            // `DK_IS_UNICODE(mp->ma_keys) && !PyUnicode_CheckExact(key)`:
            // insertion_resize(mp, 0).
            _ => {
                self.materialize_dict(d);
                self.split_to_combined(d, calculate_log2_keysize(used * 3), false);
                return;
            }
        };
        if !added {
            // An instance whose attributes were inline gets a dict object first
            // (`_PyObject_StoreInstanceAttribute` → `make_dict_from_instance_attributes`),
            // which the collector counts from then on; dk_usable <= 0: insertion_resize(mp, 1).
            self.materialize_dict(d);
            self.split_to_combined(d, calculate_log2_keysize(used * 3), true);
        }
    }

    /// `popitem()` converts a split table first: `dictresize(mp, DK_LOG_SIZE(keys), 1)`.
    pub(crate) fn split_before_popitem(&mut self, d: ObjId) {
        if self.split_keys_of(d).is_some() && self.dict_len(d) > 0 {
            self.split_to_combined(d, shared_keys::LOG2_SIZE, true);
        }
    }

    /// `obj.__dict__` of a dict subclass's instance read before any attribute was stored:
    /// `PyObject_GenericGetDict()` finds no values and no dict, and makes `PyDict_New()`.
    pub(crate) fn split_dict_read(&mut self, owner: ObjId, d: ObjId) {
        if !matches!(self.heap.get(owner), Obj::Dict(_)) {
            return;
        }
        if let Some(Obj::Dict(x)) = self.heap.get_mut(d)
            && x.split.is_some()
            && x.table.log2_size() == 0
        {
            x.split = None;
        }
    }

    /// `PyDict_Clear()` leaves `Py_EMPTY_KEYS`, a combined table.
    pub(crate) fn split_cleared(&mut self, d: ObjId) {
        if let Some(Obj::Dict(x)) = self.heap.get_mut(d) {
            x.split = None;
        }
    }

    /// `dictresize()` of a split table: a combined one of `2**log2` slots, the items in
    /// their insertion order. The dict no longer shares its class's keys.
    fn split_to_combined(&mut self, d: ObjId, log2: u8, unicode: bool) {
        let reason = if unicode {
            ResizeReason::Growth
        } else {
            ResizeReason::KindSwitch
        };
        // Split dicts carry no trace number (their layout is not the model table's), so
        // the conversion records nothing either.
        self.quietly(|vm| {
            vm.with_dict(d, None, None, |t, _eq, obs| {
                t.dictresize(log2, unicode, reason, obs)
            })
        });
        self.split_cleared(d);
    }

    pub(crate) fn dict_len(&self, d: ObjId) -> usize {
        match self.heap.get(d) {
            Obj::Dict(x) => x.table.len(),
            _ => 0,
        }
    }

    /// `PyDict_Copy()` of a split dict: a split dict over the same keys, its own values
    /// array sized from them. `None` for a combined source.
    pub(crate) fn split_copy(&mut self, d: ObjId) -> Option<ObjId> {
        let split = self.split_of(d)?;
        let table = match self.heap.get(d) {
            Obj::Dict(x) if !x.table.is_empty() => x.table.clone(),
            // An empty dict copies to PyDict_New().
            _ => return None,
        };
        // Its layout is the shared keys', which the trace's dict view does not show.
        let copy = self.quietly(|vm| vm.alloc_dict(table));
        if let Some(Obj::Dict(x)) = self.heap.get_mut(copy) {
            x.split = Some(split);
        }
        Some(copy)
    }

    /// `dict_merge()` into split dict `d` from the exact dict whose table is `src`
    /// (`src_split`: itself a split table, never cloned). False when `d` is not split.
    pub(crate) fn split_merge(
        &mut self,
        d: ObjId,
        src: &Dict<ObjId, ObjId>,
        src_split: bool,
    ) -> PyResult<bool> {
        if !matches!(self.heap.get(d), Obj::Dict(x) if x.split.is_some()) {
            return Ok(false);
        }
        let used = self.dict_len(d);
        if used == 0 && !src_split && src.clonable_into_empty() {
            // clone_combined_dict_keys(): the target takes a copy of the source's table
            // and frees its values.
            self.quietly(|vm| {
                vm.with_dict(d, None, None, |t, _eq, obs| t.clone_from_table(src, obs))
            });
            self.split_cleared(d);
            return Ok(true);
        }
        // USABLE_FRACTION(DK_SIZE(mp->ma_keys)) of the shared keys' 64 slots.
        if usable_fraction(1 << shared_keys::LOG2_SIZE) < src.len() {
            let log2 = estimate_log2_keysize(used + src.len());
            // A split source's keys are all exact str: a unicode table either way.
            let unicode = src_split || src.kind() == DictKind::Unicode;
            self.split_to_combined(d, log2, unicode);
        }
        let items: Vec<(i64, ObjId, ObjId)> =
            src.iter().map(|e| (e.hash, e.key, e.value)).collect();
        for (h, k, v) in items {
            self.dict_insert_hashed(d, h, k, v)?;
        }
        Ok(true)
    }

    /// `_PyDict_SizeOf()` of a split dict, the GC header included (`sys.getsizeof`):
    /// the object, plus a pointer for each slot of the values array, plus the keys when
    /// nothing else holds them (`dk_refcnt == 1`: the class is gone, and with it every
    /// instance; no other split dict is left). `Err` when that cannot be told: without
    /// reference counts, an unreachable class may or may not have been collected yet.
    pub(crate) fn split_sizeof(&mut self, d: ObjId) -> Option<Result<usize, &'static str>> {
        let split = self.split_of(d)?;
        let n = split.keys.borrow().usable_size();
        let base = 16 + 48 + 8 * n;
        let class_holds = matches!(self.heap.get(split.class),
            Obj::Class(c) if c.shared_keys.as_ref().is_some_and(|k| Rc::ptr_eq(k, &split.keys)));
        if !self.heap.precise {
            let reachable = class_holds && {
                let marks = self.heap.reachable(self.gc_roots());
                marks.get(split.class.0 as usize).copied().unwrap_or(false)
            };
            return Some(if reachable {
                Ok(base)
            } else {
                Err("sys.getsizeof() of a split dict whose class is no longer reachable")
            });
        }
        // Holders now: this dict and `split` (the clone above), plus the class while it
        // lives and every other split dict over the keys.
        let only_this = !class_holds && Rc::strong_count(&split.keys) == 2;
        let keys_size = keys_size(shared_keys::LOG2_SIZE, DictKind::Split);
        Some(Ok(base + if only_this { keys_size } else { 0 }))
    }

    /// `inspect`'s table for a split dict: the shared keys' index and entry arrays, each
    /// entry with this dict's value for it (null where it has none), as the ctypes probe
    /// reads `ma_keys` and `ma_values`.
    pub fn split_table_json(&mut self, d: ObjId) -> Option<Value> {
        let keys = self.split_keys_of(d)?;
        let keys = keys.borrow().clone();
        let items: Vec<(ObjId, ObjId)> = self.dict_items(d);
        let mut entries = Vec::new();
        for (text, hash) in keys.entries() {
            let found = items
                .iter()
                .find(|(k, _)| matches!(self.heap.get(*k), Obj::Str(s) if *s.s == **text));
            match found {
                Some(&(k, v)) => {
                    let key = self.repr(k).unwrap_or_default();
                    let value = self.repr(v).unwrap_or_default();
                    entries.push(json!({"hash": hash, "key": key, "value": value}));
                }
                None => entries.push(Value::Null),
            }
        }
        let indices: Vec<i64> = keys.indices().collect();
        Some(json!({
            "log2_size": shared_keys::LOG2_SIZE,
            "kind": "split",
            "usable": keys.usable(),
            "nentries": keys.nentries(),
            "indices": indices,
            "entries": entries,
        }))
    }
}
