//! The `weakref` and `gc` modules and `sys.getrefcount`, on top of `memory.rs`.
//!
//! `ref`/`proxy` mirror `Objects/weakrefobject.c` (`weakref___new__`, `get_basic_refs`,
//! `insert_head`/`insert_after`: the basic ref first, the basic proxy next, every other
//! reference newest first). `WeakValueDictionary`, `WeakKeyDictionary` and `finalize`
//! are Python classes in `Lib/weakref.py`; pyxray keeps their data as CPython does (a dict
//! of `KeyedRef`s, a dict keyed by `ref(key, _remove)`, a registry of finalizers) so what
//! the collector counts and when entries vanish are CPython's.

use super::memory::supports_weakrefs;
use super::object::*;
use super::{PyResult, Vm};

type Kw = Vec<(String, ObjId)>;

/// The `__qualname__` of the closure `WeakMethod.__new__` makes.
const WEAK_METHOD_CB: &str = "WeakMethod.__new__.<locals>._cb";

/// The functions of the simulated `gc` and `weakref` modules.
pub const MEMORY_FUNCTIONS: &[&str] = &[
    "gc.collect",
    "gc.enable",
    "gc.disable",
    "gc.isenabled",
    "gc.get_count",
    "gc.get_threshold",
    "gc.set_threshold",
    "gc.is_tracked",
    "gc.is_finalized",
    "gc.get_referrers",
    "gc.get_referents",
    "gc.get_debug",
    "gc.set_debug",
    "gc.get_freeze_count",
    "weakref.ref",
    "weakref.proxy",
    "weakref.getweakrefcount",
    "weakref.getweakrefs",
    "weakref.WeakValueDictionary",
    "weakref.WeakKeyDictionary",
    "weakref.WeakSet",
    "weakref.WeakMethod",
    "weakref.finalize",
    "sys.getrefcount",
];

/// Methods of the weak dictionaries and of `finalize`.
pub const WEAKDICT_METHODS: &[&str] = &[
    "valuerefs",
    "keyrefs",
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "setdefault",
    "clear",
    "copy",
    "update",
];
pub const FINALIZE_METHODS: &[&str] = &["detach", "peek"];
/// Methods of `WeakSet`.
pub const WEAKSET_METHODS: &[&str] =
    &["add", "discard", "remove", "pop", "clear", "copy", "update"];

impl Vm {
    /// `gc.x` / `weakref.x`.
    pub(crate) fn memory_module_attr(&mut self, module: &str, name: &str) -> PyResult<ObjId> {
        let full = format!("{module}.{name}");
        if let Some(q) = MEMORY_FUNCTIONS.iter().find(|q| **q == full) {
            let f = self.heap.alloc(Obj::Builtin(Builtin(q)));
            self.mark_ghost(f);
            return Ok(f);
        }
        match (module, name) {
            // Made on first use, then the same list every time (a root of the heap).
            ("gc", "DEBUG_STATS") => Ok(self.int(1)),
            ("gc", "DEBUG_COLLECTABLE") => Ok(self.int(2)),
            ("gc", "DEBUG_UNCOLLECTABLE") => Ok(self.int(4)),
            ("gc", "DEBUG_SAVEALL") => Ok(self.int(32)),
            ("gc", "DEBUG_LEAK") => Ok(self.int(38)),
            ("gc", "callbacks") => Ok(match self.mem().callbacks {
                Some(l) => l,
                None => {
                    let l = self.list(Vec::new());
                    self.mem().callbacks = Some(l);
                    l
                }
            }),
            ("gc", "garbage") => Ok(match self.mem().garbage {
                Some(l) => l,
                None => {
                    let l = self.list(Vec::new());
                    self.mem().garbage = Some(l);
                    l
                }
            }),
            ("weakref", "ReferenceType" | "ProxyType" | "CallableProxyType" | "KeyedRef") => {
                self.unsupported(&format!("weakref.{name} as a type"))
            }
            // A name pyxray's copy of the module lacks may exist in CPython's: refused.
            _ => self.unsupported(&format!("{module}.{name}")),
        }
    }

    fn int_arg(&mut self, v: ObjId) -> PyResult<i64> {
        match self.heap.get(v) {
            Obj::Int(i) => Ok(*i),
            Obj::Bool(b) => Ok(*b as i64),
            _ => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    /// Calls one of [`MEMORY_FUNCTIONS`].
    pub(crate) fn call_memory(&mut self, name: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let none = self.none;
        match name {
            "sys.getrefcount" => {
                if args.len() != 1 {
                    return self.type_error(format!(
                        "getrefcount() takes exactly one argument ({} given)",
                        args.len()
                    ));
                }
                if args[0].0 < self.permanent {
                    return self.unsupported(
                        "sys.getrefcount() of a cached or constant object (CPython's count \
                         includes references from its own start-up)",
                    );
                }
                let n = self.getrefcount(args[0]);
                Ok(self.int(n))
            }
            "gc.collect" => {
                let mut g = 2i64;
                if let Some(&a) = args.first() {
                    g = self.int_arg(a)?;
                }
                for (k, v) in &kwargs {
                    if k == "generation" {
                        g = self.int_arg(*v)?;
                    }
                }
                if !(0..=2).contains(&g) {
                    return self.err(TypeId::ValueError, "invalid generation");
                }
                let n = self.gc_collect(g as usize);
                Ok(self.int(n))
            }
            "gc.get_debug" => {
                let f = self.mem().debug_flags;
                Ok(self.int(f))
            }
            // The flags print to stderr only; DEBUG_SAVEALL (32) changes what the collector
            // does with garbage and is not modelled.
            "gc.set_debug" => {
                let [a] = args[..] else {
                    return self.type_error(format!(
                        "set_debug() takes exactly one argument ({} given)",
                        args.len()
                    ));
                };
                let f = self.int_arg(a)?;
                if f & 32 != 0 {
                    return self.unsupported("gc.DEBUG_SAVEALL");
                }
                self.mem().debug_flags = f;
                Ok(none)
            }
            // Nothing is frozen unless gc.freeze() ran (which is not simulated).
            "gc.get_freeze_count" => Ok(self.int(0)),
            "gc.enable" => {
                self.mem().gc.enabled = true;
                Ok(none)
            }
            "gc.disable" => {
                self.mem().gc.enabled = false;
                Ok(none)
            }
            "gc.isenabled" => {
                let e = self.mem().gc.enabled;
                Ok(self.bool(e))
            }
            "gc.get_count" => {
                self.link_born_untriggered();
                let c: Vec<i64> = self.mem().gc.generations.iter().map(|g| g.count).collect();
                let items = c.into_iter().map(|n| self.int(n)).collect();
                Ok(self.tuple(items))
            }
            "gc.get_threshold" => {
                let t: Vec<i64> = self
                    .mem()
                    .gc
                    .generations
                    .iter()
                    .map(|g| g.threshold)
                    .collect();
                let items = t.into_iter().map(|n| self.int(n)).collect();
                Ok(self.tuple(items))
            }
            "gc.set_threshold" => {
                if args.is_empty() || args.len() > 3 {
                    return self.type_error(format!(
                        "set_threshold() takes at least 1 argument ({} given)",
                        args.len()
                    ));
                }
                for (i, &a) in args.iter().enumerate() {
                    let v = self.int_arg(a)?;
                    self.mem().gc.generations[i].threshold = v;
                }
                Ok(none)
            }
            "gc.is_tracked" => {
                self.exactly_one_arg("is_tracked", &args)?;
                self.link_born_untriggered();
                let t = self.gc_tracked(args[0]);
                Ok(self.bool(t))
            }
            "gc.is_finalized" => {
                self.exactly_one_arg("is_finalized", &args)?;
                let f = self.meta(args[0]).is_some_and(|m| m.finalized);
                Ok(self.bool(f))
            }
            "gc.get_referents" => {
                let mut out = Vec::new();
                for &a in &args {
                    if matches!(self.heap.get(a), Obj::Opaque(_)) {
                        // A function's code, globals, name … are not objects in pyxray.
                        return self.unsupported("gc.get_referents() of a library function");
                    }
                    if self.gc_kind_tracked_type(a) {
                        self.gc_traverse(a, &mut out);
                    }
                    // subtype_traverse ends with the (heap) type of a library class.
                    if let Obj::WeakDict(_) = self.heap.get(a) {
                        let t = self.type_of(a);
                        out.push(self.class_obj(ClassRef::Builtin(t)));
                    }
                }
                Ok(self.list(out))
            }
            "gc.get_referrers" => {
                if args
                    .iter()
                    .any(|&a| matches!(self.heap.get(a), Obj::ModuleDict))
                {
                    return self.unsupported("gc.get_referrers() of globals()");
                }
                // The module's dict is among the referrers of what a global names: it
                // is the oldest object of the oldest generation.
                let named = self.globals.iter().any(|(_, v)| args.contains(v));
                self.link_born_untriggered();
                let mut out = Vec::new();
                for g in 0..3 {
                    if g == 2 && named {
                        out.push(self.module_dict_obj());
                    }
                    let list = crate::models::gc::List::generation(g);
                    for id in self.mem().gc.lists.iter(list) {
                        let id = ObjId(id);
                        let mut refs = Vec::new();
                        self.gc_traverse(id, &mut refs);
                        if refs.iter().any(|r| args.contains(r)) {
                            out.push(id);
                        }
                    }
                }
                Ok(self.list(out))
            }
            "weakref.ref" | "weakref.proxy" => {
                if args.is_empty() || args.len() > 2 {
                    let short = &name["weakref.".len()..];
                    return self.type_error(format!(
                        "{short} expected at most 2 arguments, got {}",
                        args.len()
                    ));
                }
                let cb = args.get(1).copied().filter(|&c| c != none);
                let kind = if name == "weakref.ref" {
                    WeakKind::Ref
                } else {
                    WeakKind::Proxy
                };
                self.weakref_new(args[0], cb.map(WeakCallback::Py), kind, None)
            }
            "weakref.getweakrefcount" => {
                self.exactly_one_arg("getweakrefcount", &args)?;
                let n = self.meta(args[0]).map_or(0, |m| m.weakrefs.len());
                Ok(self.int(n as i64))
            }
            "weakref.getweakrefs" => {
                self.exactly_one_arg("getweakrefs", &args)?;
                let l = self
                    .meta(args[0])
                    .map(|m| m.weakrefs.clone())
                    .unwrap_or_default();
                Ok(self.list(l))
            }
            "weakref.WeakValueDictionary" | "weakref.WeakKeyDictionary" | "weakref.WeakSet" => {
                let d = self.new_weak_container(name)?;
                if let Some(&src) = args.first() {
                    self.weak_dict_update(d, src)?;
                }
                Ok(d)
            }
            "weakref.WeakMethod" => {
                if args.is_empty() || args.len() > 2 {
                    return self.type_error(format!(
                        "WeakMethod.__new__() takes from 2 to 3 positional arguments but {} were given",
                        args.len() + 1
                    ));
                }
                let callback = args.get(1).copied().unwrap_or(self.none);
                self.weak_method_new(args[0], callback)
            }
            "weakref.finalize" => {
                if args.len() < 2 {
                    return self.type_error("finalize expected at least 2 positional arguments");
                }
                let index = {
                    let m = self.mem();
                    m.next_finalizer += 1;
                    m.next_finalizer
                };
                let fin = self.heap.alloc(Obj::Finalizer(Box::new(FinalizerObj {
                    weakref: None,
                    func: Some(args[1]),
                    args: args[2..].to_vec(),
                    kwargs,
                    atexit: true,
                    index,
                })));
                let wr =
                    self.weakref_new(args[0], Some(WeakCallback::Py(fin)), WeakKind::Ref, None)?;
                if let Some(Obj::Finalizer(f)) = self.heap.get_mut(fin) {
                    f.weakref = Some(wr);
                }
                self.mem().finalizers.push(fin);
                self.finalize_made();
                Ok(fin)
            }
            _ => self.unsupported(name),
        }
    }

    /// `__init__` of `WeakValueDictionary`, `WeakKeyDictionary` or `WeakSet`: the
    /// instance and everything it stores, made in the order the library code makes them,
    /// so the collector counts and frees what CPython's does. The `_remove` closure holds
    /// its defaults tuple, which holds `ref(self)`: the object's basic weak reference.
    fn new_weak_container(&mut self, name: &str) -> PyResult {
        let set = name == "weakref.WeakSet";
        let weak_values = name == "weakref.WeakValueDictionary";
        let serial = {
            let m = self.mem();
            m.next_serial += 1;
            m.next_serial
        };
        let none = self.none;
        let d = self.heap.alloc(Obj::WeakDict(Box::new(WeakDictObj {
            data: none,
            weak_values,
            set,
            serial,
            attrs: Vec::new(),
        })));
        let mut attrs = Vec::new();
        // WeakKeyDictionary and WeakSet make `data` first, WeakValueDictionary last.
        if !weak_values {
            let data = if set {
                self.new_set(false, None)?
            } else {
                self.new_dict()
            };
            attrs.push(("data", data));
        }
        let selfref = self.weakref_new(d, None, WeakKind::Ref, None)?;
        let mut defaults = vec![selfref];
        if weak_values {
            let f = self
                .heap
                .alloc(Obj::Builtin(Builtin("_weakref._remove_dead_weakref")));
            self.mark_ghost(f);
            defaults.push(f);
        }
        let defaults = self.tuple(defaults);
        let qualname = if set {
            "WeakSet.__init__.<locals>._remove"
        } else if weak_values {
            "WeakValueDictionary.__init__.<locals>.remove"
        } else {
            "WeakKeyDictionary.__init__.<locals>.remove"
        };
        let remove = self.heap.alloc(Obj::Opaque(Box::new(OpaqueObj {
            type_name: "function",
            qualname,
            refs: vec![defaults],
        })));
        attrs.push(("_remove", remove));
        let pending = self.list(Vec::new());
        attrs.push(("_pending_removals", pending));
        let iterating = self.new_set(false, None)?;
        attrs.push(("_iterating", iterating));
        let data = if weak_values {
            let data = self.new_dict();
            attrs.push(("data", data));
            data
        } else {
            if !set {
                attrs.push(("_dirty_len", self.bool(false)));
            }
            attrs[0].1
        };
        if let Some(Obj::WeakDict(w)) = self.heap.get_mut(d) {
            w.data = data;
            w.attrs = attrs;
        }
        Ok(d)
    }

    /// `WeakMethod.__new__(meth, callback)` from `Lib/weakref.py`: the `callback` and
    /// `self_wr` cells, the `_cb` closure over them, `ref.__new__(cls, obj, _cb)`,
    /// `_func_ref = ref(func, _cb)`, then `self_wr = ref(self)`.
    fn weak_method_new(&mut self, meth: ObjId, callback: ObjId) -> PyResult {
        let Obj::BoundMethod { func, receiver } = *self.heap.get(meth) else {
            let c = self.class_of(meth);
            let t = self.class_obj(c);
            let tn = self.repr(t)?;
            return self.type_error(format!("argument should be a bound method, not {tn}"));
        };
        let cb_cell = self.heap.alloc(Obj::Cell(Some(callback)));
        let self_cell = self.heap.alloc(Obj::Cell(None));
        let closure = self.tuple(vec![cb_cell, self_cell]);
        let cb = self.heap.alloc(Obj::Opaque(Box::new(OpaqueObj {
            type_name: "function",
            qualname: WEAK_METHOD_CB,
            refs: vec![closure],
        })));
        let wm = self.weakref_new(receiver, Some(WeakCallback::Py(cb)), WeakKind::Method, None)?;
        let func_ref = self.weakref_new(func, Some(WeakCallback::Py(cb)), WeakKind::Ref, None)?;
        if let Some(Obj::WeakRef(w)) = self.heap.get_mut(wm) {
            w.method = Some((func_ref, true));
        }
        let self_wr = self.weakref_new(wm, None, WeakKind::Ref, None)?;
        if let Some(Obj::Cell(c)) = self.heap.get_mut(self_cell) {
            *c = Some(self_wr);
        }
        Ok(wm)
    }

    /// Whether `f` is the `_cb` closure a `WeakMethod` made.
    pub(crate) fn is_weak_method_cb(&self, f: ObjId) -> bool {
        matches!(self.heap.get(f), Obj::Opaque(o) if o.qualname == WEAK_METHOD_CB)
    }

    /// `_cb(arg)`: `self = self_wr()`; if `self._alive`, it is no longer, and the user's
    /// callback (if any) gets `self`.
    pub(crate) fn weak_method_cb(&mut self, cb: ObjId) {
        let closure = match self.heap.get(cb) {
            Obj::Opaque(o) => o.refs[0],
            _ => return,
        };
        let cells = match self.heap.get(closure) {
            Obj::Tuple(t) => t.to_vec(),
            _ => return,
        };
        let cell = |vm: &Vm, c: ObjId| match vm.heap.get(c) {
            Obj::Cell(v) => *v,
            _ => None,
        };
        let (Some(user_cb), Some(self_wr)) = (cell(self, cells[0]), cell(self, cells[1])) else {
            return;
        };
        let Some(wm) = self.weak_referent(self_wr) else {
            return;
        };
        let alive =
            matches!(self.heap.get(wm), Obj::WeakRef(w) if w.method.is_some_and(|(_, a)| a));
        if !alive {
            return;
        }
        if let Some(Obj::WeakRef(w)) = self.heap.get_mut(wm)
            && let Some((_, a)) = w.method.as_mut()
        {
            *a = false;
        }
        if user_cb != self.none {
            self.run_for_heap(user_cb, vec![wm]);
        }
    }

    /// `WeakMethod.__call__`: a new bound method while both `__self__` and `__func__`
    /// live, else None.
    fn weak_method_call(&mut self, wm: ObjId) -> ObjId {
        let (obj, func_ref) = match self.heap.get(wm) {
            Obj::WeakRef(w) => (w.referent, w.method.map(|(f, _)| f)),
            _ => (None, None),
        };
        let func = func_ref.and_then(|f| self.weak_referent(f));
        match (obj, func) {
            (Some(receiver), Some(func)) => self.heap.alloc(Obj::BoundMethod { func, receiver }),
            _ => self.none,
        }
    }

    /// An attribute of a weak dictionary or set that `__init__` stored on it.
    pub(crate) fn weak_container_attr(&self, d: ObjId, name: &str) -> Option<ObjId> {
        match self.heap.get(d) {
            Obj::WeakDict(w) => w.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v),
            _ => None,
        }
    }

    fn gc_kind_tracked_type(&self, id: ObjId) -> bool {
        !matches!(
            self.heap.get(id),
            Obj::Int(_) | Obj::Long(_) | Obj::Str(_) | Obj::Float(_) | Obj::None | Obj::Bool(_)
        )
    }

    fn exactly_one_arg(&mut self, name: &str, args: &[ObjId]) -> PyResult<()> {
        if args.len() != 1 {
            return self.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        Ok(())
    }

    /// `weakref___new__` / `PyWeakref_NewProxy`: reuses the basic ref or proxy when there
    /// is no callback, and inserts a new reference where CPython's list puts it.
    pub(crate) fn weakref_new(
        &mut self,
        obj: ObjId,
        callback: Option<WeakCallback>,
        kind: WeakKind,
        key: Option<ObjId>,
    ) -> PyResult {
        if !supports_weakrefs(self.heap.get(obj))
            || obj.0 < self.permanent && !matches!(self.heap.get(obj), Obj::Type(_))
        {
            let tn = self.type_name(obj);
            return self.type_error(format!("cannot create weak reference to '{tn}' object"));
        }
        if !self.heap.precise {
            return self.unsupported("weak references without the heap model");
        }
        let list = self
            .meta(obj)
            .map(|m| m.weakrefs.clone())
            .unwrap_or_default();
        let is = |vm: &Vm, w: ObjId, k: WeakKind| matches!(vm.heap.get(w), Obj::WeakRef(r) if r.kind == k && r.callback.is_none());
        let basic_ref = list
            .first()
            .copied()
            .filter(|&w| is(self, w, WeakKind::Ref));
        let proxy_at = usize::from(basic_ref.is_some());
        let basic_proxy = list
            .get(proxy_at)
            .copied()
            .filter(|&w| is(self, w, WeakKind::Proxy));
        if callback.is_none() {
            if kind == WeakKind::Ref
                && let Some(r) = basic_ref
            {
                return Ok(r);
            }
            if kind == WeakKind::Proxy
                && let Some(p) = basic_proxy
            {
                return Ok(p);
            }
        }
        let callable = kind == WeakKind::Proxy && self.is_callable(obj);
        let wr = self.heap.alloc(Obj::WeakRef(Box::new(WeakRefObj {
            referent: Some(obj),
            callback,
            kind,
            key,
            hash: std::cell::Cell::new(None),
            callable,
            method: None,
        })));
        let at = if callback.is_none() && kind == WeakKind::Ref {
            0
        } else if callback.is_none() {
            usize::from(basic_ref.is_some())
        } else {
            usize::from(basic_ref.is_some()) + usize::from(basic_proxy.is_some())
        };
        let m = self.meta_mut(obj);
        m.weakrefs.insert(at.min(m.weakrefs.len()), wr);
        Ok(wr)
    }

    /// A weak reference's referent (None once dead).
    pub(crate) fn weak_referent(&self, wr: ObjId) -> Option<ObjId> {
        match self.heap.get(wr) {
            Obj::WeakRef(w) => w.referent,
            _ => None,
        }
    }

    /// A proxy's referent, or `ReferenceError`.
    pub(crate) fn unproxy(&mut self, id: ObjId) -> PyResult<ObjId> {
        match self.heap.get(id) {
            Obj::WeakRef(w) if w.kind == WeakKind::Proxy => match w.referent {
                Some(r) => Ok(r),
                None => self.err(
                    TypeId::ReferenceError,
                    "weakly-referenced object no longer exists",
                ),
            },
            _ => Ok(id),
        }
    }

    pub(crate) fn is_proxy(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Obj::WeakRef(w) if w.kind == WeakKind::Proxy)
    }

    /// `weakref_repr` / `proxy_repr`.
    pub(crate) fn weakref_repr(&mut self, id: ObjId) -> String {
        let (kind, referent) = match self.heap.get(id) {
            Obj::WeakRef(w) => (w.kind, w.referent),
            _ => return String::new(),
        };
        let me = id.address();
        match (kind, referent) {
            (WeakKind::Proxy, Some(r)) => {
                let tn = self.type_name(r);
                format!("<weakproxy at {me:#x}; to '{tn}' at {:#x}>", r.address())
            }
            (WeakKind::Proxy, None) => format!("<weakproxy at {me:#x}; dead>"),
            (_, None) => format!("<weakref at {me:#x}; dead>"),
            (_, Some(r)) => {
                let tn = self.type_name(r);
                let name = match self.heap.get(r) {
                    Obj::Function(f) => Some(f.name.clone()),
                    Obj::Class(c) => Some(c.name.clone()),
                    _ => None,
                };
                match name {
                    Some(n) => format!(
                        "<weakref at {me:#x}; to '{tn}' at {:#x} ({n})>",
                        r.address()
                    ),
                    None => format!("<weakref at {me:#x}; to '{tn}' at {:#x}>", r.address()),
                }
            }
        }
    }

    /// `weakref_hash`: the referent's hash, kept once computed.
    pub(crate) fn weakref_hash(&mut self, id: ObjId) -> PyResult<i64> {
        let (cached, referent) = match self.heap.get(id) {
            Obj::WeakRef(w) => (w.hash.get(), w.referent),
            _ => (None, None),
        };
        if let Some(h) = cached {
            return Ok(h);
        }
        let Some(r) = referent else {
            return self.type_error("weak object has gone away");
        };
        let h = self.hash(r)?;
        if let Obj::WeakRef(w) = self.heap.get(id) {
            w.hash.set(Some(h));
        }
        Ok(h)
    }

    /// `weakref_richcompare` for `==`: live referents compare, otherwise identity.
    pub(crate) fn weakref_eq(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        match (self.weak_referent(a), self.weak_referent(b)) {
            (Some(x), Some(y)) => self.eq(x, y),
            _ => Ok(a == b),
        }
    }

    /// Calling a ref (its referent or None), a proxy (its referent), or a finalizer.
    pub(crate) fn call_weak(
        &mut self,
        f: ObjId,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult<Option<ObjId>> {
        match self.heap.get(f) {
            Obj::WeakRef(w) if w.kind != WeakKind::Proxy => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return self.type_error(format!(
                        "weakref() takes no arguments ({} given)",
                        args.len()
                    ));
                }
                if w.kind == WeakKind::Method {
                    return Ok(Some(self.weak_method_call(f)));
                }
                Ok(Some(w.referent.unwrap_or(self.none)))
            }
            Obj::Finalizer(_) => {
                let r = self.finalizer_call(f)?;
                Ok(Some(r))
            }
            _ => Ok(None),
        }
    }

    /// `finalize.__call__`: if still registered, unregister and call func(*args, **kw).
    pub(crate) fn finalizer_call(&mut self, fin: ObjId) -> PyResult {
        let pos = self.mem().finalizers.iter().position(|&f| f == fin);
        let Some(pos) = pos else {
            return Ok(self.none);
        };
        if self.exit.finalize_shutdown {
            // `finalize._shutdown`: unregistered, not called.
            self.mem().finalizers.remove(pos);
            self.take_finalizer_info(fin);
            return Ok(self.none);
        }
        let (func, args, kwargs) = match self.heap.get(fin) {
            Obj::Finalizer(f) => (f.func, f.args.clone(), f.kwargs.clone()),
            _ => return Ok(self.none),
        };
        // The info stays alive (held by this call) while func runs.
        let start = self.mem_pending_len();
        self.mem_hold(fin);
        self.mem().finalizers.remove(pos);
        for x in self.take_finalizer_info(fin) {
            self.mem_hold(x);
        }
        let r = match func {
            Some(f) => self.call_sync_kw(f, args, kwargs),
            None => Ok(self.none),
        };
        self.mem_unhold(start);
        r
    }

    /// The registry let go of `fin`'s `_Info` (weakref, func, args, kwargs, in slot
    /// order): the finalizer keeps none of them, so nothing cycles back through its
    /// weak reference's callback.
    fn take_finalizer_info(&mut self, fin: ObjId) -> Vec<ObjId> {
        let Some(Obj::Finalizer(f)) = self.heap.get_mut(fin) else {
            return Vec::new();
        };
        let mut out: Vec<ObjId> = f.weakref.take().into_iter().collect();
        out.extend(f.func.take());
        out.append(&mut f.args);
        out.extend(std::mem::take(&mut f.kwargs).into_iter().map(|(_, v)| v));
        out
    }

    pub(crate) fn finalizer_attr(&mut self, fin: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        let alive = self.mem().finalizers.contains(&fin);
        match name {
            "alive" => Ok(Some(self.bool(alive))),
            "atexit" => {
                // `bool(info) and info.atexit`: False once dead.
                let a = alive && matches!(self.heap.get(fin), Obj::Finalizer(f) if f.atexit);
                Ok(Some(self.bool(a)))
            }
            _ => Ok(None),
        }
    }

    pub(crate) fn finalizer_set_attr(
        &mut self,
        fin: ObjId,
        name: &str,
        v: ObjId,
    ) -> PyResult<bool> {
        if name != "atexit" {
            return Ok(false);
        }
        let t = self.truthy(v)?;
        if let Some(Obj::Finalizer(f)) = self.heap.get_mut(fin) {
            f.atexit = t;
        }
        Ok(true)
    }

    pub(crate) fn call_finalizer_method(&mut self, fin: ObjId, name: &str) -> PyResult {
        let alive = self.mem().finalizers.contains(&fin);
        let (wr, func, args, kwargs) = match self.heap.get(fin) {
            Obj::Finalizer(f) => (f.weakref, f.func, f.args.clone(), f.kwargs.clone()),
            _ => return Ok(self.none),
        };
        let obj = wr.and_then(|w| self.weak_referent(w));
        let (Some(obj), true) = (obj, alive) else {
            return Ok(self.none);
        };
        if name == "detach" {
            self.mem().finalizers.retain(|&f| f != fin);
            let start = self.mem_pending_len();
            for x in self.take_finalizer_info(fin) {
                self.mem_hold(x);
            }
            // detach() returns the values; the info object goes when it returns.
            let a = self.tuple(args);
            let kw = self.new_dict();
            for (k, v) in kwargs {
                let k = self.str(&k);
                self.dict_setitem(kw, k, v)?;
            }
            let items = vec![obj, func.unwrap_or(self.none), a, kw];
            let t = self.tuple(items);
            self.mem_unhold(start);
            return Ok(t);
        }
        let a = self.tuple(args);
        let kw = self.new_dict();
        for (k, v) in kwargs {
            let k = self.str(&k);
            self.dict_setitem(kw, k, v)?;
        }
        let items = vec![obj, func.unwrap_or(self.none), a, kw];
        Ok(self.tuple(items))
    }

    pub(crate) fn mem_pending_len(&mut self) -> usize {
        self.mem_pending().len()
    }

    // ----- weak dictionaries -------------------------------------------------------------

    fn weak_dict(&self, d: ObjId) -> Option<(ObjId, bool, u32)> {
        match self.heap.get(d) {
            Obj::WeakDict(w) => Some((w.data, w.weak_values, w.serial)),
            _ => None,
        }
    }

    /// The `_remove` callback: the entry of a dead `KeyedRef` (or dead key ref) goes.
    pub(crate) fn weak_dict_remove(&mut self, dict: ObjId, serial: u32, wr: ObjId) {
        let Some((data, weak_values, s)) = self.weak_dict(dict) else {
            return;
        };
        if s != serial {
            return;
        }
        if self.is_weak_set(dict) {
            // WeakSet's _remove: self.data.discard(item).
            let _ = self.set_discard(data, wr);
            return;
        }
        if weak_values {
            // _remove_dead_weakref(d, wr.key): only if the entry is still that dead ref.
            let key = match self.heap.get(wr) {
                Obj::WeakRef(w) => w.key,
                _ => None,
            };
            let Some(key) = key else { return };
            if let Ok(Some(cur)) = self.dict_lookup(data, key)
                && self.weak_referent(cur).is_none()
            {
                let _ = self.dict_delitem(data, key);
            }
        } else {
            let _ = self.dict_delitem(data, wr);
        }
    }

    /// The key a weak-key dictionary looks `k` up by: `ref(k)`.
    fn weak_key(&mut self, k: ObjId) -> PyResult {
        self.weakref_new(k, None, WeakKind::Ref, None)
    }

    pub(crate) fn is_weak_set(&self, d: ObjId) -> bool {
        matches!(self.heap.get(d), Obj::WeakDict(w) if w.set)
    }

    pub(crate) fn weak_dict_getitem(&mut self, d: ObjId, k: ObjId) -> PyResult {
        if self.is_weak_set(d) {
            return self.type_error("'WeakSet' object is not subscriptable");
        }
        let (data, weak_values, _) = self.weak_dict(d).expect("a weak dict");
        if weak_values {
            let wr = self.getitem(data, k)?;
            match self.weak_referent(wr) {
                Some(v) => Ok(v),
                None => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
            }
        } else {
            let key = self.weak_key(k)?;
            match self.dict_lookup(data, key)? {
                Some(v) => Ok(v),
                None => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
            }
        }
    }

    pub(crate) fn weak_dict_setitem(&mut self, d: ObjId, k: ObjId, v: ObjId) -> PyResult<()> {
        if self.is_weak_set(d) {
            return self.type_error("'WeakSet' object does not support item assignment");
        }
        let (data, weak_values, serial) = self.weak_dict(d).expect("a weak dict");
        let remove = Some(WeakCallback::Remove { dict: d, serial });
        if weak_values {
            let wr = self.weakref_new(v, remove, WeakKind::KeyedRef, Some(k))?;
            self.dict_setitem(data, k, wr)
        } else {
            let wr = self.weakref_new(k, remove, WeakKind::Ref, None)?;
            self.dict_setitem(data, wr, v)
        }
    }

    pub(crate) fn weak_dict_delitem(&mut self, d: ObjId, k: ObjId) -> PyResult<()> {
        if self.is_weak_set(d) {
            return self.type_error("'WeakSet' object doesn't support item deletion");
        }
        let (data, weak_values, _) = self.weak_dict(d).expect("a weak dict");
        let key = if weak_values { k } else { self.weak_key(k)? };
        if self.dict_lookup(data, key)?.is_none() {
            return Err(self.new_exc_args(TypeId::KeyError, vec![k]));
        }
        self.dict_delitem(data, key)
    }

    pub(crate) fn weak_dict_contains(&mut self, d: ObjId, k: ObjId) -> PyResult<bool> {
        let (data, weak_values, _) = self.weak_dict(d).expect("a weak dict");
        if self.is_weak_set(d) {
            // WeakSet.__contains__: `ref(item) in self.data`, False for what has no refs.
            if !supports_weakrefs(self.heap.get(k)) {
                return Ok(false);
            }
            let key = self.weak_key(k)?;
            return self.contains(data, key);
        }
        if weak_values {
            Ok(match self.dict_lookup(data, k)? {
                Some(wr) => self.weak_referent(wr).is_some(),
                None => false,
            })
        } else {
            if !supports_weakrefs(self.heap.get(k)) {
                return Ok(false);
            }
            let key = self.weak_key(k)?;
            Ok(self.dict_lookup(data, key)?.is_some())
        }
    }

    pub(crate) fn weak_dict_len(&mut self, d: ObjId) -> usize {
        let (data, _, _) = self.weak_dict(d).expect("a weak dict");
        match self.heap.get(data) {
            Obj::Dict(t) => t.table.len(),
            Obj::Set(t) => t.len(),
            _ => 0,
        }
    }

    /// The live (key, value) pairs, in the data dict's order (a set's items twice).
    pub(crate) fn weak_dict_pairs(&mut self, d: ObjId) -> Vec<(ObjId, ObjId)> {
        let (data, weak_values, _) = self.weak_dict(d).expect("a weak dict");
        if let Obj::Set(t) = self.heap.get(data) {
            let refs: Vec<ObjId> = t.iter().collect();
            return refs
                .into_iter()
                .filter_map(|r| self.weak_referent(r).map(|x| (x, x)))
                .collect();
        }
        self.dict_items(data)
            .into_iter()
            .filter_map(|(k, v)| {
                if weak_values {
                    self.weak_referent(v).map(|v| (k, v))
                } else {
                    self.weak_referent(k).map(|k| (k, v))
                }
            })
            .collect()
    }

    fn weak_dict_update(&mut self, d: ObjId, src: ObjId) -> PyResult<()> {
        if self.is_weak_set(d) {
            // WeakSet.update: self.add(element) for each.
            let items = self.collect_iterable(src)?;
            for item in items {
                self.weak_set_add(d, item)?;
            }
            return Ok(());
        }
        let pairs: Vec<(ObjId, ObjId)> = match self.heap.get(src) {
            Obj::Dict(_) => self.dict_items(src),
            Obj::WeakDict(_) => self.weak_dict_pairs(src),
            _ => return self.unsupported("a weak dictionary built from this argument"),
        };
        for (k, v) in pairs {
            self.weak_dict_setitem(d, k, v)?;
        }
        Ok(())
    }

    /// `WeakSet.add`: `self.data.add(ref(item, self._remove))`.
    fn weak_set_add(&mut self, d: ObjId, item: ObjId) -> PyResult<()> {
        let (data, _, serial) = self.weak_dict(d).expect("a weak set");
        let remove = Some(WeakCallback::Remove { dict: d, serial });
        let wr = self.weakref_new(item, remove, WeakKind::Ref, None)?;
        self.set_add(data, wr)
    }

    fn call_weak_set_method(&mut self, d: ObjId, name: &str, args: Vec<ObjId>) -> PyResult {
        let none = self.none;
        let (data, _, _) = self.weak_dict(d).expect("a weak set");
        let one = |vm: &mut Vm| match args.as_slice() {
            [x] => Ok(*x),
            _ => vm.type_error(format!(
                "WeakSet.{name}() takes exactly one argument ({} given)",
                args.len()
            )),
        };
        match name {
            "add" => {
                let item = one(self)?;
                self.weak_set_add(d, item)?;
                Ok(none)
            }
            "discard" | "remove" => {
                let item = one(self)?;
                // self.data.discard(ref(item)) / self.data.remove(ref(item)): ref() raises
                // TypeError for an object without weak references.
                let key = self.weak_key(item)?;
                if !self.set_discard(data, key)? && name == "remove" {
                    return Err(self.new_exc_args(TypeId::KeyError, vec![key]));
                }
                Ok(none)
            }
            "pop" => loop {
                let popped = match self.heap.get_mut(data) {
                    Some(Obj::Set(t)) => t.pop(),
                    _ => None,
                };
                let Some(r) = popped else {
                    return self.err(TypeId::KeyError, "pop from empty WeakSet");
                };
                if let Some(x) = self.weak_referent(r) {
                    return Ok(x);
                }
            },
            "clear" => {
                if let Some(Obj::Set(t)) = self.heap.get_mut(data) {
                    t.clear();
                }
                Ok(none)
            }
            "copy" => {
                let c = self.new_weak_container("weakref.WeakSet")?;
                self.weak_dict_update(c, d)?;
                Ok(c)
            }
            "update" => {
                let src = one(self)?;
                self.weak_dict_update(d, src)?;
                Ok(none)
            }
            // `self.__class__(e for s in (self, other) for e in s)`.
            "union" => {
                let other = one(self)?;
                let mut items: Vec<ObjId> = self
                    .weak_dict_pairs(d)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect();
                items.extend(self.collect_iterable(other)?);
                let l = self.list(items);
                let n = self.new_weak_container("weakref.WeakSet")?;
                self.weak_dict_update(n, l)?;
                Ok(n)
            }
            // `self.__class__(item for item in other if item in self)`.
            "intersection" => {
                let other = one(self)?;
                let mut keep = Vec::new();
                for item in self.collect_iterable(other)? {
                    if self.weak_dict_contains(d, item)? {
                        keep.push(item);
                    }
                }
                let l = self.list(keep);
                let n = self.new_weak_container("weakref.WeakSet")?;
                self.weak_dict_update(n, l)?;
                Ok(n)
            }
            // `newset = self.copy(); newset.data.difference_update(ref(i) for i in other)`.
            "difference" => {
                let other = one(self)?;
                let n = self.call_weak_set_method(d, "copy", Vec::new())?;
                let (ndata, _, _) = self.weak_dict(n).expect("a weak set");
                for item in self.collect_iterable(other)? {
                    let key = self.weak_key(item)?;
                    self.set_discard(ndata, key)?;
                }
                Ok(n)
            }
            "issubset" | "issuperset" => {
                let other = one(self)?;
                let mine: Vec<ObjId> = self
                    .weak_dict_pairs(d)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect();
                let theirs = self.collect_iterable(other)?;
                let (small, big) = if name == "issubset" {
                    (mine, theirs)
                } else {
                    (theirs, mine)
                };
                let mut all = true;
                for x in small {
                    let mut found = false;
                    for &y in &big {
                        if x == y || self.eq(x, y)? {
                            found = true;
                            break;
                        }
                    }
                    if !found {
                        all = false;
                        break;
                    }
                }
                Ok(self.bool(all))
            }
            // Iteration (what `get_iter` asks for): the live items in the set's order.
            "keys" => {
                let items: Vec<ObjId> = self
                    .weak_dict_pairs(d)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect();
                let l = self.list(items);
                self.get_iter(l)
            }
            _ => self.unsupported(&format!("WeakSet.{name}()")),
        }
    }

    pub(crate) fn call_weak_dict_method(
        &mut self,
        d: ObjId,
        name: &str,
        args: Vec<ObjId>,
    ) -> PyResult {
        if self.is_weak_set(d) {
            return self.call_weak_set_method(d, name, args);
        }
        let none = self.none;
        match name {
            "get" => {
                let k = *args.first().unwrap_or(&none);
                let default = args.get(1).copied().unwrap_or(none);
                if self.weak_dict_contains(d, k)? {
                    self.weak_dict_getitem(d, k)
                } else {
                    Ok(default)
                }
            }
            "keys" | "values" | "items" => {
                let pairs = self.weak_dict_pairs(d);
                let items: Vec<ObjId> = pairs
                    .into_iter()
                    .map(|(k, v)| match name {
                        "keys" => k,
                        "values" => v,
                        _ => self.tuple(vec![k, v]),
                    })
                    .collect();
                let l = self.list(items);
                self.get_iter(l)
            }
            "pop" => {
                let k = *args.first().unwrap_or(&none);
                if self.weak_dict_contains(d, k)? {
                    let v = self.weak_dict_getitem(d, k)?;
                    self.weak_dict_delitem(d, k)?;
                    Ok(v)
                } else if let Some(&default) = args.get(1) {
                    Ok(default)
                } else {
                    Err(self.new_exc_args(TypeId::KeyError, vec![k]))
                }
            }
            "setdefault" => {
                let k = *args.first().unwrap_or(&none);
                let default = args.get(1).copied().unwrap_or(none);
                if self.weak_dict_contains(d, k)? {
                    self.weak_dict_getitem(d, k)
                } else {
                    self.weak_dict_setitem(d, k, default)?;
                    Ok(default)
                }
            }
            "clear" => {
                let (data, _, _) = self.weak_dict(d).expect("a weak dict");
                self.dict_clear(data);
                Ok(none)
            }
            "update" => {
                if let Some(&src) = args.first() {
                    self.weak_dict_update(d, src)?;
                }
                Ok(none)
            }
            // `list(self.data.values())` / `list(self.data)`: the references themselves.
            "valuerefs" | "keyrefs" => {
                let (data, weak_values, _) = self.weak_dict(d).expect("a weak dict");
                if weak_values != (name == "valuerefs") {
                    let tn = self.type_name(d);
                    return self.err(
                        TypeId::AttributeError,
                        format!("'{tn}' object has no attribute '{name}'"),
                    );
                }
                let refs: Vec<ObjId> = self
                    .dict_items(data)
                    .into_iter()
                    .map(|(k, v)| if weak_values { v } else { k })
                    .collect();
                Ok(self.list(refs))
            }
            _ => self.unsupported(&format!("WeakValueDictionary.{name}()")),
        }
    }
}
