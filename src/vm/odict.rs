//! `collections.OrderedDict` (Objects/odictobject.c): a dict subclass written in C. Its
//! table is a dict's, filled by the same insertions and deletions, so the dict model
//! and the dict view show it unchanged. Beside the table it keeps a doubly linked list
//! of nodes, one per key, which holds the order that iteration, `repr()` and equality
//! follow, and `od_fast_nodes`, a node pointer per entry slot, rebuilt whenever the
//! table gets a new keys object (`_odict_resize()`).
//!
//! `move_to_end()` reorders the list and leaves the table alone: after it, the table's
//! entry order (what `inspect` and the dict view show) and the OrderedDict's order
//! differ, as in CPython. Every node lookup is a real table lookup (`_odict_get_index()`
//! calls `_Py_dict_lookup()`), so the trace shows the probes CPython makes; the lookups
//! of an `od_fast_nodes` rebuild are narrated as one step.

use super::object::*;
use super::{PyResult, Vm};
use crate::models::dict::Dict;
use crate::trace::OdOp;
use rustc_hash::FxHashMap;

type Kw = Vec<(String, ObjId)>;

/// The methods OrderedDict defines itself (the rest are dict's).
pub(crate) const ODICT_METHODS: &[&str] = &[
    "move_to_end",
    "setdefault",
    "pop",
    "popitem",
    "update",
    "clear",
    "copy",
    "fromkeys",
    "__reversed__",
];

/// `_ODictNode`: a key, its hash and the links. Nodes live in a slab; `u32` indexes it.
#[derive(Clone, Debug)]
struct OdNode {
    key: ObjId,
    hash: i64,
    prev: Option<u32>,
    next: Option<u32>,
}

/// An OrderedDict's own fields: the linked list (`od_first`, `od_last`), `od_state` and
/// `od_fast_nodes_size`. A key's node is found by the key object the table stores
/// (CPython finds it through `od_fast_nodes[ix]`, `ix` the entry the lookup found: the
/// same node).
#[derive(Clone, Debug, Default)]
pub struct OdLinks {
    nodes: Vec<OdNode>,
    free: Vec<u32>,
    first: Option<u32>,
    last: Option<u32>,
    by_key: FxHashMap<ObjId, u32>,
    /// `od_state`: grows whenever the list changes, so iterators notice.
    pub state: u64,
    /// `od_fast_nodes_size`: `sys.getsizeof` counts a pointer per slot.
    pub fast_nodes_size: usize,
    /// `od_resize_sentinel`: the keys object `od_fast_nodes` was built for.
    sentinel: Option<u64>,
}

impl OdLinks {
    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// The keys in list order.
    pub fn keys(&self) -> Vec<ObjId> {
        let mut out = Vec::with_capacity(self.by_key.len());
        let mut at = self.first;
        while let Some(n) = at {
            let node = &self.nodes[n as usize];
            out.push(node.key);
            at = node.next;
        }
        out
    }

    fn has(&self, key: ObjId) -> bool {
        self.by_key.contains_key(&key)
    }

    fn end(&self, last: bool) -> Option<(ObjId, i64)> {
        let n = if last { self.last } else { self.first }?;
        let node = &self.nodes[n as usize];
        Some((node.key, node.hash))
    }

    /// The key after `key` (before it when `reversed`), once `key` has a node.
    fn neighbour(&self, key: ObjId, reversed: bool) -> Option<Option<ObjId>> {
        let node = &self.nodes[*self.by_key.get(&key)? as usize];
        let next = if reversed { node.prev } else { node.next };
        Some(next.map(|n| self.nodes[n as usize].key))
    }

    /// `_odict_add_tail()` / `_odict_add_head()` of a node not in the list.
    fn link(&mut self, n: u32, tail: bool) {
        if tail {
            self.nodes[n as usize].prev = self.last;
            self.nodes[n as usize].next = None;
            match self.last {
                Some(l) => self.nodes[l as usize].next = Some(n),
                None => self.first = Some(n),
            }
            self.last = Some(n);
        } else {
            self.nodes[n as usize].prev = None;
            self.nodes[n as usize].next = self.first;
            match self.first {
                Some(f) => self.nodes[f as usize].prev = Some(n),
                None => self.last = Some(n),
            }
            self.first = Some(n);
        }
        self.state += 1;
    }

    /// `_odict_remove_node()`.
    fn unlink(&mut self, n: u32) {
        let (prev, next) = {
            let node = &self.nodes[n as usize];
            (node.prev, node.next)
        };
        match prev {
            Some(p) => self.nodes[p as usize].next = next,
            None => self.first = next,
        }
        match next {
            Some(x) => self.nodes[x as usize].prev = prev,
            None => self.last = prev,
        }
        self.state += 1;
    }

    fn add_tail(&mut self, key: ObjId, hash: i64) {
        let node = OdNode {
            key,
            hash,
            prev: None,
            next: None,
        };
        let n = match self.free.pop() {
            Some(n) => {
                self.nodes[n as usize] = node;
                n
            }
            None => {
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        };
        self.by_key.insert(key, n);
        self.link(n, true);
    }

    fn remove(&mut self, key: ObjId) -> bool {
        let Some(n) = self.by_key.remove(&key) else {
            return false;
        };
        self.unlink(n);
        self.free.push(n);
        true
    }

    /// Moves `key`'s node to the tail (or head); false when it is already there.
    fn move_to(&mut self, key: ObjId, tail: bool) -> bool {
        let Some(&n) = self.by_key.get(&key) else {
            return false;
        };
        if (if tail { self.last } else { self.first }) == Some(n) {
            return false;
        }
        self.unlink(n);
        self.link(n, tail);
        true
    }

    /// `_odict_clear_nodes()`: `od_state` is left as it is.
    fn clear(&mut self) {
        let state = self.state;
        *self = OdLinks {
            state,
            ..OdLinks::default()
        };
    }
}

impl Vm {
    pub(crate) fn is_odict(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Obj::Dict(d) if d.ordered.is_some())
    }

    fn links(&self, od: ObjId) -> Option<&OdLinks> {
        match self.heap.get(od) {
            Obj::Dict(d) => d.ordered.as_deref(),
            _ => None,
        }
    }

    fn links_mut(&mut self, od: ObjId) -> Option<&mut OdLinks> {
        match self.heap.get_mut(od) {
            Some(Obj::Dict(d)) => d.ordered.as_deref_mut(),
            _ => None,
        }
    }

    /// `PyODict_SIZE()`: the table's `ma_used`.
    fn od_len(&self, od: ObjId) -> usize {
        match self.heap.get(od) {
            Obj::Dict(d) => d.table.len(),
            _ => 0,
        }
    }

    fn od_is_empty(&self, od: ObjId) -> bool {
        self.links(od).is_none_or(|l| l.is_empty())
    }

    fn od_has_node(&self, od: ObjId, key: ObjId) -> bool {
        self.links(od).is_some_and(|l| l.has(key))
    }

    fn od_record(&mut self, od: ObjId, op: OdOp, key: Option<ObjId>) {
        if self.recorder.is_none() {
            return;
        }
        let dict = match self.heap.get(od) {
            Obj::Dict(d) => d.trace_id,
            _ => return,
        };
        let text = match key {
            Some(k) => self.trace_text(k),
            None => crate::trace::Text::Str(String::new()),
        };
        if let Some(r) = self.recorder.as_mut() {
            r.odict(dict, op, &text);
        }
    }

    /// A new, empty OrderedDict (`PyODict_New()`).
    fn od_new(&mut self) -> PyResult<ObjId> {
        if self.heap.precise {
            // Its nodes hold references of their own, which the heap model does not count.
            return self.unsupported(
                "collections.OrderedDict in a program whose reference counts are shown",
            );
        }
        Ok(self.alloc_dict_of(Dict::new(), DictFlavor::Ordered))
    }

    /// `OrderedDict(*args, **kwds)`: `odict_init()`, which is `update()`.
    pub(crate) fn new_odict(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if args.len() > 1 {
            return self.type_error(format!("expected at most 1 arguments, got {}", args.len()));
        }
        let od = self.od_new()?;
        self.od_update(od, args.first().copied(), kwargs)?;
        Ok(od)
    }

    /// `_odict_get_index()`: `od_fast_nodes` is rebuilt first if the table has a new keys
    /// object, then the key is looked up in the table: the stored key, if there.
    fn od_get_index(&mut self, od: ObjId, h: i64, k: ObjId) -> PyResult<Option<ObjId>> {
        let (version, size) = match self.heap.get(od) {
            Obj::Dict(d) => (d.table.keys_version(), d.table.dk_size()),
            _ => return Ok(None),
        };
        let rebuilt = match self.links_mut(od) {
            Some(l) if l.sentinel != Some(version) || l.fast_nodes_size != size => {
                l.sentinel = Some(version);
                l.fast_nodes_size = size;
                Some(l.by_key.len() as u32)
            }
            _ => None,
        };
        if let Some(nodes) = rebuilt {
            let size = size as u32;
            self.od_record(od, OdOp::FastNodes { size, nodes }, None);
        }
        Ok(self.dict_lookup_entry_hashed(od, h, k)?.map(|(key, _)| key))
    }

    /// `_odict_find_node_hash()`: the stored key whose node there is, if any.
    fn od_find_node_hashed(&mut self, od: ObjId, h: i64, k: ObjId) -> PyResult<Option<ObjId>> {
        if self.od_is_empty(od) {
            return Ok(None);
        }
        Ok(self
            .od_get_index(od, h, k)?
            .filter(|&s| self.od_has_node(od, s)))
    }

    /// `PyODict_SetItem()`: the dict's insertion, then `_odict_add_new_node()`.
    pub(crate) fn od_setitem(&mut self, od: ObjId, k: ObjId, v: ObjId) -> PyResult<()> {
        let h = self.key_hash(k)?;
        self.od_setitem_hashed(od, h, k, v)
    }

    /// `_PyODict_SetItem_KnownHash()`.
    fn od_setitem_hashed(&mut self, od: ObjId, h: i64, k: ObjId, v: ObjId) -> PyResult<()> {
        self.dict_insert_hashed(od, h, k, v)?;
        // _odict_add_new_node(): a second lookup finds the entry's index.
        let Some(stored) = self.od_get_index(od, h, k)? else {
            return Ok(());
        };
        if self.od_has_node(od, stored) {
            return Ok(());
        }
        if let Some(l) = self.links_mut(od) {
            l.add_tail(stored, h);
        }
        self.od_record(od, OdOp::NodeAdded, Some(stored));
        Ok(())
    }

    /// `_odict_clear_node()`: the key's node, found by a lookup, leaves the list.
    fn od_clear_node(&mut self, od: ObjId, h: i64, k: ObjId) -> PyResult<()> {
        if self.od_is_empty(od) {
            return Ok(());
        }
        let Some(stored) = self.od_get_index(od, h, k)? else {
            return Ok(());
        };
        if self.links_mut(od).is_some_and(|l| l.remove(stored)) {
            self.od_record(od, OdOp::NodeRemoved, Some(stored));
        }
        Ok(())
    }

    /// `PyODict_DelItem()`: the node first, then the table's entry.
    pub(crate) fn od_delitem(&mut self, od: ObjId, k: ObjId) -> PyResult<()> {
        let h = self.key_hash(k)?;
        self.od_clear_node(od, h, k)?;
        match self.dict_delete_hashed(od, h, k)? {
            Some(_) => Ok(()),
            None => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
        }
    }

    /// `_odict_popkey_hash()`: find the node (a lookup), clear it (another), then
    /// `_PyDict_Pop_KnownHash()` (a third, and the delete). A subclass's `__delitem__`
    /// is not called.
    fn od_popkey_hashed(&mut self, od: ObjId, h: i64, k: ObjId, fail: Option<ObjId>) -> PyResult {
        let mut value = None;
        if self.od_find_node_hashed(od, h, k)?.is_some() {
            self.od_clear_node(od, h, k)?;
            value = self.dict_delete_hashed(od, h, k)?;
        }
        match (value, fail) {
            (Some(v), _) | (None, Some(v)) => Ok(v),
            (None, None) => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
        }
    }

    /// `mutablemapping_update()`: OrderedDict's `update()` and `__init__()`. Every item
    /// goes in through `od[key] = value`, one at a time, so the table grows as a dict
    /// filled by a loop grows, never presized.
    pub(crate) fn od_update(&mut self, od: ObjId, arg: Option<ObjId>, kwargs: Kw) -> PyResult<()> {
        if let Some(arg) = arg {
            self.od_update_arg(od, arg)?;
        }
        for (name, v) in kwargs {
            let k = self.str(&name);
            self.setitem(od, k, v)?;
        }
        Ok(())
    }

    /// `mutablemapping_update_arg()`: an exact dict's items; else `keys()` and a
    /// subscript per key; else pairs.
    fn od_update_arg(&mut self, od: ObjId, arg: ObjId) -> PyResult<()> {
        if let Obj::Dict(d) = self.heap.get(arg) {
            if d.is_exact() {
                // PyObject_SetItem(): a subclass's own __setitem__ runs.
                for (k, v) in self.dict_items(arg) {
                    self.setitem(od, k, v)?;
                }
                return Ok(());
            }
            if self.dict_subclass_overrides_iteration(arg)? {
                return self.unsupported(
                    "OrderedDict.update() from a dict subclass that overrides keys or __iter__",
                );
            }
            // A dict subclass: keys() (an OrderedDict's in its own order), then arg[key].
            let keys: Vec<ObjId> = self.dict_items(arg).into_iter().map(|(k, _)| k).collect();
            for k in keys {
                let v = self.getitem(arg, k)?;
                self.setitem(od, k, v)?;
            }
            return Ok(());
        }
        if !matches!(
            self.heap.get(arg),
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Iter(_)
                | Obj::Generator(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Str(_)
                | Obj::Int(_)
                | Obj::Long(_)
                | Obj::Float(_)
                | Obj::Bool(_)
                | Obj::None
        ) {
            // keys() or items() of another mapping: looked up as attributes in C.
            return self.unsupported("OrderedDict.update() from this kind of object");
        }
        let it = self.get_iter(arg)?;
        while let Some(pair) = self.iter_next(it)? {
            // mutablemapping_add_pairs(): each item is iterated for exactly two values.
            let pit = self.get_iter(pair)?;
            let Some(k) = self.iter_next(pit)? else {
                return self.err(TypeId::ValueError, "need more than 0 values to unpack");
            };
            let Some(v) = self.iter_next(pit)? else {
                return self.err(TypeId::ValueError, "need more than 1 value to unpack");
            };
            if self.iter_next(pit)?.is_some() {
                return self.err(TypeId::ValueError, "too many values to unpack (expected 2)");
            }
            self.setitem(od, k, v)?;
        }
        Ok(())
    }

    /// Whether `od` is an instance of a Python subclass of OrderedDict.
    fn od_subclass(&self, od: ObjId) -> bool {
        matches!(self.heap.get(od), Obj::Dict(d) if d.class.is_some())
    }

    /// `odict_repr()`: `OrderedDict([(k, v), ...])` in list order, named by the type
    /// (`_PyType_Name`): a subclass's name, its items from its own `items()`.
    pub(crate) fn odict_repr(&mut self, od: ObjId) -> PyResult<String> {
        let name = if self.od_subclass(od) {
            self.type_name(od)
        } else {
            "OrderedDict".into()
        };
        let len = self.od_len(od);
        if len == 0 {
            return Ok(format!("{name}()"));
        }
        let parts = if self.od_subclass(od) {
            let items = self.call_method(od, "items", Vec::new(), Vec::new())?;
            let items = self.collect_iterable(items)?;
            self.repr_items(&items)?
        } else {
            let mut parts = Vec::with_capacity(len);
            for (k, v) in self.dict_items(od) {
                parts.push(format!("({}, {})", self.repr(k)?, self.repr(v)?));
            }
            parts
        };
        Ok(format!("{name}([{}])", parts.join(", ")))
    }

    /// The (key, value) pairs of an OrderedDict in list order.
    pub(crate) fn odict_items(&self, od: ObjId) -> Vec<(ObjId, ObjId)> {
        let (Some(links), Obj::Dict(d)) = (self.links(od), self.heap.get(od)) else {
            return Vec::new();
        };
        let values: FxHashMap<ObjId, ObjId> = d.table.iter().map(|e| (e.key, e.value)).collect();
        links
            .keys()
            .into_iter()
            .filter_map(|k| values.get(&k).map(|&v| (k, v)))
            .collect()
    }

    /// `_odict_keys_equal()`: the two lists hold equal keys in the same order.
    pub(crate) fn odict_keys_equal(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        let ka = self.links(a).map(|l| l.keys()).unwrap_or_default();
        let kb = self.links(b).map(|l| l.keys()).unwrap_or_default();
        if ka.len() != kb.len() {
            return Ok(false);
        }
        for (x, y) in ka.into_iter().zip(kb) {
            if !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `odictiter_new()`.
    pub(crate) fn odict_iter(&self, od: ObjId, kind: ViewKind, reversed: bool) -> IterObj {
        let (current, state) = self
            .links(od)
            .map_or((None, 0), |l| (l.end(reversed).map(|(k, _)| k), l.state));
        let size = self.od_len(od);
        IterObj::ODict {
            dict: od,
            current,
            size,
            state,
            kind,
            reversed,
            done: false,
        }
    }

    /// `di_odict` cleared: the iterator answers StopIteration from now on.
    fn odict_iter_done(&mut self, it: ObjId) {
        self.set_odict_iter(it, |s| {
            if let IterObj::ODict { done, .. } = s {
                *done = true;
            }
        });
    }

    fn set_odict_iter(&mut self, it: ObjId, f: impl FnOnce(&mut IterObj)) {
        if let Some(Obj::Iter(s)) = self.heap.get_mut(it) {
            f(s);
        }
    }

    /// `odictiter_iternext()`: the state and size checks, then a lookup of the key it
    /// holds (`_odict_find_node()`) to step to its neighbour, and for values and items
    /// another lookup of the value.
    pub(crate) fn odict_iter_next(&mut self, it: ObjId) -> PyResult<Option<ObjId>> {
        let Obj::Iter(s) = self.heap.get(it) else {
            return Ok(None);
        };
        let IterObj::ODict {
            dict: od,
            current,
            size,
            state,
            kind,
            reversed,
            done,
        } = **s
        else {
            return Ok(None);
        };
        if done {
            return Ok(None);
        }
        let Some(key) = current else {
            self.odict_iter_done(it);
            return Ok(None);
        };
        let now_state = self.links(od).map_or(0, |l| l.state);
        if now_state != state {
            self.odict_iter_done(it);
            return self.err(TypeId::RuntimeError, "OrderedDict mutated during iteration");
        }
        let now_size = self.od_len(od);
        if now_size != size {
            self.set_odict_iter(it, |s| {
                if let IterObj::ODict { size, .. } = s {
                    *size = usize::MAX;
                }
            });
            return self.err(
                TypeId::RuntimeError,
                "OrderedDict changed size during iteration",
            );
        }
        // _odict_find_node(): empty → no node; else hash and look up.
        let node = if self.od_is_empty(od) {
            None
        } else {
            let h = self.key_hash(key)?;
            self.od_find_node_hashed(od, h, key)?
        };
        let next = node.and_then(|n| self.links(od).and_then(|l| l.neighbour(n, reversed)));
        let Some(next) = next else {
            self.set_odict_iter(it, |s| {
                if let IterObj::ODict { current, .. } = s {
                    *current = None;
                }
            });
            return Err(self.new_exc_args(TypeId::KeyError, vec![key]));
        };
        self.set_odict_iter(it, |s| {
            if let IterObj::ODict { current, .. } = s {
                *current = next;
            }
        });
        if kind == ViewKind::Keys {
            return Ok(Some(key));
        }
        // PyODict_GetItem(): the value by another lookup.
        let Some(value) = self.dict_lookup(od, key)? else {
            self.set_odict_iter(it, |s| {
                if let IterObj::ODict { current, done, .. } = s {
                    *current = None;
                    *done = true;
                }
            });
            return Err(self.new_exc_args(TypeId::KeyError, vec![key]));
        };
        Ok(Some(match kind {
            ViewKind::Values => value,
            _ => self.tuple(vec![key, value]),
        }))
    }

    /// `OrderedDict.fromkeys(iterable, value=None)`: `_PyDict_FromKeys()` with a class
    /// that is not dict, so `d[key] = value` for each key.
    pub(crate) fn odict_fromkeys(&mut self, args: &[ObjId]) -> PyResult {
        self.arity("fromkeys", args, 1, 2)?;
        let value = args.get(1).copied().unwrap_or(self.none);
        let od = self.od_new()?;
        let it = self.get_iter(args[0])?;
        while let Some(k) = self.iter_next(it)? {
            self.od_setitem(od, k, value)?;
        }
        Ok(od)
    }

    /// `od | other` (`odict_or()`): `type(od)(od)`, then `update(other)`; and
    /// `other | od` the same with `other` first.
    pub(crate) fn odict_or(&mut self, left: ObjId, right: ObjId) -> PyResult {
        let new = self.odict_like(left, vec![left])?;
        self.od_update_arg(new, right)?;
        Ok(new)
    }

    /// `type(od)(*args)`: a new OrderedDict, or a new instance of `od`'s subclass.
    pub(crate) fn odict_like(&mut self, od: ObjId, args: Vec<ObjId>) -> PyResult {
        match self.heap.get(od) {
            Obj::Dict(d) if d.class.is_some() => {
                let cls = d.class.unwrap_or(od);
                self.instantiate_sync(cls, args)
            }
            _ => self.new_odict(args, Vec::new()),
        }
    }

    /// `od |= other` (`odict_inplace_or()`).
    pub(crate) fn odict_inplace_or(&mut self, od: ObjId, other: ObjId) -> PyResult {
        self.od_update_arg(od, other)?;
        Ok(od)
    }

    /// OrderedDict's own methods (`ODICT_METHODS`).
    pub(crate) fn odict_method(
        &mut self,
        od: ObjId,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        Ok(match name {
            "move_to_end" => {
                let (key, last) = self.od_key_and_last("move_to_end", args, kwargs)?;
                if self.od_is_empty(od) {
                    return Err(self.new_exc_args(TypeId::KeyError, vec![key]));
                }
                let end = self.links(od).and_then(|l| l.end(last)).map(|(k, _)| k);
                if end != Some(key) {
                    let h = self.key_hash(key)?;
                    let Some(stored) = self.od_find_node_hashed(od, h, key)? else {
                        return Err(self.new_exc_args(TypeId::KeyError, vec![key]));
                    };
                    if self.links_mut(od).is_some_and(|l| l.move_to(stored, last)) {
                        let op = if last {
                            OdOp::MovedToEnd
                        } else {
                            OdOp::MovedToFront
                        };
                        self.od_record(od, op, Some(stored));
                    }
                }
                self.none
            }
            "popitem" => {
                let last = self.od_last_only("popitem", args, kwargs)?;
                let Some((key, h)) = self.links(od).and_then(|l| l.end(last)) else {
                    return self.err(TypeId::KeyError, "dictionary is empty");
                };
                let value = self.od_popkey_hashed(od, h, key, None)?;
                self.tuple(vec![key, value])
            }
            "pop" => {
                if !kwargs.is_empty() {
                    return self.unsupported("keyword arguments to OrderedDict.pop()");
                }
                self.arity("pop", &args, 1, 2)?;
                let h = self.key_hash(args[0])?;
                self.od_popkey_hashed(od, h, args[0], args.get(1).copied())?
            }
            "setdefault" => {
                if !kwargs.is_empty() {
                    return self.unsupported("keyword arguments to OrderedDict.setdefault()");
                }
                self.arity("setdefault", &args, 1, 2)?;
                let default = args.get(1).copied().unwrap_or(self.none);
                if self.od_subclass(od) {
                    // `key in self`, then `self[key]` or `self[key] = default`.
                    if self.contains(od, args[0])? {
                        return self.getitem(od, args[0]);
                    }
                    self.setitem(od, args[0], default)?;
                    return Ok(default);
                }
                match self.dict_lookup(od, args[0])? {
                    Some(v) => v,
                    None => {
                        self.od_setitem(od, args[0], default)?;
                        default
                    }
                }
            }
            "update" => {
                if args.len() > 1 {
                    return self.type_error(format!(
                        "update() takes at most 1 positional argument ({} given)",
                        args.len()
                    ));
                }
                self.od_update(od, args.first().copied(), kwargs)?;
                self.none
            }
            "clear" => {
                self.arity("clear", &args, 0, 0)?;
                self.dict_clear(od);
                if let Some(l) = self.links_mut(od) {
                    l.clear();
                }
                self.od_record(od, OdOp::Cleared, None);
                self.none
            }
            "copy" if self.od_subclass(od) => {
                // type(od)(), then copy[key] = od[key] along the list.
                self.arity("copy", &args, 0, 0)?;
                let copy = self.odict_like(od, Vec::new())?;
                for k in self.links(od).map(|l| l.keys()).unwrap_or_default() {
                    let v = self.getitem(od, k)?;
                    self.setitem(copy, k, v)?;
                }
                copy
            }
            "copy" => {
                self.arity("copy", &args, 0, 0)?;
                let copy = self.od_new()?;
                let nodes: Vec<(ObjId, i64)> = match self.links(od) {
                    Some(l) => l
                        .keys()
                        .into_iter()
                        .map(|k| (k, l.nodes[l.by_key[&k] as usize].hash))
                        .collect(),
                    None => Vec::new(),
                };
                for (k, h) in nodes {
                    let Some(v) = self.dict_lookup(od, k)? else {
                        return Err(self.new_exc_args(TypeId::KeyError, vec![k]));
                    };
                    self.od_setitem_hashed(copy, h, k, v)?;
                }
                copy
            }
            "fromkeys" => self.odict_fromkeys(&args)?,
            "__reversed__" => {
                self.arity("__reversed__", &args, 0, 0)?;
                let it = self.odict_iter(od, ViewKind::Keys, true);
                self.heap.alloc(Obj::Iter(Box::new(it)))
            }
            _ => return self.unsupported(&format!("OrderedDict.{name}()")),
        })
    }

    /// `(key, last=True)` of `move_to_end`; `last` by its truth (the `bool` converter).
    fn od_key_and_last(
        &mut self,
        fname: &str,
        mut args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult<(ObjId, bool)> {
        let mut last = None;
        for (name, v) in kwargs {
            match name.as_str() {
                "last" if args.len() < 2 => last = Some(v),
                "key" if args.is_empty() => args.push(v),
                _ => return self.unsupported(&format!("these arguments to OrderedDict.{fname}()")),
            }
        }
        if args.is_empty() || args.len() > 2 {
            return self.unsupported(&format!("these arguments to OrderedDict.{fname}()"));
        }
        let last = match last.or(args.get(1).copied()) {
            Some(v) => self.truthy(v)?,
            None => true,
        };
        Ok((args[0], last))
    }

    /// `last=True` of `popitem`.
    fn od_last_only(&mut self, fname: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult<bool> {
        let mut last = args.first().copied();
        if args.len() > 1 {
            return self.unsupported(&format!("these arguments to OrderedDict.{fname}()"));
        }
        for (name, v) in kwargs {
            match name.as_str() {
                "last" if last.is_none() => last = Some(v),
                _ => return self.unsupported(&format!("these arguments to OrderedDict.{fname}()")),
            }
        }
        match last {
            Some(v) => self.truthy(v),
            None => Ok(true),
        }
    }
}
