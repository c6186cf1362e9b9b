//! Classes: `class` statements and `type(name, bases, ns)`, instances, attribute lookup
//! along the MRO, bound methods, `super()`, descriptors (`property`, `staticmethod`,
//! `classmethod`) and the special methods built-ins call (`__repr__`, `__eq__`, `__hash__`).
//!
//! The MRO itself comes from [`crate::models::mro`], which mirrors `mro_implementation()`;
//! the steps of every merge are recorded in the trace.
//!
//! A special method that a built-in calls (the `__repr__` that `print` needs, the
//! `__eq__` a dict lookup needs) runs to completion inside that built-in ([`Vm::call_sync`]):
//! its frames are ordinary data and are stepped one instruction at a time, but the
//! interpreter cannot be paused in the middle of one from outside. `__init__`, `__new__`
//! and class bodies, which CPython also calls from C, continue through frame return hooks
//! instead and stay fully resumable.

use super::object::*;
use super::{Frame, PyResult, ReturnHook, Status, Vm};
use crate::models::mro;
use std::rc::Rc;

/// What `type_new` decided about a new class's instances.
struct NewLayout {
    /// `None` for plain instances (a `__dict__`, weakrefs, no member slots).
    layout: Option<Rc<SlotLayout>>,
    /// Whether the class itself adds the `__dict__` / `__weakref__` attributes.
    add_dict: bool,
    add_weak: bool,
}

/// Built-in types a class may not derive from (no `Py_TPFLAGS_BASETYPE`).
fn acceptable_base(t: TypeId) -> bool {
    !matches!(
        t,
        TypeId::Bool
            | TypeId::NoneType
            | TypeId::Range
            | TypeId::Slice
            | TypeId::Function
            | TypeId::BuiltinFunction
            | TypeId::Method
            | TypeId::DictKeys
            | TypeId::DictValues
            | TypeId::DictItems
            | TypeId::OdictKeys
            | TypeId::OdictValues
            | TypeId::OdictItems
            | TypeId::Iterator
            | TypeId::Iter(_)
            | TypeId::Generator
            | TypeId::Cell
            | TypeId::Code
            | TypeId::Frame
            | TypeId::Traceback
            | TypeId::Module
            | TypeId::Unsupported
    )
}

/// Mirrors `solid_base()` for built-in types: the type whose instance layout a class of
/// this base must keep (types that add C-level fields are their own solid base).
fn builtin_solid_base(t: TypeId) -> TypeId {
    use TypeId::*;
    match t {
        Object => Object,
        AttributeError | NameError | SystemExit | StopIteration | UnicodeError => t,
        UnboundLocalError => NameError,
        UnicodeEncodeError | UnicodeDecodeError => UnicodeError,
        t if t.is_exception() => BaseException,
        t => t,
    }
}

/// Stack left below which a nested run moves to a new segment: more than one level of
/// nesting (an instruction, the built-in it calls, `run_sync`) ever uses.
const NESTED_RUN_RED_ZONE: usize = 256 * 1024;
/// The size of each new stack segment.
const NESTED_RUN_SEGMENT: usize = 8 * 1024 * 1024;

impl Vm {
    // ----- class references ---------------------------------------------------------

    /// The type object for a built-in type (the builtins' own object where there is one,
    /// so identity holds: `C.__bases__[0] is object`).
    pub fn type_obj(&mut self, t: TypeId) -> ObjId {
        match self.builtin(t.name()) {
            Some(id) if matches!(self.heap.get(id), Obj::Type(x) if *x == t) => id,
            _ => {
                // One object per type, so `type(a) is type(b)` holds for generators,
                // functions and iterators too.
                if let Some(&(_, id)) = self.type_cache.iter().find(|(x, _)| *x == t) {
                    return id;
                }
                let id = self.heap.alloc(Obj::Type(t));
                self.type_cache.push((t, id));
                id
            }
        }
    }

    pub fn class_obj(&mut self, r: ClassRef) -> ObjId {
        match r {
            ClassRef::User(id) => id,
            ClassRef::Builtin(t) => self.type_obj(t),
        }
    }

    /// The class a type object stands for, if it is one.
    pub fn class_ref(&self, obj: ObjId) -> Option<ClassRef> {
        match self.heap.get(obj) {
            Obj::Type(t) => Some(ClassRef::Builtin(*t)),
            Obj::Class(_) => Some(ClassRef::User(obj)),
            _ => None,
        }
    }

    /// `type(obj)` as a class reference.
    pub fn class_of(&self, obj: ObjId) -> ClassRef {
        match self.heap.get(obj) {
            Obj::Instance(i) => ClassRef::User(i.class),
            Obj::Exception(e) if e.class.is_some() => ClassRef::User(e.class.unwrap_or(obj)),
            Obj::Dict(d) if d.class.is_some() => ClassRef::User(d.class.unwrap_or(obj)),
            Obj::Tuple(_) if !self.namedtuples.is_empty() => match self.namedtuple_of(obj) {
                Some(cls) => ClassRef::User(cls),
                None => ClassRef::Builtin(TypeId::Tuple),
            },
            _ => ClassRef::Builtin(self.type_of(obj)),
        }
    }

    pub fn mro_of(&self, r: ClassRef) -> Vec<ClassRef> {
        match r {
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(c) => c.mro.clone(),
                _ => vec![r],
            },
            ClassRef::Builtin(t) => {
                let mut out = vec![r];
                let mut cur = t.base();
                while let Some(b) = cur {
                    out.push(ClassRef::Builtin(b));
                    cur = b.base();
                }
                out
            }
        }
    }

    pub fn ref_name(&self, r: ClassRef) -> String {
        match r {
            ClassRef::Builtin(t) => t.name().to_string(),
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(c) => c.name.clone(),
                _ => "?".into(),
            },
        }
    }

    pub fn is_subclass(&self, a: ClassRef, b: ClassRef) -> bool {
        if a == b {
            return true;
        }
        match a {
            ClassRef::Builtin(t) => matches!(b, ClassRef::Builtin(u) if t.is_subtype(u)),
            ClassRef::User(_) => self.mro_of(a).contains(&b),
        }
    }

    /// `_PyType_Lookup`: the first class in the MRO whose namespace has `name`.
    pub fn lookup_in_mro(&mut self, r: ClassRef, name: &str) -> PyResult<Option<ObjId>> {
        Ok(self.lookup_with_owner(r, name)?.map(|(v, _)| v))
    }

    /// `_PyType_Lookup`, also telling which class had it. The probes into each class's
    /// namespace are not recorded as dict events: CPython answers most of these lookups from
    /// its type attribute cache without touching the dicts, which pyxray does not model; the
    /// trace shows the walk along the MRO instead (`Event::Lookup`).
    fn lookup_with_owner(
        &mut self,
        r: ClassRef,
        name: &str,
    ) -> PyResult<Option<(ObjId, ClassRef)>> {
        self.quietly(|vm| {
            for c in vm.mro_of(r) {
                if let ClassRef::User(id) = c
                    && let Obj::Class(cls) = vm.heap.get(id)
                {
                    let dict = cls.dict;
                    let k = vm.str(name);
                    if let Some(v) = vm.dict_lookup(dict, k)? {
                        return Ok(Some((v, c)));
                    }
                }
            }
            Ok(None)
        })
    }

    /// Runs `f` with recording off. For work on storage pyxray keeps as dicts but CPython
    /// 3.11 does not show as dict operations: instance attributes live in inline values
    /// arrays with shared keys (not modelled), and type lookups go through a cache.
    /// Only attribute-name (str) keys go through here, so no Python code runs unrecorded.
    pub(crate) fn quietly<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> T {
        let r = self.recorder.take();
        let out = f(self);
        self.recorder = r;
        out
    }

    /// Records an attribute lookup's walk along the MRO for the trace.
    fn record_lookup(
        &mut self,
        attr: &str,
        start: ClassRef,
        after: Option<ClassRef>,
        found: Option<ClassRef>,
        instance: bool,
    ) {
        if self.recorder.is_none() {
            return;
        }
        let start = self.ref_name(start);
        let after = after.map(|a| self.ref_name(a));
        let found = found.map(|f| self.ref_name(f));
        if let Some(r) = self.recorder.as_mut() {
            r.lookup(attr, &start, after.as_deref(), found.as_deref(), instance);
        }
    }

    // ----- class creation -----------------------------------------------------------

    /// `__build_class__`: runs the class body in a new namespace; the frame's return hook
    /// creates the class.
    pub(crate) fn start_class_body(
        &mut self,
        body: usize,
        bases: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
        closure: Option<ObjId>,
    ) -> PyResult<()> {
        // The body's first instructions store __module__ and __qualname__ (compiler_class).
        let ns = self.new_dict();
        let nlocals = self.program.codes[body].varnames.len();
        let exc_depth = self.exc_info.len();
        let mut fast = vec![None; nlocals];
        let cells = self.make_cells(body, &mut fast, closure);
        let instrs = self.code_instrs(body);
        self.frames.push(Frame {
            code: body,
            pc: 0,
            instrs,
            stack: Vec::new(),
            fast,
            cells,
            trace: Default::default(),
            blocks: Vec::new(),
            exc_depth,
            func: None,
            ns: Some(ns),
            on_return: ReturnHook::BuildClass { bases, kwargs },
            frame_obj: None,
            locals_dict: None,
        });
        if self.recorder.is_some() {
            self.trace_frame_pushed();
        }
        Ok(())
    }

    /// Mirrors `type_new()`: checks the bases (`best_base`), computes the MRO, and makes
    /// the class. `body` is the class body's code, whose functions get the `__class__`
    /// cell.
    pub(crate) fn new_class(
        &mut self,
        name: &str,
        qualname: &str,
        base_objs: &[ObjId],
        ns: ObjId,
        body: Option<usize>,
    ) -> PyResult<ObjId> {
        // __build_class__ takes type(base) as the metaclass; for None that is NoneType,
        // which cannot be called with (name, bases, ns), and beside a class it conflicts.
        if base_objs.contains(&self.none) {
            if base_objs.iter().all(|&b| b == self.none) {
                return self.type_error("NoneType takes no arguments");
            }
            if base_objs
                .iter()
                .all(|&b| b == self.none || self.class_ref(b).is_some())
            {
                return self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                );
            }
        }
        let mut bases = Vec::new();
        for &b in base_objs {
            let b = self.substitute_thread_base(b)?;
            match self.class_ref(b) {
                Some(r) => bases.push(r),
                None => {
                    return self
                        .unsupported("a class base that is not a class (metaclass resolution)");
                }
            }
        }
        if bases.is_empty() {
            bases.push(ClassRef::Builtin(TypeId::Object));
        }
        // best_base(): every base must accept subclasses, and their solid bases must lie
        // on one line of inheritance.
        let mut winner: Option<ClassRef> = None;
        for &b in &bases {
            if let ClassRef::Builtin(t) = b
                && !acceptable_base(t)
            {
                return self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    t.name()
                ));
            }
            let solid = self.solid_base(b);
            winner = match winner {
                None => Some(solid),
                Some(w) if self.is_subclass(w, solid) => Some(w),
                Some(w) if self.is_subclass(solid, w) => Some(solid),
                Some(_) => return self.type_error("multiple bases have instance lay-out conflict"),
            };
        }
        for &b in &bases {
            if let ClassRef::User(c) = b
                && self.namedtuple_class(c).is_some()
            {
                if bases.len() > 1 {
                    return self.unsupported("a namedtuple class among several bases");
                }
                // Only methods, properties, __repr__/__str__ and __slots__: the rest of a
                // tuple's slots stay tuple's.
                for (k, _) in self.dict_items(ns) {
                    if let Obj::Str(s) = self.heap.get(k)
                        && s.s.starts_with("__")
                        && s.s.ends_with("__")
                        && !matches!(
                            &*s.s,
                            "__module__"
                                | "__qualname__"
                                | "__doc__"
                                | "__slots__"
                                | "__repr__"
                                | "__str__"
                        )
                    {
                        let n = s.s.to_string();
                        return self.unsupported(&format!("{n} in a subclass of a namedtuple"));
                    }
                }
            }
            if let ClassRef::Builtin(t) = b
                && t != TypeId::Object
                && t != TypeId::Dict
                && t != TypeId::OrderedDict
                && !t.is_exception()
            {
                return self.unsupported(&format!("subclassing the built-in type '{}'", t.name()));
            }
        }
        for (k, _) in self.dict_items(ns) {
            if let Obj::Str(s) = self.heap.get(k)
                && s.s.starts_with("__")
                && s.s.ends_with("__")
                && s.s.len() > 4
                && !SUPPORTED_SPECIALS.contains(&&*s.s)
            {
                let n = s.s.to_string();
                return self.unsupported(&format!("the special method {n}"));
            }
        }
        let layout_info = self.slots_layout(name, &bases, ns)?;
        // __build_class__ hands type_new its bases as a tuple (type_new makes `(object,)`
        // when there are none); the class is allocated next: the MRO starts with it.
        let base_items: Vec<ObjId> = bases.iter().map(|&b| self.class_obj(b)).collect();
        let bases_obj = self.tuple(base_items);
        let cls = self.heap.alloc(Obj::Class(Box::new(ClassObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            bases: bases.clone(),
            mro: Vec::new(),
            dict: ns,
            layout: TypeId::Object,
            mro_obj: None,
            bases_obj: Some(bases_obj),
            base_obj: None,
            slots: layout_info.layout.clone(),
            solid: ClassRef::Builtin(TypeId::Object),
            shared_keys: None,
        })));
        let solid = if layout_info.layout.as_ref().is_some_and(|l| l.own > 0) {
            ClassRef::User(cls)
        } else {
            let base = self.best_base_of(&bases);
            self.solid_base(base)
        };
        if let Some(Obj::Class(c)) = self.heap.get_mut(cls) {
            c.solid = solid;
        }
        let me = ClassRef::User(cls);
        let run = mro::mro(me, &bases, |b| self.mro_of(b));
        self.record_mro(cls, &bases, &run.events);
        let mro = match run.result {
            Ok(m) => m,
            Err(e) => {
                let msg = mro::error_message(&e, |c| self.ref_name(c));
                return self.type_error(msg);
            }
        };
        let layout = mro
            .iter()
            .find_map(|c| match c {
                ClassRef::Builtin(t) => Some(*t),
                ClassRef::User(_) => None,
            })
            .unwrap_or(TypeId::Object);
        // type_new_set_ht_name: __qualname__ leaves the namespace for the type's own slot.
        let kq = self.str("__qualname__");
        self.dict_pop(ns, kq)?;
        // type_new_set_hash: a class that defines __eq__ but not __hash__ is unhashable.
        let (keq, khash) = (self.str("__eq__"), self.str("__hash__"));
        if self.dict_lookup(ns, keq)?.is_some() && self.dict_lookup(ns, khash)?.is_none() {
            let none = self.none;
            self.dict_setitem(ns, khash, none)?;
        }
        // __new__ is a static method even when not declared so, __init_subclass__ a class
        // method (type_new_set_attrs).
        let knew = self.str("__new__");
        if let Some(f) = self.dict_lookup(ns, knew)?
            && matches!(self.heap.get(f), Obj::Function(_))
        {
            let sm = self.heap.alloc(Obj::StaticMethod(f));
            self.dict_setitem(ns, knew, sm)?;
        }
        let kinit = self.str("__init_subclass__");
        if let Some(f) = self.dict_lookup(ns, kinit)?
            && matches!(self.heap.get(f), Obj::Function(_))
        {
            let cm = self.heap.alloc(Obj::ClassMethod(f));
            self.dict_setitem(ns, kinit, cm)?;
        }
        // type_new_set_names(): property.__set_name__ names each property after the
        // attribute that holds it (the last one, if it is bound twice).
        for (k, v) in self.dict_items(ns) {
            if let (Obj::Property(_), Obj::Str(name)) = (self.heap.get(v), self.heap.get(k)) {
                let name: Rc<str> = Rc::from(&*name.s);
                self.property_names.insert(v, name);
            }
        }
        // mro_internal() stores the MRO as a new tuple; tp_base is the best base.
        let mro_items: Vec<ObjId> = mro.iter().map(|&c| self.class_obj(c)).collect();
        let mro_obj = self.tuple(mro_items);
        if let Some(Obj::Class(c)) = self.heap.get_mut(cls) {
            c.mro = mro;
            c.layout = layout;
            c.mro_obj = Some(mro_obj);
        }
        let base = match self.heap.get(cls) {
            Obj::Class(c) => self.best_base_ref(c),
            _ => ClassRef::Builtin(TypeId::Object),
        };
        let base_obj = self.class_obj(base);
        if let Some(Obj::Class(c)) = self.heap.get_mut(cls) {
            c.base_obj = Some(base_obj);
        }
        // PyType_Ready: add_members() puts a member descriptor per slot in the namespace,
        // then add_getset() the `__dict__` / `__weakref__` attributes type_new added.
        if let Some(l) = &layout_info.layout {
            let first = l.names.len() - l.own;
            for index in first..l.names.len() {
                let name = l.names[index].clone();
                let k = self.intern(&name, None);
                let m = self.heap.alloc(Obj::Member(Box::new(MemberObj {
                    class: cls,
                    name,
                    index,
                })));
                self.dict_setitem(ns, k, m)?;
            }
        }
        for (name, add) in [
            ("__dict__", layout_info.add_dict),
            ("__weakref__", layout_info.add_weak),
        ] {
            if add {
                let k = self.str(name);
                let d = self.heap.alloc(Obj::GetSet { name, class: cls });
                self.dict_setitem(ns, k, d)?;
            }
        }
        let kd = self.str("__doc__");
        if self.dict_lookup(ns, kd)?.is_none() {
            let none = self.none;
            self.dict_setitem(ns, kd, none)?;
        }
        // Fill the __class__ cell of the functions the body defined.
        if let Some(body) = body {
            for (_, v) in self.dict_items(ns) {
                let f = match self.heap.get(v) {
                    Obj::StaticMethod(f) | Obj::ClassMethod(f) => *f,
                    Obj::Property(p) => p[0],
                    _ => v,
                };
                // Only a method that names `super` or `__class__` gets the cell, as
                // symtable.c gives it one.
                if let Some(Obj::Function(func)) = self.heap.get_mut(f)
                    && func.class_cell.is_none()
                    && self.program.codes[func.code].parent == Some(body)
                    && self.program.codes[func.code]
                        .names
                        .iter()
                        .any(|n| n == "super" || n == "__class__")
                {
                    func.class_cell = Some(cls);
                }
            }
        }
        if self.recorder.is_some() {
            let mut names = Vec::new();
            for (k, _) in self.dict_items(ns) {
                names.push(self.str_of(k)?);
            }
            if let Some(r) = self.recorder.as_mut() {
                r.class_attrs(&names);
            }
        }
        self.classes.push(cls);
        Ok(cls)
    }

    /// `solid_base()`: the nearest class on the `tp_base` line that adds member slots
    /// (`extra_ivars()`: a `__dict__` or weak-reference list alone does not count).
    fn solid_base(&self, r: ClassRef) -> ClassRef {
        match r {
            ClassRef::Builtin(t) => ClassRef::Builtin(builtin_solid_base(t)),
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(c) => c.solid,
                _ => ClassRef::Builtin(TypeId::Object),
            },
        }
    }

    /// The instance layout of `r`'s instances: member slot names, `__dict__`, weakrefs.
    fn instance_layout(&self, r: ClassRef) -> SlotLayout {
        let plain = |dict, weakref| SlotLayout {
            names: Box::default(),
            visit_order: Box::default(),
            own: 0,
            dict,
            weakref,
        };
        match r {
            ClassRef::Builtin(TypeId::Object) => plain(false, false),
            // BaseException has a dict but no weak-reference list.
            ClassRef::Builtin(_) => plain(true, false),
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(c) => match &c.slots {
                    Some(l) => (**l).clone(),
                    None => plain(true, true),
                },
                _ => plain(true, true),
            },
        }
    }

    /// Mirrors `type_new_slots()` and `type_new_descriptors()`: reads `__slots__` from the
    /// namespace and lays out the new class's instances.
    fn slots_layout(
        &mut self,
        class_name: &str,
        bases: &[ClassRef],
        ns: ObjId,
    ) -> PyResult<NewLayout> {
        let base = self.best_base_of(bases);
        let inherited = self.instance_layout(base);
        let (may_add_dict, may_add_weak) = (!inherited.dict, !inherited.weakref);
        let ks = self.str("__slots__");
        let spec = self.dict_lookup(ns, ks)?;
        let (mut add_dict, mut add_weak) = (false, false);
        let mut own: Vec<String> = Vec::new();
        match spec {
            None => {
                add_dict = may_add_dict;
                add_weak = may_add_weak;
            }
            Some(spec) => {
                // `__slots__ = ()` in a subclass of a namedtuple class: no slots, no dict.
                let empty = match self.heap.get(spec) {
                    Obj::Tuple(t) => t.is_empty(),
                    Obj::List(l) => l.is_empty(),
                    _ => false,
                };
                if let ClassRef::Builtin(t) = self.solid_base(base)
                    && t != TypeId::Object
                    && !(t == TypeId::Tuple && empty)
                {
                    return self.unsupported("__slots__ in a subclass of a built-in type");
                }
                // type_new_get_slots(): a str is one name, anything else is iterated.
                let items = match self.heap.get(spec) {
                    Obj::Str(_) => vec![spec],
                    _ => self.collect_iterable(spec)?,
                };
                let mut names = Vec::new();
                for item in items {
                    let Obj::Str(n) = self.heap.get(item) else {
                        let tn = self.type_name(item);
                        return self
                            .type_error(format!("__slots__ items must be strings, not '{tn}'"));
                    };
                    names.push(n.s.to_string());
                }
                // type_new_visit_slots(): valid identifiers and two special names.
                for n in &names {
                    if !n.is_ascii() {
                        return self.unsupported("a non-ASCII name in __slots__");
                    }
                    let mut chars = n.chars();
                    let valid = chars
                        .next()
                        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
                        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric());
                    if !valid {
                        return self.type_error("__slots__ must be identifiers");
                    }
                    if n == "__dict__" {
                        if !may_add_dict || add_dict {
                            return self.type_error("__dict__ slot disallowed: we already got one");
                        }
                        add_dict = true;
                    }
                    if n == "__weakref__" {
                        if !may_add_weak || add_weak {
                            return self.type_error(
                                "__weakref__ slot disallowed: either we already got one, or \
                                 __itemsize__ != 0",
                            );
                        }
                        add_weak = true;
                    }
                }
                // type_new_copy_slots(): mangled, checked against class variables, sorted.
                for n in &names {
                    if (add_dict && n == "__dict__") || (add_weak && n == "__weakref__") {
                        continue;
                    }
                    let m = crate::frontend::symtable::mangle(Some(class_name), n);
                    let km = self.str(&m);
                    if m != "__qualname__"
                        && m != "__classcell__"
                        && self.dict_lookup(ns, km)?.is_some()
                    {
                        return self.err(
                            TypeId::ValueError,
                            format!("'{m}' in __slots__ conflicts with class variable"),
                        );
                    }
                    own.push(m);
                }
                own.sort();
                // type_new_slots_bases(): a secondary base may bring a dict or weakrefs.
                if bases.len() > 1 && ((may_add_dict && !add_dict) || (may_add_weak && !add_weak)) {
                    for &b in bases.iter().filter(|&&b| b != base) {
                        let l = self.instance_layout(b);
                        add_dict |= may_add_dict && l.dict;
                        add_weak |= may_add_weak && l.weakref;
                        if (!may_add_dict || add_dict) && (!may_add_weak || add_weak) {
                            break;
                        }
                    }
                }
            }
        }
        let first = inherited.names.len();
        let mut names = inherited.names.into_vec();
        names.extend(own.iter().cloned());
        let mut visit_order: Vec<usize> = (first..names.len()).collect();
        visit_order.extend(inherited.visit_order.iter().copied());
        let layout = SlotLayout {
            names: names.into(),
            visit_order: visit_order.into(),
            own: own.len(),
            dict: inherited.dict || add_dict,
            weakref: inherited.weakref || add_weak,
        };
        let plain = layout.names.is_empty() && layout.dict && layout.weakref;
        Ok(NewLayout {
            layout: (!plain).then(|| Rc::new(layout)),
            add_dict,
            add_weak,
        })
    }

    /// `init_subclass()` at the end of `type_new`: `super(cls, cls).__init_subclass__(**kw)`.
    pub(crate) fn init_subclass(
        &mut self,
        cls: ObjId,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult<()> {
        let f = self.super_getattr(ClassRef::User(cls), cls, "__init_subclass__")?;
        self.call_sync_kw(f, Vec::new(), kwargs)?;
        Ok(())
    }

    /// `type(name, bases, ns)`.
    pub(crate) fn type_new3(&mut self, args: &[ObjId]) -> PyResult {
        let name = match self.heap.get(args[0]) {
            Obj::Str(s) => s.s.to_string(),
            _ => {
                let tn = self.type_name(args[0]);
                return self.type_error(format!("type.__new__() argument 1 must be str, not {tn}"));
            }
        };
        let bases = match self.heap.get(args[1]) {
            Obj::Tuple(t) => t.to_vec(),
            _ => {
                let tn = self.type_name(args[1]);
                return self
                    .type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"));
            }
        };
        if !matches!(self.heap.get(args[2]), Obj::Dict(_)) {
            let tn = self.type_name(args[2]);
            return self.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"));
        }
        // type_new copies the namespace and adds __module__ and __qualname__.
        let ns = self.dict_copy(args[2])?;
        let kq = self.str("__qualname__");
        let qualname = match self.dict_lookup(ns, kq)? {
            Some(q) => {
                let q = self.str_of(q)?;
                self.dict_pop(ns, kq)?;
                q
            }
            None => name.clone(),
        };
        let km = self.str("__module__");
        if self.dict_lookup(ns, km)?.is_none() {
            let m = self.str("__main__");
            self.dict_setitem(ns, km, m)?;
        }
        let cls = self.new_class(&name, &qualname, &bases, ns, None)?;
        self.init_subclass(cls, Vec::new())?;
        Ok(cls)
    }

    // ----- instances ------------------------------------------------------------------

    /// `object.__new__(cls)` / `BaseException.__new__(cls, *args)`.
    pub(crate) fn new_instance(&mut self, cls: ObjId, args: &[ObjId]) -> PyResult {
        let (layout, slots) = match self.heap.get(cls) {
            Obj::Class(c) => (c.layout, c.slots.clone()),
            _ => (TypeId::Object, None),
        };
        if let Some(slots) = slots {
            // A class with __slots__: PyType_GenericAlloc zeroes every member slot; the
            // managed dict (if any) starts as inline values.
            let dict = if slots.dict && layout == TypeId::Object {
                Some(self.new_split_instance_dict(cls))
            } else if slots.dict {
                Some(self.new_instance_dict())
            } else {
                None
            };
            let inst = self.heap.alloc(Obj::Instance(Box::new(InstanceObj {
                class: cls,
                dict,
                slots: vec![None; slots.names.len()].into(),
                layout: Some(slots),
            })));
            if let Some(d) = dict {
                self.set_owner(d, inst);
            }
            return Ok(inst);
        }
        if matches!(layout, TypeId::Dict | TypeId::OrderedDict) {
            return self.new_dict_instance(cls);
        }
        if matches!(
            layout,
            TypeId::UnicodeEncodeError | TypeId::UnicodeDecodeError
        ) {
            return self.unsupported(&format!("constructing {}", layout.name()));
        }
        if layout.is_exception() {
            // BaseException's dict is a real dict, made when an attribute is first set.
            let e = self.new_exc_args(layout, args.to_vec());
            if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
                x.class = Some(cls);
            }
            return Ok(e);
        }
        // A plain class's instances keep their attributes over the class's shared keys
        // (init_inline_values); other layouts' dicts are not modelled as tables.
        let dict = if layout == TypeId::Object {
            self.new_split_instance_dict(cls)
        } else {
            self.new_instance_dict()
        };
        let inst = self.heap.alloc(Obj::Instance(Box::new(InstanceObj {
            class: cls,
            dict: Some(dict),
            slots: Box::default(),
            layout: None,
        })));
        self.set_owner(dict, inst);
        Ok(inst)
    }

    /// `type.__call__(cls, *args)`: `__new__` then `__init__`, continuing through frame
    /// hooks so the interpreter stays resumable; the instance ends up on the stack.
    pub(crate) fn call_class(
        &mut self,
        cls: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult<()> {
        // _PyObject_MakeTpCall()'s guard; the `__new__`/`__init__` frame holds it.
        if self.recursion_depth_reached(0) {
            return self.err(
                TypeId::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            );
        }
        if self.namedtuple_class(cls).is_some() {
            let t = self.namedtuple_instance(cls, &args, &kwargs)?;
            self.push(t);
            return Ok(());
        }
        let me = ClassRef::User(cls);
        if let Some(new) = self.lookup_in_mro(me, "__new__")? {
            let func = self.unwrap_static(new);
            if let Obj::Function(f) = self.heap.get(func) {
                let f = (**f).clone();
                let mut all = vec![cls];
                all.extend(args.iter().copied());
                let hook = ReturnHook::New {
                    class: cls,
                    args,
                    kwargs: kwargs.clone(),
                };
                return self.call_function(func, &f, all, kwargs, hook);
            }
        }
        let inst = self.new_instance(cls, &args)?;
        self.init_instance(inst, args, kwargs, false)
    }

    /// The hook after a user `__new__`: `__init__` runs only on an instance of the class.
    pub(crate) fn after_new(
        &mut self,
        cls: ObjId,
        obj: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult<()> {
        let c = self.class_of(obj);
        if !self.is_subclass(c, ClassRef::User(cls)) {
            self.push(obj);
            return Ok(());
        }
        self.init_instance(obj, args, kwargs, true)
    }

    /// Runs `type(inst).__init__`: a user one in a frame (its hook pushes the instance),
    /// the built-in one at once.
    fn init_instance(
        &mut self,
        inst: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
        new_overridden: bool,
    ) -> PyResult<()> {
        let c = self.class_of(inst);
        if let Some(init) = self.lookup_in_mro(c, "__init__")? {
            if let Obj::Function(f) = self.heap.get(init) {
                let f = (**f).clone();
                let mut all = vec![inst];
                all.extend(args);
                return self.call_function(
                    init,
                    &f,
                    all,
                    kwargs,
                    ReturnHook::Init { instance: inst },
                );
            }
            if let Obj::Builtin(Builtin("threading.Thread.__init__")) = self.heap.get(init) {
                self.call_thread_base("threading.Thread.__init__", inst, args, kwargs)?;
                self.push(inst);
                return Ok(());
            }
        }
        self.builtin_init(inst, &args, &kwargs, new_overridden)?;
        self.push(inst);
        Ok(())
    }

    /// `object.__init__` / `BaseException.__init__` reached without a user `__init__`.
    fn builtin_init(
        &mut self,
        inst: ObjId,
        args: &[ObjId],
        kwargs: &[(String, ObjId)],
        new_overridden: bool,
    ) -> PyResult<()> {
        if self.is_odict(inst) {
            // odict_init(): update(), which stores through PyObject_SetItem.
            if args.len() > 1 {
                return self
                    .type_error(format!("expected at most 1 arguments, got {}", args.len()));
            }
            return self.od_update(inst, args.first().copied(), kwargs.to_vec());
        }
        if let Obj::Dict(_) = self.heap.get(inst) {
            return self.dict_init(inst, args, kwargs);
        }
        if let Obj::Exception(_) = self.heap.get(inst) {
            // BaseException_init: the same arguments keep the tuple __new__ stored.
            return self.exc_init(inst, args, kwargs, false);
        }
        if (!args.is_empty() || !kwargs.is_empty()) && !new_overridden {
            let n = self.ref_name(self.class_of(inst));
            return self.type_error(format!("{n}() takes no arguments"));
        }
        Ok(())
    }

    /// Creates an instance from inside a built-in (`raise MyError`), running `__new__`
    /// and `__init__` to completion.
    pub(crate) fn instantiate_sync(&mut self, cls: ObjId, args: Vec<ObjId>) -> PyResult {
        if self.namedtuple_class(cls).is_some() {
            return self.namedtuple_instance(cls, &args, &Vec::new());
        }
        let me = ClassRef::User(cls);
        let mut new_overridden = false;
        let inst = match self.lookup_in_mro(me, "__new__")? {
            Some(new) => {
                new_overridden = true;
                let func = self.unwrap_static(new);
                let mut all = vec![cls];
                all.extend(args.iter().copied());
                let r = self.call_sync(func, all)?;
                let c = self.class_of(r);
                if !self.is_subclass(c, me) {
                    return Ok(r);
                }
                r
            }
            None => self.new_instance(cls, &args)?,
        };
        let c = self.class_of(inst);
        match self.lookup_in_mro(c, "__init__")? {
            Some(init) if matches!(self.heap.get(init), Obj::Function(_)) => {
                let mut all = vec![inst];
                all.extend(args);
                let r = self.call_sync(init, all)?;
                if r != self.none {
                    let tn = self.type_name(r);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
            }
            _ => self.builtin_init(inst, &args, &[], new_overridden)?,
        }
        Ok(inst)
    }

    fn unwrap_static(&self, f: ObjId) -> ObjId {
        match self.heap.get(f) {
            Obj::StaticMethod(inner) => *inner,
            _ => f,
        }
    }

    /// Calls a Python callable from inside a built-in and returns its result, stepping
    /// the interpreter until that call returns (see the module docs).
    pub(crate) fn call_sync(&mut self, func: ObjId, args: Vec<ObjId>) -> PyResult {
        self.call_sync_kw(func, args, Vec::new())
    }

    /// Runs `start` — which pushes a frame whose result goes to `sync_result` (or its
    /// exception to `sync_exc`) — and steps the interpreter until that frame is gone.
    /// After the module ended (reprs for `inspect`, a traceback's message) the
    /// interpreter runs again just for this.
    pub(crate) fn run_sync(
        &mut self,
        what: &str,
        start: impl FnOnce(&mut Vm) -> PyResult<()>,
    ) -> PyResult {
        let ended = match self.status {
            Status::Finished | Status::Raised(_) => {
                Some(std::mem::replace(&mut self.status, Status::Running))
            }
            _ => None,
        };
        let depth = self.frames.len();
        self.sync_result = None;
        self.sync_exc = None;
        self.sync_depth += 1;
        let started = start(self);
        if started.is_ok() {
            // Python code a built-in runs nests on the Rust stack, a recursion-limit deep
            // at most (`__repr__` calling `repr()`...): more than a thread's stack holds.
            // When this one runs low, stacker continues on a fresh segment.
            stacker::maybe_grow(NESTED_RUN_RED_ZONE, NESTED_RUN_SEGMENT, || {
                while self.frames.len() > depth && self.status == Status::Running {
                    self.step();
                }
            });
        }
        self.sync_depth -= 1;
        let done = self.status == Status::Running || self.frames.len() <= depth;
        if let Some(s) = ended {
            self.status = s;
        }
        started?;
        if let Some(e) = self.sync_exc.take() {
            return Err(e);
        }
        match self.sync_result.take() {
            Some(v) if done => Ok(v),
            _ => self.err(
                TypeId::Unsupported,
                format!("the step cap was reached inside {what}"),
            ),
        }
    }

    /// [`Vm::call_sync`] with keyword arguments.
    pub(crate) fn call_sync_kw(
        &mut self,
        func: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult {
        // An instance of a dict subclass is called through its class's __call__ (matched
        // here so its table is not copied).
        if let Obj::Dict(_) = self.heap.get(func) {
            let Some(f) = self.user_special_fn(func, "__call__")? else {
                let tn = self.type_name(func);
                return self.type_error(format!("'{tn}' object is not callable"));
            };
            let mut all = vec![func];
            all.extend(args);
            return self.call_sync_kw(f, all, kwargs);
        }
        match self.heap.get(func).clone() {
            Obj::Function(f) => self.run_sync("a method a built-in called", |vm| {
                vm.call_function(func, &f, args, kwargs, ReturnHook::Sync)
            }),
            Obj::BoundMethod { func, receiver } => {
                let mut all = vec![receiver];
                all.extend(args);
                self.call_sync_kw(func, all, kwargs)
            }
            Obj::Class(_) if kwargs.is_empty() => self.instantiate_sync(func, args),
            Obj::Partial(p) => {
                let (f, args, kw) = self.partial_arguments(&p, args, kwargs);
                self.call_sync_kw(f, args, kw)
            }
            Obj::Getter(_) => self.call_getter(func, args, &kwargs),
            Obj::LruCache(_) => self.lru_call(func, args, kwargs),
            Obj::Method { receiver, name }
                if matches!(self.heap.get(receiver), Obj::Generator(_)) =>
            {
                self.generator_method_sync(receiver, name, args)
            }
            // An instance with __call__ (slot_tp_call), as map() or sorted(key=) use it.
            Obj::Instance(_) => match self.user_special_fn(func, "__call__")? {
                Some(f) => {
                    let mut all = vec![func];
                    all.extend(args);
                    self.call_sync_kw(f, all, kwargs)
                }
                None => {
                    let tn = self.type_name(func);
                    self.type_error(format!("'{tn}' object is not callable"))
                }
            },
            _ => self.call_native(func, args, kwargs),
        }
    }

    // ----- attributes -----------------------------------------------------------------

    /// Binds what a class lookup found to `receiver` (the descriptor protocol's `__get__`
    /// for functions, classmethods, staticmethods and properties).
    pub(crate) fn bind(&mut self, found: ObjId, receiver: Option<ObjId>, owner: ObjId) -> PyResult {
        match self.heap.get(found).clone() {
            Obj::Function(_) => match receiver {
                Some(r) => Ok(self.heap.alloc(Obj::BoundMethod {
                    func: found,
                    receiver: r,
                })),
                None => Ok(found),
            },
            Obj::ClassMethod(f) => Ok(self.heap.alloc(Obj::BoundMethod {
                func: f,
                receiver: owner,
            })),
            Obj::StaticMethod(f) => Ok(f),
            // lru_cache_descr_get() in Modules/_functoolsmodule.c: a method bound to the
            // instance, as a function binds.
            Obj::LruCache(_) => match receiver {
                Some(r) if r != self.none => Ok(self.heap.alloc(Obj::BoundMethod {
                    func: found,
                    receiver: r,
                })),
                _ => Ok(found),
            },
            // method_get() and wrapper_descr_get() in Objects/descrobject.c: descr_check()
            // wants an instance of the descriptor's type, then the method is bound to it.
            Obj::MethodDescr { ty, name } => match receiver {
                Some(r) => {
                    if !self.type_of(r).is_subtype(ty) {
                        let other = self.type_name(r);
                        return self.type_error(format!(
                            "descriptor '{name}' for '{}' objects doesn't apply to a '{other}' object",
                            ty.name()
                        ));
                    }
                    Ok(self.heap.alloc(Obj::Method {
                        receiver: r,
                        name: descr_dispatch(ty, name),
                    }))
                }
                None => Ok(found),
            },
            Obj::Builtin(Builtin(n)) if n.starts_with("threading.Thread.") => {
                self.thread_base_bind(n, receiver, found)
            }
            Obj::GetSet { name, .. } => match receiver {
                Some(r) if name == "__dict__" => match self.heap.get(r) {
                    Obj::Instance(i) => Ok(i.dict.unwrap_or(self.none)),
                    Obj::Exception(e) => Ok(e.dict.unwrap_or(self.none)),
                    _ => Ok(self.none),
                },
                // `__weakref__`: the head of the object's weak-reference list.
                Some(r) => Ok(self
                    .meta(r)
                    .and_then(|m| m.weakrefs.first().copied())
                    .unwrap_or(self.none)),
                None => Ok(found),
            },
            Obj::Property(p) => match receiver {
                Some(r) => {
                    if p[0] == self.none {
                        let n = self.property_name(found);
                        let tn = self.type_name(r);
                        return self.err(
                            TypeId::AttributeError,
                            format!("{n} '{tn}' object has no getter"),
                        );
                    }
                    self.call_sync(p[0], vec![r])
                }
                None => Ok(found),
            },
            _ => Ok(found),
        }
    }

    /// "property 'x' of", or "property of" for a property no class statement named
    /// (property_descr_set()).
    fn property_name(&self, prop: ObjId) -> String {
        match self.property_names.get(&prop) {
            Some(n) => format!("property '{n}' of"),
            None => "property of".into(),
        }
    }

    /// Attribute lookup on user classes, their instances, bound methods and `super()`;
    /// `None` when `obj` is none of those (the built-in lookup handles it).
    pub(crate) fn class_getattr(&mut self, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        if let Obj::Tuple(_) = self.heap.get(obj)
            && let Some(cls) = self.namedtuple_of(obj)
        {
            return self.namedtuple_getattr(obj, cls, name).map(Some);
        }
        // An instance of a dict subclass: its class's attributes, then dict's methods.
        if let Obj::Dict(d) = self.heap.get(obj) {
            let Some(cls) = d.class else {
                return Ok(None);
            };
            let attrs = d.attrs;
            return match self.instance_getattr(obj, cls, attrs, name) {
                Err(e) if self.exc_is(e, TypeId::AttributeError) => {
                    let Some(f) = self.lookup_in_mro(ClassRef::User(cls), "__getattr__")? else {
                        return Err(e);
                    };
                    let hook = self.bind(f, Some(obj), cls)?;
                    let n = self.intern(name, None);
                    self.call_sync(hook, vec![n]).map(Some)
                }
                r => r.map(Some),
            };
        }
        // Every attribute lookup passes here: only the objects handled below are copied
        // (never a list's items or a dict's table).
        if !matches!(
            self.heap.get(obj),
            Obj::Instance(_)
                | Obj::Exception(_)
                | Obj::Class(_)
                | Obj::Super { .. }
                | Obj::BoundMethod { .. }
                | Obj::Property(_)
                | Obj::StaticMethod(_)
                | Obj::ClassMethod(_)
                | Obj::MappingProxy(_)
                | Obj::Type(_)
        ) {
            return Ok(None);
        }
        match self.heap.get(obj).clone() {
            Obj::Instance(i) => match self.instance_getattr(obj, i.class, i.dict, name) {
                // slot_tp_getattr_hook(): when the generic lookup raises AttributeError,
                // the class's __getattr__(self, name) answers instead.
                Err(e) if self.exc_is(e, TypeId::AttributeError) => {
                    let Some(f) = self.lookup_in_mro(ClassRef::User(i.class), "__getattr__")?
                    else {
                        return Err(e);
                    };
                    let hook = self.bind(f, Some(obj), i.class)?;
                    let n = self.intern(name, None);
                    self.call_sync(hook, vec![n]).map(Some)
                }
                r => r.map(Some),
            },
            Obj::Exception(e) if e.class.is_some() => {
                let cls = e.class.unwrap_or(obj);
                if let Some(v) = self.exc_member(obj, name)
                    && self.lookup_in_mro(ClassRef::User(cls), name)?.is_none()
                {
                    return Ok(Some(v));
                }
                if name == "args" {
                    return Ok(Some(match e.args_obj {
                        Some(t) => t,
                        None => self.tuple(e.args.clone()),
                    }));
                }
                if let Some(v) = self.exc_link(obj, name) {
                    return Ok(Some(v));
                }
                if name == "__traceback__" {
                    return self.exc_traceback(obj).map(Some);
                }
                self.instance_getattr(obj, cls, e.dict, name).map(Some)
            }
            // A built-in exception's own attributes (its __dict__, made on first use).
            Obj::Exception(e) => {
                if name == "__dict__" {
                    return self.exc_dict(obj).map(Some);
                }
                if let Some(v) = self.exc_member(obj, name) {
                    return Ok(Some(v));
                }
                if let Some(d) = e.dict {
                    let k = self.str(name);
                    if let Some(v) = self.quietly(|vm| vm.dict_lookup(d, k))? {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            Obj::Class(c) => self.type_getattr(obj, &c, name).map(Some),
            Obj::Super { this, receiver } => self.super_getattr(this, receiver, name).map(Some),
            Obj::BoundMethod { func, receiver } => match name {
                "__self__" => Ok(Some(receiver)),
                "__func__" => Ok(Some(func)),
                _ => self.get_attr(func, name).map(Some),
            },
            Obj::Property(p) => match name {
                "fget" => Ok(Some(p[0])),
                "fset" => Ok(Some(p[1])),
                "fdel" => Ok(Some(p[2])),
                "setter" | "getter" | "deleter" => {
                    let n: &'static str = match name {
                        "setter" => "property.setter",
                        "getter" => "property.getter",
                        _ => "property.deleter",
                    };
                    Ok(Some(self.heap.alloc(Obj::Method {
                        receiver: obj,
                        name: n,
                    })))
                }
                _ => Ok(None),
            },
            Obj::StaticMethod(f) | Obj::ClassMethod(f) if name == "__func__" => Ok(Some(f)),
            Obj::MappingProxy(d)
                if matches!(name, "keys" | "values" | "items" | "get" | "copy") =>
            {
                self.get_attr(d, name).map(Some)
            }
            Obj::Type(t) => match name {
                "__mro__" | "__bases__" | "__base__" | "mro" | "__qualname__" | "__module__" => {
                    self.builtin_type_attr(obj, t, name).map(Some)
                }
                // `object.__eq__`, `object.__init__` ...: what object's own `__dict__` holds.
                _ if t == TypeId::Object => self.builtin_base_attr(t, None, obj, name),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn builtin_type_attr(&mut self, obj: ObjId, t: TypeId, name: &str) -> PyResult {
        let r = ClassRef::Builtin(t);
        match name {
            "__mro__" => {
                let items: Vec<ObjId> = self
                    .mro_of(r)
                    .into_iter()
                    .map(|c| self.class_obj(c))
                    .collect();
                Ok(self.tuple(items))
            }
            "__bases__" => {
                let items: Vec<ObjId> = t.base().into_iter().map(|b| self.type_obj(b)).collect();
                Ok(self.tuple(items))
            }
            "__base__" => Ok(match t.base() {
                Some(b) => self.type_obj(b),
                None => self.none,
            }),
            // type_getattro() finds `mro` in type's own `__dict__`, a method_descriptor:
            // bound to a type through its metatype, left unbound on `type` itself (the
            // class's own MRO wins over the metatype's non-data descriptor).
            "mro" if t == TypeId::Type => Ok(self.method_descr(TypeId::Type, "mro")),
            "mro" => Ok(self.heap.alloc(Obj::Method {
                receiver: obj,
                name: "type.mro",
            })),
            // type_qualname() / type_module(): a dotted tp_name (`types.GenericAlias`)
            // splits into the module and the name.
            "__qualname__" => {
                let n = t.name();
                Ok(self.str(n.rsplit('.').next().unwrap_or(n)))
            }
            _ => {
                // The types of collections, functools and weakref keep tp_name short.
                let module = match t {
                    TypeId::Deque | TypeId::DefaultDict | TypeId::OrderedDict | TypeId::Counter => {
                        "collections"
                    }
                    TypeId::Partial => "functools",
                    TypeId::Weak(_) => "weakref",
                    _ => t.name().rsplit_once('.').map_or("builtins", |(m, _)| m),
                };
                Ok(self.str(module))
            }
        }
    }

    /// Mirrors `_PyObject_GenericGetAttrWithDict()`: data descriptors on the type, then the
    /// instance `__dict__`, then the rest of the type.
    fn instance_getattr(
        &mut self,
        obj: ObjId,
        cls: ObjId,
        dict: Option<ObjId>,
        name: &str,
    ) -> PyResult {
        match name {
            "__class__" => return Ok(cls),
            "__dict__" => {
                if let Some(d) = dict {
                    self.materialize_dict(d);
                    self.split_dict_read(obj, d);
                    return Ok(d);
                }
            }
            _ => {}
        }
        let me = ClassRef::User(cls);
        let owned = self.lookup_with_owner(me, name)?;
        let found = owned.map(|(v, _)| v);
        let owner = owned.map(|(_, o)| o);
        if let Some(f) = found
            && matches!(self.heap.get(f), Obj::Property(_))
        {
            self.record_lookup(name, me, None, owner, false);
            return self.bind(f, Some(obj), cls);
        }
        if let Some(f) = found
            && let Obj::Member(m) = self.heap.get(f)
        {
            // member_get(): a data descriptor, ahead of the instance dict.
            let (index, member_name) = (m.index, m.name.clone());
            self.record_lookup(name, me, None, owner, false);
            if let Obj::Instance(i) = self.heap.get(obj)
                && let Some(v) = i.slots.get(index).copied().flatten()
            {
                return Ok(v);
            }
            let tn = self.ref_name(ClassRef::User(cls));
            return self.err(
                TypeId::AttributeError,
                format!("'{tn}' object has no attribute '{member_name}'"),
            );
        }
        if let Some(d) = dict {
            let k = self.str(name);
            if let Some(v) = self.quietly(|vm| vm.dict_lookup(d, k))? {
                self.record_lookup(name, me, None, None, true);
                return Ok(v);
            }
        }
        self.record_lookup(name, me, None, owner, false);
        if let Some(f) = found {
            return self.bind(f, Some(obj), cls);
        }
        // fromkeys, a class method, is bound to the instance's class.
        if name == "fromkeys" && matches!(self.heap.get(obj), Obj::Dict(_)) {
            return self.get_attr(cls, name);
        }
        // The methods of dict (or OrderedDict), the base of a dict subclass's instance.
        if let Obj::Dict(d) = self.heap.get(obj)
            && let Some(m) = if d.ordered.is_some() {
                odict_base_method(name)
            } else {
                dict_base_method(name)
            }
        {
            return Ok(self.heap.alloc(Obj::Method {
                receiver: obj,
                name: m,
            }));
        }
        // The built-in base's methods (`object.__eq__`, an exception's `__str__` ...).
        let base = self.builtin_layout(ClassRef::User(cls));
        if let Some(v) = self.builtin_base_attr(base, Some(obj), cls, name)? {
            return Ok(v);
        }
        let tn = self.ref_name(ClassRef::User(cls));
        self.err(
            TypeId::AttributeError,
            format!("'{tn}' object has no attribute '{name}'"),
        )
    }

    /// Mirrors `type_getattro()` for a user class.
    fn type_getattr(&mut self, cls: ObjId, c: &ClassObj, name: &str) -> PyResult {
        if let Some(nt) = self.namedtuple_class(cls) {
            if name == "_make" {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: cls,
                    name: "namedtuple._make",
                }));
            }
            if nt.fields.iter().any(|f| f == name) {
                return self.unsupported(&format!("the field getter {}.{name}", nt.name));
            }
        }
        match name {
            "__name__" => return Ok(self.str(&c.name)),
            "__qualname__" => return Ok(self.str(&c.qualname)),
            // type_get_annotations(): a data descriptor of `type`, so it wins over the MRO
            // and reads the class's own namespace only: its `__annotations__`, or a new
            // empty dict stored there (a subclass does not see its base's).
            "__annotations__" => {
                let k = self.intern(name, None);
                if let Some(v) = self.quietly(|vm| vm.dict_lookup(c.dict, k))? {
                    if matches!(self.heap.get(v), Obj::Dict(_)) {
                        return Ok(v);
                    }
                    return self.unsupported("a class's __annotations__ that is not a dict");
                }
                let d = self.new_dict();
                self.dict_setitem(c.dict, k, d)?;
                return Ok(d);
            }
            "__bases__" => {
                if let Some(t) = c.bases_obj {
                    return Ok(t);
                }
                let items: Vec<ObjId> = c.bases.iter().map(|&b| self.class_obj(b)).collect();
                return Ok(self.tuple(items));
            }
            "__base__" => {
                let b = self.best_base_ref(c);
                return Ok(self.class_obj(b));
            }
            "__mro__" => {
                if let Some(t) = c.mro_obj {
                    return Ok(t);
                }
                let items: Vec<ObjId> = c.mro.iter().map(|&b| self.class_obj(b)).collect();
                return Ok(self.tuple(items));
            }
            // namedtuple()'s class body (its `__new__`, `_make`, `_asdict`, the field
            // properties ...) is Python code pyxray answers natively, not a namespace.
            "__dict__" if self.namedtuple_classes.contains_key(&cls) => {
                return self.unsupported("the __dict__ of a class namedtuple() made");
            }
            "__dict__" => return Ok(self.heap.alloc(Obj::MappingProxy(c.dict))),
            "__class__" => return Ok(self.type_obj(TypeId::Type)),
            "mro" => {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: cls,
                    name: "type.mro",
                }));
            }
            "__subclasses__" => {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: cls,
                    name: "type.__subclasses__",
                }));
            }
            // dict.fromkeys, a class method, found through a subclass of dict.
            "fromkeys"
                if matches!(c.layout, TypeId::Dict | TypeId::OrderedDict)
                    && self.lookup_in_mro(ClassRef::User(cls), name)?.is_none() =>
            {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: cls,
                    name: "dict.fromkeys",
                }));
            }
            _ => {}
        }
        let me = ClassRef::User(cls);
        let owned = self.lookup_with_owner(me, name)?;
        self.record_lookup(name, me, None, owned.map(|(_, o)| o), false);
        if let Some((f, _)) = owned {
            return self.bind(f, None, cls);
        }
        if name == "__doc__" {
            return Ok(self.none);
        }
        if let Some(v) = self.builtin_base_attr(c.layout, None, cls, name)? {
            return Ok(v);
        }
        let n = c.name.clone();
        self.err(
            TypeId::AttributeError,
            format!("type object '{n}' has no attribute '{name}'"),
        )
    }

    /// The built-in type at the end of a class's MRO whose methods its instances
    /// reach: `object`, an exception type, dict ...
    fn builtin_layout(&self, r: ClassRef) -> TypeId {
        match r {
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(c) => c.layout,
                _ => TypeId::Object,
            },
            ClassRef::Builtin(t) => t,
        }
    }

    /// What `name` finds at the built-in end of a user class's MRO (`object`, or an
    /// exception type), bound as its `tp_descr_get` binds it: a slot wrapper or method
    /// descriptor to `receiver` (`wrapper_descr_get()`, `method_get()`; the descriptor
    /// itself when looked up on the class), a class method to `cls`, and `__new__`, a
    /// built-in bound to `object` (`add_tp_new_wrapper()`), as it is. `None` when the
    /// base has no such attribute; refused where pyxray does not model the base's own.
    pub(crate) fn builtin_base_attr(
        &mut self,
        base: TypeId,
        receiver: Option<ObjId>,
        cls: ObjId,
        name: &str,
    ) -> PyResult<Option<ObjId>> {
        let dispatch_for_dict =
            matches!(base, TypeId::Dict | TypeId::OrderedDict).then(|| dict_object_method(name));
        match dispatch_for_dict {
            // dict's own slots answer first (dict_base_method); the rest of object's
            // names that dict does not define itself.
            Some(None) if object_attr(name).is_some() => {
                return self.unsupported(&format!("{}.{name} on a subclass", base.name()));
            }
            Some(None) => return Ok(None),
            _ => {}
        }
        if base.is_exception() && EXCEPTION_UNMODELLED.contains(&name) {
            return self.unsupported(&format!("BaseException.{name} on a subclass"));
        }
        // Another built-in base defines most of object's names itself; no built-in type
        // overrides the class methods `__init_subclass__` and `__subclasshook__`.
        if base != TypeId::Object
            && !base.is_exception()
            && dispatch_for_dict.is_none()
            && object_attr(name).is_some_and(|(_, _, k)| k != BaseAttrKind::ClassMethod)
        {
            return self.unsupported(&format!("{}.{name} on a subclass", base.name()));
        }
        let Some((static_name, dispatch, kind)) = base_attr(base, name) else {
            return Ok(None);
        };
        Ok(Some(match kind {
            BaseAttrKind::SlotWrapper | BaseAttrKind::MethodDescr => match receiver {
                Some(r) => self.heap.alloc(Obj::Method {
                    receiver: r,
                    name: dispatch,
                }),
                None => {
                    // An exception class's `__init__`, `__repr__` and `__str__` are its
                    // built-in base's; the rest are object's.
                    let owner = if base.is_exception()
                        && (dispatch.starts_with("BaseException.") || name == "__init__")
                    {
                        base
                    } else {
                        TypeId::Object
                    };
                    self.method_descr(owner, static_name)
                }
            },
            BaseAttrKind::ClassMethod => self.heap.alloc(Obj::Method {
                receiver: cls,
                name: dispatch,
            }),
            // One object, kept in object's `__dict__`: `A.__new__ is object.__new__`.
            BaseAttrKind::New => {
                if let Some(&(_, _, id)) = self
                    .method_descrs
                    .iter()
                    .find(|(t, n, _)| *t == TypeId::Object && *n == dispatch)
                {
                    return Ok(Some(id));
                }
                let object = self.type_obj(TypeId::Object);
                let id = self.heap.alloc(Obj::Method {
                    receiver: object,
                    name: dispatch,
                });
                self.method_descrs.push((TypeId::Object, dispatch, id));
                id
            }
        }))
    }

    /// `__base__`: the base `best_base()` chose (the first with the most derived layout).
    fn best_base_ref(&self, c: &ClassObj) -> ClassRef {
        self.best_base_of(&c.bases)
    }

    /// `best_base()`: the base whose solid base is the most derived.
    fn best_base_of(&self, bases: &[ClassRef]) -> ClassRef {
        let mut best: Option<(ClassRef, ClassRef)> = None;
        for &b in bases {
            let s = self.solid_base(b);
            best = match best {
                None => Some((b, s)),
                Some((_, w)) if !self.is_subclass(w, s) && self.is_subclass(s, w) => Some((b, s)),
                keep => keep,
            };
        }
        best.map_or(ClassRef::Builtin(TypeId::Object), |(b, _)| b)
    }

    /// Mirrors `super_getattro()`: search the MRO of the receiver's type after `this`.
    fn super_getattr(&mut self, this: ClassRef, receiver: ObjId, name: &str) -> PyResult {
        let (start, instance) = match self.class_ref(receiver) {
            Some(r) if self.is_subclass(r, this) => (r, None),
            _ => (self.class_of(receiver), Some(receiver)),
        };
        let mro = self.mro_of(start);
        let pos = mro
            .iter()
            .position(|&c| c == this)
            .map_or(mro.len(), |p| p + 1);
        for &c in &mro[pos..] {
            match c {
                ClassRef::User(id) => {
                    let dict = match self.heap.get(id) {
                        Obj::Class(cl) => cl.dict,
                        _ => continue,
                    };
                    let k = self.str(name);
                    // type_new's copy of the namespace (minus __qualname__, plus __doc__,
                    // __dict__, __weakref__) is not modelled, so its probes are not shown.
                    if let Some(f) = self.quietly(|vm| vm.dict_lookup(dict, k))? {
                        self.record_lookup(name, start, Some(this), Some(c), false);
                        let owner = self.class_obj(start);
                        return self.bind(f, instance, owner);
                    }
                }
                ClassRef::Builtin(TypeId::OrderedDict) => {
                    if let Some(m) = odict_base_method(name) {
                        self.record_lookup(name, start, Some(this), Some(c), false);
                        return Ok(self.heap.alloc(Obj::Method { receiver, name: m }));
                    }
                }
                ClassRef::Builtin(TypeId::Dict) => {
                    if let Some(m) = dict_base_method(name) {
                        self.record_lookup(name, start, Some(this), Some(c), false);
                        return Ok(self.heap.alloc(Obj::Method { receiver, name: m }));
                    }
                }
                ClassRef::Builtin(t) => {
                    let owner = self.class_obj(start);
                    if let Some(v) = self.builtin_base_attr(t, instance, owner, name)? {
                        self.record_lookup(name, start, Some(this), Some(c), false);
                        return Ok(v);
                    }
                }
            }
        }
        self.err(
            TypeId::AttributeError,
            format!("'super' object has no attribute '{name}'"),
        )
    }

    /// `setattr(obj, name, value)` for user classes and instances.
    pub(crate) fn set_attr(&mut self, obj: ObjId, name: &str, value: ObjId) -> PyResult<()> {
        // The numbers' getset descriptors have no setter (descr_setcheck() names the
        // type that defines them: a bool's `real` is int's).
        let owner = match self.heap.get(obj) {
            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)
                if matches!(name, "real" | "imag" | "numerator" | "denominator") =>
            {
                Some("int")
            }
            Obj::Float(_) if matches!(name, "real" | "imag") => Some("float"),
            _ => None,
        };
        if let Some(t) = owner {
            return self.err(
                TypeId::AttributeError,
                format!("attribute '{name}' of '{t}' objects is not writable"),
            );
        }
        // Attributes whose setters change what the object is (its class, its namespace, a
        // class's name or bases, a function's code or keyword defaults): pyxray would only
        // store an ordinary attribute.
        let special = name.starts_with("__")
            && match self.heap.get(obj) {
                Obj::Class(_) => matches!(
                    name,
                    "__name__" | "__qualname__" | "__bases__" | "__class__"
                ),
                Obj::Function(_) => matches!(name, "__code__" | "__kwdefaults__" | "__class__"),
                _ => matches!(name, "__class__" | "__dict__"),
            };
        if special {
            return self.unsupported(&format!("assigning to the '{name}' attribute"));
        }
        if let Obj::Tuple(_) = self.heap.get(obj)
            && let Some(cls) = self.namedtuple_of(obj)
        {
            // A field is a getter without a setter; the class has __slots__ = ().
            let field = self
                .namedtuple_class(cls)
                .is_some_and(|nt| nt.fields.iter().any(|f| f == name));
            if !field && self.namedtuple_has_dict(cls)? {
                return self.unsupported("attributes of an instance of a namedtuple subclass");
            }
            let tn = self.type_name(obj);
            return self.err(
                TypeId::AttributeError,
                if field {
                    "can't set attribute".to_string()
                } else {
                    format!("'{tn}' object has no attribute '{name}'")
                },
            );
        }
        if self.is_proxy(obj) {
            let r = self.unproxy(obj)?;
            return self.set_attr(r, name, value);
        }
        if let Obj::Finalizer(_) = self.heap.get(obj)
            && self.finalizer_set_attr(obj, name, value)?
        {
            return Ok(());
        }
        if name == "default_factory"
            && let Obj::Dict(d) = self.heap.get_mut(obj).unwrap_or(&mut Obj::Free)
            && d.default_factory.is_some()
        {
            d.default_factory = Some(value);
            return Ok(());
        }
        if self.set_function_attr(obj, name, value)? || self.sync_setattr(obj, name, value)? {
            return Ok(());
        }
        if matches!(self.heap.get(obj), Obj::Exception(_))
            && matches!(
                name,
                "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
            )
        {
            return self.set_exc_link(obj, name, value);
        }
        let (cls, dict) = match self.heap.get(obj) {
            Obj::Instance(i) => (Some(i.class), i.dict),
            Obj::Dict(d) if d.class.is_some() => (d.class, d.attrs),
            Obj::Exception(e) if e.class.is_some() => (e.class, e.dict),
            Obj::Exception(e) => (None, e.dict),
            Obj::Class(c) => (None, Some(c.dict)),
            _ => (None, None),
        };
        if let Some(cls) = cls
            && let Some(f) = self.lookup_in_mro(ClassRef::User(cls), name)?
            && let Obj::Property(p) = self.heap.get(f).clone()
        {
            if p[1] == self.none {
                let n = self.property_name(f);
                let tn = self.type_name(obj);
                return self.err(
                    TypeId::AttributeError,
                    format!("{n} '{tn}' object has no setter"),
                );
            }
            self.call_sync(p[1], vec![obj, value])?;
            return Ok(());
        }
        if let Some(cls) = cls
            && self.set_member(obj, cls, name, Some(value))?
        {
            return Ok(());
        }
        if self.exc_member(obj, name).is_some()
            && (cls.is_none()
                || self
                    .lookup_in_mro(ClassRef::User(cls.unwrap_or(obj)), name)?
                    .is_none())
        {
            self.set_exc_member(obj, name, Some(value));
            return Ok(());
        }
        // An exception's dict is made when the first attribute goes in.
        let dict = match dict {
            None if matches!(self.heap.get(obj), Obj::Exception(_)) => Some(self.exc_dict(obj)?),
            d => d,
        };
        match dict {
            Some(d) => {
                // The key is the interned name, as PyObject_SetAttr() stores it.
                let k = self.intern(name, None);
                if cls.is_some() {
                    // An instance attribute: CPython 3.11 stores it in the object's values
                    // array, not in a dict it would show.
                    self.quietly(|vm| vm.dict_setitem(d, k, value))
                } else {
                    self.dict_setitem(d, k, value)
                }
            }
            None => {
                let tn = self.type_name(obj);
                if matches!(self.heap.get(obj), Obj::Dict(d) if d.counter || d.ordered.is_some()) {
                    // Their instances have a __dict__ of their own, which pyxray does not keep.
                    return self.unsupported(&format!("setting an attribute of a {tn}"));
                }
                if matches!(self.heap.get(obj), Obj::Type(_)) {
                    let n = match self.heap.get(obj) {
                        Obj::Type(t) => t.name(),
                        _ => "?",
                    };
                    return self.type_error(format!(
                        "cannot set '{name}' attribute of immutable type '{n}'"
                    ));
                }
                self.err(
                    TypeId::AttributeError,
                    format!("'{tn}' object has no attribute '{name}'"),
                )
            }
        }
    }

    pub(crate) fn del_attr(&mut self, obj: ObjId, name: &str) -> PyResult<()> {
        if self.is_proxy(obj) {
            let r = self.unproxy(obj)?;
            return self.del_attr(r, name);
        }
        let cls = match self.heap.get(obj) {
            Obj::Instance(i) => Some(i.class),
            Obj::Dict(d) => d.class,
            Obj::Exception(e) => e.class,
            _ => None,
        };
        if let Some(cls) = cls
            && let Some(f) = self.lookup_in_mro(ClassRef::User(cls), name)?
            && let Obj::Property(p) = self.heap.get(f).clone()
        {
            if p[2] == self.none {
                let n = self.property_name(f);
                let tn = self.type_name(obj);
                return self.err(
                    TypeId::AttributeError,
                    format!("{n} '{tn}' object has no deleter"),
                );
            }
            self.call_sync(p[2], vec![obj])?;
            return Ok(());
        }
        if let Some(cls) = cls
            && self.set_member(obj, cls, name, None)?
        {
            return Ok(());
        }
        if self.exc_member(obj, name).is_some()
            && (cls.is_none()
                || self
                    .lookup_in_mro(ClassRef::User(cls.unwrap_or(obj)), name)?
                    .is_none())
        {
            // A T_OBJECT member is deleted by storing NULL.
            self.set_exc_member(obj, name, None);
            return Ok(());
        }
        let dict = match self.heap.get(obj) {
            Obj::Instance(i) => i.dict,
            Obj::Dict(d) if d.class.is_some() => d.attrs,
            Obj::Exception(e) if e.class.is_some() => e.dict,
            Obj::Class(c) => Some(c.dict),
            _ => None,
        };
        if let Some(d) = dict {
            let k = self.str(name);
            let is_class = matches!(self.heap.get(obj), Obj::Class(_));
            let popped = if is_class {
                self.dict_pop(d, k)?
            } else {
                self.quietly(|vm| vm.dict_pop(d, k))?
            };
            if popped.is_some() {
                return Ok(());
            }
        }
        let tn = self.type_name(obj);
        if let Obj::Class(c) = self.heap.get(obj) {
            let n = c.name.clone();
            return self.err(
                TypeId::AttributeError,
                format!("type object '{n}' has no attribute '{name}'"),
            );
        }
        self.err(
            TypeId::AttributeError,
            format!("'{tn}' object has no attribute '{name}'"),
        )
    }

    /// A member a built-in exception subtype defines (`AttributeError.name`/`obj`,
    /// `NameError.name`, `SystemExit.code`), read as `member_get()` reads a T_OBJECT
    /// member (NULL is None); `None` when `obj` has no such member.
    pub(crate) fn exc_member(&self, obj: ObjId, name: &str) -> Option<ObjId> {
        let Obj::Exception(e) = self.heap.get(obj) else {
            return None;
        };
        let v = match name {
            "name" if e.ty.is_subtype(TypeId::AttributeError) => e.name,
            "obj" if e.ty.is_subtype(TypeId::AttributeError) => e.obj,
            "name" if e.ty.is_subtype(TypeId::NameError) => e.name,
            "code" if e.ty.is_subtype(TypeId::SystemExit) => e.code,
            _ => return None,
        };
        Some(v.unwrap_or(self.none))
    }

    fn set_exc_member(&mut self, obj: ObjId, name: &str, value: Option<ObjId>) {
        if let Some(Obj::Exception(e)) = self.heap.get_mut(obj) {
            match name {
                "name" => e.name = value,
                "obj" => e.obj = value,
                _ => e.code = value,
            }
        }
    }

    /// `set_attribute_error_context()` in Objects/object.c: an AttributeError leaving
    /// `PyObject_GetAttr()` (or `_PyObject_GetMethod()`) gets the name and the object
    /// looked up, unless it carries either already; the traceback's "Did you mean"
    /// suggestion reads them.
    pub(crate) fn set_attribute_error_context(&mut self, e: ObjId, obj: ObjId, name: &str) {
        let fresh = matches!(
            self.heap.get(e),
            Obj::Exception(x) if x.ty.is_subtype(TypeId::AttributeError)
                && x.name.is_none() && x.obj.is_none()
        );
        if !fresh {
            return;
        }
        let n = self.intern(name, None);
        if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
            x.name = Some(n);
            x.obj = Some(obj);
        }
    }

    /// A built-in exception's `__dict__`, made when first needed
    /// (`_PyObject_GetDictPtr` on `BaseException`'s dict slot).
    fn exc_dict(&mut self, e: ObjId) -> PyResult {
        if let Obj::Exception(x) = self.heap.get(e)
            && let Some(d) = x.dict
        {
            return Ok(d);
        }
        let d = self.new_dict();
        if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
            x.dict = Some(d);
        }
        Ok(d)
    }

    /// `member_set()`: stores (or, with `None`, deletes) a `__slots__` member when
    /// `name` is one in the class's MRO; false when it is not a member.
    fn set_member(
        &mut self,
        obj: ObjId,
        cls: ObjId,
        name: &str,
        value: Option<ObjId>,
    ) -> PyResult<bool> {
        let Some(f) = self.lookup_in_mro(ClassRef::User(cls), name)? else {
            return Ok(false);
        };
        let Obj::Member(m) = self.heap.get(f) else {
            return Ok(false);
        };
        let (index, member_name) = (m.index, m.name.clone());
        let Some(Obj::Instance(i)) = self.heap.get_mut(obj) else {
            return Ok(false);
        };
        let Some(slot) = i.slots.get_mut(index) else {
            return Ok(false);
        };
        if value.is_none() && slot.is_none() {
            // PyMember_SetOne(): deleting an empty slot raises with the bare name.
            return self.err::<bool>(TypeId::AttributeError, member_name);
        }
        let old = std::mem::replace(slot, value);
        // The old value goes after the new one is in (Py_XSETREF), so a finalizer it
        // runs sees the slot already changed.
        if let Some(old) = old {
            self.hint_released([old]);
        }
        Ok(true)
    }

    /// `super()` with no arguments: the `__class__` cell of the running function and its
    /// first argument; or `super(type, obj)`.
    pub(crate) fn make_super(&mut self, args: &[ObjId]) -> PyResult {
        let (this, receiver) = match args {
            [] => {
                let Some(f) = self.frames.last() else {
                    return self.err(TypeId::RuntimeError, "super(): no arguments");
                };
                // super_init_without_args(): the first argument, read through its cell
                // when a closure captured it.
                let code = &self.program.codes[f.code];
                let first = match code.cell_params.iter().find(|&&(_, fi)| fi == 0) {
                    Some(&(ci, _)) => match f.cells.get(ci as usize).map(|&c| self.heap.get(c)) {
                        Some(Obj::Cell(v)) => *v,
                        _ => None,
                    },
                    None => f.fast.first().copied().flatten(),
                };
                let func = f.func;
                let cell = func.and_then(|fid| match self.heap.get(fid) {
                    Obj::Function(func) => func.class_cell,
                    _ => None,
                });
                let Some(cell) = cell else {
                    return self.err(TypeId::RuntimeError, "super(): __class__ cell not found");
                };
                let Some(first) = first else {
                    return self.err(TypeId::RuntimeError, "super(): no arguments");
                };
                (ClassRef::User(cell), first)
            }
            [t, obj] => {
                let Some(r) = self.class_ref(*t) else {
                    let tn = self.type_name(*t);
                    return self.type_error(format!("super() argument 1 must be a type, not {tn}"));
                };
                (r, *obj)
            }
            _ => return self.unsupported("super() with one argument"),
        };
        let ok = match self.class_ref(receiver) {
            Some(r) if self.is_subclass(r, this) => true,
            _ => {
                let c = self.class_of(receiver);
                self.is_subclass(c, this)
            }
        };
        if !ok {
            return self.type_error("super(type, obj): obj must be an instance or subtype of type");
        }
        Ok(self.heap.alloc(Obj::Super { this, receiver }))
    }

    /// Methods of `object` and `BaseException` that user code reaches through a class or
    /// `super()` (`super().__init__(msg)`).
    pub(crate) fn call_builtin_special(
        &mut self,
        recv: ObjId,
        name: &'static str,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult {
        match name {
            // object_init_subclass(): METH_CLASS | METH_NOARGS.
            "object.__init_subclass__" => {
                let n = match self.heap.get(recv) {
                    Obj::Class(c) => c.name.clone(),
                    _ => "object".into(),
                };
                if !kwargs.is_empty() {
                    return self.type_error(format!(
                        "{n}.__init_subclass__() takes no keyword arguments"
                    ));
                }
                if !args.is_empty() {
                    return self.type_error(format!(
                        "{n}.__init_subclass__() takes no arguments ({} given)",
                        args.len()
                    ));
                }
                Ok(self.none)
            }
            "object.__init__" => {
                // Called as a bound method (`super().__init__()`) or through the class
                // (`object.__init__(self)`).
                let (inst, rest) = match self.heap.get(recv) {
                    Obj::Class(_) | Obj::Type(_) => match args.split_first() {
                        Some((i, r)) => (*i, r.to_vec()),
                        None => {
                            return self.type_error(
                                "descriptor '__init__' of 'object' object needs an argument",
                            );
                        }
                    },
                    _ => (recv, args),
                };
                if let Obj::Exception(_) = self.heap.get(inst) {
                    self.exc_init(inst, &rest, &kwargs, true)?;
                    return Ok(self.none);
                }
                if !rest.is_empty() || !kwargs.is_empty() {
                    let c = self.class_of(inst);
                    let init_overridden = matches!(
                        self.lookup_in_mro(c, "__init__")?,
                        Some(f) if matches!(self.heap.get(f), Obj::Function(_))
                    );
                    if init_overridden {
                        return self.type_error(
                            "object.__init__() takes exactly one argument (the instance to initialize)",
                        );
                    }
                    let n = self.ref_name(c);
                    return self.type_error(format!("{n}() takes no arguments"));
                }
                Ok(self.none)
            }
            "object.__new__" => {
                let Some((&cls, rest)) = args.split_first() else {
                    return self.type_error("object.__new__(): not enough arguments");
                };
                if !matches!(self.heap.get(cls), Obj::Class(_)) {
                    return self.unsupported("object.__new__ of a built-in type");
                }
                let c = ClassRef::User(cls);
                // dict.__new__ (dict_new()), reached the same way: it ignores the arguments.
                if matches!(self.heap.get(cls), Obj::Class(k) if matches!(k.layout, TypeId::Dict | TypeId::OrderedDict))
                {
                    return self.new_dict_instance(cls);
                }
                let layout_exc =
                    matches!(self.heap.get(cls), Obj::Class(k) if k.layout.is_exception());
                if !rest.is_empty() && !layout_exc {
                    let init_overridden = matches!(
                        self.lookup_in_mro(c, "__init__")?,
                        Some(f) if matches!(self.heap.get(f), Obj::Function(_))
                    );
                    if !init_overridden {
                        let n = self.ref_name(c);
                        return self.type_error(format!("{n}() takes no arguments"));
                    }
                    return self.type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    );
                }
                self.new_instance(cls, rest)
            }
            "object.__repr__" => {
                self.slot_wrapper_args("__repr__", &args, &kwargs, 0)?;
                let s = self.default_repr(recv);
                Ok(self.string(s))
            }
            // object_str(): the type's tp_repr, never its __str__ again.
            "object.__str__" => {
                self.slot_wrapper_args("__str__", &args, &kwargs, 0)?;
                let s = self.repr_guarded(recv)?;
                Ok(self.string(s))
            }
            "BaseException.__repr__" => {
                self.slot_wrapper_args("__repr__", &args, &kwargs, 0)?;
                let s = self.exc_base_repr(recv)?;
                Ok(self.string(s))
            }
            "BaseException.__str__" => {
                self.slot_wrapper_args("__str__", &args, &kwargs, 0)?;
                let s = self.exc_base_str(recv)?;
                Ok(self.string(s))
            }
            // object_richcompare(): `==` by identity, `!=` the inverse of the type's
            // `__eq__` (slot_tp_richcompare() finds a class's own), orderings
            // NotImplemented.
            "object.__eq__" | "object.__ne__" | "object.__lt__" | "object.__le__"
            | "object.__gt__" | "object.__ge__" => {
                let short = &name["object.".len()..];
                self.slot_wrapper_args(short, &args, &kwargs, 1)?;
                let other = args[0];
                match short {
                    "__eq__" if recv == other => Ok(self.true_),
                    "__ne__" => {
                        // A built-in type's own tp_richcompare is not reachable alone.
                        if !matches!(self.heap.get(recv), Obj::Instance(_) | Obj::Exception(_)) {
                            let tn = self.type_name(recv);
                            return self.unsupported(&format!("object.__ne__ of a '{tn}' object"));
                        }
                        let eq = match self.user_special(recv, "__eq__")? {
                            Some(f) => self.call_sync(f, vec![recv, other])?,
                            None if recv == other => self.true_,
                            None => self.not_implemented,
                        };
                        if eq == self.not_implemented {
                            return Ok(eq);
                        }
                        let t = self.truthy(eq)?;
                        Ok(self.bool(!t))
                    }
                    _ => Ok(self.not_implemented),
                }
            }
            // object's tp_hash, _Py_HashPointer(), whatever __hash__ the class defines.
            "object.__hash__" => {
                self.slot_wrapper_args("__hash__", &args, &kwargs, 0)?;
                if !matches!(
                    self.heap.get(recv),
                    Obj::Instance(_) | Obj::Exception(_) | Obj::Class(_)
                ) {
                    let tn = self.type_name(recv);
                    return self.unsupported(&format!("object.__hash__ of a '{tn}' object"));
                }
                let h = crate::models::hash::hash_pointer(recv.address());
                Ok(self.int(h))
            }
            // object___format___impl(): str(self) for an empty spec.
            "object.__format__" => {
                if args.len() != 1 || !kwargs.is_empty() {
                    return self.unsupported("object.__format__() with other than one argument");
                }
                let spec = match self.heap.get(args[0]) {
                    Obj::Str(s) => s.s.to_string(),
                    _ => {
                        let tn = self.type_name(args[0]);
                        return self
                            .type_error(format!("__format__() argument must be str, not {tn}"));
                    }
                };
                if !spec.is_empty() {
                    let tn = self.type_name(recv);
                    return self.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    ));
                }
                let s = self.str_of(recv)?;
                Ok(self.string(s))
            }
            // PyObject_GenericGetAttr(), PyObject_GenericSetAttr() and the delete through
            // it, for a plain instance (a class defining __getattribute__, __setattr__ or
            // __delattr__ is refused).
            "object.__getattribute__" | "object.__setattr__" | "object.__delattr__" => {
                let short = &name["object.".len()..];
                let want = if short == "__setattr__" { 2 } else { 1 };
                if short == "__setattr__" && kwargs.is_empty() && args.len() != 2 {
                    // wrap_setattr() unpacks with PyArg_UnpackTuple(args, "", 2, 2).
                    return self.type_error(format!(" expected 2 arguments, got {}", args.len()));
                }
                self.slot_wrapper_args(short, &args, &kwargs, want)?;
                let Obj::Instance(inst) = self.heap.get(recv) else {
                    let tn = self.type_name(recv);
                    return self.unsupported(&format!("object.{short} of a '{tn}' object"));
                };
                let (cls, dict) = (inst.class, inst.dict);
                let attr = match self.heap.get(args[0]) {
                    Obj::Str(s) => s.s.to_string(),
                    _ => {
                        let tn = self.type_name(args[0]);
                        return self
                            .type_error(format!("attribute name must be string, not '{tn}'"));
                    }
                };
                match short {
                    "__getattribute__" => self.instance_getattr(recv, cls, dict, &attr),
                    "__setattr__" => {
                        self.set_attr(recv, &attr, args[1])?;
                        Ok(self.none)
                    }
                    _ => {
                        self.del_attr(recv, &attr)?;
                        Ok(self.none)
                    }
                }
            }
            // object___subclasshook__(): METH_CLASS | METH_VARARGS, NotImplemented.
            "object.__subclasshook__" => {
                if let Some((k, _)) = kwargs.first() {
                    let _ = k;
                    return self.type_error("__subclasshook__() takes no keyword arguments");
                }
                Ok(self.not_implemented)
            }
            // type___subclasses___impl(): the live classes that name `recv` among their
            // bases, in the order they were made (tp_subclasses is keyed by address, in
            // insertion order; a freed class leaves it).
            "type.__subclasses__" => {
                let me = self.class_ref(recv);
                let mut out: Vec<ObjId> = Vec::new();
                for &c in self.classes.iter().rev() {
                    if out.contains(&c) {
                        continue;
                    }
                    if let Obj::Class(k) = self.heap.get(c)
                        && me.is_some_and(|m| k.bases.contains(&m))
                    {
                        out.push(c);
                    }
                }
                out.reverse();
                Ok(self.list(out))
            }
            // METH_NOARGS: the message names the receiver (`A.mro()`).
            "type.mro" => {
                let who = match self.class_ref(recv) {
                    Some(r) => self.ref_name(r),
                    None => "type".into(),
                };
                if !kwargs.is_empty() {
                    return self.type_error(format!("{who}.mro() takes no keyword arguments"));
                }
                if !args.is_empty() {
                    return self.type_error(format!(
                        "{who}.mro() takes no arguments ({} given)",
                        args.len()
                    ));
                }
                let r = self
                    .class_ref(recv)
                    .unwrap_or(ClassRef::Builtin(TypeId::Object));
                let items: Vec<ObjId> = self
                    .mro_of(r)
                    .into_iter()
                    .map(|c| self.class_obj(c))
                    .collect();
                Ok(self.list(items))
            }
            "property.setter" | "property.getter" | "property.deleter" => {
                let Obj::Property(p) = self.heap.get(recv).clone() else {
                    return self.type_error("not a property");
                };
                let Some(&f) = args.first() else {
                    return self.type_error("setter() takes exactly one argument (0 given)");
                };
                let mut parts = *p;
                let i = match name {
                    "property.getter" => 0,
                    "property.setter" => 1,
                    _ => 2,
                };
                parts[i] = f;
                let copy = self.heap.alloc(Obj::Property(Box::new(parts)));
                // property_copy() carries prop_name over.
                match self.property_names.get(&recv).cloned() {
                    Some(n) => self.property_names.insert(copy, n),
                    None => self.property_names.remove(&copy),
                };
                Ok(copy)
            }
            _ => self.unsupported(&format!("the method {name}")),
        }
    }

    /// A slot wrapper's call checks: no keywords (`wrapperdescr_raw_call()`), then the
    /// number of arguments (`check_num_args()` in Objects/typeobject.c).
    fn slot_wrapper_args(
        &mut self,
        name: &str,
        args: &[ObjId],
        kwargs: &[(String, ObjId)],
        want: usize,
    ) -> PyResult<()> {
        if !kwargs.is_empty() {
            return self.type_error(format!("wrapper {name}() takes no keyword arguments"));
        }
        if args.len() != want {
            let s = if want == 1 { "" } else { "s" };
            return self.type_error(format!("expected {want} argument{s}, got {}", args.len()));
        }
        Ok(())
    }

    /// Sets `__cause__` (BaseException_set_cause: None or an exception, and then
    /// `__suppress_context__` is True), `__context__`, `__suppress_context__`, or
    /// `__traceback__` (only to None: the frames it kept let go of their locals).
    fn set_exc_link(&mut self, exc: ObjId, name: &str, value: ObjId) -> PyResult<()> {
        let is_exc = matches!(self.heap.get(value), Obj::Exception(_));
        let none = value == self.none;
        match name {
            "__cause__" | "__context__" if !none && !is_exc => {
                let what = if name == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                return self.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                ));
            }
            "__traceback__" if !none => {
                return self.unsupported("setting __traceback__ to a traceback object");
            }
            _ => {}
        }
        let link = (!none).then_some(value);
        let suppress = self.truthy(value)?;
        let mut released = Vec::new();
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            match name {
                "__cause__" => {
                    e.cause = link;
                    e.suppress_context = true;
                }
                "__context__" => e.context = link,
                "__suppress_context__" => e.suppress_context = suppress,
                _ => {
                    e.traceback.clear();
                    released.extend(e.tb.take());
                }
            }
        }
        self.hint_released(released);
        Ok(())
    }

    /// `__cause__`, `__context__`, `__suppress_context__` of an exception.
    /// `__traceback__`: the traceback object chain (None before the first raise).
    pub(crate) fn exc_traceback(&mut self, exc: ObjId) -> PyResult {
        let Obj::Exception(e) = self.heap.get(exc) else {
            return Ok(self.none);
        };
        match e.tb {
            Some(tb) => Ok(tb),
            None if e.traceback.is_empty() => Ok(self.none),
            None => self.unsupported("an exception's __traceback__ object without the heap model"),
        }
    }

    pub(crate) fn exc_link(&self, exc: ObjId, name: &str) -> Option<ObjId> {
        let Obj::Exception(e) = self.heap.get(exc) else {
            return None;
        };
        match name {
            "__cause__" => Some(e.cause.unwrap_or(self.none)),
            "__context__" => Some(e.context.unwrap_or(self.none)),
            "__suppress_context__" => Some(self.bool(e.suppress_context)),
            _ => None,
        }
    }

    pub(crate) fn type_name_of_class(&self, cls: ObjId) -> String {
        match self.heap.get(cls) {
            Obj::Class(c) => c.name.clone(),
            _ => "?".into(),
        }
    }

    /// `<__main__.C object at 0x…>`.
    pub fn default_repr(&self, obj: ObjId) -> String {
        let c = self.class_of(obj);
        let qual = match c {
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(k) => format!("__main__.{}", k.qualname),
                _ => "?".into(),
            },
            ClassRef::Builtin(t) => t.name().to_string(),
        };
        format!("<{qual} object at {:#x}>", obj.address())
    }

    /// A user special method for `obj` (`__repr__`, `__eq__`, …), if its class defines one
    /// in Python.
    pub(crate) fn user_special(&mut self, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        let c = self.class_of(obj);
        if !matches!(c, ClassRef::User(_)) {
            return Ok(None);
        }
        match self.lookup_in_mro(c, name)? {
            Some(f) if matches!(self.heap.get(f), Obj::Function(_)) => Ok(Some(f)),
            Some(f) if f == self.none => Ok(Some(f)),
            _ => Ok(None),
        }
    }

    /// A user special method that is a Python function (not `None`), for `obj`.
    pub(crate) fn user_special_fn(&mut self, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        match self.heap.get(obj) {
            Obj::Instance(_) => {}
            Obj::Dict(d) if d.class.is_some() => {}
            _ => return Ok(None),
        }
        Ok(self.user_special(obj, name)?.filter(|&f| f != self.none))
    }

    /// `len(obj)` through `__len__` (`slot_sq_length`).
    pub(crate) fn user_len(&mut self, obj: ObjId) -> PyResult<Option<usize>> {
        let Some(f) = self.user_special_fn(obj, "__len__")? else {
            return Ok(None);
        };
        let r = self.call_sync(f, vec![obj])?;
        match self.heap.get(r) {
            Obj::Int(n) if *n >= 0 => Ok(Some(*n as usize)),
            Obj::Bool(b) => Ok(Some(*b as usize)),
            // slot_sq_length(): the sign check, then PyNumber_AsSsize_t(res,
            // PyExc_OverflowError).
            Obj::Long(b) if b.sign() != num_bigint::Sign::Minus => self.err(
                TypeId::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ),
            Obj::Int(_) | Obj::Long(_) => {
                self.err(TypeId::ValueError, "__len__() should return >= 0")
            }
            _ => {
                let tn = self.type_name(r);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    /// `dir(v)` of a user class or of an instance of one: `object.__dir__()` (the
    /// instance's `__dict__`, then `merge_class_dict()` of its class) or `type.__dir__()`
    /// (`merge_class_dict()` alone), which merges each class's `__dict__` and, recursively,
    /// its bases'; `dir()` makes a list of the keys (`PySequence_List()`) and sorts it.
    /// Built-in objects, and classes with a built-in base other than `object`, are
    /// refused: their namespaces are not modelled.
    pub(crate) fn dir_of(&mut self, v: ObjId) -> PyResult {
        let names = self.dir_names(v)?;
        let items: Vec<ObjId> = names.iter().map(|n| self.str(n)).collect();
        Ok(self.list_extended(items, Some(crate::models::list::ExtendSource::Sequence)))
    }

    /// The names `dir(v)` lists, sorted (see `dir_of`). An object of one of the
    /// built-in types below (not a subclass), or the type itself, lists its type's
    /// attributes: `object.__dir__` finds no instance `__dict__` and `merge_class_dict()`
    /// gives what `type.__dir__` gives, which assets/cpython_type_attrs.txt recorded
    /// from CPython 3.11.
    pub(crate) fn dir_names(&mut self, v: ObjId) -> PyResult<Vec<String>> {
        const LISTED: &[TypeId] = &[
            TypeId::Str,
            TypeId::Int,
            TypeId::Float,
            TypeId::Bool,
            TypeId::List,
            TypeId::Tuple,
            TypeId::Dict,
            TypeId::Set,
            TypeId::FrozenSet,
            TypeId::Bytes,
            TypeId::NoneType,
            TypeId::Object,
        ];
        let builtin = match self.heap.get(v) {
            Obj::Type(t) => Some(*t),
            Obj::Instance(_) | Obj::Class(_) => None,
            _ => Some(self.type_of(v)),
        };
        if let Some(t) = builtin
            && LISTED.contains(&t)
            && (matches!(self.heap.get(v), Obj::Type(_)) || self.type_name(v) == t.name())
            && (t != TypeId::Tuple || self.namedtuple_of(v).is_none())
            && let Some(names) = super::ops::cpython_type_attrs(t.name())
        {
            return Ok(names);
        }
        let mut names: Vec<String> = Vec::new();
        // A Python function: its `__dict__`, then the function type's attributes.
        if let Obj::Function(f) = self.heap.get(v) {
            if let Some(d) = f.dict_obj {
                self.dir_names_of_dict(d, &mut names)?;
            }
            if let Some(row) = super::ops::cpython_type_attrs("function") {
                names.extend(row);
                names.sort();
                names.dedup();
                return Ok(names);
            }
        }
        let class = match self.heap.get(v) {
            Obj::Instance(i) => {
                let (class, dict) = (i.class, i.dict);
                if let Some(d) = dict {
                    self.dir_names_of_dict(d, &mut names)?;
                }
                class
            }
            Obj::Class(_) => v,
            _ => {
                let tn = self.type_name(v);
                return self.unsupported(&format!("dir() of a '{tn}' object"));
            }
        };
        self.dir_merge_class(class, &mut names)?;
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// `merge_class_dict()`: the class's `__dict__` keys, then each base's, recursively.
    fn dir_merge_class(&mut self, class: ObjId, names: &mut Vec<String>) -> PyResult<()> {
        let (dict, bases) = match self.heap.get(class) {
            Obj::Class(c) => (c.dict, c.bases.clone()),
            _ => return self.unsupported("dir() through a class pyxray does not model"),
        };
        self.dir_names_of_dict(dict, names)?;
        for b in bases {
            match b {
                ClassRef::User(b) => self.dir_merge_class(b, names)?,
                ClassRef::Builtin(TypeId::Object) => {
                    names.extend(OBJECT_DICT_KEYS.iter().map(|k| k.to_string()));
                }
                ClassRef::Builtin(t) => {
                    return self.unsupported(&format!(
                        "dir() of a class based on the built-in '{}'",
                        t.name()
                    ));
                }
            }
        }
        Ok(())
    }

    fn dir_names_of_dict(&mut self, d: ObjId, names: &mut Vec<String>) -> PyResult<()> {
        for (k, _) in self.dict_items(d) {
            match self.heap.get(k) {
                Obj::Str(s) => names.push(s.s.to_string()),
                _ => return self.unsupported("dir() of a namespace with a key that is not a str"),
            }
        }
        Ok(())
    }

    /// Truth through `__bool__`, else `__len__` (`slot_nb_bool`).
    pub(crate) fn user_truthy(&mut self, obj: ObjId) -> PyResult<Option<bool>> {
        let dict = match self.heap.get(obj) {
            Obj::Instance(_) => false,
            Obj::Dict(d) if d.class.is_some() => true,
            _ => return Ok(None),
        };
        if let Some(f) = self.user_special_fn(obj, "__bool__")? {
            let r = self.call_sync(f, vec![obj])?;
            return match self.heap.get(r) {
                Obj::Bool(b) => Ok(Some(*b)),
                _ => {
                    let tn = self.type_name(r);
                    self.type_error(format!("__bool__ should return bool, returned {tn}"))
                }
            };
        }
        if let Some(n) = self.user_len(obj)? {
            return Ok(Some(n > 0));
        }
        // A dict subclass without either: dict's own length.
        Ok((!dict).then_some(true))
    }

    /// `x in obj` through `__contains__`, else by iterating (`PySequence_Contains`).
    pub(crate) fn user_contains(&mut self, obj: ObjId, item: ObjId) -> PyResult<Option<bool>> {
        if let Some(f) = self.user_special_fn(obj, "__contains__")? {
            let r = self.call_sync(f, vec![obj, item])?;
            return Ok(Some(self.truthy(r)?));
        }
        // _PySequence_IterSearch(): through __iter__, or the old __getitem__ protocol.
        if self.user_special_fn(obj, "__iter__")?.is_some()
            || self.user_special_fn(obj, "__getitem__")?.is_some()
        {
            let it = self.get_iter(obj)?;
            while let Some(x) = self.iter_next(it)? {
                if x == item || self.eq(x, item)? {
                    return Ok(Some(true));
                }
            }
            return Ok(Some(false));
        }
        Ok(None)
    }

    /// `iter(obj)` through `__iter__` (`slot_tp_iter`).
    pub(crate) fn user_iter(&mut self, obj: ObjId) -> PyResult<Option<ObjId>> {
        let dict = match self.heap.get(obj) {
            Obj::Instance(_) => false,
            Obj::Dict(d) if d.class.is_some() => true,
            _ => return Ok(None),
        };
        let Some(f) = self.user_special_fn(obj, "__iter__")? else {
            // A dict subclass without __iter__ iterates as a dict (dict_iter), whatever
            // __getitem__ it defines.
            if dict {
                return Ok(None);
            }
            if self.user_special_fn(obj, "__getitem__")?.is_some() {
                return Ok(Some(
                    self.heap
                        .alloc(Obj::Iter(Box::new(IterObj::GetItem { obj, index: 0 }))),
                ));
            }
            return Ok(None);
        };
        let r = self.call_sync(f, vec![obj])?;
        let is_iter = matches!(self.heap.get(r), Obj::Iter(_) | Obj::Generator(_))
            || self.user_special_fn(r, "__next__")?.is_some();
        if !is_iter {
            let tn = self.type_name(r);
            return self.type_error(format!("iter() returned non-iterator of type '{tn}'"));
        }
        Ok(Some(r))
    }

    /// `a + b` (and every binary operator) through `__add__`/`__radd__`: `binary_op1()`
    /// in Objects/abstract.c with `SLOT1BINFULL` (Objects/typeobject.c) as the user
    /// classes' slot. The left operand's method first, then the right's reflected one; the
    /// reflected one goes first only when the right's class is a proper subclass of the
    /// left's that overrides it (`method_is_overloaded()`), and is not tried at all when
    /// both have the same class. A built-in left operand whose slot answers every right
    /// operand (`str % x`, `keys_view | x`) never lets the right one's method run.
    pub(crate) fn user_binary(
        &mut self,
        op: crate::frontend::code::BinOp,
        a: ObjId,
        b: ObjId,
    ) -> PyResult<Option<ObjId>> {
        use crate::frontend::code::BinOp;
        // Instances of classes defined in Python, dict subclasses' included.
        let is_user = |vm: &Vm, x: ObjId| match vm.heap.get(x) {
            Obj::Instance(_) => true,
            Obj::Dict(d) => d.class.is_some(),
            _ => false,
        };
        let (a_user, b_user) = (is_user(self, a), is_user(self, b));
        if !a_user && !b_user {
            return Ok(None);
        }
        // unicode_mod(), bytes_mod() and the keys/items views' dictviews_or() and friends
        // never return NotImplemented: they format, or iterate the right operand.
        if !a_user {
            let consumes = match op {
                BinOp::Mod => matches!(self.heap.get(a), Obj::Str(_) | Obj::Bytes(_)),
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
                    super::setops::is_setlike_view(self.heap.get(a))
                }
                _ => false,
            };
            if consumes {
                return Ok(None);
            }
        }
        let (name, rname) = match op {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::And => ("__and__", "__rand__"),
            BinOp::Or => ("__or__", "__ror__"),
            BinOp::Xor => ("__xor__", "__rxor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        };
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        // The left's slot is SLOT1BINFULL's own function when its class has either method.
        let left_has_slot = a_user
            && (self.lookup_in_mro(ca, name)?.is_some()
                || self.lookup_in_mro(ca, rname)?.is_some());
        let right_first = ca != cb
            && self.is_subclass(cb, ca)
            && (!left_has_slot || self.method_is_overloaded(ca, cb, rname)?);
        let mut tries = vec![(a, b, name), (b, a, rname)];
        if right_first {
            tries.reverse();
        }
        if ca == cb {
            tries.truncate(1);
        }
        for (x, y, n) in tries {
            if let Some(f) = self.user_special_fn(x, n)? {
                let r = self.call_sync(f, vec![x, y])?;
                if r != self.not_implemented {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `method_is_overloaded()` in Objects/typeobject.c: the right class has the method and
    /// the left one has none, or a different one.
    fn method_is_overloaded(
        &mut self,
        left: ClassRef,
        right: ClassRef,
        name: &str,
    ) -> PyResult<bool> {
        let Some(b) = self.lookup_in_mro(right, name)? else {
            return Ok(false);
        };
        let Some(a) = self.lookup_in_mro(left, name)? else {
            return Ok(true);
        };
        Ok(a != b)
    }

    fn record_mro(&mut self, cls: ObjId, bases: &[ClassRef], events: &[mro::MroEvent<ClassRef>]) {
        if self.recorder.is_none() {
            return;
        }
        let name_of = |vm: &Vm, c: ClassRef| vm.ref_name(c);
        let class_name = name_of(self, ClassRef::User(cls));
        let base_names: Vec<String> = bases.iter().map(|&b| name_of(self, b)).collect();
        let mut lists: Vec<Vec<String>> = bases
            .iter()
            .map(|&b| {
                self.mro_of(b)
                    .into_iter()
                    .map(|c| name_of(self, c))
                    .collect()
            })
            .collect();
        lists.push(base_names.clone());
        let texts: Vec<(mro::MroEvent<ClassRef>, String)> = events
            .iter()
            .map(|e| {
                let n = match e {
                    mro::MroEvent::SingleBase { base } => name_of(self, *base),
                    mro::MroEvent::TryHead { candidate, .. }
                    | mro::MroEvent::InTail { candidate, .. }
                    | mro::MroEvent::Pick { candidate, .. } => name_of(self, *candidate),
                    _ => String::new(),
                };
                (*e, n)
            })
            .collect();
        if let Some(r) = self.recorder.as_mut() {
            r.mro_steps(cls.0, &class_name, &lists, &texts);
        }
    }
}

/// The special methods a class may define: the ones pyxray calls where CPython would.
/// A class defining any other is refused, so no program silently runs without it.
/// `object.__dict__`'s keys in CPython 3.11 (`sorted(object.__dict__)`).
const OBJECT_DICT_KEYS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

const SUPPORTED_SPECIALS: &[&str] = &[
    "__module__",
    // Called by the copy module (copymod.rs); nothing else calls them.
    "__copy__",
    "__deepcopy__",
    "__annotations__",
    "__reversed__",
    "__delitem__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__imatmul__",
    "__getattr__",
    "__init_subclass__",
    "__slots__",
    "__qualname__",
    "__doc__",
    "__dict__",
    "__weakref__",
    "__init__",
    "__new__",
    "__del__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__len__",
    "__length_hint__",
    "__bool__",
    "__call__",
    "__getitem__",
    "__setitem__",
    "__contains__",
    "__missing__",
    "__iter__",
    "__next__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__matmul__",
    "__rmatmul__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__enter__",
    "__exit__",
];

/// What an attribute of a dict subclass's instance finds in its base, dict: one of
/// dict's slots (`dict_slot_method` runs it), else a method by its name.
fn dict_base_method(name: &str) -> Option<&'static str> {
    super::dict_subclass::slot_name(name, false)
        .or_else(|| super::builtins::method_name(TypeId::Dict, name))
        .or_else(|| dict_object_method(name))
}

/// What an attribute of an OrderedDict subclass's instance finds in OrderedDict: the
/// slots it overrides, then its own methods, then dict's.
fn odict_base_method(name: &str) -> Option<&'static str> {
    super::dict_subclass::slot_name(name, true)
        .or_else(|| {
            super::odict::ODICT_METHODS
                .iter()
                .copied()
                .find(|m| *m == name)
        })
        .or_else(|| dict_base_method(name))
}

/// How `object.__dict__` holds each of its callables in CPython 3.11:
/// `add_operators()` wraps the type's slots in wrapper_descriptors (`slotdefs`),
/// `object_methods` are method_descriptors, `__init_subclass__` and `__subclasshook__`
/// class methods, and `__new__` a built-in function bound to `object`
/// (`add_tp_new_wrapper()`), all in Objects/typeobject.c.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BaseAttrKind {
    SlotWrapper,
    MethodDescr,
    ClassMethod,
    New,
}

/// The callables of `object.__dict__` (every key `OBJECT_DICT_KEYS` lists but `__class__`
/// and `__doc__`): the name, the name a call dispatches on, and how CPython exposes it.
const OBJECT_ATTRS: &[(&str, &str, BaseAttrKind)] = &[
    (
        "__delattr__",
        "object.__delattr__",
        BaseAttrKind::SlotWrapper,
    ),
    ("__dir__", "object.__dir__", BaseAttrKind::MethodDescr),
    ("__eq__", "object.__eq__", BaseAttrKind::SlotWrapper),
    ("__format__", "object.__format__", BaseAttrKind::MethodDescr),
    ("__ge__", "object.__ge__", BaseAttrKind::SlotWrapper),
    (
        "__getattribute__",
        "object.__getattribute__",
        BaseAttrKind::SlotWrapper,
    ),
    (
        "__getstate__",
        "object.__getstate__",
        BaseAttrKind::MethodDescr,
    ),
    ("__gt__", "object.__gt__", BaseAttrKind::SlotWrapper),
    ("__hash__", "object.__hash__", BaseAttrKind::SlotWrapper),
    ("__init__", "object.__init__", BaseAttrKind::SlotWrapper),
    (
        "__init_subclass__",
        "object.__init_subclass__",
        BaseAttrKind::ClassMethod,
    ),
    ("__le__", "object.__le__", BaseAttrKind::SlotWrapper),
    ("__lt__", "object.__lt__", BaseAttrKind::SlotWrapper),
    ("__ne__", "object.__ne__", BaseAttrKind::SlotWrapper),
    ("__new__", "object.__new__", BaseAttrKind::New),
    ("__reduce__", "object.__reduce__", BaseAttrKind::MethodDescr),
    (
        "__reduce_ex__",
        "object.__reduce_ex__",
        BaseAttrKind::MethodDescr,
    ),
    ("__repr__", "object.__repr__", BaseAttrKind::SlotWrapper),
    (
        "__setattr__",
        "object.__setattr__",
        BaseAttrKind::SlotWrapper,
    ),
    ("__sizeof__", "object.__sizeof__", BaseAttrKind::MethodDescr),
    ("__str__", "object.__str__", BaseAttrKind::SlotWrapper),
    (
        "__subclasshook__",
        "object.__subclasshook__",
        BaseAttrKind::ClassMethod,
    ),
];

/// The slots `BaseException` defines over `object`'s that pyxray runs natively
/// (`BaseException_repr`, `BaseException_str` and the `tp_str` of the exceptions that
/// have their own); `__init__` and `__new__` keep `object.*` dispatch names, whose calls
/// handle exceptions (`BaseException_init`, `BaseException_new`).
const EXCEPTION_ATTRS: &[(&str, &str, BaseAttrKind)] = &[
    (
        "__repr__",
        "BaseException.__repr__",
        BaseAttrKind::SlotWrapper,
    ),
    (
        "__str__",
        "BaseException.__str__",
        BaseAttrKind::SlotWrapper,
    ),
];

/// What `BaseException.__dict__` holds beside `object`'s names that pyxray does not
/// model: a user exception class reaching one is refused.
const EXCEPTION_UNMODELLED: &[&str] = &[
    "__reduce__",
    "__setstate__",
    "with_traceback",
    "add_note",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
];

/// `object.__dict__`'s callable `name`: its static name, dispatch name and kind.
pub(crate) fn object_attr(name: &str) -> Option<(&'static str, &'static str, BaseAttrKind)> {
    OBJECT_ATTRS.iter().copied().find(|(n, _, _)| *n == name)
}

/// The callable `name` of the built-in base `base` (`object`, or an exception type,
/// whose `__repr__` and `__str__` are `BaseException`'s).
pub(crate) fn base_attr(
    base: TypeId,
    name: &str,
) -> Option<(&'static str, &'static str, BaseAttrKind)> {
    if base.is_exception()
        && let Some(a) = EXCEPTION_ATTRS.iter().copied().find(|(n, _, _)| *n == name)
    {
        return Some(a);
    }
    object_attr(name)
}

/// The name a call of the descriptor `ty.name`, bound or not, dispatches on: object's
/// and an exception's methods and `type.mro` are owner-qualified, the rest plain.
pub(crate) fn descr_dispatch(ty: TypeId, name: &'static str) -> &'static str {
    if ty == TypeId::Object || ty.is_exception() {
        return base_attr(ty, name).map_or(name, |(_, d, _)| d);
    }
    match (ty, name) {
        (TypeId::Type, "mro") => "type.mro",
        _ => name,
    }
}

/// Whether a bound built-in method is a `method-wrapper` (a slot wrapper bound to an
/// instance, `wrapper_descr_get()`), not a `builtin_function_or_method`.
pub(crate) fn is_method_wrapper(dispatch: &str) -> bool {
    OBJECT_ATTRS
        .iter()
        .chain(EXCEPTION_ATTRS)
        .any(|&(_, d, k)| d == dispatch && k == BaseAttrKind::SlotWrapper)
        || matches!(
            dispatch,
            "dict.__init__"
                | "dict.__setitem__"
                | "dict.__delitem__"
                | "dict.__len__"
                | "dict.__iter__"
                | "dict.__repr__"
                | "dict.__eq__"
                | "odict.__init__"
                | "odict.__setitem__"
                | "odict.__delitem__"
                | "odict.__iter__"
                | "odict.__repr__"
                | "odict.__eq__"
        )
}

/// Whether the unbound descriptor `ty.name` is a wrapper_descriptor (a slot wrapper).
pub(crate) fn is_slot_wrapper(ty: TypeId, name: &str) -> bool {
    (ty == TypeId::Object || ty.is_exception())
        && base_attr(ty, name).is_some_and(|(_, _, k)| k == BaseAttrKind::SlotWrapper)
}

/// Methods of object that a dict subclass's instance reaches past dict's own (dict
/// defines the comparisons, `__hash__`, `__getattribute__`, `__sizeof__` ... itself;
/// `__new__`'s call makes a dict instance for a dict class).
fn dict_object_method(name: &str) -> Option<&'static str> {
    match name {
        "__init_subclass__" | "__str__" | "__new__" | "__format__" | "__subclasshook__" => {
            object_attr(name).map(|(_, d, _)| d)
        }
        _ => None,
    }
}
