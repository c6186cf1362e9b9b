//! Lists' item arrays, VM side: the length hints `list_extend()` sizes an array by
//! (`PyObject_LengthHint()`, which runs a class's `__len__` or `__length_hint__`), reading
//! an iterable the way `list_extend()` does, and `sys.getsizeof()` of a list. The
//! arithmetic of the array itself is models/list.rs.

use super::ops::MAX_MATERIALISED_ITEMS;
use super::*;
use crate::models::list::ListEvent;
use num_traits::ToPrimitive;

/// Iterator types with a `__length_hint__`, by the name an exhausted one keeps: each
/// reports 0 once it has run out.
const HINTED_ITERATORS: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "_deque_iterator",
    "_deque_reverse_iterator",
];

/// Iterator types without one: `PyObject_LengthHint()` gives its default for them.
const UNHINTED_ITERATORS: &[&str] = &[
    "enumerate",
    "zip",
    "map",
    "filter",
    "count",
    "islice",
    "chain",
    "takewhile",
    "dropwhile",
    "starmap",
    "cycle",
    "zip_longest",
    "accumulate",
    "product",
    "permutations",
    "combinations",
    "combinations_with_replacement",
    "groupby",
    "_grouper",
    "odict_iterator",
    "odict_keyiterator",
    "odict_valueiterator",
    "odict_itemiterator",
    "generator",
];

impl Vm {
    /// Mirrors `PyObject_LengthHint(o, default)` in Objects/abstract.c: the length if
    /// the type has `__len__` (a TypeError from it is ignored), else what
    /// `__length_hint__` says, else `default`. `None`: a type whose hint pyxray does not
    /// model (no user code is involved then); a list it sizes has an unknown array.
    pub(crate) fn length_hint(&mut self, o: ObjId, default: usize) -> PyResult<Option<usize>> {
        // _PyObject_HasLen(), through a class's own __len__ first.
        if self.user_special_fn(o, "__len__")?.is_some() {
            match self.user_len(o) {
                Ok(Some(n)) => return Ok(Some(n)),
                Ok(None) => {}
                Err(e) if self.exc_is(e, TypeId::TypeError) => {}
                Err(e) => return Err(e),
            }
        } else if self.has_builtin_len(o) {
            return self.len_of(o).map(Some);
        }
        match self.heap.get(o) {
            Obj::Iter(_) => self.iterator_length_hint(o, default),
            Obj::Generator(_) => Ok(Some(default)),
            Obj::Instance(_) => self.user_length_hint(o, default),
            _ => Ok(None),
        }
    }

    /// Whether `o` is of a built-in type with a length (`sq_length`/`mp_length`) that
    /// pyxray answers without Python code.
    pub(crate) fn has_builtin_len(&self, o: ObjId) -> bool {
        matches!(
            self.heap.get(o),
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Range { .. }
                | Obj::Deque(_)
                | Obj::DictView { .. }
        )
    }

    /// `__length_hint__` of a class that defines it, with `PyObject_LengthHint()`'s
    /// checks of what it returns.
    fn user_length_hint(&mut self, o: ObjId, default: usize) -> PyResult<Option<usize>> {
        let Some(f) = self.user_special_fn(o, "__length_hint__")? else {
            return Ok(Some(default));
        };
        let r = match self.call_sync(f, vec![o]) {
            Ok(r) => r,
            Err(e) if self.exc_is(e, TypeId::TypeError) => return Ok(Some(default)),
            Err(e) => return Err(e),
        };
        match self.heap.get(r) {
            Obj::NotImplemented => Ok(Some(default)),
            Obj::Bool(b) => Ok(Some(*b as usize)),
            Obj::Int(n) if *n >= 0 => Ok(Some(*n as usize)),
            Obj::Int(_) => self.err(TypeId::ValueError, "__length_hint__() should return >= 0"),
            Obj::Long(b) if b.sign() == num_bigint::Sign::Minus => {
                self.err(TypeId::ValueError, "__length_hint__() should return >= 0")
            }
            Obj::Long(_) => self.err(
                TypeId::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
            _ => {
                let tn = self.type_name(r);
                self.type_error(format!("__length_hint__ must be an integer, not {tn}"))
            }
        }
    }

    /// The `__length_hint__` of a built-in iterator (listiter_len(), rangeiter_len(),
    /// dictiter_len(), setiter_len(), …): what is left to give, 0 once its source
    /// changed size or it ran out.
    fn iterator_length_hint(&mut self, it: ObjId, default: usize) -> PyResult<Option<usize>> {
        let Obj::Iter(state) = self.heap.get(it) else {
            return Ok(None);
        };
        let state = (**state).clone();
        let seq_len = |vm: &Vm, seq: ObjId| match vm.heap.get(seq) {
            Obj::List(l) => Some(l.len()),
            Obj::Tuple(t) => Some(t.len()),
            _ => None,
        };
        Ok(match state {
            IterObj::Seq { seq, index } => seq_len(self, seq).map(|n| n.saturating_sub(index)),
            IterObj::Reversed { seq, index } => {
                // listreviter_len() / reversed_len(): the position, 0 if the sequence
                // shrank below it.
                seq_len(self, seq).map(|n| if n < index { 0 } else { index })
            }
            IterObj::Str { s, byte } => match self.heap.get(s) {
                Obj::Str(st) => st.s.get(byte..).map(|rest| rest.chars().count()),
                _ => None,
            },
            IterObj::Bytes { b, index } => match self.heap.get(b) {
                Obj::Bytes(bytes) => Some(bytes.len().saturating_sub(index)),
                _ => None,
            },
            IterObj::SmallRange { next, stop, step } => {
                let left = if step > 0 && next < stop {
                    (stop as i128 - next as i128 + step as i128 - 1) / step as i128
                } else if step < 0 && next > stop {
                    (next as i128 - stop as i128 - step as i128 - 1) / -(step as i128)
                } else {
                    0
                };
                Some(left as usize)
            }
            IterObj::Range { next, stop, step } => {
                let zero = num_bigint::BigInt::from(0);
                let left = if step > zero && next < stop {
                    (&stop - &next + &step - 1) / &step
                } else if step < zero && next > stop {
                    (&next - &stop - &step - 1) / -&step
                } else {
                    zero
                };
                match left.to_isize() {
                    Some(n) => Some(n as usize),
                    None => {
                        return self.err(
                            TypeId::OverflowError,
                            "Python int too large to convert to C ssize_t",
                        );
                    }
                }
            }
            IterObj::Dict {
                dict, used, len, ..
            } => match self.heap.get(dict) {
                Obj::Dict(d) => Some(if d.table.len() == used { len } else { 0 }),
                _ => None,
            },
            IterObj::Set { set, slot, used } => match self.heap.get(set) {
                Obj::Set(s) | Obj::FrozenSet(s) if s.len() == used => {
                    let mut left = 0;
                    let mut at = slot;
                    while let Some((i, _)) = s.next_active(at) {
                        left += 1;
                        at = i + 1;
                    }
                    Some(left)
                }
                Obj::Set(_) | Obj::FrozenSet(_) => Some(0),
                _ => None,
            },
            IterObj::Deque {
                deque,
                index,
                state,
                ..
            } => {
                if self.deque_state(deque) == state {
                    Some(self.deque_len(deque).saturating_sub(index))
                } else {
                    None
                }
            }
            // repeat_len(): "len() of unsized object" without a count, a TypeError
            // PyObject_LengthHint() turns into its default.
            IterObj::Repeat { left, .. } => Some(left.map_or(default, |n| n.max(0) as usize)),
            IterObj::GetItem { obj, index } => {
                // iter_len(): the sequence's __len__, or NotImplemented without one.
                if self.user_special_fn(obj, "__len__")?.is_none() {
                    Some(default)
                } else {
                    match self.user_len(obj) {
                        Ok(Some(n)) => Some((n as i64 - index).max(0) as usize),
                        Ok(None) => None,
                        Err(e) if self.exc_is(e, TypeId::TypeError) => Some(default),
                        Err(e) => return Err(e),
                    }
                }
            }
            IterObj::GetItemRev { .. } | IterObj::DictRev { .. } | IterObj::Exhausted => None,
            IterObj::Finished(name) => {
                if HINTED_ITERATORS.contains(&name) {
                    Some(0)
                } else if UNHINTED_ITERATORS.contains(&name) {
                    Some(default)
                } else {
                    None
                }
            }
            IterObj::Enumerate { .. }
            | IterObj::Zip { .. }
            | IterObj::Map { .. }
            | IterObj::Filter { .. }
            | IterObj::Count { .. }
            | IterObj::Islice { .. }
            | IterObj::Chain { .. }
            | IterObj::TakeWhile { .. }
            | IterObj::DropWhile { .. }
            | IterObj::StarMap { .. }
            | IterObj::Cycle { .. }
            | IterObj::ZipLongest { .. }
            | IterObj::ChainFrom { .. }
            | IterObj::Accumulate { .. }
            | IterObj::Combinatoric { .. }
            | IterObj::GroupBy { .. }
            | IterObj::Grouper { .. }
            | IterObj::ODict { .. } => Some(default),
        })
    }

    /// What `list_extend()` reads from `v` into `target` (None: a new list): an exact
    /// list or tuple (or the list itself) as it stands; anything else through its
    /// iterator, after asking its length hint, as the C function does (`iter()`, then
    /// the hint, then the items).
    pub(crate) fn read_for_list_extend(
        &mut self,
        v: ObjId,
    ) -> PyResult<(Vec<ObjId>, Option<ExtendSource>)> {
        match self.heap.get(v) {
            Obj::List(l) => return Ok((l.to_vec(), Some(ExtendSource::Sequence))),
            Obj::Tuple(t) if !self.namedtuples.contains_key(&v) => {
                return Ok((t.to_vec(), Some(ExtendSource::Sequence)));
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let hint = self.length_hint(v, 8)?;
        let mut items = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            items.push(x);
            if items.len() > MAX_MATERIALISED_ITEMS {
                return self.unsupported(&format!(
                    "building a sequence of more than {MAX_MATERIALISED_ITEMS} items in one operation"
                ));
            }
        }
        Ok((items, hint.map(|hint| ExtendSource::Iterable { hint })))
    }

    /// `PySequence_Tuple(v)`'s reading (`tuple(x)`, `f(*x)`): as `list_extend()`'s, with
    /// 10 as the default hint; only the hint's side effects matter, a tuple being exactly
    /// as long as its items.
    pub(crate) fn read_for_tuple(&mut self, v: ObjId) -> PyResult<Vec<ObjId>> {
        match self.heap.get(v) {
            Obj::List(l) => return Ok(l.to_vec()),
            Obj::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        self.length_hint(v, 10)?;
        self.collect_iterable(it)
    }

    /// `list_extend(l, v)` (`extend()`, `+=`, `LIST_EXTEND`).
    pub(crate) fn list_extend(&mut self, l: ObjId, v: ObjId) -> PyResult<()> {
        let (items, source) = self.read_for_list_extend(v)?;
        self.with_list(l, |list, ev| list.extend(items, source, ev));
        Ok(())
    }

    /// Runs `f` on list `l` with a buffer for what happens to its array, then records
    /// that in the trace. None if `l` is not a list.
    pub(crate) fn with_list<R>(
        &mut self,
        l: ObjId,
        f: impl FnOnce(&mut ListObj, &mut Vec<ListEvent>) -> R,
    ) -> Option<R> {
        let mut ev = Vec::new();
        let r = match self.heap.get_mut(l) {
            Some(Obj::List(list)) => f(list, &mut ev),
            _ => return None,
        };
        self.record_list_events(l, &ev);
        Some(r)
    }

    /// Records what happened to list `l`'s array, naming the list as it is now.
    pub(crate) fn record_list_events(&mut self, l: ObjId, ev: &[ListEvent]) {
        if ev.is_empty() || self.recorder.is_none() {
            return;
        }
        let text = self.trace_text(l);
        if let Some(r) = self.recorder.as_mut() {
            for &e in ev {
                r.list_array(&text, e);
            }
        }
    }
}
