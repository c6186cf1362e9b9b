//! The VM's side of dicts: hashing keys, asking the model to probe and insert, and
//! recording what it reports into the trace (sets are in `setops`).
//!
//! Each operation takes the table out of its heap slot while the model works, so the
//! model's key-equality callback can read other objects; the table goes back before the
//! operation returns.

use super::object::*;
use super::{PyResult, Vm};
use crate::models::dict::{Dict, DictEvent, DictObserver};
use crate::trace::{NO_STR, Recorder, StrId};

/// Where a dict operation's model events go.
pub(crate) enum Scratch<'a> {
    /// Tracing is off.
    Off,
    /// Collected, to be recorded once the operation is over and every key and value
    /// it names has its text (a text may take a `__repr__`: Python code).
    Buffer(&'a mut Vec<DictEvent<ObjId, ObjId>>),
    /// Recorded as they come: the operation names no object but the `known` ones, whose
    /// texts are ready (unused entries hold `ObjId(u32::MAX)`).
    Stream {
        recorder: &'a mut Recorder,
        dict: u32,
        known: [(ObjId, StrId); 2],
    },
}

impl<'a> Scratch<'a> {
    /// `Buffer` into `events` while tracing, else `Off`.
    fn collecting(tracing: bool, events: &'a mut Vec<DictEvent<ObjId, ObjId>>) -> Self {
        if tracing {
            Scratch::Buffer(events)
        } else {
            Scratch::Off
        }
    }
}

impl DictObserver<ObjId, ObjId> for Scratch<'_> {
    // Inlined into the model's call sites, where the event's variant is known: the
    // mapping and the encoding below then fold to that variant's code, and the event
    // never goes through memory (reloading it stalled on store forwarding).
    #[inline(always)]
    fn event(&mut self, ev: DictEvent<ObjId, ObjId>) {
        match self {
            Scratch::Off => {}
            Scratch::Buffer(v) => v.push(ev),
            Scratch::Stream {
                recorder,
                dict,
                known,
            } => {
                let text = |id: ObjId| match known.iter().find(|(k, _)| *k == id) {
                    Some(&(_, s)) => s,
                    // with_dict streams only operations that name their own key and value.
                    None => unreachable!("a streamed dict operation named another object"),
                };
                recorder.dict_event(*dict, ev.map(text, text));
            }
        }
    }
}

/// The trace number of a dict made while nothing recorded: it has no table in the trace.
pub(crate) const UNTRACED_DICT: u32 = u32::MAX;

impl Vm {
    /// A new empty dict (sharing CPython's `Py_EMPTY_KEYS`).
    pub fn new_dict(&mut self) -> ObjId {
        self.alloc_dict(Dict::new())
    }

    pub(crate) fn alloc_dict(&mut self, table: Dict<ObjId, ObjId>) -> ObjId {
        self.alloc_dict_of(table, DictFlavor::Plain)
    }

    /// A new dict object, of the dict subclass `flavor` names: the trace learns the
    /// class with the table.
    pub(crate) fn alloc_dict_of(&mut self, table: Dict<ObjId, ObjId>, flavor: DictFlavor) -> ObjId {
        let (default_factory, counter, ordered) = match flavor {
            DictFlavor::Plain | DictFlavor::User(_) => (None, false, None),
            DictFlavor::UserOrdered(_) => (None, false, Some(Box::default())),
            DictFlavor::DefaultDict(factory) => (Some(factory), false, None),
            DictFlavor::Counter => (None, true, None),
            DictFlavor::Ordered => (None, false, Some(Box::default())),
        };
        let class = match flavor {
            DictFlavor::User(cls) | DictFlavor::UserOrdered(cls) => Some(cls),
            _ => None,
        };
        // A dict made while nothing records (an instance's attribute storage) gets no
        // trace number, so the trace's dicts stay numbered 0, 1, 2, … without gaps.
        let trace_id = if self.recorder.is_some() {
            self.next_dict_trace_id()
        } else {
            UNTRACED_DICT
        };
        let heap = &self.heap;
        let plain_keys = table
            .entries()
            .iter()
            .flatten()
            .all(|e| heap.is_plain(e.key));
        let id = self.heap.alloc(Obj::Dict(Box::new(DictObj {
            table,
            trace_id,
            plain_keys,
            instance_attrs: false,
            split: None,
            default_factory,
            counter,
            ordered,
            class,
            attrs: None,
        })));
        if self.recorder.is_some() {
            self.record_dict_new(id, trace_id);
        }
        id
    }

    /// A new dict to hold an instance's attributes (see [`DictObj::instance_attrs`]).
    pub(crate) fn new_instance_dict(&mut self) -> ObjId {
        let d = self.quietly(|vm| vm.new_dict());
        if let Some(Obj::Dict(x)) = self.heap.get_mut(d) {
            x.instance_attrs = true;
        }
        self.mark_ghost(d);
        d
    }

    fn record_dict_new(&mut self, id: ObjId, trace_id: u32) {
        let (snapshot, mut class, user) = match self.heap.get(id) {
            Obj::Dict(d) => (d.table.clone(), d.class(), d.class),
            _ => return,
        };
        if let Some(cls) = user {
            let name = self.ref_name(ClassRef::User(cls));
            if let Some(r) = self.recorder.as_mut() {
                let name = r.trace.strings.intern(&name);
                class = match class {
                    crate::trace::DictClass::UserOrdered(_) => {
                        crate::trace::DictClass::UserOrdered(name)
                    }
                    _ => crate::trace::DictClass::User(name),
                };
            }
        }
        let mut texts = Vec::new();
        for e in snapshot.entries().iter().flatten() {
            let k = self.trace_text(e.key);
            let v = self.trace_text(e.value);
            texts.push((k, v));
        }
        if let Some(r) = self.recorder.as_mut() {
            r.dict_new(trace_id, class, &snapshot, &texts);
        }
    }

    /// Key equality as the dict needs it: identity, then `==` (never raises for the
    /// built-in types pyxray simulates).
    pub(crate) fn key_eq(&mut self, stored: ObjId, key: ObjId) -> bool {
        if let Some(&(_, r)) = self.dict_eq_memo.iter().find(|(s, _)| *s == stored) {
            return r;
        }
        self.eq(stored, key).unwrap_or(false)
    }

    /// Makes, before the model looks `k` up in dict `d`, each key comparison that can run
    /// Python code (a `__eq__`), as `_Py_dict_lookup()` makes them along the probe, and
    /// keeps the answers for the model's lookup. The comparison's exception propagates,
    /// and when it changed the dict under the lookup (a new keys object, or the entry no
    /// longer holding the key compared) the lookup starts again, comparing afresh, as
    /// `DKIX_KEY_CHANGED` makes `_Py_dict_lookup()` `goto start`.
    // mirrors dictkeys_generic_lookup() / unicodekeys_lookup_generic() in
    // Objects/dictobject.c
    #[inline(always)]
    pub(crate) fn dict_resolve_eq(&mut self, d: ObjId, h: i64, k: ObjId) -> PyResult<()> {
        // Plain keys in a dict of plain keys compare without Python code: nothing to do.
        if matches!(self.heap.get(d), Obj::Dict(x) if x.plain_keys) && self.heap.is_plain(k) {
            return Ok(());
        }
        self.dict_resolve_eq_slow(d, h, k)
    }

    #[inline(never)]
    fn dict_resolve_eq_slow(&mut self, d: ObjId, h: i64, k: ObjId) -> PyResult<()> {
        // Each comparison runs Python code, and with it other dict operations: the
        // answers stay local until the model's operation, which runs no Python code.
        let mut memo: Vec<(ObjId, bool)> = Vec::new();
        let key_plain = self.heap.is_plain(k);
        while let Obj::Dict(x) = self.heap.get(d) {
            if key_plain && x.plain_keys {
                break;
            }
            let table = &x.table;
            let heap = &self.heap;
            let mut pending = None;
            let found = table.lookup(
                h,
                k,
                &mut |stored| {
                    if key_plain && heap.is_plain(stored) {
                        return plain_eq(heap, stored, k);
                    }
                    if let Some(&(_, r)) = memo.iter().find(|(s, _)| *s == stored) {
                        return r;
                    }
                    // Stop the probe here: this comparison runs outside the model.
                    pending = Some(stored);
                    true
                },
                &mut (),
            );
            let (Some(stored), Some(ix)) = (pending, found) else {
                break;
            };
            let before = (table.keys_version(), table.key_changes());
            let equal = self.eq(stored, k)?;
            let Obj::Dict(x) = self.heap.get(d) else {
                break;
            };
            let same_entry = x.table.keys_version() == before.0
                && x.table
                    .entries()
                    .get(ix)
                    .and_then(|e| e.as_ref())
                    .map(|e| e.key)
                    == Some(stored);
            if !same_entry {
                memo.clear();
                continue;
            }
            if x.table.key_changes() != before.1 {
                // CPython goes on probing the changed table from where it was; a probe
                // started again could meet an entry added behind that point.
                return self.unsupported(
                    "a key comparison (__eq__) that adds or removes keys of the dict being \
                     looked up without replacing its table",
                );
            }
            memo.push((stored, equal));
        }
        self.dict_eq_memo = memo;
        Ok(())
    }

    /// Runs a model operation on dict `d` with the table taken out of the heap. `key` is
    /// the key the operation looks for (the model compares stored keys with it) and
    /// `value` the value it stores; the model's events name no other object.
    ///
    /// While tracing, an operation on plain objects only ([`Heap::is_plain`]) records its
    /// events as the model reports them: no key comparison can run Python code, and the
    /// texts of the key and value are ready before it starts. Any other operation
    /// collects its events and records them after (see `flush_dict_events`).
    pub(crate) fn with_dict<R>(
        &mut self,
        d: ObjId,
        key: Option<ObjId>,
        value: Option<ObjId>,
        f: impl FnOnce(&mut Dict<ObjId, ObjId>, &mut dyn FnMut(ObjId) -> bool, &mut Scratch) -> R,
    ) -> Option<R> {
        let tracing = self.recorder.is_some();
        let plain = |vm: &Vm, o: Option<ObjId>| o.is_none_or(|o| vm.heap.is_plain(o));
        if tracing
            && matches!(self.heap.get(d), Obj::Dict(x) if x.plain_keys)
            && plain(self, key)
            && plain(self, value)
        {
            return self.with_plain_dict(d, key, value, f);
        }
        let Obj::Dict(mut dict) = self.heap.replace(d, Obj::Free) else {
            return None;
        };
        if !plain(self, key) {
            dict.plain_keys = false;
        }
        if !tracing {
            // No events to collect: no scratch buffer to lend and take back.
            let r = {
                let this = &mut *self;
                let mut eq = |stored: ObjId| match key {
                    Some(k) => this.key_eq(stored, k),
                    None => false,
                };
                f(&mut dict.table, &mut eq, &mut Scratch::Off)
            };
            self.heap.replace(d, Obj::Dict(dict));
            self.dict_eq_memo.clear();
            return Some(r);
        }
        let mut events = std::mem::take(&mut self.dict_scratch);
        let r = {
            let mut scratch = Scratch::collecting(tracing, &mut events);
            let this = &mut *self;
            let mut eq = |stored: ObjId| match key {
                Some(k) => this.key_eq(stored, k),
                None => false,
            };
            f(&mut dict.table, &mut eq, &mut scratch)
        };
        let trace_id = dict.trace_id;
        self.heap.replace(d, Obj::Dict(dict));
        self.dict_eq_memo.clear();
        if tracing {
            self.flush_dict_events(trace_id, &mut events);
        }
        events.clear();
        self.dict_scratch = events;
        Some(r)
    }

    /// `with_dict` for an operation on plain keys and values, recording as it goes.
    fn with_plain_dict<R>(
        &mut self,
        d: ObjId,
        key: Option<ObjId>,
        value: Option<ObjId>,
        f: impl FnOnce(&mut Dict<ObjId, ObjId>, &mut dyn FnMut(ObjId) -> bool, &mut Scratch) -> R,
    ) -> Option<R> {
        // Interned in the order the collecting path interns them: key, then value.
        let mut known = [(ObjId(u32::MAX), NO_STR); 2];
        for (slot, o) in known.iter_mut().zip([key, value]) {
            if let Some(o) = o {
                *slot = (o, self.trace_text_id(o));
            }
        }
        let Obj::Dict(mut dict) = self.heap.replace(d, Obj::Free) else {
            return None;
        };
        let recorder = self.recorder.as_mut()?;
        let heap = &self.heap;
        let mut eq = |stored: ObjId| key.is_some_and(|k| plain_eq(heap, stored, k));
        let mut scratch = Scratch::Stream {
            recorder,
            dict: dict.trace_id,
            known,
        };
        let r = f(&mut dict.table, &mut eq, &mut scratch);
        self.heap.replace(d, Obj::Dict(dict));
        Some(r)
    }

    /// `trace_text` of `id`, interned.
    fn trace_text_id(&mut self, id: ObjId) -> StrId {
        let text = self.trace_text(id);
        self.recorder
            .as_mut()
            .map_or(NO_STR, |r| r.trace.strings.intern_text(&text))
    }

    fn flush_dict_events(&mut self, trace_id: u32, events: &mut Vec<DictEvent<ObjId, ObjId>>) {
        // An operation's events name few objects (a resize names every entry, once):
        // remember the last few texts so an object repeated within it is shown once.
        let mut recent: [(ObjId, crate::trace::StrId); 4] = [(ObjId(u32::MAX), 0); 4];
        let mut next = 0;
        // Every text first, then every event: a repr never lands between two events.
        let mut mapped_events = std::mem::take(&mut self.dict_mapped);
        let mut text_of = |vm: &mut Vm, id: ObjId| {
            if let Some(&(_, s)) = recent.iter().find(|(k, _)| *k == id) {
                return s;
            }
            let s = vm.trace_text_id(id);
            recent[next] = (id, s);
            next = (next + 1) % recent.len();
            s
        };
        for ev in events.drain(..) {
            let (key, value) = ev.key_value();
            let key = key.map(|k| text_of(self, k));
            let value = value.map(|v| text_of(self, v));
            // `key_value` named exactly the handles `map` asks for.
            let mapped = ev.map(
                |_| key.unwrap_or(crate::trace::NO_STR),
                |_| value.unwrap_or(crate::trace::NO_STR),
            );
            mapped_events.push(mapped);
        }
        if let Some(r) = self.recorder.as_mut() {
            for ev in mapped_events.drain(..) {
                r.dict_event(trace_id, ev);
            }
        }
        self.dict_mapped = mapped_events;
    }

    fn record_hash(&mut self, key: ObjId, hash: i64) {
        if self.recorder.is_some() {
            let text = self.trace_text(key);
            if let Some(r) = self.recorder.as_mut() {
                r.hash(&text, hash);
            }
        }
    }

    /// Hashes a key for a dict or set operation, recording it.
    pub(crate) fn key_hash(&mut self, key: ObjId) -> PyResult<i64> {
        let h = self.hash(key)?;
        self.record_hash(key, h);
        Ok(h)
    }

    /// `BUILD_MAP n` / `BUILD_CONST_KEY_MAP n`: `_PyDict_FromItems` presizes with
    /// `dict_new_presized(n, all keys exact str)`, then inserts in order.
    pub fn build_map(&mut self, items: &[ObjId]) -> PyResult {
        let n = items.len() / 2;
        if n == 0 {
            return Ok(self.new_dict());
        }
        let all_str = items.chunks(2).all(|kv| self.is_exact_str(kv[0]));
        let d = self.alloc_dict(Dict::new_presized(n, all_str));
        for kv in items.chunks(2) {
            self.dict_setitem(d, kv[0], kv[1])?;
        }
        Ok(d)
    }

    /// `d[k] = v` (`PyDict_SetItem` → `insertdict`).
    pub fn dict_setitem(&mut self, d: ObjId, k: ObjId, v: ObjId) -> PyResult<()> {
        let h = self.key_hash(k)?;
        self.dict_insert_hashed(d, h, k, v)
    }

    /// `_PyDict_SetItem_KnownHash()`: `d[k] = v`, the hash `h` already computed.
    pub(crate) fn dict_insert_hashed(
        &mut self,
        d: ObjId,
        h: i64,
        k: ObjId,
        v: ObjId,
    ) -> PyResult<()> {
        self.split_before_insert(d, h, k);
        self.dict_resolve_eq(d, h, k)?;
        let is_str = self.is_exact_str(k);
        self.with_dict(d, Some(k), Some(v), |t, eq, obs| {
            t.insert(h, k, is_str, v, eq, obs);
        });
        Ok(())
    }

    /// The value for `k`, if present.
    pub fn dict_lookup(&mut self, d: ObjId, k: ObjId) -> PyResult<Option<ObjId>> {
        let h = self.key_hash(k)?;
        self.dict_lookup_hashed(d, h, k)
    }

    /// `_PyDict_GetItem_KnownHash()`: the value for `k`, whose hash `h` is known.
    pub(crate) fn dict_lookup_hashed(
        &mut self,
        d: ObjId,
        h: i64,
        k: ObjId,
    ) -> PyResult<Option<ObjId>> {
        Ok(self.dict_lookup_entry_hashed(d, h, k)?.map(|(_, v)| v))
    }

    /// `_Py_dict_lookup()`: the stored key and the value for `k`, whose hash `h` is known.
    pub(crate) fn dict_lookup_entry_hashed(
        &mut self,
        d: ObjId,
        h: i64,
        k: ObjId,
    ) -> PyResult<Option<(ObjId, ObjId)>> {
        self.dict_resolve_eq(d, h, k)?;
        Ok(self
            .with_dict(d, Some(k), None, |t, eq, obs| {
                t.lookup(h, k, eq, obs).and_then(|ix| {
                    t.entries()
                        .get(ix)
                        .and_then(|e| e.as_ref())
                        .map(|e| (e.key, e.value))
                })
            })
            .flatten())
    }

    /// `_PyDict_DelItem_KnownHash()`: removes `k`, whose hash `h` is known, returning its
    /// value.
    pub(crate) fn dict_delete_hashed(
        &mut self,
        d: ObjId,
        h: i64,
        k: ObjId,
    ) -> PyResult<Option<ObjId>> {
        self.dict_resolve_eq(d, h, k)?;
        Ok(self
            .with_dict(d, Some(k), None, |t, eq, obs| {
                t.delete(h, k, eq, obs).map(|(_, v)| v)
            })
            .flatten())
    }

    /// `collections.defaultdict(default_factory=None, [mapping_or_pairs])`: a dict made
    /// as `dict()` makes one, then filled as `dict_init()` fills it.
    // mirrors defdict_init() in Modules/_collectionsmodule.c
    pub(crate) fn new_defaultdict(
        &mut self,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult {
        if self.heap.precise {
            return self.unsupported(
                "collections.defaultdict in a program whose reference counts are shown",
            );
        }
        if !kwargs.is_empty() {
            // dict_init() merges them from a presized dict of its own.
            return self.unsupported("keyword arguments to defaultdict()");
        }
        let factory = args.first().copied().unwrap_or(self.none);
        if factory != self.none && !self.is_callable(factory) {
            return self.type_error("first argument must be callable or None");
        }
        if args.len() > 2 {
            return self.type_error(format!(
                "dict expected at most 1 argument, got {}",
                args.len() - 1
            ));
        }
        let d = self.alloc_dict_of(Dict::new(), DictFlavor::DefaultDict(factory));
        if let Some(&a) = args.get(1) {
            self.dict_update_from(d, a)?;
        }
        Ok(d)
    }

    /// `dd[k]`: a missing key calls `default_factory()` and stores what it returns.
    // mirrors dict_subscript() calling defdict_missing()
    pub(crate) fn defaultdict_getitem(&mut self, d: ObjId, k: ObjId) -> PyResult {
        if let Some(v) = self.dict_lookup(d, k)? {
            return Ok(v);
        }
        let factory = match self.heap.get(d) {
            Obj::Dict(x) => x.default_factory.unwrap_or(self.none),
            _ => self.none,
        };
        if factory == self.none {
            return Err(self.new_exc_args(TypeId::KeyError, vec![k]));
        }
        if self.recorder.is_some() {
            let key = self.trace_text(k);
            let f = self.repr(factory)?;
            if let Some(r) = self.recorder.as_mut() {
                r.dict_missing(&key, &f);
            }
        }
        let value = self.call_sync(factory, Vec::new())?;
        self.setitem(d, k, value)?;
        Ok(value)
    }

    pub fn dict_getitem(&mut self, d: ObjId, k: ObjId) -> PyResult {
        match self.dict_lookup(d, k)? {
            Some(v) => Ok(v),
            None => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
        }
    }

    pub fn dict_contains(&mut self, d: ObjId, k: ObjId) -> PyResult<bool> {
        Ok(self.dict_lookup(d, k)?.is_some())
    }

    /// `_PyDict_Contains_KnownHash()`: whether `k`, whose hash `h` is known, is a key.
    pub(crate) fn dict_contains_hashed(&mut self, d: ObjId, h: i64, k: ObjId) -> PyResult<bool> {
        self.dict_resolve_eq(d, h, k)?;
        Ok(self
            .with_dict(d, Some(k), None, |t, eq, obs| {
                t.lookup(h, k, eq, obs).is_some()
            })
            .unwrap_or(false))
    }

    /// `del d[k]` (`delitem_common`).
    pub fn dict_delitem(&mut self, d: ObjId, k: ObjId) -> PyResult<()> {
        match self.dict_pop(d, k)? {
            Some(_) => Ok(()),
            None => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
        }
    }

    /// Removes `k`, returning its value.
    pub fn dict_pop(&mut self, d: ObjId, k: ObjId) -> PyResult<Option<ObjId>> {
        let h = self.key_hash(k)?;
        self.dict_delete_hashed(d, h, k)
    }

    pub fn dict_popitem(&mut self, d: ObjId) -> PyResult {
        self.split_before_popitem(d);
        match self
            .with_dict(d, None, None, |t, _eq, obs| t.popitem(obs))
            .flatten()
        {
            Some((k, v)) => Ok(self.tuple(vec![k, v])),
            None => self.err(TypeId::KeyError, "popitem(): dictionary is empty"),
        }
    }

    pub fn dict_clear(&mut self, d: ObjId) {
        // free_keys_object(): each entry's key, then its value, in entry order (only
        // reference-counted mode frees in an order).
        let held: Vec<ObjId> = match self.heap.get(d) {
            Obj::Dict(dict) if self.mem.is_some() => dict
                .table
                .entries()
                .iter()
                .flatten()
                .flat_map(|e| [e.key, e.value])
                .collect(),
            _ => Vec::new(),
        };
        self.with_dict(d, None, None, |t, _eq, obs| t.clear(obs));
        self.split_cleared(d);
        self.hint_released(held);
    }

    /// `d.setdefault(k, default)`.
    pub fn dict_setdefault(&mut self, d: ObjId, k: ObjId, default: ObjId) -> PyResult {
        match self.dict_lookup(d, k)? {
            Some(v) => Ok(v),
            None => {
                let h = self.hash(k)?;
                self.dict_insert_hashed(d, h, k, default)?;
                Ok(default)
            }
        }
    }

    /// `d.copy()` (`PyDict_Copy`).
    pub fn dict_copy(&mut self, d: ObjId) -> PyResult {
        if let Some(copy) = self.split_copy(d) {
            return Ok(copy);
        }
        let copy = match self.heap.get(d) {
            Obj::Dict(dict) => dict.table.copy(),
            _ => Dict::new(),
        };
        Ok(self.alloc_dict(copy))
    }

    /// `dict_merge(a, b, override=1)` with an exact dict source.
    pub fn dict_merge(&mut self, d: ObjId, other: ObjId) -> PyResult<()> {
        if d == other {
            return Ok(());
        }
        if self.dict_subclass_overrides_iteration(other)? {
            // Its own tp_iter sends dict_merge() the generic way, through keys() and
            // __getitem__, which the class may override too.
            return self
                .unsupported("merging from a dict subclass that overrides __iter__ or keys");
        }
        if self.is_odict(other) {
            // An OrderedDict has its own tp_iter, so dict_merge() takes the generic way:
            // its keys() in its order, then other[key] for each, inserted one by one.
            for (k, _) in self.dict_items(other) {
                let v = self.getitem(other, k)?;
                self.dict_setitem(d, k, v)?;
            }
            return Ok(());
        }
        let (src, src_split) = match self.heap.get(other) {
            Obj::Dict(o) => (o.table.clone(), o.split.is_some()),
            _ => return Ok(()),
        };
        if src.is_empty() {
            return Ok(());
        }
        if self.split_merge(d, &src, src_split)? {
            return Ok(());
        }
        // The kind switch needs each incoming key's str-ness; work it out before the
        // model holds the target.
        let str_keys: std::collections::HashSet<ObjId> = src
            .iter()
            .map(|e| e.key)
            .filter(|&k| self.is_exact_str(k))
            .collect();
        let src_plain = src.iter().all(|e| self.heap.is_plain(e.key));
        let Obj::Dict(mut dict) = self.heap.replace(d, Obj::Free) else {
            return Ok(());
        };
        dict.plain_keys &= src_plain;
        let tracing = self.recorder.is_some();
        let mut events = std::mem::take(&mut self.dict_scratch);
        {
            let mut scratch = Scratch::collecting(tracing, &mut events);
            let this = &mut *self;
            let mut eq2 = |stored: ObjId, incoming: ObjId| this.key_eq(stored, incoming);
            if src_split {
                dict.table
                    .merge_items(&src, &|k| str_keys.contains(&k), &mut eq2, &mut scratch);
            } else {
                dict.table
                    .merge_from(&src, &|k| str_keys.contains(&k), &mut eq2, &mut scratch);
            }
        }
        let trace_id = dict.trace_id;
        self.heap.replace(d, Obj::Dict(dict));
        if tracing {
            self.flush_dict_events(trace_id, &mut events);
        }
        events.clear();
        self.dict_scratch = events;
        Ok(())
    }

    /// Live (key, value) pairs in iteration order: entry order, or an OrderedDict's own.
    pub fn dict_items(&self, d: ObjId) -> Vec<(ObjId, ObjId)> {
        if self.is_odict(d) {
            return self.odict_items(d);
        }
        match self.heap.get(d) {
            Obj::Dict(dict) => dict
                .table
                .entries()
                .iter()
                .flatten()
                .map(|e| (e.key, e.value))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn dict_view_items(&mut self, d: ObjId, kind: ViewKind) -> Vec<ObjId> {
        let pairs = self.dict_items(d);
        match kind {
            ViewKind::Keys => pairs.into_iter().map(|(k, _)| k).collect(),
            ViewKind::Values => pairs.into_iter().map(|(_, v)| v).collect(),
            ViewKind::Items => pairs
                .into_iter()
                .map(|(k, v)| self.tuple(vec![k, v]))
                .collect(),
        }
    }

    /// `==` of two dicts (`dict_equal()`); two OrderedDicts must also hold their keys in
    /// the same order (`odict_richcompare()`).
    pub fn dict_equal(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        let (pa, pb) = (self.dict_items(a), self.dict_items(b));
        if pa.len() != pb.len() {
            return Ok(false);
        }
        for (k, v) in pa {
            match self.dict_lookup(b, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        if self.is_odict(a) && self.is_odict(b) {
            return self.odict_keys_equal(a, b);
        }
        Ok(true)
    }

    /// `dict.fromkeys(iterable, value)` (`_PyDict_FromKeys`): exact dict and set sources
    /// presize the new table first.
    pub fn dict_fromkeys(&mut self, iterable: ObjId, value: ObjId) -> PyResult {
        let d = self.new_dict();
        match self.heap.get(iterable).clone() {
            // PyDict_CheckExact(iterable): a dict subclass is iterated like any other.
            Obj::Dict(src) if src.is_exact() => {
                let n = src.table.len();
                let unicode = src.table.kind() == crate::models::dict::DictKind::Unicode;
                self.with_dict(d, None, None, |t, _eq, obs| {
                    t.resize_for_fromkeys_dict(n, unicode, obs)
                });
                for e in src.table.entries().iter().flatten() {
                    self.record_hash(e.key, e.hash);
                    self.dict_insert_hashed(d, e.hash, e.key, value)?;
                }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let n = s.len();
                self.with_dict(d, None, None, |t, _eq, obs| {
                    t.resize_for_fromkeys_set(n, obs)
                });
                for (h, k) in s.iter_hashed() {
                    self.record_hash(k, h);
                    self.dict_insert_hashed(d, h, k, value)?;
                }
            }
            _ => {
                let it = self.get_iter(iterable)?;
                while let Some(k) = self.iter_next(it)? {
                    self.dict_setitem(d, k, value)?;
                }
            }
        }
        Ok(d)
    }

    /// `dict_update_arg()`: a dict merges; anything else is a sequence of pairs
    /// (`PyDict_MergeFromSeq2`).
    pub fn dict_update_from(&mut self, d: ObjId, arg: ObjId) -> PyResult<()> {
        match self.heap.get(arg) {
            Obj::Dict(_) => return self.dict_merge(d, arg),
            Obj::MappingProxy(inner) => {
                let inner = *inner;
                return self.dict_merge(d, inner);
            }
            _ => {}
        }
        // Anything with a keys() method is a mapping: its keys, then arg[key] for each.
        let keys = match self.heap.get(arg) {
            Obj::WeakDict(_) => Some(self.call_weak_dict_method(arg, "keys", Vec::new())?),
            Obj::Instance(_) => match self.get_attr(arg, "keys") {
                Ok(m) => Some(self.call_sync(m, Vec::new())?),
                Err(e) if self.exc_is(e, TypeId::AttributeError) => None,
                Err(e) => return Err(e),
            },
            _ => None,
        };
        if let Some(keys) = keys {
            let it = self.get_iter(keys)?;
            while let Some(k) = self.iter_next(it)? {
                let v = self.getitem(arg, k)?;
                self.dict_setitem(d, k, v)?;
            }
            return Ok(());
        }
        let it = self.get_iter(arg)?;
        let mut i = 0usize;
        while let Some(item) = self.iter_next(it)? {
            let pair = match self.heap.get(item) {
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::Iter(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Range { .. }
                | Obj::DictView { .. } => self.collect_iterable(item)?,
                _ => {
                    return self.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ));
                }
            };
            if pair.len() != 2 {
                return self.err(
                    TypeId::ValueError,
                    format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    ),
                );
            }
            self.dict_setitem(d, pair[0], pair[1])?;
            i += 1;
        }
        Ok(())
    }

    /// `_PyDict_MergeEx(d, other, 2)` for `DICT_MERGE`: stops at a key already in `d` and
    /// returns it (where C sets `KeyError(key)`). An exact dict merges entry by entry
    /// (`dict_merge`); anything else is asked for `keys()` (listed first,
    /// `PyMapping_Keys`), then `other[key]` for each.
    pub(crate) fn dict_merge_kwargs(&mut self, d: ObjId, other: ObjId) -> PyResult<Option<ObjId>> {
        if let Obj::Dict(src) = self.heap.get(other)
            && src.ordered.is_none()
        {
            let target_empty = matches!(self.heap.get(d), Obj::Dict(t) if t.table.is_empty());
            if !target_empty {
                // An empty target takes override = 1; otherwise each key is looked up
                // before it goes in.
                let keys: Vec<ObjId> = src.table.iter().map(|e| e.key).collect();
                for k in keys {
                    if self.dict_contains(d, k)? {
                        return Ok(Some(k));
                    }
                }
            }
            self.dict_merge(d, other)?;
            return Ok(None);
        }
        let keys = self.get_attr(other, "keys")?;
        let keys = self.call_sync(keys, Vec::new())?;
        let keys = self.collect_iterable(keys)?;
        for k in keys {
            if self.dict_contains(d, k)? {
                return Ok(Some(k));
            }
            let v = self.getitem(other, k)?;
            self.dict_setitem(d, k, v)?;
        }
        Ok(None)
    }

    /// `format_kwargs_error()` (Python/ceval.c) for a failed `DICT_MERGE`: an
    /// AttributeError (from anywhere in the merge) becomes "argument after ** must be a
    /// mapping"; the duplicate key the merge found (a C-level `KeyError((key,))`, never
    /// one raised by Python code) "got multiple values for keyword argument".
    pub(crate) fn format_kwargs_error(
        &mut self,
        failure: Result<ObjId, ObjId>,
        func: ObjId,
        other: ObjId,
    ) -> ObjId {
        let msg = match failure {
            Ok(key) => {
                let f = match self.function_str(func) {
                    Ok(f) => f,
                    Err(e2) => return e2,
                };
                match self.str_of(key) {
                    Ok(k) => format!("{f} got multiple values for keyword argument '{k}'"),
                    Err(e2) => return e2,
                }
            }
            Err(e) if self.exc_is(e, TypeId::AttributeError) => {
                let tn = self.type_name(other);
                match self.function_str(func) {
                    Ok(f) => format!("{f} argument after ** must be a mapping, not {tn}"),
                    Err(e2) => return e2,
                }
            }
            Err(e) => return e,
        };
        let m = self.string(msg);
        self.new_exc_args(TypeId::TypeError, vec![m])
    }

    /// `_PyObject_FunctionStr()`: `module.qualname()`, or `qualname()` for builtins (or no
    /// module), or `str(func)` when it has no `__qualname__`.
    pub(crate) fn function_str(&mut self, func: ObjId) -> PyResult<String> {
        // Built-in callables: `__module__` is None for a method (its qualname names the
        // type), "builtins" for a builtin (left out), the module for a module function.
        match self.heap.get(func) {
            Obj::Builtin(Builtin(name)) => return Ok(format!("{name}()")),
            // A function of Counter's module, collections.
            Obj::MethodDescr {
                ty: TypeId::Counter,
                name,
            } => return Ok(format!("collections.Counter.{name}()")),
            Obj::MethodDescr { ty, name } => return Ok(format!("{}.{name}()", ty.name())),
            Obj::Method { receiver, name } if self.is_counter_bound_method(*receiver, name) => {
                return Ok(format!("collections.Counter.{name}()"));
            }
            Obj::Method { receiver, name } => {
                let (receiver, name) = (*receiver, *name);
                return match self.heap.get(receiver) {
                    Obj::Module(m) => Ok(format!("{m}.{name}()")),
                    Obj::Instance(_) => self.unsupported(&format!(
                        "the qualified name of the built-in method {name} of a subclass instance"
                    )),
                    _ => Ok(format!("{}.{name}()", self.type_name(receiver))),
                };
            }
            _ => {}
        }
        let qualname = match self.get_attr(func, "__qualname__") {
            Ok(q) => q,
            Err(e) if self.exc_is(e, TypeId::AttributeError) => return self.str_of(func),
            Err(e) => return Err(e),
        };
        let qualname = self.str_of(qualname)?;
        let module = match self.get_attr(func, "__module__") {
            Ok(m) => Some(m),
            Err(e) if self.exc_is(e, TypeId::AttributeError) => None,
            Err(e) => return Err(e),
        };
        if let Some(m) = module
            && m != self.none
        {
            let builtins = matches!(self.heap.get(m), Obj::Str(s) if &*s.s == "builtins");
            if !builtins {
                let m = self.str_of(m)?;
                return Ok(format!("{m}.{qualname}()"));
            }
        }
        Ok(format!("{qualname}()"))
    }

    /// The kwargs dict CPython builds for a `METH_KEYWORDS` call: `_PyStack_AsDict` is
    /// `_PyDict_FromItems` in 3.11, so the table is presized as unicode (all keys are str).
    pub fn kwargs_dict(&mut self, kwargs: &[(String, ObjId)]) -> PyResult {
        let d = if kwargs.is_empty() {
            self.new_dict()
        } else {
            self.alloc_dict(Dict::new_presized(kwargs.len(), true))
        };
        for (k, v) in kwargs {
            let ks = self.str(k);
            self.dict_setitem(d, ks, *v)?;
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontend::compile;
    use crate::vm::VmOptions;
    use num_bigint::BigInt;

    /// The streamed path compares keys with `plain_eq`; it must answer as `Vm::eq` does
    /// for every pair of plain objects.
    #[test]
    fn plain_eq_agrees_with_vm_eq() {
        let program = compile("", "t.py").expect("compiles");
        let mut vm = Vm::new(program, VmOptions::default());
        let huge: BigInt = "123456789012345678901234567890".parse().unwrap_or_default();
        let two_53: BigInt = BigInt::from(1u64 << 53);
        let objs = vec![
            vm.none,
            vm.bool(true),
            vm.bool(false),
            vm.int(0),
            vm.int(1),
            vm.int(-1),
            vm.int(1000),
            vm.int(1000),
            vm.int(i64::MAX),
            vm.int_big(huge.clone()),
            vm.int_big(huge),
            vm.int_big(two_53.clone() + 1),
            vm.float(0.0),
            vm.float(-0.0),
            vm.float(1.0),
            vm.float(1000.0),
            vm.float(9007199254740992.0),
            vm.float(f64::NAN),
            vm.float(f64::INFINITY),
            vm.str("a"),
            vm.str("a"),
            vm.str("é"),
            vm.str("1"),
            vm.bytes(b"a".to_vec()),
            vm.bytes(b"a".to_vec()),
        ];
        for &a in &objs {
            assert!(vm.heap.is_plain(a));
            for &b in &objs {
                let want = vm.eq(a, b).expect("plain objects compare");
                assert_eq!(
                    plain_eq(&vm.heap, a, b),
                    want,
                    "{} == {}",
                    vm.short_repr(a),
                    vm.short_repr(b)
                );
            }
        }
    }
}
