//! The VM's side of sets and frozensets: each operation mirrors its C function in
//! CPython 3.11's `Objects/setobject.c` (and the set operators of dict views, in
//! `Objects/dictobject.c`) step for step, because the order in which keys are added,
//! discarded and copied decides the slot layout, and the slot layout is the order a set
//! iterates and prints in.
//!
//! Each operation on a table takes it out of its heap slot while the model works, so the
//! model's key-equality callback can run `==` on other objects; the table goes back
//! before the operation returns.

use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::{BinOp, CmpOp};
use crate::models::set::SetTable;

impl Vm {
    /// Runs a model operation on set `s` with its table taken out of the heap; the model
    /// asks `eq(stored, key)` whether a stored key equals the one it works with. `None`
    /// when `s` is not a set.
    fn with_set<R>(
        &mut self,
        s: ObjId,
        f: impl FnOnce(&mut SetTable<ObjId>, &mut dyn FnMut(ObjId, ObjId) -> bool) -> R,
    ) -> Option<R> {
        let (mut table, frozen) = match self.heap.replace(s, Obj::Free) {
            Obj::Set(t) => (t, false),
            Obj::FrozenSet(t) => (t, true),
            other => {
                self.heap.replace(s, other);
                return None;
            }
        };
        let r = {
            let this = &mut *self;
            let mut eq = |stored: ObjId, key: ObjId| this.key_eq(stored, key);
            f(&mut table, &mut eq)
        };
        self.dict_eq_memo.clear();
        self.heap.replace(
            s,
            if frozen {
                Obj::FrozenSet(table)
            } else {
                Obj::Set(table)
            },
        );
        Some(r)
    }

    /// Makes, before the model looks `k` up in set `s`, each key comparison that can run
    /// Python code, as `set_lookkey()` / `set_add_entry()` make them along the probe, and
    /// keeps the answers for the model's operation. The comparison's exception
    /// propagates; when it replaced the table or the compared slot's key, the lookup
    /// starts again (`return set_lookkey(...)`, `goto restart`). `adding`: `set_add_entry()`,
    /// which takes an equal key as found before looking for a change.
    // mirrors set_lookkey() and set_add_entry() in Objects/setobject.c
    fn set_resolve_eq(&mut self, s: ObjId, h: i64, k: ObjId, adding: bool) -> PyResult<()> {
        let mut memo: Vec<(ObjId, bool)> = Vec::new();
        let key_plain = self.heap.is_plain(k);
        while let Obj::Set(t) | Obj::FrozenSet(t) = self.heap.get(s) {
            let heap = &self.heap;
            let mut pending = None;
            let found = t.find(h, k, &mut |stored| {
                if key_plain && heap.is_plain(stored) {
                    return plain_eq(heap, stored, k);
                }
                if let Some(&(_, r)) = memo.iter().find(|(x, _)| *x == stored) {
                    return r;
                }
                pending = Some(stored);
                true
            });
            let (Some(stored), Some(slot)) = (pending, found) else {
                break;
            };
            let before = (t.generation(), t.fill(), t.len());
            let equal = self.eq(stored, k)?;
            let (Obj::Set(t) | Obj::FrozenSet(t)) = self.heap.get(s) else {
                break;
            };
            let same_slot = t.generation() == before.0
                && matches!(t.slots().get(slot),
                    Some(crate::models::set::SetSlot::Active { key, .. }) if *key == stored);
            let changed = !same_slot || (t.fill(), t.len()) != (before.1, before.2);
            if changed && (same_slot || (adding && equal)) {
                // CPython goes on from where it was in the changed table (or takes the
                // equal key as found): a probe started again could differ.
                return self
                    .unsupported("a key comparison (__eq__) that changes the set being looked up");
            }
            if !same_slot {
                memo.clear();
                continue;
            }
            memo.push((stored, equal));
        }
        self.dict_eq_memo = memo;
        Ok(())
    }

    /// `PyAnySet_Check()`.
    pub(crate) fn is_anyset(&self, o: ObjId) -> bool {
        matches!(self.heap.get(o), Obj::Set(_) | Obj::FrozenSet(_))
    }

    /// A copy of set `o`'s table, to walk while other sets change (`set_next()` over it).
    fn set_snapshot(&self, o: ObjId) -> SetTable<ObjId> {
        match self.heap.get(o) {
            Obj::Set(t) | Obj::FrozenSet(t) => (**t).clone(),
            _ => SetTable::new(),
        }
    }

    fn set_size(&self, o: ObjId) -> usize {
        match self.heap.get(o) {
            Obj::Set(t) | Obj::FrozenSet(t) => t.len(),
            _ => 0,
        }
    }

    /// `make_new_set_basetype(Py_TYPE(so), iterable)`: a frozenset when `so` is one.
    fn new_set_like(&mut self, so: ObjId, iterable: Option<ObjId>) -> PyResult {
        let frozen = matches!(self.heap.get(so), Obj::FrozenSet(_));
        self.new_set(frozen, iterable)
    }

    /// `set_add_key()`.
    pub fn set_add(&mut self, s: ObjId, k: ObjId) -> PyResult<()> {
        let h = self.hash(k)?;
        self.set_add_entry(s, h, k)?;
        Ok(())
    }

    /// `set_add_entry()`: false when an equal key was already there.
    fn set_add_entry(&mut self, s: ObjId, h: i64, k: ObjId) -> PyResult<bool> {
        self.set_resolve_eq(s, h, k, true)?;
        Ok(self
            .with_set(s, |t, eq| t.add(h, k, &mut |stored| eq(stored, k)))
            .unwrap_or(false))
    }

    /// `set_contains_key()`.
    pub fn set_contains(&mut self, s: ObjId, k: ObjId) -> PyResult<bool> {
        // `[] in s` raises for unhashable keys, as CPython does.
        let h = self.hash(k)?;
        self.set_contains_entry(s, h, k)
    }

    /// `set_contains_entry()`.
    fn set_contains_entry(&mut self, s: ObjId, h: i64, k: ObjId) -> PyResult<bool> {
        self.set_resolve_eq(s, h, k, false)?;
        Ok(self
            .with_set(s, |t, eq| t.contains(h, k, &mut |stored| eq(stored, k)))
            .unwrap_or(false))
    }

    /// `set_discard_key()`: whether `k` was there.
    pub fn set_discard(&mut self, s: ObjId, k: ObjId) -> PyResult<bool> {
        let h = self.hash(k)?;
        self.set_discard_entry(s, h, k)
    }

    /// `set_discard_entry()`: the slot becomes a dummy.
    fn set_discard_entry(&mut self, s: ObjId, h: i64, k: ObjId) -> PyResult<bool> {
        self.set_resolve_eq(s, h, k, false)?;
        Ok(self
            .with_set(s, |t, eq| {
                t.discard(h, k, &mut |stored| eq(stored, k)).is_some()
            })
            .unwrap_or(false))
    }

    /// `set_clear_internal()`.
    fn set_clear(&mut self, s: ObjId) {
        self.with_set(s, |t, _| t.clear());
    }

    /// `set_merge()`: `other` is a set or frozenset.
    fn set_merge(&mut self, so: ObjId, other: ObjId) {
        if so == other {
            return;
        }
        let other = self.set_snapshot(other);
        self.with_set(so, |t, eq| t.merge(&other, eq));
    }

    /// Fills set `s` from an iterable (`set_update_internal()`): a set is merged, an exact
    /// dict's keys are added with their stored hashes after one presize, anything else is
    /// iterated.
    pub fn set_update(&mut self, s: ObjId, iterable: ObjId) -> PyResult<()> {
        match self.heap.get(iterable) {
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_merge(s, iterable),
            // PyDict_CheckExact(): a dict subclass is iterated like any other iterable.
            Obj::Dict(d) if d.is_exact() => {
                let keys: Vec<(i64, ObjId)> = d
                    .table
                    .entries()
                    .iter()
                    .flatten()
                    .map(|e| (e.hash, e.key))
                    .collect();
                let n = d.table.len();
                self.with_set(s, |t, _| t.presize_for_dict(n));
                for (h, k) in keys {
                    self.set_add_entry(s, h, k)?;
                }
            }
            _ => {
                let it = self.get_iter(iterable)?;
                while let Some(k) = self.iter_next(it)? {
                    self.set_add(s, k)?;
                }
            }
        }
        Ok(())
    }

    /// `make_new_set()`.
    pub fn new_set(&mut self, frozen: bool, iterable: Option<ObjId>) -> PyResult {
        let s = if frozen {
            self.heap.alloc(Obj::FrozenSet(Box::default()))
        } else {
            self.heap.alloc(Obj::Set(Box::default()))
        };
        if let Some(it) = iterable {
            self.set_update(s, it)?;
        }
        Ok(s)
    }

    /// `set_copy()`: a new set (or frozenset, like `so`) merged from `so`.
    fn set_copy(&mut self, so: ObjId) -> PyResult {
        self.new_set_like(so, Some(so))
    }

    /// `set_union()`: a copy of `so`, then each other iterable added (`so` itself skipped).
    fn set_union(&mut self, so: ObjId, others: &[ObjId]) -> PyResult {
        let result = self.set_copy(so)?;
        for &other in others {
            if other != so {
                self.set_update(result, other)?;
            }
        }
        Ok(result)
    }

    /// `set_intersection()`. Against a set it walks the smaller one (`other` when the sizes
    /// tie) and adds that one's keys; against any other iterable it walks the iterable,
    /// stopping once the result is as large as `so`.
    fn set_intersection(&mut self, so: ObjId, other: ObjId) -> PyResult {
        if so == other {
            return self.set_copy(so);
        }
        let result = self.new_set_like(so, None)?;
        if self.is_anyset(other) {
            let (big, small) = if self.set_size(other) > self.set_size(so) {
                (other, so)
            } else {
                (so, other)
            };
            for (h, k) in self.set_snapshot(small).iter_hashed() {
                if self.set_contains_entry(big, h, k)? {
                    self.set_add_entry(result, h, k)?;
                }
            }
            return Ok(result);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            let h = self.hash(k)?;
            if self.set_contains_entry(so, h, k)? {
                self.set_add_entry(result, h, k)?;
                if self.set_size(result) >= self.set_size(so) {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `set_intersection_multi()`: `so.intersection(*others)`.
    fn set_intersection_multi(&mut self, so: ObjId, others: &[ObjId]) -> PyResult {
        if others.is_empty() {
            return self.set_copy(so);
        }
        let mut result = so;
        for &other in others {
            result = self.set_intersection(result, other)?;
        }
        Ok(result)
    }

    /// `set_swap_bodies(so, tmp)` as the intersection updates use it.
    fn set_take_body(&mut self, so: ObjId, tmp: ObjId) {
        let body = self.set_snapshot(tmp);
        self.with_set(so, |t, _| t.take_body(body));
    }

    /// `set_difference_update_internal()`: discards `other`'s keys from `so` (walking
    /// `so & other` instead when `other` is more than 8 times larger), then rebuilds the
    /// table if more than a quarter of it is dummies.
    fn set_difference_update(&mut self, so: ObjId, other: ObjId) -> PyResult<()> {
        if so == other {
            self.set_clear(so);
            return Ok(());
        }
        if self.is_anyset(other) {
            let other = if (self.set_size(other) >> 3) > self.set_size(so) {
                self.set_intersection(so, other)?
            } else {
                other
            };
            for (h, k) in self.set_snapshot(other).iter_hashed() {
                self.set_discard_entry(so, h, k)?;
            }
        } else {
            let it = self.get_iter(other)?;
            while let Some(k) = self.iter_next(it)? {
                self.set_discard(so, k)?;
            }
        }
        self.with_set(so, |t, _| t.drop_dummies_after_difference());
        Ok(())
    }

    /// `set_copy_and_difference()`.
    fn set_copy_and_difference(&mut self, so: ObjId, other: ObjId) -> PyResult {
        let result = self.set_copy(so)?;
        self.set_difference_update(result, other)?;
        Ok(result)
    }

    /// `set_difference()`: a copy of `so` with `other` discarded when `other` is not a set
    /// or dict, or when `so` is more than 4 times larger; otherwise a new set of `so`'s
    /// keys that `other` lacks.
    fn set_difference(&mut self, so: ObjId, other: ObjId) -> PyResult {
        let other_size = match self.heap.get(other) {
            Obj::Set(t) | Obj::FrozenSet(t) => t.len(),
            Obj::Dict(d) if d.is_exact() => d.table.len(),
            _ => return self.set_copy_and_difference(so, other),
        };
        if (self.set_size(so) >> 2) > other_size {
            return self.set_copy_and_difference(so, other);
        }
        let result = self.new_set_like(so, None)?;
        let is_dict = matches!(self.heap.get(other), Obj::Dict(d) if d.is_exact());
        for (h, k) in self.set_snapshot(so).iter_hashed() {
            let found = if is_dict {
                self.dict_contains_hashed(other, h, k)?
            } else {
                self.set_contains_entry(other, h, k)?
            };
            if !found {
                self.set_add_entry(result, h, k)?;
            }
        }
        Ok(result)
    }

    /// `set_difference_multi()`: `so.difference(*others)`.
    fn set_difference_multi(&mut self, so: ObjId, others: &[ObjId]) -> PyResult {
        let Some((&first, rest)) = others.split_first() else {
            return self.set_copy(so);
        };
        let result = self.set_difference(so, first)?;
        for &other in rest {
            self.set_difference_update(result, other)?;
        }
        Ok(result)
    }

    /// `set_symmetric_difference_update()`: each key of `other` (an exact dict's keys
    /// with their hashes, a set's slots, or a new set built from any other iterable) is
    /// discarded from `so` when there, else added.
    fn set_symmetric_difference_update(&mut self, so: ObjId, other: ObjId) -> PyResult<()> {
        if so == other {
            self.set_clear(so);
            return Ok(());
        }
        let keys: Vec<(i64, ObjId)> = match self.heap.get(other) {
            Obj::Dict(d) if d.is_exact() => d
                .table
                .entries()
                .iter()
                .flatten()
                .map(|e| (e.hash, e.key))
                .collect(),
            Obj::Set(t) | Obj::FrozenSet(t) => t.iter_hashed().collect(),
            _ => {
                let otherset = self.new_set_like(so, Some(other))?;
                self.set_snapshot(otherset).iter_hashed().collect()
            }
        };
        for (h, k) in keys {
            if !self.set_discard_entry(so, h, k)? {
                self.set_add_entry(so, h, k)?;
            }
        }
        Ok(())
    }

    /// `set_symmetric_difference()`: a new set built from `other`, then updated with `so`
    /// — so `a ^ b` starts from `b`'s keys.
    fn set_symmetric_difference(&mut self, so: ObjId, other: ObjId) -> PyResult {
        let otherset = self.new_set_like(so, Some(other))?;
        self.set_symmetric_difference_update(otherset, so)?;
        Ok(otherset)
    }

    /// `set_isdisjoint()`.
    fn set_isdisjoint(&mut self, so: ObjId, other: ObjId) -> PyResult<bool> {
        if so == other {
            return Ok(self.set_size(so) == 0);
        }
        if self.is_anyset(other) {
            let (big, small) = if self.set_size(other) > self.set_size(so) {
                (other, so)
            } else {
                (so, other)
            };
            for (h, k) in self.set_snapshot(small).iter_hashed() {
                if self.set_contains_entry(big, h, k)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            if self.set_contains(so, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set_issubset()`: a non-set `other` is first made a set.
    fn set_issubset(&mut self, so: ObjId, other: ObjId) -> PyResult<bool> {
        if !self.is_anyset(other) {
            let tmp = self.new_set(false, Some(other))?;
            return self.set_issubset(so, tmp);
        }
        if self.set_size(so) > self.set_size(other) {
            return Ok(false);
        }
        for (h, k) in self.set_snapshot(so).iter_hashed() {
            if !self.set_contains_entry(other, h, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set_issuperset()`: a non-set `other` is walked until a key is missing.
    fn set_issuperset(&mut self, so: ObjId, other: ObjId) -> PyResult<bool> {
        if self.is_anyset(other) {
            return self.set_issubset(other, so);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            if !self.set_contains(so, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set_richcompare()` between two sets.
    pub(crate) fn set_richcompare(&mut self, op: CmpOp, v: ObjId, w: ObjId) -> PyResult<bool> {
        let (lv, lw) = (self.set_size(v), self.set_size(w));
        Ok(match op {
            CmpOp::Eq => lv == lw && self.set_issubset(v, w)?,
            CmpOp::Ne => !(lv == lw && self.set_issubset(v, w)?),
            CmpOp::Le => self.set_issubset(v, w)?,
            CmpOp::Ge => self.set_issuperset(v, w)?,
            CmpOp::Lt => lv < lw && self.set_issubset(v, w)?,
            CmpOp::Gt => lv > lw && self.set_issuperset(v, w)?,
        })
    }

    /// `s |= o`, `s &= o`, `s -= o`, `s ^= o` on a set, `o` a set or frozenset: in place,
    /// as set_ior, set_iand (the intersection's body swapped in), set_isub and set_ixor
    /// do it.
    pub fn set_inplace(&mut self, op: BinOp, s: ObjId, o: ObjId) -> PyResult {
        match op {
            BinOp::Or => self.set_update(s, o)?,
            BinOp::And => {
                let tmp = self.set_intersection(s, o)?;
                self.set_take_body(s, tmp);
            }
            BinOp::Sub => self.set_difference_update(s, o)?,
            BinOp::Xor => self.set_symmetric_difference_update(s, o)?,
            _ => return self.set_op(op, s, o),
        }
        Ok(s)
    }

    /// `|`, `&`, `-`, `^` between two sets or frozensets (set_or, set_and, set_sub,
    /// set_xor); the result has the left operand's type.
    pub fn set_op(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult {
        if !self.is_anyset(a) || !self.is_anyset(b) {
            return self.type_error("expected sets");
        }
        match op {
            BinOp::Or => {
                let result = self.set_copy(a)?;
                if a != b {
                    self.set_update(result, b)?;
                }
                Ok(result)
            }
            BinOp::And => self.set_intersection(a, b),
            BinOp::Sub => self.set_difference(a, b),
            BinOp::Xor => self.set_symmetric_difference(a, b),
            _ => self.type_error("expected sets"),
        }
    }

    /// The methods of set and frozenset that combine sets.
    pub(crate) fn set_combine_method(
        &mut self,
        s: ObjId,
        name: &str,
        args: &[ObjId],
    ) -> PyResult<Option<ObjId>> {
        let none = self.none;
        let tn = if matches!(self.heap.get(s), Obj::FrozenSet(_)) {
            "frozenset"
        } else {
            "set"
        };
        let one = |vm: &mut Vm| -> PyResult<ObjId> {
            match args {
                [a] => Ok(*a),
                _ => vm.type_error(format!(
                    "{tn}.{name}() takes exactly one argument ({} given)",
                    args.len()
                )),
            }
        };
        Ok(Some(match name {
            "union" => self.set_union(s, args)?,
            "intersection" => self.set_intersection_multi(s, args)?,
            "difference" => self.set_difference_multi(s, args)?,
            "symmetric_difference" => {
                let o = one(self)?;
                self.set_symmetric_difference(s, o)?
            }
            "intersection_update" => {
                let tmp = self.set_intersection_multi(s, args)?;
                self.set_take_body(s, tmp);
                none
            }
            "difference_update" => {
                for &o in args {
                    self.set_difference_update(s, o)?;
                }
                none
            }
            "symmetric_difference_update" => {
                let o = one(self)?;
                self.set_symmetric_difference_update(s, o)?;
                none
            }
            "isdisjoint" | "issubset" | "issuperset" => {
                let o = one(self)?;
                let r = match name {
                    "isdisjoint" => self.set_isdisjoint(s, o)?,
                    "issubset" => self.set_issubset(s, o)?,
                    _ => self.set_issuperset(s, o)?,
                };
                self.bool(r)
            }
            _ => return Ok(None),
        }))
    }

    // ----- dict views ------------------------------------------------------------------

    /// `dictviews_to_set()`: `PySet_New()` of the view's dict for an exact dict's keys
    /// view (its keys with their stored hashes), else of `x` itself.
    fn dictviews_to_set(&mut self, x: ObjId) -> PyResult {
        let src = match self.heap.get(x) {
            Obj::DictView {
                dict,
                kind: ViewKind::Keys,
            } if matches!(self.heap.get(*dict), Obj::Dict(d) if d.is_exact()) => *dict,
            _ => x,
        };
        self.new_set(false, Some(src))
    }

    /// `|`, `&`, `-`, `^` with a keys or items view on either side (dictviews_or,
    /// _PyDictView_Intersect, dictviews_sub, dictviews_xor). `a` is the left operand:
    /// a set on the left has declined, and the view's slot runs with `a` as `self`.
    pub(crate) fn dictview_op(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult {
        match op {
            BinOp::Or => {
                let result = self.dictviews_to_set(a)?;
                self.set_update(result, b)?;
                Ok(result)
            }
            BinOp::Sub => {
                let result = self.dictviews_to_set(a)?;
                self.set_difference_update(result, b)?;
                Ok(result)
            }
            BinOp::Xor => {
                if let (Some(d1), Some(d2)) = (self.items_view_dict(a), self.items_view_dict(b)) {
                    return self.dictitems_xor(d1, d2);
                }
                let result = self.dictviews_to_set(a)?;
                self.set_symmetric_difference_update(result, b)?;
                Ok(result)
            }
            _ => self.dictview_intersect(a, b),
        }
    }

    fn items_view_dict(&self, v: ObjId) -> Option<ObjId> {
        match self.heap.get(v) {
            Obj::DictView {
                dict,
                kind: ViewKind::Items,
            } => Some(*dict),
            _ => None,
        }
    }

    /// The length of a keys or items view, or of a set.
    fn setlike_len(&mut self, v: ObjId) -> PyResult<usize> {
        match self.heap.get(v) {
            Obj::DictView { dict, .. } => {
                let d = *dict;
                self.len_of(d)
            }
            _ => self.len_of(v),
        }
    }

    /// `_PyDictView_Intersect()`.
    fn dictview_intersect(&mut self, a: ObjId, b: ObjId) -> PyResult {
        let (mut view, mut other) = if is_setlike_view(self.heap.get(a)) {
            (a, b)
        } else {
            (b, a)
        };
        let len_self = self.setlike_len(view)?;
        // Against a larger (or as large) exact set: `other.intersection(self)`.
        if matches!(self.heap.get(other), Obj::Set(_)) && len_self <= self.set_size(other) {
            return self.set_intersection(other, view);
        }
        if is_setlike_view(self.heap.get(other)) && self.setlike_len(other)? > len_self {
            std::mem::swap(&mut view, &mut other);
        }
        let result = self.new_set(false, None)?;
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            if self.contains(view, k)? {
                self.set_add(result, k)?;
            }
        }
        Ok(result)
    }

    /// `dictitems_xor()`: the pairs of `d2` whose key `d1` lacks or maps to an unequal
    /// value, then what is left of a copy of `d1` after the equal pairs are deleted.
    fn dictitems_xor(&mut self, d1: ObjId, d2: ObjId) -> PyResult {
        let temp = self.dict_copy(d1)?;
        let result = self.new_set(false, None)?;
        for (key, val2) in self.dict_items(d2) {
            let to_delete = match self.dict_lookup(temp, key)? {
                Some(val1) => self.eq(val1, val2)?,
                None => false,
            };
            if to_delete {
                self.dict_delitem(temp, key)?;
            } else {
                let pair = self.tuple(vec![key, val2]);
                self.set_add(result, pair)?;
            }
        }
        let remaining = self.heap.alloc(Obj::DictView {
            dict: temp,
            kind: ViewKind::Items,
        });
        self.set_update(result, remaining)?;
        Ok(result)
    }

    /// `dictviews_isdisjoint()`: walks the shorter side when `other` is a set or a keys
    /// or items view, else `other`.
    pub(crate) fn dictview_isdisjoint(&mut self, view: ObjId, other: ObjId) -> PyResult<bool> {
        if view == other {
            return Ok(self.setlike_len(view)? == 0);
        }
        let (mut this, mut other) = (view, other);
        if self.is_anyset(other) || is_setlike_view(self.heap.get(other)) {
            let len_self = self.setlike_len(this)?;
            if self.setlike_len(other)? > len_self {
                std::mem::swap(&mut this, &mut other);
            }
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(it)? {
            if self.contains(this, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// A dict's keys or items view, which supports the set operators (values views do not).
pub(crate) fn is_setlike_view(o: &Obj) -> bool {
    matches!(
        o,
        Obj::DictView {
            kind: ViewKind::Keys | ViewKind::Items,
            ..
        }
    )
}
