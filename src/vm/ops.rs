//! What values do: truth, repr/str, hashing, equality and ordering, arithmetic,
//! iteration, subscripts, attributes and formatting — each with CPython 3.11's results and
//! error messages.

use super::format;
use super::numeric;
use super::object::*;
use super::setops::is_setlike_view;
use super::{PyResult, Vm};
use crate::frontend::code::{BinOp, CmpOp, UnOp};
use crate::models::hash;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Formatted fields wider than this raise `MemoryError`, where CPython would try (and on
/// these machines fail) to allocate them; repeats longer than this are refused unless
/// CPython's own size checks reject them.
pub const MAX_SIMULATED_LEN: usize = 50_000_000;

/// Built-ins that drain an iterable in one instruction (`list(range(n))`, `sorted(…)`)
/// stop here: the step cap cannot interrupt them, so this is a simulator limit (exit 2).
pub const MAX_MATERIALISED_ITEMS: usize = 5_000_000;

/// A number pulled out of an int, bool or float object.
#[derive(Clone, Debug)]
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

impl Num {
    fn to_big(&self) -> BigInt {
        match self {
            Num::I(i) => BigInt::from(*i),
            Num::B(b) => b.clone(),
            Num::F(f) => BigInt::from(*f as i64),
        }
    }
}

/// Stack left below which `repr` continues on a new segment, and the segment's size.
const REPR_RED_ZONE: usize = 128 * 1024;
const REPR_SEGMENT: usize = 4 * 1024 * 1024;

impl Vm {
    // ----- types ----------------------------------------------------------------------

    pub fn type_of(&self, id: ObjId) -> TypeId {
        match self.heap.get(id) {
            Obj::Free | Obj::None => TypeId::NoneType,
            Obj::NotImplemented => TypeId::Iter("NotImplementedType"),
            Obj::Ellipsis => TypeId::Iter("ellipsis"),
            Obj::Bool(_) => TypeId::Bool,
            Obj::Int(_) | Obj::Long(_) => TypeId::Int,
            Obj::Float(_) => TypeId::Float,
            Obj::Str(_) => TypeId::Str,
            Obj::Bytes(_) => TypeId::Bytes,
            Obj::Tuple(_) => TypeId::Tuple,
            Obj::List(_) => TypeId::List,
            Obj::Dict(d) if d.default_factory.is_some() => TypeId::DefaultDict,
            Obj::Dict(d) if d.counter => TypeId::Counter,
            Obj::Dict(d) if d.ordered.is_some() => TypeId::OrderedDict,
            Obj::Deque(_) => TypeId::Deque,
            Obj::LruCache(_) => TypeId::Iter("functools._lru_cache_wrapper"),
            Obj::Getter(g) => TypeId::Iter(match g.kind {
                GetterKind::Item => "operator.itemgetter",
                GetterKind::Attr => "operator.attrgetter",
            }),
            Obj::Dict(_) => TypeId::Dict,
            Obj::Set(_) => TypeId::Set,
            Obj::FrozenSet(_) => TypeId::FrozenSet,
            Obj::Range { .. } => TypeId::Range,
            Obj::Slice { .. } => TypeId::Slice,
            Obj::Function(_) => TypeId::Function,
            Obj::Method { receiver, name } if self.is_counter_bound_method(*receiver, name) => {
                TypeId::Method
            }
            Obj::Method { name, .. } if super::classes::is_method_wrapper(name) => {
                TypeId::Iter("method-wrapper")
            }
            Obj::Builtin(_) | Obj::Method { .. } => TypeId::BuiltinFunction,
            // Counter's methods are Python functions.
            Obj::MethodDescr {
                ty: TypeId::Counter,
                ..
            } => TypeId::Function,
            Obj::MethodDescr { ty, name } if super::classes::is_slot_wrapper(*ty, name) => {
                TypeId::Iter("wrapper_descriptor")
            }
            Obj::MethodDescr { .. } => TypeId::Iter("method_descriptor"),
            Obj::Type(_) => TypeId::Type,
            Obj::Exception(e) => e.ty,
            // tuple_iterator and str_iterator (a non-ASCII str) by what they walk.
            Obj::Iter(it) => TypeId::Iter(match it.as_ref() {
                IterObj::Seq { seq, .. } if matches!(self.heap.get(*seq), Obj::Tuple(_)) => {
                    "tuple_iterator"
                }
                IterObj::Str { s, .. } if matches!(self.heap.get(*s), Obj::Str(x) if !x.s.is_ascii()) => {
                    "str_iterator"
                }
                it => iter_type_name(it),
            }),
            Obj::Class(_) => TypeId::Type,
            Obj::Instance(_) => TypeId::Object,
            Obj::BoundMethod { .. } => TypeId::Method,
            Obj::StaticMethod(_) => TypeId::StaticMethod,
            Obj::ClassMethod(_) => TypeId::ClassMethod,
            Obj::Property(_) => TypeId::Property,
            Obj::Super { .. } => TypeId::Super,
            Obj::MappingProxy(_) => TypeId::MappingProxy,
            Obj::GetSet { .. } => TypeId::GetSetDescriptor,
            Obj::Member(_) => TypeId::Iter("member_descriptor"),
            Obj::DictView { dict, kind } if self.is_odict(*dict) => match kind {
                ViewKind::Keys => TypeId::OdictKeys,
                ViewKind::Values => TypeId::OdictValues,
                ViewKind::Items => TypeId::OdictItems,
            },
            Obj::DictView { kind, .. } => match kind {
                ViewKind::Keys => TypeId::DictKeys,
                ViewKind::Values => TypeId::DictValues,
                ViewKind::Items => TypeId::DictItems,
            },
            Obj::Module(_) => TypeId::Module,
            Obj::Cell(_) => TypeId::Cell,
            Obj::Generator(_) => TypeId::Generator,
            Obj::Code(_) => TypeId::Code,
            Obj::Partial(_) => TypeId::Partial,
            Obj::FrameSnap(_) => TypeId::Frame,
            Obj::TracebackRef(_) | Obj::Traceback(_) => TypeId::Traceback,
            Obj::FrameObj(_) => TypeId::Frame,
            Obj::ModuleDict => TypeId::Dict,
            Obj::WeakRef(w) => TypeId::Weak(match w.kind {
                WeakKind::Ref => "ReferenceType",
                WeakKind::Proxy if w.callable => "CallableProxyType",
                WeakKind::Proxy => "ProxyType",
                WeakKind::KeyedRef => "KeyedRef",
                WeakKind::Method => "WeakMethod",
            }),
            Obj::WeakDict(d) => TypeId::Weak(d.type_name()),
            Obj::TypeExpr(t) => TypeId::Iter(t.type_name()),
            Obj::Opaque(o) if o.type_name == "function" => TypeId::Function,
            Obj::Opaque(o) => TypeId::Iter(o.type_name),
            Obj::Finalizer(_) => TypeId::Weak("finalize"),
            Obj::Sync(r) => TypeId::Iter(Vm::sync_type_name(*r)),
        }
    }

    /// The type's name as CPython's messages give it (`tp_name`; `type(x).__name__`
    /// except for a module's C types).
    pub fn type_name(&self, id: ObjId) -> String {
        match self.heap.get(id) {
            Obj::Iter(_) => match self.type_of(id) {
                TypeId::Iter(name) => name.to_string(),
                t => t.tp_name().to_string(),
            },
            Obj::Instance(_) | Obj::Exception(_) => self.ref_name(self.class_of(id)),
            Obj::Dict(d) if d.class.is_some() => self.ref_name(self.class_of(id)),
            Obj::Tuple(_) if self.namedtuple_of(id).is_some() => self.ref_name(self.class_of(id)),
            _ => self.type_of(id).tp_name().to_string(),
        }
    }

    pub fn num(&self, id: ObjId) -> Option<Num> {
        num_of(self.heap.get(id))
    }

    /// An int-like object (int or bool) as a BigInt.
    pub fn as_bigint(&self, id: ObjId) -> Option<BigInt> {
        match self.heap.get(id) {
            Obj::Bool(b) => Some(BigInt::from(*b as i64)),
            Obj::Int(i) => Some(BigInt::from(*i)),
            Obj::Long(b) => Some((**b).clone()),
            _ => None,
        }
    }

    /// An int-like object as i64, if it fits.
    pub fn as_i64(&self, id: ObjId) -> Option<i64> {
        match self.heap.get(id) {
            Obj::Bool(b) => Some(*b as i64),
            Obj::Int(i) => Some(*i),
            Obj::Long(b) => b.to_i64(),
            _ => None,
        }
    }

    /// `operator.index()`: an int-like object as an index, with CPython's errors.
    pub fn index_value(&mut self, id: ObjId) -> PyResult<i64> {
        match self.heap.get(id) {
            Obj::Bool(_) | Obj::Int(_) => Ok(self.as_i64(id).unwrap_or(0)),
            Obj::Long(b) => {
                let neg = b.is_negative();
                let tn = self.type_name(id);
                let _ = tn;
                Ok(if neg { i64::MIN } else { i64::MAX })
            }
            _ => {
                let tn = self.type_name(id);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    pub fn str_value(&self, id: ObjId) -> String {
        match self.heap.get(id) {
            Obj::Str(s) => s.s.to_string(),
            _ => String::new(),
        }
    }

    pub fn is_exact_str(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Obj::Str(_))
    }

    // ----- truth ----------------------------------------------------------------------

    pub fn truthy(&mut self, id: ObjId) -> PyResult<bool> {
        if self.is_proxy(id) {
            let r = self.unproxy(id)?;
            return self.truthy(r);
        }
        if let Obj::WeakDict(_) = self.heap.get(id) {
            return Ok(self.weak_dict_len(id) > 0);
        }
        if let Some(b) = self.user_truthy(id)? {
            return Ok(b);
        }
        Ok(match self.heap.get(id) {
            Obj::None | Obj::Free => false,
            Obj::Bool(b) => *b,
            Obj::Int(i) => *i != 0,
            Obj::Long(b) => !b.is_zero(),
            Obj::Float(f) => *f != 0.0,
            Obj::Str(s) => !s.s.is_empty(),
            Obj::Bytes(b) => !b.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            Obj::List(l) => !l.is_empty(),
            Obj::Deque(d) => !d.items.is_empty(),
            Obj::Dict(d) => !d.table.is_empty(),
            Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
            Obj::Range { .. } => !range_len(&self.range_parts(id)?).is_zero(),
            Obj::DictView { dict, .. } => {
                let dict = *dict;
                self.len_of(dict)? > 0
            }
            _ => true,
        })
    }

    // ----- repr and str ---------------------------------------------------------------

    /// Mirrors `PyObject_Repr()`: a recursion guard, then the type's repr. The containers
    /// that guard against containing themselves (`Py_ReprEnter`) print their marker when
    /// met again; any other object (a `__repr__` that recurses) goes on to RecursionError.
    pub fn repr(&mut self, id: ObjId) -> PyResult<String> {
        // A deeply nested structure recurses on the Rust stack (one `repr` per level, up
        // to the recursion limit): stacker continues on a new segment when it runs low.
        stacker::maybe_grow(REPR_RED_ZONE, REPR_SEGMENT, || {
            self.with_recursion_guard(" while getting the repr of an object", |vm| {
                vm.repr_guarded(id)
            })
        })
    }

    /// The type's repr, with `Py_ReprEnter()` for the containers that use it (an empty one
    /// answers before it asks).
    pub(crate) fn repr_guarded(&mut self, id: ObjId) -> PyResult<String> {
        // A dict subclass's own __repr__ runs without Py_ReprEnter (slot_tp_repr); the
        // dict_repr() it may call enters then.
        if matches!(self.heap.get(id), Obj::Dict(d) if d.class.is_some())
            && self
                .user_special(id, "__repr__")?
                .is_some_and(|f| f != self.none)
        {
            return self.repr_inner(id);
        }
        let marker = match self.heap.get(id) {
            Obj::List(l) if !l.is_empty() => "[...]",
            Obj::Deque(d) if !d.items.is_empty() => "[...]",
            Obj::Tuple(t) if !t.is_empty() => "(...)",
            Obj::Dict(d) if d.ordered.is_some() && !d.table.is_empty() => "...",
            Obj::Dict(_) => "{...}",
            Obj::Set(s) if !s.is_empty() => "set(...)",
            Obj::FrozenSet(s) if !s.is_empty() => "frozenset(...)",
            Obj::DictView { .. } => "...",
            _ => return self.repr_inner(id),
        };
        if self.repr_stack.contains(&id) {
            return Ok(marker.into());
        }
        self.repr_stack.push(id);
        let r = self.repr_inner(id);
        self.repr_stack.pop();
        r
    }

    /// A repr that stops once it is longer than `budget` characters (for the trace's
    /// variables panel): big containers are not formatted, or copied, in full.
    pub fn repr_bounded(&mut self, id: ObjId, budget: usize) -> PyResult<String> {
        let (open, close, n) = match self.heap.get(id) {
            _ if self.struct_seq_type(id).is_some() => return self.repr(id),
            Obj::Dict(d) if !d.is_exact() => return self.repr(id),
            Obj::List(l) => ("[", "]", l.len()),
            Obj::Tuple(t) if t.len() != 1 => ("(", ")", t.len()),
            Obj::Dict(d) => ("{", "}", d.table.nentries()),
            _ => return self.repr(id),
        };
        if self.repr_stack.contains(&id) {
            return self.repr(id);
        }
        let mut out = String::from(open);
        let mut first = true;
        for i in 0..n {
            if out.len() > budget {
                out.push_str(", ...");
                break;
            }
            let part = match self.heap.get(id) {
                Obj::List(l) => l.get(i).map(|&x| (x, None)),
                Obj::Tuple(t) => t.get(i).map(|&x| (x, None)),
                Obj::Dict(d) => d
                    .table
                    .entries()
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|e| (e.key, Some(e.value))),
                _ => None,
            };
            let Some((x, value)) = part else { continue };
            if !first {
                out.push_str(", ");
            }
            first = false;
            self.repr_stack.push(id);
            let r = self.repr_bounded(x, budget);
            let r2 = value.map(|v| self.repr_bounded(v, budget));
            self.repr_stack.pop();
            out.push_str(&r?);
            if let Some(r2) = r2 {
                out.push_str(": ");
                out.push_str(&r2?);
            }
        }
        out.push_str(close);
        Ok(out)
    }

    pub(crate) fn repr_items(&mut self, items: &[ObjId]) -> PyResult<Vec<String>> {
        items.iter().map(|&x| self.repr(x)).collect()
    }

    fn repr_inner(&mut self, id: ObjId) -> PyResult<String> {
        if let Obj::WeakRef(_) = self.heap.get(id) {
            return Ok(self.weakref_repr(id));
        }
        if let Obj::WeakDict(d) = self.heap.get(id) {
            if d.set {
                // WeakSet.__repr__ is repr(self.data).
                let data = d.data;
                return self.repr(data);
            }
            let tn = d.type_name();
            return Ok(format!("<{tn} at {:#x}>", id.address()));
        }
        if let Obj::ModuleDict = self.heap.get(id) {
            return self.unsupported("repr(globals()) (the module's own entries)");
        }
        if let Obj::Opaque(o) = self.heap.get(id)
            && o.type_name == "_Feature"
        {
            return self.unsupported("the repr of a __future__ feature");
        }
        if let Obj::Opaque(o) = self.heap.get(id) {
            return Ok(format!(
                "<{} {} at {:#x}>",
                o.type_name,
                o.qualname,
                id.address()
            ));
        }
        if let Obj::Finalizer(_) = self.heap.get(id) {
            return Ok(format!("<finalize object at {:#x}>", id.address()));
        }
        if let Some(ty) = self.struct_seq_type(id) {
            return self.struct_seq_repr(id, ty);
        }
        if self.is_counter(id) {
            return self.counter_repr(id);
        }
        if matches!(self.heap.get(id), Obj::Dict(d) if d.class.is_some())
            && let Some(f) = self.user_special(id, "__repr__")?
            && f != self.none
        {
            return self.special_str(f, id, "__repr__");
        }
        if self.is_odict(id) {
            return self.odict_repr(id);
        }
        if let Obj::Tuple(_) = self.heap.get(id)
            && let Some(cls) = self.namedtuple_of(id)
        {
            if let Some(f) = self.user_special(id, "__repr__")?
                && f != self.none
            {
                return self.special_str(f, id, "__repr__");
            }
            return self.namedtuple_repr(id, cls);
        }
        let obj = self.heap.get(id).clone();
        Ok(match obj {
            Obj::Deque(_) => self.deque_repr(id)?,
            Obj::Getter(g) => self.getter_repr(&g)?,
            Obj::LruCache(_) => format!(
                "<functools._lru_cache_wrapper object at {:#x}>",
                id.address()
            ),
            Obj::Free | Obj::None => "None".into(),
            Obj::NotImplemented => "NotImplemented".into(),
            Obj::Ellipsis => "Ellipsis".into(),
            Obj::Bool(b) => if b { "True" } else { "False" }.into(),
            Obj::Int(i) => i.to_string(),
            Obj::Long(b) => match format::int_to_decimal(&b) {
                Ok(s) => s,
                Err(m) => return self.err(TypeId::ValueError, m),
            },
            Obj::Float(f) => format::float_repr(f),
            Obj::Str(s) => str_repr(&s.s),
            Obj::Bytes(b) => bytes_repr(&b),
            Obj::Tuple(t) => {
                let parts = self.repr_items(&t)?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Obj::List(l) => format!("[{}]", self.repr_items(&l)?.join(", ")),
            Obj::Dict(d) => {
                let base = self.dict_items_repr(id)?;
                match d.default_factory {
                    // mirrors defdict_repr() in Modules/_collectionsmodule.c
                    Some(f) => {
                        let factory = if f == self.none {
                            "None".to_string()
                        } else if self.repr_stack.contains(&f) {
                            "...".to_string()
                        } else {
                            self.repr(f)?
                        };
                        format!("defaultdict({factory}, {base})")
                    }
                    None => base,
                }
            }
            Obj::Set(s) => {
                if s.is_empty() {
                    "set()".into()
                } else {
                    let items: Vec<ObjId> = s.iter().collect();
                    format!("{{{}}}", self.repr_items(&items)?.join(", "))
                }
            }
            Obj::FrozenSet(s) => {
                if s.is_empty() {
                    "frozenset()".into()
                } else {
                    let items: Vec<ObjId> = s.iter().collect();
                    format!("frozenset({{{}}})", self.repr_items(&items)?.join(", "))
                }
            }
            Obj::Range { start, stop, step } => {
                let (a, b) = (self.repr(start)?, self.repr(stop)?);
                if self.as_i64(step) == Some(1) {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {})", self.repr(step)?)
                }
            }
            Obj::Slice { start, stop, step } => format!(
                "slice({}, {}, {})",
                self.repr(start)?,
                self.repr(stop)?,
                self.repr(step)?
            ),
            Obj::Function(f) => format!("<function {} at {:#x}>", f.qualname, id.address()),
            Obj::Class(c) => format!("<class '__main__.{}'>", c.qualname),
            Obj::Instance(_) => match self.user_special(id, "__repr__")? {
                Some(f) => self.special_str(f, id, "__repr__")?,
                // A Thread subclass without a __repr__ of its own: Thread.__repr__.
                None => match self.thread_instance_repr(id) {
                    Some(r) => r,
                    None => self.default_repr(id),
                },
            },
            Obj::BoundMethod { func, receiver } => {
                // method_repr(): the function's __qualname__ (an lru_cache wrapper's is
                // the wrapped function's).
                let q = match self.heap.get(func) {
                    Obj::Function(f) => f.qualname.clone(),
                    Obj::LruCache(_) => {
                        let q = self.get_attr(func, "__qualname__")?;
                        self.str_of(q)?
                    }
                    _ => return self.unsupported("the repr of this bound method"),
                };
                format!("<bound method {q} of {}>", self.repr(receiver)?)
            }
            Obj::StaticMethod(f) => format!("<staticmethod({})>", self.repr(f)?),
            Obj::ClassMethod(f) => format!("<classmethod({})>", self.repr(f)?),
            Obj::Property(_) => format!("<property object at {:#x}>", id.address()),
            Obj::Super { this, receiver } => {
                let t = self.class_obj(this);
                let tr = self.repr(t)?;
                let c = self.class_of(receiver);
                let rn = self.ref_name(c);
                format!("<super: {tr}, <{rn} object>>")
            }
            Obj::MappingProxy(d) => format!("mappingproxy({})", self.repr(d)?),
            Obj::GetSet { name, class } => {
                let c = self.type_name_of_class(class);
                format!("<attribute '{name}' of '{c}' objects>")
            }
            Obj::Member(m) => {
                let c = self.type_name_of_class(m.class);
                format!("<member '{}' of '{c}' objects>", m.name)
            }
            // These five are classes in CPython (their vectorcall makes them callable
            // like functions).
            Obj::Builtin(Builtin(name @ ("map" | "filter" | "zip" | "enumerate" | "reversed"))) => {
                format!("<class '{name}'>")
            }
            Obj::Builtin(Builtin(name)) if self.display_repr && not_a_c_function(name) => {
                format!("<function {name}>")
            }
            Obj::Builtin(Builtin(name)) => {
                if not_a_c_function(name) {
                    return self.unsupported(&format!(
                        "the repr of {name} (in CPython a Python function, class or bound \
                         method, not a built-in function)"
                    ));
                }
                format!(
                    "<built-in function {}>",
                    name.rsplit('.').next().unwrap_or(name)
                )
            }
            Obj::Method { receiver, name } if self.is_counter_bound_method(receiver, name) => {
                self.counter_bound_method_repr(receiver, name)?
            }
            // A class method namedtuple() writes in Python: a bound method whose
            // qualname is the named tuple's, not the class it is read from.
            Obj::Method {
                name: "namedtuple._make",
                ..
            } => {
                return self.unsupported("the repr of a named tuple class's _make");
            }
            // wrapper_repr() and meth_repr(); the dispatch name's owner prefix
            // (`object.`, `type.`) is pyxray's, not part of the method's name.
            Obj::Method { receiver, name } => {
                let short = name.rsplit('.').next().unwrap_or(name);
                let kind = if super::classes::is_method_wrapper(name) {
                    format!("method-wrapper '{short}'")
                } else {
                    format!("built-in method {short}")
                };
                format!(
                    "<{kind} of {} object at {:#x}>",
                    self.type_name(receiver),
                    receiver.address()
                )
            }
            Obj::MethodDescr {
                ty: TypeId::Counter,
                name,
            } => format!("<function Counter.{name} at {:#x}>", id.address()),
            // An exception type's slot wrappers may be its own or a base's: refused.
            Obj::MethodDescr { ty, name } if ty.is_exception() => {
                return self.unsupported(&format!(
                    "the repr of the slot wrapper {name} of an exception class"
                ));
            }
            // wrapperdescr_repr() and method_repr().
            Obj::MethodDescr { ty, name } if super::classes::is_slot_wrapper(ty, name) => {
                format!("<slot wrapper '{name}' of '{}' objects>", ty.name())
            }
            // descr_repr(): the type that defines the method, by its tp_name.
            Obj::MethodDescr { ty, name } => {
                format!("<method '{name}' of '{}' objects>", ty.tp_name())
            }
            Obj::Type(TypeId::DefaultDict) => "<class 'collections.defaultdict'>".into(),
            Obj::Type(TypeId::Counter) => "<class 'collections.Counter'>".into(),
            Obj::Type(TypeId::OrderedDict) => "<class 'collections.OrderedDict'>".into(),
            Obj::Type(TypeId::Deque) => "<class 'collections.deque'>".into(),
            Obj::Type(t) => format!("<class '{}'>", t.name()),
            Obj::Exception(e) => {
                if e.class.is_some()
                    && let Some(f) = self.user_special(id, "__repr__")?
                {
                    return self.special_str(f, id, "__repr__");
                }
                return self.exc_base_repr(id);
            }
            Obj::Iter(it) => {
                // type_of() tells a tuple's and a non-ASCII str's iterators apart.
                let name = match self.type_of(id) {
                    TypeId::Iter(name) => name,
                    _ => iter_type_name(&it),
                };
                self.iter_repr(id, &it, name)?
            }
            Obj::DictView { dict, kind } => {
                let name = self.type_of(id).name();
                let items = self.dict_view_items(dict, kind);
                format!("{}([{}])", name, self.repr_items(&items)?.join(", "))
            }
            // Compiled into every 3.11 interpreter (Modules/Setup.bootstrap, Python/); the
            // others are loaded from a file whose path the repr shows (`math` is built in
            // on Debian, a shared library in other builds).
            Obj::Module(name @ ("sys" | "gc" | "itertools" | "time" | "atexit")) => {
                format!("<module '{name}' (built-in)>")
            }
            // The views name it without a path.
            Obj::Module(name) if self.display_repr => format!("<module '{name}'>"),
            Obj::Module(name) => {
                return self.unsupported(&format!(
                    "the repr of the module '{name}' (it shows the file CPython loaded it \
                     from, which differs between installations)"
                ));
            }
            Obj::Cell(c) => match c {
                Some(v) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    id.address(),
                    self.type_name(v),
                    v.address()
                ),
                None => format!("<cell at {:#x}: empty>", id.address()),
            },
            Obj::Generator(g) => {
                format!("<generator object {} at {:#x}>", g.qualname, id.address())
            }
            Obj::Code(c) => {
                let code = &self.program.codes[c];
                format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    code.name,
                    id.address(),
                    self.program.path,
                    code.first_line
                )
            }
            Obj::Partial(p) => {
                let mut parts = vec![self.repr(p.func)?];
                for &a in &p.args {
                    parts.push(self.repr(a)?);
                }
                for (k, v) in &p.keywords {
                    parts.push(format!("{k}={}", self.repr(*v)?));
                }
                format!("functools.partial({})", parts.join(", "))
            }
            Obj::FrameSnap(f) => {
                let code = &self.program.codes[f.code];
                format!(
                    "<frame at {:#x}, file '{}', line {}, code {}>",
                    id.address(),
                    self.program.path,
                    f.line,
                    code.name
                )
            }
            Obj::TracebackRef(_) | Obj::Traceback(_) => {
                format!("<traceback object at {:#x}>", id.address())
            }
            Obj::FrameObj(f) => {
                let c = &self.program.codes[f.code];
                format!(
                    "<frame at {:#x}, file '{}', line {}, code {}>",
                    id.address(),
                    self.program.path,
                    f.line,
                    c.name
                )
            }
            Obj::TypeExpr(t) => self.type_expr_repr(&t)?,
            Obj::WeakRef(_)
            | Obj::WeakDict(_)
            | Obj::Finalizer(_)
            | Obj::Opaque(_)
            | Obj::ModuleDict => String::new(),
            Obj::Sync(r) => self.sync_repr(id, r),
        })
    }

    /// `str(x)`.
    /// Mirrors `PyObject_Str()`: an exact str as it is, anything else under a recursion
    /// guard; a type without a str of its own gives its repr (`object_str` calls
    /// `tp_repr` itself, not `PyObject_Repr`).
    pub fn str_of(&mut self, id: ObjId) -> PyResult<String> {
        if let Obj::Str(s) = self.heap.get(id) {
            return Ok(s.s.to_string());
        }
        self.with_recursion_guard(" while getting the str of an object", |vm| {
            vm.str_of_guarded(id)
        })
    }

    fn str_of_guarded(&mut self, id: ObjId) -> PyResult<String> {
        if self.is_proxy(id) {
            let r = self.unproxy(id)?;
            return self.str_of(r);
        }
        let user = match self.heap.get(id) {
            Obj::Instance(_) | Obj::Exception(_) => true,
            Obj::Dict(d) => d.class.is_some(),
            Obj::Tuple(_) => self.namedtuple_of(id).is_some(),
            _ => false,
        };
        if user && let Some(f) = self.user_special(id, "__str__")? {
            return self.special_str(f, id, "__str__");
        }
        match self.heap.get(id) {
            Obj::Str(s) => Ok(s.s.to_string()),
            Obj::Exception(_) => self.exc_base_str(id),
            _ => self.repr_guarded(id),
        }
    }

    /// `BaseException_repr()`: the type's name and the args, whatever `__repr__` a
    /// subclass defines.
    pub(crate) fn exc_base_repr(&mut self, id: ObjId) -> PyResult<String> {
        let Obj::Exception(e) = self.heap.get(id) else {
            return self.repr(id);
        };
        let args = e.args.clone();
        let name = self.type_name(id);
        let parts = self.repr_items(&args)?;
        Ok(format!("{name}({})", parts.join(", ")))
    }

    /// The exception's built-in `tp_str` (`BaseException_str()`, `KeyError_str()`, the
    /// Unicode errors'), whatever `__str__` a subclass defines.
    pub(crate) fn exc_base_str(&mut self, id: ObjId) -> PyResult<String> {
        match self.heap.get(id) {
            Obj::Exception(e) => {
                let (ty, args) = (e.ty, e.args.clone());
                if let Some(m) = self.unicode_error_message(ty, &args) {
                    return Ok(m);
                }
                match args.len() {
                    0 => Ok(String::new()),
                    1 if ty == TypeId::KeyError => self.repr(args[0]),
                    1 => self.str_of(args[0]),
                    _ => {
                        let t = self.tuple(args);
                        self.str_of(t)
                    }
                }
            }
            _ => self.str_of(id),
        }
    }

    /// `str()` of a UnicodeEncodeError / UnicodeDecodeError pyxray raised: its args are
    /// `(encoding, object, start, end, reason)`.
    // mirrors UnicodeEncodeError_str() and UnicodeDecodeError_str() in Objects/exceptions.c
    fn unicode_error_message(&self, ty: TypeId, args: &[ObjId]) -> Option<String> {
        use crate::models::codecs;
        if !matches!(ty, TypeId::UnicodeEncodeError | TypeId::UnicodeDecodeError) {
            return None;
        }
        let [enc, object, start, end, reason] = args else {
            return None;
        };
        let text = |id: ObjId| match self.heap.get(id) {
            Obj::Str(x) => Some(x.s.to_string()),
            _ => None,
        };
        let (enc, reason) = (text(*enc)?, text(*reason)?);
        let (start, end) = (self.as_i64(*start)?, self.as_i64(*end)?);
        match self.heap.get(*object) {
            Obj::Str(x) if ty == TypeId::UnicodeEncodeError => {
                let chars: Vec<char> = x.s.chars().collect();
                Some(codecs::encode_error_message(
                    &enc, &chars, start, end, &reason,
                ))
            }
            Obj::Bytes(b) if ty == TypeId::UnicodeDecodeError => {
                Some(codecs::decode_error_message(&enc, b, start, end, &reason))
            }
            _ => None,
        }
    }

    // ----- hashing --------------------------------------------------------------------

    /// `hash(x)`, byte-exact with CPython 3.11 for the built-in hashable types.
    pub fn hash(&mut self, id: ObjId) -> PyResult<i64> {
        if let Obj::WeakRef(w) = self.heap.get(id) {
            if w.kind == WeakKind::Proxy {
                let tn = if w.callable {
                    "CallableProxyType"
                } else {
                    "ProxyType"
                };
                return self.type_error(format!("unhashable type: 'weakref.{tn}'"));
            }
            return self.weakref_hash(id);
        }
        if matches!(self.heap.get(id), Obj::Dict(d) if d.class.is_some())
            && self
                .user_special(id, "__hash__")?
                .is_some_and(|f| f != self.none)
        {
            return self.unsupported("__hash__ on a subclass of dict");
        }
        let h = match self.heap.get(id) {
            Obj::Bool(b) => *b as i64,
            Obj::Int(i) => hash::hash_i64(*i),
            Obj::Long(b) => hash::hash_bigint(b),
            Obj::Float(f) => match hash::hash_float(*f) {
                Some(h) => h,
                None => hash::hash_pointer(id.address()),
            },
            Obj::Str(s) => {
                let cached = s.hash.get();
                if cached != -1 {
                    cached
                } else {
                    let h = hash::hash_str(&s.s, &self.secret);
                    s.hash.set(h);
                    h
                }
            }
            Obj::Bytes(b) => hash::hash_bytes(b, &self.secret),
            Obj::Tuple(items) => {
                let items = items.to_vec();
                let mut hs = Vec::with_capacity(items.len());
                for it in items {
                    hs.push(self.hash(it)?);
                }
                hash::hash_tuple(&hs)
            }
            Obj::FrozenSet(s) => {
                let hs: Vec<i64> = s.iter_hashed().map(|(h, _)| h).collect();
                hash::hash_frozenset(&hs)
            }
            Obj::Range { .. } => {
                // mirrors range_hash() in Objects/rangeobject.c: the hash of the tuple
                // (len, start, step). A range of fewer than two items puts None in the
                // tuple, and None hashes by its address in 3.11: refused, never a
                // TypeError a program could catch.
                let parts = self.range_parts(id)?;
                let len = range_len(&parts);
                if len < BigInt::from(2) {
                    return self.unsupported("hash() of a range of fewer than two items");
                }
                let hs = [
                    hash::hash_bigint(&len),
                    hash::hash_bigint(&parts.0),
                    hash::hash_bigint(&parts.2),
                ];
                hash::hash_tuple(&hs)
            }
            Obj::List(_)
            | Obj::Dict(_)
            | Obj::Set(_)
            | Obj::Deque(_)
            | Obj::Slice { .. }
            | Obj::DictView { .. } => {
                let tn = self.type_name(id);
                return self.type_error(format!("unhashable type: '{tn}'"));
            }
            Obj::TypeExpr(t) => {
                // Built from the hashes of type objects, which are their addresses.
                let tn = t.type_name();
                return self.unsupported(&format!("hash() of a {tn}"));
            }
            Obj::Instance(_) | Obj::Exception(_) | Obj::Class(_) => {
                match self.user_special(id, "__hash__")? {
                    Some(f) if f == self.none => {
                        let tn = self.type_name(id);
                        return self.type_error(format!("unhashable type: '{tn}'"));
                    }
                    Some(f) => {
                        let r = self.call_sync(f, vec![id])?;
                        // slot_tp_hash: an int that fits a Py_ssize_t is the hash as it
                        // is; only a bigger one is reduced as hash(int) reduces it; -1
                        // becomes -2.
                        match self.heap.get(r) {
                            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                                let h = match self.as_bigint(r).and_then(|n| i64::try_from(&n).ok())
                                {
                                    Some(h) => h,
                                    None => self.hash(r)?,
                                };
                                if h == -1 { -2 } else { h }
                            }
                            _ => {
                                return self.type_error("__hash__ method should return an integer");
                            }
                        }
                    }
                    None => hash::hash_pointer(id.address()),
                }
            }
            _ => hash::hash_pointer(id.address()),
        };
        Ok(h)
    }

    // ----- equality and ordering ----------------------------------------------------------

    /// `a == b` as a bool (`PyObject_RichCompareBool`: identity implies equality).
    pub fn eq(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        Ok(self.rich_compare(CmpOp::Eq, a, b)? == Some(true))
    }

    /// Compares; `None` means "not comparable" (an ordering TypeError for the caller).
    fn rich_compare(&mut self, op: CmpOp, a: ObjId, b: ObjId) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(compare_nums(&x, &y)
                .map(|o| cmp_result(op, o))
                .or(Some(op == CmpOp::Ne)));
        }
        if matches!(self.heap.get(a), Obj::TypeExpr(_))
            || matches!(self.heap.get(b), Obj::TypeExpr(_))
        {
            // ga_richcompare() / union_richcompare(): == and != only.
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let e = self.type_expr_compare(a, b)?.unwrap_or(false);
            return Ok(Some(e == (op == CmpOp::Eq)));
        }
        if let Some(r) = self.counter_compare(op, a, b)? {
            return Ok(Some(r));
        }
        if let (Obj::Deque(_), Obj::Deque(_)) = (self.heap.get(a), self.heap.get(b)) {
            return self.deque_compare(op, a, b);
        }
        if let (Obj::WeakRef(x), Obj::WeakRef(y)) = (self.heap.get(a), self.heap.get(b))
            && x.kind != WeakKind::Proxy
            && y.kind != WeakKind::Proxy
            && matches!(op, CmpOp::Eq | CmpOp::Ne)
        {
            let e = self.weakref_eq(a, b)?;
            return Ok(Some(e == (op == CmpOp::Eq)));
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Obj::Str(x), Obj::Str(y)) => return Ok(Some(cmp_result(op, x.s.cmp(&y.s)))),
            // method_richcompare() and meth_richcompare(): equal when bound to the same
            // object (identity) with the same function; no ordering.
            (
                Obj::BoundMethod {
                    func: f1,
                    receiver: r1,
                },
                Obj::BoundMethod {
                    func: f2,
                    receiver: r2,
                },
            ) => return Ok(equality_only(op, f1 == f2 && r1 == r2)),
            (
                Obj::Method {
                    receiver: r1,
                    name: n1,
                },
                Obj::Method {
                    receiver: r2,
                    name: n2,
                },
            ) => return Ok(equality_only(op, n1 == n2 && r1 == r2)),
            (Obj::Bytes(x), Obj::Bytes(y)) => return Ok(Some(cmp_result(op, x.cmp(y)))),
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return self.seq_compare(op, &x, &y);
            }
            (Obj::List(x), Obj::List(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.seq_compare(op, &x, &y);
            }
            (Obj::Dict(_), Obj::Dict(_)) => {
                return Ok(match op {
                    CmpOp::Eq | CmpOp::Ne => Some(self.dict_equal(a, b)? == (op == CmpOp::Eq)),
                    _ => None,
                });
            }
            _ => {}
        }
        if let Some(r) = self.user_compare(op, a, b)? {
            return Ok(r);
        }
        // dictview_richcompare(): a keys or items view compares with a set or another
        // such view as a set does.
        let set_like = |o: &Obj| matches!(o, Obj::Set(_) | Obj::FrozenSet(_)) || is_setlike_view(o);
        if (is_setlike_view(self.heap.get(a)) || is_setlike_view(self.heap.get(b)))
            && set_like(self.heap.get(a))
            && set_like(self.heap.get(b))
        {
            let sa = self.new_set(true, Some(a))?;
            let sb = self.new_set(true, Some(b))?;
            return self.rich_compare(op, sa, sb);
        }
        let oa = self.heap.get(a).clone();
        let ob = self.heap.get(b).clone();
        let ord = match (&oa, &ob) {
            (Obj::None, Obj::None) => {
                return Ok(match op {
                    CmpOp::Eq => Some(true),
                    CmpOp::Ne => Some(false),
                    _ => None,
                });
            }
            (Obj::Dict(_), Obj::Dict(_)) => {
                return Ok(match op {
                    CmpOp::Eq | CmpOp::Ne => Some(self.dict_equal(a, b)? == (op == CmpOp::Eq)),
                    _ => None,
                });
            }
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                return Ok(Some(self.set_richcompare(op, a, b)?));
            }
            (Obj::Range { .. }, Obj::Range { .. }) => {
                let x = self.range_parts(a)?;
                let y = self.range_parts(b)?;
                let same = range_len(&x) == range_len(&y)
                    && (range_len(&x).is_zero()
                        || (x.0 == y.0 && (range_len(&x) == BigInt::from(1) || x.2 == y.2)));
                return Ok(match op {
                    CmpOp::Eq => Some(same),
                    CmpOp::Ne => Some(!same),
                    _ => None,
                });
            }
            (Obj::Exception(_), Obj::Exception(_)) | (Obj::Type(_), Obj::Type(_)) => None,
            _ => None,
        };
        Ok(match ord {
            Some(o) => Some(cmp_result(op, o)),
            // object_richcompare(): identity.
            None => match op {
                CmpOp::Eq => Some(a == b),
                CmpOp::Ne => Some(a != b),
                _ => None,
            },
        })
    }

    fn seq_compare(&mut self, op: CmpOp, x: &[ObjId], y: &[ObjId]) -> PyResult<Option<bool>> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if !self.eq(x[i], y[i])? {
                return match op {
                    CmpOp::Eq => Ok(Some(false)),
                    CmpOp::Ne => Ok(Some(true)),
                    _ => match self.rich_compare(op, x[i], y[i])? {
                        Some(r) => Ok(Some(r)),
                        None => Err(self.ordering_error(op, x[i], y[i])),
                    },
                };
            }
        }
        Ok(Some(cmp_result(op, x.len().cmp(&y.len()))))
    }

    fn ordering_error(&mut self, op: CmpOp, a: ObjId, b: ObjId) -> ObjId {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.new_exc(
            TypeId::TypeError,
            format!(
                "'{}' not supported between instances of '{ta}' and '{tb}'",
                op.symbol()
            ),
        )
    }

    /// A comparison operator as an instruction: returns a bool object.
    pub fn compare(&mut self, op: CmpOp, a: ObjId, b: ObjId) -> PyResult {
        // PyObject_RichCompare(): no identity shortcut (only RichCompareBool has one), and
        // a user method's result is returned as it is, not made a bool.
        if let Some(r) = self.user_compare_obj(op, a, b)? {
            return match r {
                Some(r) => Ok(r),
                None => Err(self.ordering_error(op, a, b)),
            };
        }
        match self.rich_compare(op, a, b)? {
            Some(r) => Ok(self.bool(r)),
            None => Err(self.ordering_error(op, a, b)),
        }
    }

    /// `a < b` for sorting, min and max.
    pub fn less_than(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        match self.rich_compare(CmpOp::Lt, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.ordering_error(CmpOp::Lt, a, b)),
        }
    }

    /// `PyObject_RichCompareBool(a, b, Py_GT)`.
    pub fn greater_than(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        match self.rich_compare(CmpOp::Gt, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.ordering_error(CmpOp::Gt, a, b)),
        }
    }

    // ----- arithmetic -----------------------------------------------------------------

    pub fn unary(&mut self, op: UnOp, v: ObjId) -> PyResult {
        if op == UnOp::Not {
            let t = self.truthy(v)?;
            return Ok(self.bool(!t));
        }
        // slot_nb_negative and friends: the instance's own method.
        if matches!(self.heap.get(v), Obj::Instance(_)) {
            let name = match op {
                UnOp::Neg => "__neg__",
                UnOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(f) = self.user_special_fn(v, name)? {
                return self.call_sync(f, vec![v]);
            }
        }
        if matches!(op, UnOp::Neg | UnOp::Pos) && self.is_counter(v) {
            return self.counter_unary(op == UnOp::Neg, v);
        }
        match (op, self.num(v)) {
            (UnOp::Neg, Some(Num::I(i))) => match i.checked_neg() {
                Some(r) => Ok(self.int(r)),
                None => Ok(self.int_big(-BigInt::from(i))),
            },
            (UnOp::Neg, Some(Num::B(b))) => Ok(self.int_big(-b)),
            (UnOp::Neg, Some(Num::F(f))) => Ok(self.float(-f)),
            // long_long() and float_float(): unary plus of an exact int or float is
            // the object itself.
            (UnOp::Pos, Some(_))
                if matches!(self.heap.get(v), Obj::Int(_) | Obj::Long(_) | Obj::Float(_)) =>
            {
                Ok(v)
            }
            (UnOp::Pos, Some(Num::I(i))) => Ok(self.int(i)),
            (UnOp::Pos, Some(Num::B(b))) => Ok(self.int_big(b)),
            (UnOp::Pos, Some(Num::F(f))) => Ok(self.float(f)),
            (UnOp::Invert, Some(Num::I(i))) => Ok(self.int(!i)),
            (UnOp::Invert, Some(Num::B(b))) => Ok(self.int_big(-b - 1)),
            _ => {
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    _ => "~",
                };
                let tn = self.type_name(v);
                self.type_error(format!("bad operand type for unary {sym}: '{tn}'"))
            }
        }
    }

    pub fn inplace(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult {
        // binary_iop1(): the left operand's in-place method first; NotImplemented (or
        // none) falls back to the binary operator.
        if matches!(self.heap.get(a), Obj::Instance(_)) {
            let name = match op {
                BinOp::Add => "__iadd__",
                BinOp::Sub => "__isub__",
                BinOp::Mul => "__imul__",
                BinOp::TrueDiv => "__itruediv__",
                BinOp::FloorDiv => "__ifloordiv__",
                BinOp::Mod => "__imod__",
                BinOp::Pow => "__ipow__",
                BinOp::LShift => "__ilshift__",
                BinOp::RShift => "__irshift__",
                BinOp::And => "__iand__",
                BinOp::Or => "__ior__",
                BinOp::Xor => "__ixor__",
                BinOp::MatMul => "__imatmul__",
            };
            if let Some(f) = self.user_special_fn(a, name)? {
                let r = self.call_sync(f, vec![a, b])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        // A number on the left (`i += 1`) goes straight on to the binary operator.
        if self.num(a).is_none() {
            if self.counter_operands(op, a, b)? {
                return self.counter_inplace(op, a, b);
            }
            if let Obj::Deque(_) = self.heap.get(a) {
                if op != BinOp::Add {
                    return self.unsupported(&format!("{}= on a deque", op.symbol()));
                }
                // deque_inplace_concat(): += extends in place.
                self.call_method(a, "extend", vec![b], Vec::new())?;
                return Ok(a);
            }
        }
        // list += iterable extends in place (list_inplace_concat).
        if op == BinOp::Add && matches!(self.heap.get(a), Obj::List(_)) {
            self.list_extend(a, b)?;
            return Ok(a);
        }
        if op == BinOp::Or && self.is_odict(a) {
            return self.odict_inplace_or(a, b);
        }
        // dict_ior(): any mapping or iterable of pairs, merged in place.
        if op == BinOp::Or && matches!(self.heap.get(a), Obj::Dict(_)) {
            self.dict_update_from(a, b)?;
            return Ok(a);
        }
        if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            && matches!(self.heap.get(a), Obj::Set(_))
            && matches!(self.heap.get(b), Obj::Set(_) | Obj::FrozenSet(_))
        {
            return self.set_inplace(op, a, b);
        }
        // list_inplace_repeat(): the list itself, repeated in place (no new list).
        if op == BinOp::Mul
            && matches!(self.heap.get(a), Obj::List(_))
            && matches!(self.heap.get(b), Obj::Int(_) | Obj::Long(_) | Obj::Bool(_))
        {
            let count = self.repeat_count(b)?;
            let times = count as i64;
            let len = self.len_of(a)?;
            self.check_repeat_size(a, len, count)?;
            let old = self
                .with_list(a, |l, ev| {
                    let repeated = l.repeat(count);
                    l.inplace_repeat(times, repeated, ev)
                })
                .unwrap_or_default();
            // `l *= 0` lets every item go, from the last (_list_clear).
            if count == 0 {
                self.hint_released(old.into_iter().rev());
            }
            return Ok(a);
        }
        self.binary_op(op, a, b, true)
    }

    /// `binop_type_error()`: the TypeError naming the operator, `+=` for an in-place one
    /// (binary_iop()), `** or pow()` for a plain power.
    fn binop_type_error(&mut self, op: BinOp, a: ObjId, b: ObjId, inplace: bool) -> PyResult {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = if inplace {
            format!("{}=", op.symbol().trim_end_matches(" or pow()"))
        } else {
            op.symbol().to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    pub fn binary(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult {
        self.binary_op(op, a, b, false)
    }

    /// A binary operator, or the fallback of an in-place one (`inplace` names it so in
    /// the TypeError).
    fn binary_op(&mut self, op: BinOp, a: ObjId, b: ObjId, inplace: bool) -> PyResult {
        if let Some(r) = self.user_binary(op, a, b)? {
            return Ok(r);
        }
        // bool_and(), bool_or(), bool_xor() in Objects/boolobject.c: two bools stay a bool.
        if let (Obj::Bool(x), Obj::Bool(y)) = (self.heap.get(a), self.heap.get(b)) {
            let r = match op {
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(self.bool(r));
            }
        }
        // PyNumber_InPlaceMultiply(): a left operand whose type has sequence methods but
        // no repeat (a set, a dict, a range, a view, any instance of a class defined in
        // Python) never tries the right one's repeat.
        if inplace
            && op == BinOp::Mul
            && (matches!(
                self.heap.get(a),
                Obj::Set(_)
                    | Obj::FrozenSet(_)
                    | Obj::Dict(_)
                    | Obj::Range { .. }
                    | Obj::DictView { .. }
            ) || (matches!(self.heap.get(a), Obj::Instance(_) | Obj::Exception(_))
                && matches!(self.class_of(a), ClassRef::User(_))))
            && matches!(
                self.heap.get(b),
                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_)
            )
        {
            return self.binop_type_error(op, a, b, true);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            // float has no slot for these: a float operand makes them a TypeError before
            // any int is converted (float_as_number has no nb_and, nb_lshift, …).
            if (matches!(x, Num::F(_)) || matches!(y, Num::F(_)))
                && matches!(
                    op,
                    BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                        | BinOp::LShift
                        | BinOp::RShift
                        | BinOp::MatMul
                )
            {
                return self.binop_type_error(op, a, b, inplace);
            }
            return match (x, y) {
                (Num::F(x), y) => {
                    let yf = num_to_f64(self, &y)?;
                    self.float_op(op, x, yf, a, b, inplace)
                }
                (x, Num::F(y)) => {
                    let xf = num_to_f64(self, &x)?;
                    self.float_op(op, xf, y, a, b, inplace)
                }
                (x, y) => self.int_op(op, x, y, a, b, inplace),
            };
        }
        // Numbers are answered above: these containers cost the arithmetic nothing.
        // type.__or__ / __ror__ and the type expressions' nb_or: `int | None`.
        if op == BinOp::Or
            && let Some(u) = self.union_or(a, b)?
        {
            return Ok(u);
        }
        if self.counter_operands(op, a, b)? {
            return self.counter_binop(op, a, b);
        }
        if let Obj::Deque(_) = self.heap.get(a)
            && matches!(op, BinOp::Add | BinOp::Mul)
            && !inplace
        {
            return self.unsupported(&format!("{} on a deque", op.symbol()));
        }
        let oa = self.heap.get(a).clone();
        let ob = self.heap.get(b).clone();
        match (op, &oa, &ob) {
            // PyUnicode_Concat(), tupleconcat(), bytes_concat(): adding an empty one hands
            // back the other operand itself.
            (BinOp::Add, Obj::Str(x), Obj::Str(_)) if x.s.is_empty() => Ok(b),
            (BinOp::Add, Obj::Str(_), Obj::Str(y)) if y.s.is_empty() => Ok(a),
            (BinOp::Add, Obj::Tuple(x), Obj::Tuple(_)) if x.is_empty() => Ok(b),
            (BinOp::Add, Obj::Tuple(_), Obj::Tuple(y)) if y.is_empty() => Ok(a),
            (BinOp::Add, Obj::Bytes(x), Obj::Bytes(_)) if x.is_empty() => Ok(b),
            (BinOp::Add, Obj::Bytes(_), Obj::Bytes(y)) if y.is_empty() => Ok(a),
            (BinOp::Add, Obj::Str(x), Obj::Str(y)) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Ok(self.string(s))
            }
            (BinOp::Add, Obj::Str(_), _) => {
                let tn = self.type_name(b);
                self.type_error(format!("can only concatenate str (not \"{tn}\") to str"))
            }
            (BinOp::Add, Obj::List(x), Obj::List(y)) => {
                // list_concat(): a new array exactly as long.
                let v = [x.as_slice(), y.as_slice()].concat();
                Ok(self.list_exact(v))
            }
            (BinOp::Add, Obj::List(_), _) => {
                let tn = self.type_name(b);
                self.type_error(format!("can only concatenate list (not \"{tn}\") to list"))
            }
            (BinOp::Add, Obj::Tuple(x), Obj::Tuple(y)) => {
                let v = [&x[..], &y[..]].concat();
                Ok(self.tuple(v))
            }
            (BinOp::Add, Obj::Tuple(_), _) => {
                let tn = self.type_name(b);
                self.type_error(format!(
                    "can only concatenate tuple (not \"{tn}\") to tuple"
                ))
            }
            (BinOp::Add, Obj::Bytes(x), Obj::Bytes(y)) => {
                let v = [&x[..], &y[..]].concat();
                Ok(self.bytes(v))
            }
            (BinOp::Add, Obj::Bytes(_), _) => {
                let tn = self.type_name(b);
                self.type_error(format!("can't concat {tn} to bytes"))
            }
            (BinOp::Mul, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_), _) => {
                self.repeat(a, b)
            }
            (BinOp::Mul, _, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_)) => {
                self.repeat(b, a)
            }
            (BinOp::Mod, Obj::Str(_), _) => self.percent_format(a, b),
            (BinOp::Mod, Obj::Bytes(_), _) => self.unsupported("%-formatting of bytes"),
            // WeakSet's __or__/__and__/__sub__ (union, intersection, difference).
            (_, Obj::WeakDict(x), Obj::WeakDict(y)) if x.set && y.set => {
                let m = match op {
                    BinOp::Or => "union",
                    BinOp::And => "intersection",
                    BinOp::Sub => "difference",
                    _ => return self.unsupported("this operator on WeakSets"),
                };
                self.call_weak_dict_method(a, m, vec![b])
            }
            (BinOp::Or, Obj::Dict(x), Obj::Dict(y))
                if x.default_factory.is_some() || y.default_factory.is_some() =>
            {
                self.unsupported("| between a defaultdict and a dict")
            }
            (BinOp::Or, Obj::Dict(x), _) if x.ordered.is_some() => {
                if !matches!(self.heap.get(b), Obj::Dict(_)) {
                    return self.binop_type_error(op, a, b, inplace);
                }
                self.odict_or(a, b)
            }
            (BinOp::Or, Obj::Dict(x), Obj::Dict(y)) if y.ordered.is_some() && x.is_exact() => {
                // OrderedDict subclasses dict and overrides |, so with an exact dict on the
                // left its odict_or() answers first: type(b)(a), then b's items. (A dict
                // subclass on the left goes first itself: dict_or().)
                let new = self.odict_like(b, vec![a])?;
                self.odict_inplace_or(new, b)
            }
            (BinOp::Or, Obj::Dict(_), Obj::Dict(_)) => {
                let d = self.dict_copy(a)?;
                self.dict_merge(d, b)?;
                Ok(d)
            }
            (
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                Obj::Set(_) | Obj::FrozenSet(_),
                Obj::Set(_) | Obj::FrozenSet(_),
            ) => self.set_op(op, a, b),
            // dictviews_or() and friends: a keys or items view (either side) acts as the
            // set of its items against any iterable; the result is a new set.
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, x, y)
                if is_setlike_view(x) || is_setlike_view(y) =>
            {
                self.dictview_op(op, a, b)
            }
            _ => self.binop_type_error(op, a, b, inplace),
        }
    }

    fn repeat(&mut self, seq: ObjId, n: ObjId) -> PyResult {
        let count = match self.heap.get(n) {
            Obj::Bool(_) | Obj::Int(_) | Obj::Long(_) => self.repeat_count(n)?,
            _ => {
                let tn = self.type_name(n);
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tn}'"));
            }
        };
        let len = self.len_of(seq)?;
        self.check_repeat_size(seq, len, count)?;
        // unicode_repeat(), tuplerepeat(), bytes_repeat(): once is the object itself.
        if count == 1
            && matches!(
                self.heap.get(seq),
                Obj::Str(_) | Obj::Tuple(_) | Obj::Bytes(_)
            )
        {
            return Ok(seq);
        }
        Ok(match self.heap.get(seq).clone() {
            Obj::Str(s) => self.string(s.s.repeat(count)),
            Obj::Bytes(b) => self.bytes(b.repeat(count)),
            // list_repeat(): a new array exactly as long.
            Obj::List(l) => {
                let v = l.repeat(count);
                self.list_exact(v)
            }
            Obj::Tuple(t) => {
                let v = t.repeat(count);
                self.tuple(v)
            }
            _ => self.none,
        })
    }

    /// sequence_repeat() in Objects/abstract.c: the count as a `Py_ssize_t`
    /// (`PyNumber_AsSsize_t(n, PyExc_OverflowError)`), a negative one counting as 0.
    fn repeat_count(&mut self, n: ObjId) -> PyResult<usize> {
        match self.as_i64(n) {
            Some(c) => Ok(c.max(0) as usize),
            None => self.err(
                TypeId::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ),
        }
    }

    /// The size checks of list_repeat(), tuplerepeat(), unicode_repeat() and
    /// bytes_repeat(): a size past `PY_SSIZE_T_MAX` is an OverflowError for str and
    /// bytes and a MemoryError for lists and tuples, as is an array of pointers past it.
    /// Anything smaller than that but too big to build here is refused: whether CPython
    /// gets the memory depends on the machine.
    fn check_repeat_size(&mut self, seq: ObjId, len: usize, count: usize) -> PyResult<()> {
        let total = (len as u128) * (count as u128);
        if total <= MAX_SIMULATED_LEN as u128 {
            return Ok(());
        }
        let max = isize::MAX as u128;
        match self.heap.get(seq) {
            Obj::Str(_) if total > max => {
                self.err(TypeId::OverflowError, "repeated string is too long")
            }
            Obj::Bytes(_) if total > max => {
                self.err(TypeId::OverflowError, "repeated bytes are too long")
            }
            // PyMem_New()'s and tuple_alloc()'s checks: the array of pointers (after a
            // tuple's header) would pass PY_SSIZE_T_MAX bytes.
            Obj::List(_) if total > max / 8 => {
                Err(self.new_exc_args(TypeId::MemoryError, Vec::new()))
            }
            Obj::Tuple(_) if total > (max - 24) / 8 => {
                Err(self.new_exc_args(TypeId::MemoryError, Vec::new()))
            }
            _ => self.unsupported("a repeated sequence this long"),
        }
    }

    fn int_op(&mut self, op: BinOp, x: Num, y: Num, a: ObjId, b: ObjId, inplace: bool) -> PyResult {
        if let (Num::I(x), Num::I(y)) = (&x, &y) {
            let (x, y) = (*x, *y);
            let fast = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv if y != 0 => {
                    x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
                }
                BinOp::Mod if y != 0 => x.checked_rem_euclid(y).map(|_| Integer::mod_floor(&x, &y)),
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(self.int(r));
            }
        }
        let (x, y) = (x.to_big(), y.to_big());
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return self.err(
                        TypeId::ZeroDivisionError,
                        "integer division or modulo by zero",
                    );
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return self.err(TypeId::ZeroDivisionError, "integer modulo by zero");
                }
                x.mod_floor(&y)
            }
            BinOp::TrueDiv => {
                return match numeric::int_true_div(&x, &y) {
                    Ok(f) => Ok(self.float(f)),
                    Err(m) if m.contains("zero") => self.err(TypeId::ZeroDivisionError, m),
                    Err(m) => self.err(TypeId::OverflowError, m),
                };
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = numeric::int_to_f64(&x);
                    let yf = numeric::int_to_f64(&y);
                    return match (xf, yf) {
                        (Ok(xf), Ok(yf)) => self.float_op(BinOp::Pow, xf, yf, a, b, inplace),
                        _ => self.err(TypeId::OverflowError, "int too large to convert to float"),
                    };
                }
                // 0, 1 and -1 stay small under any exponent (long_pow() just squares
                // them); any other base with an exponent this large would need more
                // memory than CPython could get, or hours.
                if x.is_zero() || x.is_one() {
                    return Ok(self.int_big(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(self.int(if y.is_odd() { -1 } else { 1 }));
                }
                let Some(e) = y
                    .to_u32()
                    .filter(|&e| x.bits() as u128 * e as u128 <= 4_000_000)
                else {
                    return self.unsupported("an int ** int result this large");
                };
                num_traits::pow::Pow::pow(&x, e)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return self.err(TypeId::ValueError, "negative shift count");
                }
                // long_lshift(): zero stays zero; divmod_shift() and _PyLong_New() make a
                // result of more than MAX_LONG_DIGITS 30-bit digits an OverflowError.
                // Anything smaller but too big to build here is refused: whether CPython
                // gets the memory depends on the machine.
                if x.is_zero() {
                    return Ok(self.int(0));
                }
                let old_digits = BigInt::from(x.bits().div_ceil(30));
                let (word, rem) = y.div_rem(&BigInt::from(30));
                let new_digits = old_digits + word + u8::from(!rem.is_zero());
                let max_long_digits = BigInt::from((i64::MAX as u64 - 24) / 4);
                if new_digits > max_long_digits {
                    return self.err(TypeId::OverflowError, "too many digits in integer");
                }
                let Some(s) = y.to_usize().filter(|s| *s < 4_000_000) else {
                    return self.unsupported("an int << shift this large");
                };
                x << s
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return self.err(TypeId::ValueError, "negative shift count");
                }
                match y.to_usize() {
                    Some(s) => x >> s,
                    None => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::MatMul => return self.binop_type_error(op, a, b, inplace),
        };
        Ok(self.int_big(r))
    }

    fn float_op(
        &mut self,
        op: BinOp,
        x: f64,
        y: f64,
        a: ObjId,
        b: ObjId,
        inplace: bool,
    ) -> PyResult {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return self.err(TypeId::ZeroDivisionError, "float division by zero");
                }
                x / y
            }
            BinOp::FloorDiv => match numeric::float_floordiv(x, y) {
                Ok(r) => r,
                Err(m) => return self.err(TypeId::ZeroDivisionError, m),
            },
            BinOp::Mod => match numeric::float_mod(x, y) {
                Ok(r) => r,
                Err(m) => return self.err(TypeId::ZeroDivisionError, m),
            },
            BinOp::Pow => match numeric::float_pow(x, y) {
                Ok(r) => r,
                Err(e) => return self.pow_error(e),
            },
            _ => return self.binop_type_error(op, a, b, inplace),
        };
        Ok(self.float(r))
    }

    // ----- sequences and containers -----------------------------------------------------

    /// `len(x)`.
    pub fn len_of(&mut self, id: ObjId) -> PyResult<usize> {
        if self.is_proxy(id) {
            let r = self.unproxy(id)?;
            return self.len_of(r);
        }
        // The weak containers and globals() answer for themselves (one look at the
        // object on this hot path).
        match self.heap.get(id) {
            Obj::WeakDict(_) => {
                return Ok(self.weak_dict_len(id));
            }
            Obj::ModuleDict => {
                return self.unsupported("len(globals()) (the module's own entries)");
            }
            _ => {}
        }
        if let Some(n) = self.user_len(id)? {
            return Ok(n);
        }
        // A mappingproxy reads through to the class namespace.
        if let Obj::MappingProxy(d) = self.heap.get(id) {
            let d = *d;
            return self.len_of(d);
        }
        Ok(match self.heap.get(id) {
            Obj::Deque(d) => d.items.len(),
            Obj::Str(s) => s.nchars,
            Obj::Bytes(b) => b.len(),
            Obj::Tuple(t) => t.len(),
            Obj::List(l) => l.len(),
            Obj::Dict(d) => d.table.len(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
            Obj::DictView { dict, .. } => {
                let dict = *dict;
                return self.len_of(dict);
            }
            Obj::Range { .. } => {
                let p = self.range_parts(id)?;
                return match range_len(&p).to_usize() {
                    Some(n) => Ok(n),
                    None => self.err(
                        TypeId::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ),
                };
            }
            _ => {
                let tn = self.type_name(id);
                return self.type_error(format!("object of type '{tn}' has no len()"));
            }
        })
    }

    /// `range[slice]`: mirrors compute_slice() in Objects/rangeobject.c, with the slice's
    /// indices from _PySlice_GetLongIndices() (Objects/sliceobject.c), all as Python ints.
    fn range_slice(
        &mut self,
        slice: ObjId,
        start: &BigInt,
        step: &BigInt,
        len: &BigInt,
    ) -> PyResult {
        let Obj::Slice {
            start: s_start,
            stop: s_stop,
            step: s_step,
        } = *self.heap.get(slice)
        else {
            return self.type_error("expected a slice");
        };
        let get = |vm: &mut Vm, o: ObjId| -> PyResult<Option<BigInt>> {
            if o == vm.none {
                return Ok(None);
            }
            match vm.heap.get(o) {
                Obj::Bool(_) | Obj::Int(_) | Obj::Long(_) => Ok(vm.as_bigint(o)),
                Obj::Instance(_) => Ok(Some(BigInt::from(vm.index_value(o)?))),
                _ => vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
            }
        };
        let i_step = get(self, s_step)?.unwrap_or_else(|| BigInt::from(1));
        if i_step.is_zero() {
            return self.err(TypeId::ValueError, "slice step cannot be zero");
        }
        let negative = i_step.is_negative();
        let (lower, upper) = if negative {
            (BigInt::from(-1), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) => {
                    let v = if v.is_negative() { v + len } else { v };
                    if v < lower {
                        lower.clone()
                    } else if v > upper {
                        upper.clone()
                    } else {
                        v
                    }
                }
            }
        };
        let i_start = get(self, s_start)?;
        let i_start = clamp(i_start, if negative { &upper } else { &lower });
        let i_stop = get(self, s_stop)?;
        let i_stop = clamp(i_stop, if negative { &lower } else { &upper });
        let new_start = self.int_big(start + step * i_start);
        let new_stop = self.int_big(start + step * i_stop);
        let new_step = self.int_big(step * i_step);
        Ok(self.heap.alloc(Obj::Range {
            start: new_start,
            stop: new_stop,
            step: new_step,
        }))
    }

    pub fn range_parts(&mut self, id: ObjId) -> PyResult<(BigInt, BigInt, BigInt)> {
        match self.heap.get(id) {
            Obj::Range { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                Ok((
                    self.as_bigint(a).unwrap_or_default(),
                    self.as_bigint(b).unwrap_or_default(),
                    self.as_bigint(c).unwrap_or_else(|| BigInt::from(1)),
                ))
            }
            _ => self.type_error("expected a range"),
        }
    }

    /// Normalises a possibly negative index against a length.
    fn seq_index(&mut self, idx: ObjId, len: usize, what: &str) -> PyResult<Option<usize>> {
        let i = match self.heap.get(idx) {
            Obj::Bool(_) | Obj::Int(_) | Obj::Long(_) => self.index_value(idx)?,
            _ => {
                let tn = self.type_name(idx);
                // unicode_subscript() words its error apart from the other sequences'.
                if what == "string" {
                    return self.type_error(format!("string indices must be integers, not '{tn}'"));
                }
                return self.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                ));
            }
        };
        let len = len as i64;
        let j = if i < 0 { i.saturating_add(len) } else { i };
        Ok(if (0..len).contains(&j) {
            Some(j as usize)
        } else {
            None
        })
    }

    /// A slice's indices for a sequence of `len` (`PySlice_GetIndicesEx`).
    pub fn slice_indices(&mut self, slice: ObjId, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = match self.heap.get(slice) {
            Obj::Slice { start, stop, step } => (*start, *stop, *step),
            _ => return Ok(Vec::new()),
        };
        let get = |vm: &mut Vm, o: ObjId| -> PyResult<Option<i64>> {
            if o == vm.none {
                Ok(None)
            } else {
                match vm.heap.get(o) {
                    Obj::Bool(_) | Obj::Int(_) | Obj::Long(_) => Ok(Some(vm.index_value(o)?)),
                    _ => vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ),
                }
            }
        };
        let step = get(self, step)?.unwrap_or(1);
        if step == 0 {
            return self.err(TypeId::ValueError, "slice step cannot be zero");
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(v) => {
                    let v = if v < 0 { v.saturating_add(len) } else { v };
                    v.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                clamp(get(self, start)?, 0, 0, len),
                clamp(get(self, stop)?, len, 0, len),
            )
        } else {
            (
                clamp(get(self, start)?, len - 1, -1, len - 1),
                clamp(get(self, stop)?, -1, -1, len - 1),
            )
        };
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    pub fn getitem(&mut self, obj: ObjId, idx: ObjId) -> PyResult {
        if self.is_proxy(obj) {
            let r = self.unproxy(obj)?;
            return self.getitem(r, idx);
        }
        // The weak containers and globals() answer for themselves (one look at the
        // object on this hot path).
        match self.heap.get(obj) {
            Obj::WeakDict(_) => {
                return self.weak_dict_getitem(obj, idx);
            }
            Obj::ModuleDict => {
                return match self.module_dict_key(idx)?.and_then(|n| self.get_global(&n)) {
                    Some(v) => Ok(v),
                    None => Err(self.new_exc_args(TypeId::KeyError, vec![idx])),
                };
            }
            _ => {}
        }
        if let Some(f) = self.user_special_fn(obj, "__getitem__")? {
            return self.call_sync(f, vec![obj, idx]);
        }
        // A mappingproxy reads through to the class namespace.
        if let Obj::MappingProxy(d) = self.heap.get(obj) {
            let d = *d;
            return self.getitem(d, idx);
        }
        let is_slice = matches!(self.heap.get(idx), Obj::Slice { .. });
        // Dispatch without copying the container.
        let (len, what) = match self.heap.get(obj) {
            Obj::Dict(d) if d.default_factory.is_some() => {
                return self.defaultdict_getitem(obj, idx);
            }
            Obj::Dict(d) if d.counter => return self.counter_getitem(obj, idx),
            Obj::Dict(d) if d.class.is_some() => return self.dict_subclass_getitem(obj, idx),
            Obj::Deque(_) => return self.deque_getitem(obj, idx),
            Obj::Dict(_) => return self.dict_getitem(obj, idx),
            Obj::List(l) if !is_slice => (l.len(), "list"),
            Obj::Tuple(t) if !is_slice => (t.len(), "tuple"),
            _ => (0, ""),
        };
        if !what.is_empty() {
            return match self.seq_index(idx, len, what)? {
                Some(i) => Ok(match self.heap.get(obj) {
                    Obj::List(l) => l[i],
                    Obj::Tuple(t) => t[i],
                    _ => self.none,
                }),
                None => self.err(TypeId::IndexError, format!("{what} index out of range")),
            };
        }
        match self.heap.get(obj).clone() {
            Obj::Dict(_) => self.dict_getitem(obj, idx),
            Obj::List(l) => {
                if is_slice {
                    let ix = self.slice_indices(idx, l.len())?;
                    // list_slice() / list_subscript(): a new array exactly as long.
                    let v = ix.into_iter().map(|i| l[i]).collect();
                    return Ok(self.list_exact(v));
                }
                match self.seq_index(idx, l.len(), "list")? {
                    Some(i) => Ok(l[i]),
                    None => self.err(TypeId::IndexError, "list index out of range"),
                }
            }
            Obj::Tuple(t) => {
                if is_slice {
                    let ix = self.slice_indices(idx, t.len())?;
                    // tuplesubscript(): the whole tuple in order is the tuple itself.
                    if whole_slice(&ix, t.len()) {
                        return Ok(obj);
                    }
                    let v = ix.into_iter().map(|i| t[i]).collect();
                    return Ok(self.tuple(v));
                }
                match self.seq_index(idx, t.len(), "tuple")? {
                    Some(i) => Ok(t[i]),
                    None => self.err(TypeId::IndexError, "tuple index out of range"),
                }
            }
            Obj::Str(s) => {
                if is_slice {
                    let ix = self.slice_indices(idx, s.nchars)?;
                    // unicode_subscript(): the whole string in order is the string itself;
                    // a step of 1 takes PyUnicode_Substring() (singletons for short
                    // results); other steps write a new string.
                    if whole_slice(&ix, s.nchars) {
                        return Ok(obj);
                    }
                    let step_one = ix.windows(2).all(|w| w[1] == w[0] + 1);
                    if ix.len() == 1 && step_one {
                        let c = s.char_at(ix[0]).unwrap_or('\0');
                        return Ok(self.char_str(c));
                    }
                    let out: String = if s.is_ascii() {
                        ix.into_iter().map(|i| s.s.as_bytes()[i] as char).collect()
                    } else {
                        let chars: Vec<char> = s.s.chars().collect();
                        ix.into_iter().map(|i| chars[i]).collect()
                    };
                    return Ok(self.string(out));
                }
                match self.seq_index(idx, s.nchars, "string")? {
                    Some(i) => {
                        let c = s.char_at(i).unwrap_or('\0');
                        Ok(self.char_str(c))
                    }
                    None => self.err(TypeId::IndexError, "string index out of range"),
                }
            }
            Obj::Bytes(b) => {
                if is_slice {
                    let ix = self.slice_indices(idx, b.len())?;
                    // bytes_subscript(): the whole bytes in order is the object itself.
                    if whole_slice(&ix, b.len()) {
                        return Ok(obj);
                    }
                    let v: Vec<u8> = ix.into_iter().map(|i| b[i]).collect();
                    return Ok(self.bytes(v));
                }
                match self.seq_index(idx, b.len(), "byte")? {
                    Some(i) => Ok(self.int(b[i] as i64)),
                    None => self.err(TypeId::IndexError, "index out of range"),
                }
            }
            Obj::Range { .. } => {
                let (start, stop, step) = self.range_parts(obj)?;
                let len = range_len(&(start.clone(), stop, step.clone()));
                if is_slice {
                    return self.range_slice(idx, &start, &step, &len);
                }
                // range_item() / compute_range_item(): the index as a Python int, so a
                // range too long for a Py_ssize_t still indexes.
                let i = match self.heap.get(idx) {
                    Obj::Bool(_) | Obj::Int(_) | Obj::Long(_) => {
                        self.as_bigint(idx).unwrap_or_default()
                    }
                    Obj::Instance(_) => BigInt::from(self.index_value(idx)?),
                    _ => {
                        let tn = self.type_name(idx);
                        return self.type_error(format!(
                            "range indices must be integers or slices, not {tn}"
                        ));
                    }
                };
                let i = if i.is_negative() { i + &len } else { i };
                if i.is_negative() || i >= len {
                    return self.err(TypeId::IndexError, "range object index out of range");
                }
                Ok(self.int_big(start + step * i))
            }
            Obj::Type(t) => match self.class_getitem(t, idx) {
                Some(alias) => Ok(alias),
                None => {
                    let tn = t.name();
                    self.unsupported(&format!("{tn}[...]"))
                }
            },
            Obj::TypeExpr(_) => self.type_expr_getitem(obj, idx),
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object is not subscriptable"))
            }
        }
    }

    pub fn setitem(&mut self, obj: ObjId, idx: ObjId, v: ObjId) -> PyResult<()> {
        // The common case first: an exact dict (no class of the program's, no
        // OrderedDict links) stores through PyDict_SetItem.
        if matches!(self.heap.get(obj), Obj::Dict(d) if d.class.is_none() && d.ordered.is_none()) {
            return self.dict_setitem(obj, idx, v);
        }
        if self.is_proxy(obj) {
            let r = self.unproxy(obj)?;
            return self.setitem(r, idx, v);
        }
        // The weak containers and globals() answer for themselves (one look at the
        // object on this hot path).
        match self.heap.get(obj) {
            Obj::WeakDict(_) => {
                return self.weak_dict_setitem(obj, idx, v);
            }
            Obj::Deque(_) => return self.deque_setitem(obj, idx, v),
            Obj::ModuleDict => {
                let Some(n) = self.module_dict_key(idx)? else {
                    return self.unsupported("a globals() key that is not a str");
                };
                self.set_global(&n, v);
                return Ok(());
            }
            _ => {}
        }
        if let Some(f) = self.user_special_fn(obj, "__setitem__")? {
            self.call_sync(f, vec![obj, idx, v])?;
            return Ok(());
        }
        let is_slice = matches!(self.heap.get(idx), Obj::Slice { .. });
        let len = match self.heap.get(obj) {
            Obj::Dict(d) if d.ordered.is_some() => return self.od_setitem(obj, idx, v),
            Obj::Dict(_) => return self.dict_setitem(obj, idx, v),
            Obj::List(l) if !is_slice => Some(l.len()),
            _ => None,
        };
        if let Some(len) = len {
            return match self.seq_index(idx, len, "list")? {
                Some(i) => {
                    if let Some(Obj::List(l)) = self.heap.get_mut(obj) {
                        l.items_mut()[i] = v;
                    }
                    Ok(())
                }
                None => self.err(TypeId::IndexError, "list assignment index out of range"),
            };
        }
        match self.heap.get(obj).clone() {
            Obj::Dict(d) if d.ordered.is_some() => self.od_setitem(obj, idx, v),
            Obj::Dict(_) => self.dict_setitem(obj, idx, v),
            Obj::List(l) => {
                if matches!(self.heap.get(idx), Obj::Slice { .. }) {
                    // list_ass_subscript(): the slice first, then PySequence_Fast(value),
                    // whose failure to iterate is a TypeError of its own.
                    let ix = self.slice_indices(idx, l.len())?;
                    let step1 = self.slice_step_is_one(idx);
                    let it = match self.heap.get(v) {
                        Obj::List(_) | Obj::Tuple(_) => Ok(v),
                        _ => self.get_iter(v),
                    };
                    let it = match it {
                        Ok(it) => it,
                        Err(e) if self.exc_is(e, TypeId::TypeError) => {
                            return self.type_error(if step1 {
                                "can only assign an iterable"
                            } else {
                                "must assign iterable to extended slice"
                            });
                        }
                        Err(e) => return Err(e),
                    };
                    let items = self.collect_iterable(it)?;
                    let mut l = l;
                    let mut ev = Vec::new();
                    if step1 {
                        let (s, e) = self.slice_run(idx, &ix, l.len())?;
                        // list_ass_slice(): the replaced items go from the last one.
                        let old = l.assign_slice(s, e, items, &mut ev);
                        self.hint_released(old.into_iter().rev());
                    } else {
                        if ix.len() != items.len() {
                            return self.err(
                                TypeId::ValueError,
                                format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    ix.len()
                                ),
                            );
                        }
                        for (i, it) in ix.into_iter().zip(items) {
                            l.items_mut()[i] = it;
                        }
                    }
                    self.heap.replace(obj, Obj::List(l));
                    self.record_list_events(obj, &ev);
                    return Ok(());
                }
                match self.seq_index(idx, l.len(), "list")? {
                    Some(i) => {
                        if let Some(Obj::List(l)) = self.heap.get_mut(obj) {
                            l.items_mut()[i] = v;
                        }
                        Ok(())
                    }
                    None => self.err(TypeId::IndexError, "list assignment index out of range"),
                }
            }
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object does not support item assignment"))
            }
        }
    }

    fn slice_indices_start(&mut self, slice: ObjId, len: usize) -> PyResult<usize> {
        let start = match self.heap.get(slice) {
            Obj::Slice { start, .. } => *start,
            _ => return Ok(0),
        };
        if start == self.none {
            return Ok(0);
        }
        let s = self.index_value(start)?;
        let len = len as i64;
        let s = if s < 0 { (s + len).max(0) } else { s.min(len) };
        Ok(s as usize)
    }

    pub fn delitem(&mut self, obj: ObjId, idx: ObjId) -> PyResult<()> {
        if let Some(f) = self.user_special_fn(obj, "__delitem__")? {
            self.call_sync(f, vec![obj, idx])?;
            return Ok(());
        }
        // The weak containers and globals() answer for themselves (one look at the
        // object on this hot path).
        match self.heap.get(obj) {
            Obj::WeakDict(_) => {
                return self.weak_dict_delitem(obj, idx);
            }
            Obj::Deque(_) => return self.deque_delitem(obj, idx),
            Obj::ModuleDict => {
                let deleted = match self.module_dict_key(idx)? {
                    Some(n) => self.del_global(&n),
                    None => false,
                };
                if !deleted {
                    return Err(self.new_exc_args(TypeId::KeyError, vec![idx]));
                }
                return Ok(());
            }
            _ => {}
        }
        if matches!(self.heap.get(obj), Obj::Dict(_)) {
            if self.is_counter(obj) {
                return self.counter_delitem(obj, idx);
            }
            if self.is_odict(obj) {
                return self.od_delitem(obj, idx);
            }
            return self.dict_delitem(obj, idx);
        }
        match self.heap.get(obj).clone() {
            Obj::Dict(_) => self.dict_delitem(obj, idx),
            Obj::List(mut l) => {
                if matches!(self.heap.get(idx), Obj::Slice { .. }) {
                    let ix = self.slice_indices(idx, l.len())?;
                    let step1 = self.slice_step_is_one(idx);
                    // list_ass_slice() lets a contiguous run go from its last item; an
                    // extended slice's garbage goes in index order.
                    if self.mem.is_some() {
                        let mut gone: Vec<usize> = ix.clone();
                        gone.sort_unstable();
                        let contiguous = gone.windows(2).all(|w| w[1] == w[0] + 1);
                        let mut order: Vec<ObjId> = gone.iter().map(|&i| l[i]).collect();
                        if contiguous {
                            order.reverse();
                        }
                        self.hint_released(order);
                    }
                    let mut ev = Vec::new();
                    if step1 {
                        // list_ass_slice(lo, hi, NULL), which clears a list it empties
                        // (even of nothing).
                        let (s, e) = self.slice_run(idx, &ix, l.len())?;
                        l.assign_slice(s, e, Vec::new(), &mut ev);
                    } else if !ix.is_empty() {
                        // list_ass_subscript()'s own deletion, then list_resize().
                        let kill: std::collections::HashSet<usize> = ix.into_iter().collect();
                        let keep: Vec<ObjId> = l
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| !kill.contains(i))
                            .map(|(_, x)| *x)
                            .collect();
                        l.delete_extended(keep, &mut ev);
                    }
                    self.heap.replace(obj, Obj::List(l));
                    self.record_list_events(obj, &ev);
                    return Ok(());
                }
                match self.seq_index(idx, l.len(), "list")? {
                    Some(i) => {
                        // list_ass_item() → list_ass_slice(i, i + 1, NULL).
                        self.with_list(obj, |l, ev| l.assign_slice(i, i + 1, Vec::new(), ev));
                        Ok(())
                    }
                    None => self.err(TypeId::IndexError, "list assignment index out of range"),
                }
            }
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object doesn't support item deletion"))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: ObjId, item: ObjId) -> PyResult<bool> {
        // proxy_contains(): the referent's.
        if self.is_proxy(container) {
            let r = self.unproxy(container)?;
            return self.contains(r, item);
        }
        // The weak containers and globals() answer for themselves (one look at the
        // object on this hot path).
        match self.heap.get(container) {
            Obj::WeakDict(_) => {
                return self.weak_dict_contains(container, item);
            }
            Obj::Deque(_) => return self.deque_contains(container, item),
            Obj::ModuleDict => {
                return Ok(match self.module_dict_key(item)? {
                    Some(n) => self.get_global(&n).is_some(),
                    None => false,
                });
            }
            _ => {}
        }
        if let Some(r) = self.user_contains(container, item)? {
            return Ok(r);
        }
        // A mappingproxy reads through to the class namespace.
        if let Obj::MappingProxy(d) = self.heap.get(container) {
            let d = *d;
            return self.contains(d, item);
        }
        match self.heap.get(container) {
            Obj::Dict(_) => return self.dict_contains(container, item),
            Obj::Set(_) | Obj::FrozenSet(_) => return self.set_contains(container, item),
            Obj::DictView {
                dict,
                kind: ViewKind::Keys,
            } => {
                let dict = *dict;
                return self.dict_contains(dict, item);
            }
            _ => {}
        }
        match self.heap.get(container).clone() {
            Obj::Dict(_) => self.dict_contains(container, item),
            Obj::DictView {
                dict,
                kind: ViewKind::Keys,
            } => self.dict_contains(dict, item),
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_contains(container, item),
            Obj::List(items) => self.seq_contains(&items, item),
            Obj::Tuple(items) => self.seq_contains(&items, item),
            Obj::Str(s) => match self.heap.get(item) {
                Obj::Str(needle) => Ok(s.s.contains(&*needle.s)),
                _ => {
                    let tn = self.type_name(item);
                    self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    ))
                }
            },
            Obj::Bytes(b) => match self.heap.get(item).clone() {
                Obj::Bytes(needle) => {
                    Ok(needle.is_empty() || b.windows(needle.len()).any(|w| w == &needle[..]))
                }
                Obj::Int(i) => Ok(b.contains(&(i as u8)) && (0..256).contains(&i)),
                _ => {
                    let tn = self.type_name(item);
                    self.type_error(format!("a bytes-like object is required, not '{tn}'"))
                }
            },
            Obj::Range { .. } => {
                let Some(n) = self.as_bigint(item) else {
                    let items = self.collect_iterable(container)?;
                    return self.seq_contains(&items, item);
                };
                let (start, stop, step) = self.range_parts(container)?;
                let inside = if step.is_positive() {
                    start <= n && n < stop
                } else {
                    stop < n && n <= start
                };
                Ok(inside && (n - start).mod_floor(&step).is_zero())
            }
            Obj::DictView { .. } => {
                let items = self.collect_iterable(container)?;
                self.seq_contains(&items, item)
            }
            // _PySequence_IterSearch(): an iterator is consumed only up to the match.
            Obj::Iter(_) | Obj::Generator(_) => {
                while let Some(x) = self.iter_next(container)? {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let tn = self.type_name(container);
                self.type_error(format!("argument of type '{tn}' is not iterable"))
            }
        }
    }

    fn seq_contains(&mut self, items: &[ObjId], item: ObjId) -> PyResult<bool> {
        for &x in items {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ----- iteration ------------------------------------------------------------------

    /// `Py_TYPE(v)->tp_iter == NULL && !PySequence_Check(v)`: the test CALL_FUNCTION_EX
    /// and LIST_EXTEND make before naming a `*` argument that cannot be iterated.
    pub(crate) fn lacks_iter_and_sequence(&mut self, v: ObjId) -> PyResult<bool> {
        if self.is_proxy(v) {
            return Ok(false);
        }
        Ok(match self.heap.get(v) {
            Obj::Instance(_) => {
                self.user_special_fn(v, "__iter__")?.is_none()
                    && self.user_special_fn(v, "__getitem__")?.is_none()
            }
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::Dict(_)
            | Obj::DictView { .. }
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::Range { .. }
            | Obj::Iter(_)
            | Obj::Generator(_)
            | Obj::WeakDict(_)
            | Obj::ModuleDict
            | Obj::MappingProxy(_) => false,
            _ => true,
        })
    }

    pub fn get_iter(&mut self, v: ObjId) -> PyResult {
        // proxy_iter(): the referent's iterator.
        if self.is_proxy(v) {
            let r = self.unproxy(v)?;
            return self.get_iter(r);
        }
        match self.heap.get(v) {
            Obj::WeakDict(_) => return self.call_weak_dict_method(v, "keys", Vec::new()),
            Obj::ModuleDict => {
                return self.unsupported("iterating globals() (the module's own entries)");
            }
            _ => {}
        }
        if let Some(r) = self.user_iter(v)? {
            return Ok(r);
        }
        // A mappingproxy reads through to the class namespace.
        if let Obj::MappingProxy(d) = self.heap.get(v) {
            let d = *d;
            return self.get_iter(d);
        }
        let it = match self.heap.get(v) {
            Obj::Deque(d) => IterObj::Deque {
                deque: v,
                index: 0,
                state: d.state,
                reverse: false,
            },
            Obj::List(_) | Obj::Tuple(_) => IterObj::Seq { seq: v, index: 0 },
            Obj::Str(_) => IterObj::Str { s: v, byte: 0 },
            Obj::Bytes(_) => IterObj::Bytes { b: v, index: 0 },
            Obj::Dict(_) => self.dict_iter(v, ViewKind::Keys, false)?,
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                self.dict_iter(dict, kind, false)?
            }
            Obj::Set(s) | Obj::FrozenSet(s) => IterObj::Set {
                set: v,
                slot: 0,
                used: s.len(),
            },
            Obj::Range { .. } => {
                let (start, stop, step) = self.range_parts(v)?;
                match (start.to_i64(), stop.to_i64(), step.to_i64()) {
                    (Some(a), Some(b), Some(c)) => IterObj::SmallRange {
                        next: a,
                        stop: b,
                        step: c,
                    },
                    _ => IterObj::Range {
                        next: start,
                        stop,
                        step,
                    },
                }
            }
            Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
            _ => {
                let tn = self.type_name(v);
                return self.type_error(format!("'{tn}' object is not iterable"));
            }
        };
        Ok(self.heap.alloc(Obj::Iter(Box::new(it))))
    }

    /// `dictiter_new()`: a forward (`di_pos` 0) or reverse (`di_pos` `dk_nentries - 1`)
    /// iterator over a dict's keys, values or items.
    pub(crate) fn dict_iter(
        &mut self,
        dict: ObjId,
        kind: ViewKind,
        reverse: bool,
    ) -> PyResult<IterObj> {
        if self.is_odict(dict) {
            return Ok(self.odict_iter(dict, kind, reverse));
        }
        let (used, nentries, changes) = match self.heap.get(dict) {
            Obj::Dict(d) => (d.table.len(), d.table.nentries(), d.table.key_changes()),
            _ => (self.len_of(dict)?, 0, 0),
        };
        Ok(if reverse {
            IterObj::DictRev {
                dict,
                pos: nentries as i64 - 1,
                used,
                changes,
                kind,
            }
        } else {
            IterObj::Dict {
                dict,
                entry: 0,
                used,
                len: used,
                changes,
                kind,
            }
        })
    }

    /// What every dict iterator checks before it looks for the next entry: a size change
    /// (sticky, as `di_used = -1` makes it in C), then an instance `__dict__` whose keys
    /// changed — a split table walks its insertion order by position, so deleting and
    /// adding keys moves it differently from a combined one.
    fn dict_iter_checks(&mut self, it: ObjId, resized: bool, split_changed: bool) -> PyResult<()> {
        if resized {
            if let Some(Obj::Iter(s)) = self.heap.get_mut(it)
                && let IterObj::Dict { used, .. } | IterObj::DictRev { used, .. } = &mut **s
            {
                *used = usize::MAX;
            }
            return self.err(
                TypeId::RuntimeError,
                "dictionary changed size during iteration",
            );
        }
        if split_changed {
            return self.unsupported(
                "iterating an instance __dict__ (a split table) whose keys changed during iteration",
            );
        }
        Ok(())
    }

    /// The next item, or `None` when exhausted.
    pub fn iter_next(&mut self, it: ObjId) -> PyResult<Option<ObjId>> {
        // A small range (`for i in range(n)`, the hot case) advances in place, here and
        // only here: no state clone.
        if let Obj::Iter(s) = self.heap.get(it)
            && let IterObj::SmallRange { next, stop, step } = **s
        {
            if (step > 0 && next < stop) || (step < 0 && next > stop) {
                if let Some(Obj::Iter(s)) = self.heap.get_mut(it) {
                    **s = match next.checked_add(step) {
                        Some(n) => IterObj::SmallRange {
                            next: n,
                            stop,
                            step,
                        },
                        None => IterObj::Finished("range_iterator"),
                    };
                }
                return Ok(Some(self.int(next)));
            }
            if let Some(Obj::Iter(s)) = self.heap.get_mut(it) {
                **s = IterObj::Finished("range_iterator");
            }
            return Ok(None);
        }
        if matches!(self.heap.get(it), Obj::Generator(_)) {
            return self.gen_next_sync(it);
        }
        if let Some(f) = self.user_special_fn(it, "__next__")? {
            return match self.call_sync(f, vec![it]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.exc_is(e, TypeId::StopIteration) => Ok(None),
                Err(e) => Err(e),
            };
        }
        if let Obj::Iter(s) = self.heap.get(it)
            && matches!(**s, IterObj::GroupBy { .. } | IterObj::Grouper { .. })
        {
            return self.groupby_next(it);
        }
        if let Obj::Iter(s) = self.heap.get(it)
            && matches!(**s, IterObj::ODict { .. })
        {
            return self.odict_iter_next(it);
        }
        let state = match self.heap.get(it) {
            Obj::Iter(s) => (**s).clone(),
            _ => {
                let tn = self.type_name(it);
                return self.type_error(format!("'{tn}' object is not an iterator"));
            }
        };
        let (next_state, item) = match state {
            // iter_iternext() and reversed_next(): the sequence is dropped once it
            // signals the end.
            IterObj::GetItem { obj, index } => match self.seq_item(obj, index)? {
                Some(v) => (
                    IterObj::GetItem {
                        obj,
                        index: index + 1,
                    },
                    Some(v),
                ),
                None => (IterObj::Exhausted, None),
            },
            IterObj::GetItemRev { obj, index } if index >= 0 => match self.seq_item(obj, index)? {
                Some(v) => (
                    IterObj::GetItemRev {
                        obj,
                        index: index - 1,
                    },
                    Some(v),
                ),
                None => (IterObj::Exhausted, None),
            },
            IterObj::GetItemRev { .. } => (IterObj::Exhausted, None),
            IterObj::Seq { seq, index } => {
                let item = match self.heap.get(seq) {
                    Obj::List(l) => l.get(index).copied(),
                    Obj::Tuple(t) => t.get(index).copied(),
                    _ => None,
                };
                match item {
                    Some(x) => (
                        IterObj::Seq {
                            seq,
                            index: index + 1,
                        },
                        Some(x),
                    ),
                    None => (IterObj::Exhausted, None),
                }
            }
            IterObj::Reversed { seq, index } => {
                if index == 0 {
                    (IterObj::Exhausted, None)
                } else {
                    let item = match self.heap.get(seq) {
                        Obj::List(l) => l.get(index - 1).copied(),
                        Obj::Tuple(t) => t.get(index - 1).copied(),
                        _ => None,
                    };
                    match item {
                        Some(x) => (
                            IterObj::Reversed {
                                seq,
                                index: index - 1,
                            },
                            Some(x),
                        ),
                        None => (IterObj::Exhausted, None),
                    }
                }
            }
            IterObj::Str { s, byte } => {
                let c = match self.heap.get(s) {
                    Obj::Str(st) => st.s.get(byte..).and_then(|r| r.chars().next()),
                    _ => None,
                };
                match c {
                    Some(c) => {
                        let o = self.char_str(c);
                        (
                            IterObj::Str {
                                s,
                                byte: byte + c.len_utf8(),
                            },
                            Some(o),
                        )
                    }
                    None => (IterObj::Exhausted, None),
                }
            }
            IterObj::Bytes { b, index } => {
                let x = match self.heap.get(b) {
                    Obj::Bytes(bs) => bs.get(index).copied(),
                    _ => None,
                };
                match x {
                    Some(x) => {
                        let o = self.int(x as i64);
                        (
                            IterObj::Bytes {
                                b,
                                index: index + 1,
                            },
                            Some(o),
                        )
                    }
                    None => (IterObj::Exhausted, None),
                }
            }
            IterObj::SmallRange { .. } => unreachable!("a small range advances in place above"),
            IterObj::Range { next, stop, step } => {
                if (step.is_positive() && next < stop) || (step.is_negative() && next > stop) {
                    let o = self.int_big(next.clone());
                    (
                        IterObj::Range {
                            next: next + &step,
                            stop,
                            step,
                        },
                        Some(o),
                    )
                } else {
                    (IterObj::Exhausted, None)
                }
            }
            IterObj::Dict {
                dict,
                entry,
                used,
                len,
                changes,
                kind,
            } => {
                // dictiter_iternextkey() / _iternextvalue() / _iternextitem().
                let (now_used, split, now_changes, found) = match self.heap.get(dict) {
                    Obj::Dict(d) => {
                        let entries = d.table.entries();
                        let mut i = entry;
                        while i < entries.len() && entries[i].is_none() {
                            i += 1;
                        }
                        (
                            d.table.len(),
                            d.instance_attrs,
                            d.table.key_changes(),
                            entries
                                .get(i)
                                .and_then(|e| e.as_ref())
                                .map(|e| (i, e.key, e.value)),
                        )
                    }
                    _ => (used, false, changes, None),
                };
                self.dict_iter_checks(it, now_used != used, split && now_changes != changes)?;
                match found {
                    // "We found an element, but did not expect it": the iterator is
                    // dropped (di_dict = NULL) after the error.
                    Some(_) if len == 0 => {
                        if let Some(Obj::Iter(s)) = self.heap.get_mut(it) {
                            **s = IterObj::Exhausted;
                        }
                        return self.err(
                            TypeId::RuntimeError,
                            "dictionary keys changed during iteration",
                        );
                    }
                    Some((i, k, v)) => {
                        let item = match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => self.tuple(vec![k, v]),
                        };
                        (
                            IterObj::Dict {
                                dict,
                                entry: i + 1,
                                used,
                                len: len - 1,
                                changes,
                                kind,
                            },
                            Some(item),
                        )
                    }
                    None => (IterObj::Exhausted, None),
                }
            }
            IterObj::DictRev {
                dict,
                pos,
                used,
                changes,
                kind,
            } => {
                // dictreviter_iternext().
                let (now_used, split, now_changes, found) = match self.heap.get(dict) {
                    Obj::Dict(d) => {
                        let t = &d.table;
                        let entries = t.entries();
                        let mut i = pos;
                        // Entries past dk_nentries are zeroed memory (NULL values), up
                        // to the array's end; reading past that end is undefined in C.
                        let found = loop {
                            if i < 0 {
                                break Ok(None);
                            }
                            if i as usize >= t.entries_capacity() {
                                break Err(());
                            }
                            match entries.get(i as usize).and_then(|e| e.as_ref()) {
                                Some(e) => break Ok(Some((i, e.key, e.value))),
                                None => i -= 1,
                            }
                        };
                        (t.len(), d.instance_attrs, t.key_changes(), found)
                    }
                    _ => (used, false, changes, Ok(None)),
                };
                self.dict_iter_checks(it, now_used != used, split && now_changes != changes)?;
                match found {
                    Err(()) => {
                        return self.unsupported(
                            "reversed() of a dict whose entry table shrank below the iterator's position (undefined behaviour in CPython)",
                        );
                    }
                    Ok(Some((i, k, v))) => {
                        let item = match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => self.tuple(vec![k, v]),
                        };
                        (
                            IterObj::DictRev {
                                dict,
                                pos: i - 1,
                                used,
                                changes,
                                kind,
                            },
                            Some(item),
                        )
                    }
                    Ok(None) => (IterObj::Exhausted, None),
                }
            }
            IterObj::Set { set, slot, used } => {
                // setiter_iternext().
                let (now_used, found) = match self.heap.get(set) {
                    Obj::Set(s) | Obj::FrozenSet(s) => (s.len(), s.next_active(slot)),
                    _ => (used, None),
                };
                if now_used != used {
                    // si_used = -1: the error is sticky.
                    if let Some(Obj::Iter(s)) = self.heap.get_mut(it) {
                        **s = IterObj::Set {
                            set,
                            slot,
                            used: usize::MAX,
                        };
                    }
                    return self.err(TypeId::RuntimeError, "Set changed size during iteration");
                }
                match found {
                    Some((i, k)) => (
                        IterObj::Set {
                            set,
                            slot: i + 1,
                            used,
                        },
                        Some(k),
                    ),
                    None => (IterObj::Exhausted, None),
                }
            }
            IterObj::Enumerate { inner, count } => match self.iter_next(inner)? {
                Some(x) => {
                    let c = self.int_big(count.clone());
                    let t = self.tuple(vec![c, x]);
                    (
                        IterObj::Enumerate {
                            inner,
                            count: count + 1,
                        },
                        Some(t),
                    )
                }
                None => (IterObj::Exhausted, None),
            },
            IterObj::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                let mut done = inners.is_empty();
                let mut stopped_at = 0;
                for (n, &i) in inners.iter().enumerate() {
                    match self.iter_next(i)? {
                        Some(x) => items.push(x),
                        None => {
                            done = true;
                            stopped_at = n;
                            break;
                        }
                    }
                }
                if done && strict && !inners.is_empty() {
                    // mirrors zip_next()'s `check:` — which argument ran out first.
                    let plural = |i: usize| if i == 1 { " " } else { "s 1-" };
                    if stopped_at > 0 {
                        return self.err(
                            TypeId::ValueError,
                            format!(
                                "zip() argument {} is shorter than argument{}{stopped_at}",
                                stopped_at + 1,
                                plural(stopped_at)
                            ),
                        );
                    }
                    for (n, &i) in inners.iter().enumerate().skip(1) {
                        if self.iter_next(i)?.is_some() {
                            return self.err(
                                TypeId::ValueError,
                                format!(
                                    "zip() argument {} is longer than argument{}{n}",
                                    n + 1,
                                    plural(n)
                                ),
                            );
                        }
                    }
                }
                // zip_next() keeps no exhausted flag: every call asks the iterators again.
                if done {
                    (IterObj::Zip { inners, strict }, None)
                } else {
                    let t = self.tuple(items);
                    (IterObj::Zip { inners, strict }, Some(t))
                }
            }
            IterObj::Deque {
                deque,
                index,
                state,
                reverse,
            } => match self.deque_iter_next(deque, index, state, reverse)? {
                Some(x) => (
                    IterObj::Deque {
                        deque,
                        index: index + 1,
                        state,
                        reverse,
                    },
                    Some(x),
                ),
                None => (IterObj::Exhausted, None),
            },
            IterObj::Exhausted => (IterObj::Exhausted, None),
            IterObj::Finished(name) => (IterObj::Finished(name), None),
            lazy => self.lazy_next(lazy)?,
        };
        // An iterator that runs out keeps its type (`type(it)` is still list_iterator):
        // named from the state the heap still holds.
        let next_state = match next_state {
            IterObj::Exhausted => match self.type_of(it) {
                TypeId::Iter(name) => IterObj::Finished(name),
                _ => IterObj::Exhausted,
            },
            other => other,
        };
        if let Some(Obj::Iter(s)) = self.heap.get_mut(it) {
            **s = next_state;
        }
        Ok(item)
    }

    /// `PySequence_GetItem(obj, index)` through `__getitem__`; None where the old sequence
    /// protocol ends (IndexError or StopIteration).
    fn seq_item(&mut self, obj: ObjId, index: i64) -> PyResult<Option<ObjId>> {
        let Some(f) = self.user_special_fn(obj, "__getitem__")? else {
            return Ok(None);
        };
        let i = self.int(index);
        match self.call_sync(f, vec![obj, i]) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if self.exc_is(e, TypeId::IndexError) || self.exc_is(e, TypeId::StopIteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Whether a slice's step is 1, so `list_ass_subscript()` hands it to
    /// `list_ass_slice()` rather than its own extended-slice code.
    fn slice_step_is_one(&self, idx: ObjId) -> bool {
        match self.heap.get(idx) {
            Obj::Slice { step, .. } => *step == self.none || self.as_i64(*step) == Some(1),
            _ => true,
        }
    }

    /// The run `list_ass_slice()` replaces for a step-1 slice selecting `ix` of a list of
    /// `len` items: an empty run sits at the clamped start.
    fn slice_run(&mut self, idx: ObjId, ix: &[usize], len: usize) -> PyResult<(usize, usize)> {
        Ok(match (ix.first(), ix.last()) {
            (Some(&s), Some(&e)) => (s, e + 1),
            _ => {
                let start = self.slice_indices_start(idx, len)?;
                (start, start)
            }
        })
    }

    /// Drains any iterable into a Vec.
    pub fn collect_iterable(&mut self, v: ObjId) -> PyResult<Vec<ObjId>> {
        match self.heap.get(v) {
            Obj::List(l) => return Ok(l.to_vec()),
            Obj::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
            if out.len() > MAX_MATERIALISED_ITEMS {
                return self.unsupported(&format!(
                    "building a sequence of more than {MAX_MATERIALISED_ITEMS} items in one operation"
                ));
            }
        }
        Ok(out)
    }

    pub(crate) fn collect_iterable_for_unpack(&mut self, v: ObjId) -> PyResult<Vec<ObjId>> {
        // unpack_iterable(): the same test as a `*` argument's.
        if self.lacks_iter_and_sequence(v)? {
            let tn = self.type_name(v);
            return self.type_error(format!("cannot unpack non-iterable {tn} object"));
        }
        self.collect_iterable(v)
    }

    /// `UNPACK_SEQUENCE n` with CPython's messages.
    pub fn unpack(&mut self, v: ObjId, n: usize) -> PyResult<Vec<ObjId>> {
        // unpack_iterable() reads an iterator only up to one item past n (it may be
        // endless).
        let is_iterator = matches!(self.heap.get(v), Obj::Generator(_) | Obj::Iter(_))
            || (matches!(self.heap.get(v), Obj::Instance(_))
                && self.user_special_fn(v, "__iter__")?.is_some());
        let items = if is_iterator {
            let it = self.get_iter(v)?;
            let mut items = Vec::with_capacity(n + 1);
            while items.len() <= n {
                match self.iter_next(it)? {
                    Some(x) => items.push(x),
                    None => break,
                }
            }
            items
        } else {
            self.collect_iterable_for_unpack(v)?
        };
        if items.len() < n {
            return self.err(
                TypeId::ValueError,
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ),
            );
        }
        if items.len() > n {
            // unpack_iterable() in 3.11 never says how many there were (3.12 does for
            // lists, tuples and dicts).
            return self.err(
                TypeId::ValueError,
                format!("too many values to unpack (expected {n})"),
            );
        }
        Ok(items)
    }

    // ----- attributes -----------------------------------------------------------------

    /// `PyObject_GetAttr()`: the type's lookup, then `set_attribute_error_context()`.
    pub fn get_attr(&mut self, obj: ObjId, name: &str) -> PyResult {
        let r = self.getattro(obj, name);
        if let Err(e) = r {
            self.set_attribute_error_context(e, obj, name);
        }
        r
    }

    /// The type's `tp_getattro`.
    fn getattro(&mut self, obj: ObjId, name: &str) -> PyResult {
        if let Obj::LruCache(_) = self.heap.get(obj)
            && let Some(v) = self.lru_attr(obj, name)?
        {
            return Ok(v);
        }
        if let Obj::Method { receiver, name: m } = *self.heap.get(obj)
            && self.is_counter_bound_method(receiver, m)
        {
            return self.counter_bound_method_attr(receiver, m, name);
        }
        // fromkeys is a class method: read from an instance of a built-in dict type it
        // is bound to the class (`<built-in method fromkeys of type object …>`).
        if name == "fromkeys"
            && let Obj::Dict(d) = self.heap.get(obj)
            && d.class.is_none()
        {
            let cls = self.type_obj(self.type_of(obj));
            return self.get_attr(cls, name);
        }
        match self.heap.get(obj) {
            Obj::WeakRef(w) if w.kind == WeakKind::Proxy => {
                let r = self.unproxy(obj)?;
                return self.get_attr(r, name);
            }
            Obj::WeakRef(w) if name == "__callback__" => {
                return Ok(match w.callback {
                    Some(WeakCallback::Py(f)) => f,
                    _ => self.none,
                });
            }
            Obj::Module("atexit") if matches!(name, "register" | "unregister") => {
                let q = if name == "register" {
                    "atexit.register"
                } else {
                    "atexit.unregister"
                };
                let f = self.heap.alloc(Obj::Builtin(Builtin(q)));
                self.mark_ghost(f);
                return Ok(f);
            }
            Obj::Module(m @ ("gc" | "weakref")) => {
                let m = *m;
                return self.memory_module_attr(m, name);
            }
            Obj::Finalizer(_) => {
                if let Some(v) = self.finalizer_attr(obj, name)? {
                    return Ok(v);
                }
            }
            // What the library's __init__ stored; its `_remove` closure is kept only as
            // a heap node.
            Obj::WeakDict(w)
                if (name == "valuerefs" && !w.weak_values)
                    || (name == "keyrefs" && (w.weak_values || w.set)) =>
            {
                let tn = self.type_name(obj);
                return self.err(
                    TypeId::AttributeError,
                    format!("'{tn}' object has no attribute '{name}'"),
                );
            }
            Obj::WeakDict(_) if name != "_remove" => {
                if let Some(v) = self.weak_container_attr(obj, name) {
                    return Ok(v);
                }
            }
            Obj::WeakDict(_) | Obj::Opaque(_) => {
                let tn = self.type_name(obj);
                return self.unsupported(&format!("the attribute {tn}.{name}"));
            }
            Obj::TypeExpr(_) => return self.type_expr_getattr(obj, name),
            _ => {}
        }
        if let Some(v) = self.class_getattr(obj, name)? {
            return Ok(v);
        }
        if let Some(v) = self.sync_getattr(obj, name)? {
            return Ok(v);
        }
        let module = match self.heap.get(obj) {
            Obj::Module(m) => Some(*m),
            _ => None,
        };
        if let Some(m) = module
            && let Some(v) = self.thread_module_attr(m, name)?
        {
            return Ok(v);
        }
        if let Some(v) = self.frame_object_attr(obj, name)? {
            return Ok(v);
        }
        if let Obj::FrameSnap(snap) = self.heap.get(obj) {
            let snap = (**snap).clone();
            if let Some(v) = self.frame_snap_attr(&snap, name)? {
                return Ok(v);
            }
        }
        if let Obj::Module(m @ ("functools" | "itertools" | "inspect")) = self.heap.get(obj) {
            let m = *m;
            if let Some(v) = self.module_attr(m, name)? {
                return Ok(v);
            }
        }
        if let Some(m) = super::builtins::method_name(self.type_of(obj), name) {
            return Ok(self.heap.alloc(Obj::Method {
                receiver: obj,
                name: m,
            }));
        }
        match (self.heap.get(obj).clone(), name) {
            (Obj::Range { start, .. }, "start") | (Obj::Slice { start, .. }, "start") => {
                return Ok(start);
            }
            (Obj::Range { stop, .. }, "stop") | (Obj::Slice { stop, .. }, "stop") => {
                return Ok(stop);
            }
            (Obj::Range { step, .. }, "step") | (Obj::Slice { step, .. }, "step") => {
                return Ok(step);
            }
            (Obj::Exception(e), "args") => {
                return Ok(match e.args_obj {
                    Some(t) => t,
                    None => self.tuple(e.args.clone()),
                });
            }
            // UnicodeError_members: the five arguments pyxray's codecs raise with.
            (Obj::Exception(e), "encoding" | "object" | "start" | "end" | "reason")
                if matches!(
                    e.ty,
                    TypeId::UnicodeEncodeError | TypeId::UnicodeDecodeError
                ) && e.args.len() == 5 =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|&n| n == name)
                    .unwrap_or(0);
                return Ok(e.args[i]);
            }
            (Obj::Exception(e), "value") if e.ty.is_subtype(TypeId::StopIteration) => {
                return Ok(e.args.first().copied().unwrap_or(self.none));
            }
            (Obj::Exception(_), "__cause__" | "__context__" | "__suppress_context__") => {
                if let Some(v) = self.exc_link(obj, name) {
                    return Ok(v);
                }
            }
            // Traceback objects exist in reference-counted mode; otherwise only "none".
            (Obj::Exception(_), "__traceback__") => return self.exc_traceback(obj),
            (Obj::Traceback(t), "tb_frame") => return Ok(t.frame.unwrap_or(self.none)),
            (Obj::Traceback(t), "tb_next") => return Ok(t.next.unwrap_or(self.none)),
            (Obj::Traceback(t), "tb_lineno") => return Ok(self.int(t.line as i64)),
            (Obj::FrameObj(f), "f_code") => return Ok(self.heap.alloc(Obj::Code(f.code))),
            (Obj::FrameObj(f), "f_locals") if !f.live => return self.ended_frame_locals(obj),
            (Obj::FrameObj(_), "f_locals") => {
                return match self.frames.iter().position(|x| x.frame_obj == Some(obj)) {
                    Some(i) => self.frame_locals(i),
                    None => self.unsupported("f_locals of this frame"),
                };
            }
            (Obj::FrameObj(f), "f_lineno") => {
                let line = match self.frames.iter().find(|x| x.frame_obj == Some(obj)) {
                    Some(x) => self.frame_line(x),
                    None => f.line,
                };
                return Ok(self.int(line as i64));
            }
            // frame_getback(): an ended frame's link; a running one's caller, whose frame
            // object is made for the asking.
            (Obj::FrameObj(f), "f_back") => {
                if !f.live {
                    return Ok(f.back.unwrap_or(self.none));
                }
                return Ok(
                    match self.frames.iter().position(|x| x.frame_obj == Some(obj)) {
                        Some(i) if i > 0 => self.frame_object_at(i - 1),
                        _ => self.none,
                    },
                );
            }
            (Obj::Type(TypeId::Str), "maketrans") => {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: obj,
                    name: "maketrans",
                }));
            }
            (Obj::Type(TypeId::Int), "from_bytes") => {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: obj,
                    name: "from_bytes",
                }));
            }
            // dict's (OrderedDict's) slot wrappers, called with the instance first
            // (`dict.__setitem__(self, k, v)` in a subclass).
            (Obj::Type(t @ (TypeId::Dict | TypeId::OrderedDict)), _)
                if super::dict_subclass::slot_name(name, t == TypeId::OrderedDict).is_some() =>
            {
                let ordered = t == TypeId::OrderedDict;
                if let Some(slot) = super::dict_subclass::slot_name(name, ordered) {
                    return Ok(self.heap.alloc(Obj::Method {
                        receiver: obj,
                        name: slot,
                    }));
                }
            }
            (Obj::Type(TypeId::Dict), "fromkeys") => {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: obj,
                    name: "fromkeys",
                }));
            }
            // type_name(): what follows the last dot of tp_name.
            (Obj::Type(t), "__name__") => {
                let n = t.name();
                return Ok(self.str(n.rsplit('.').next().unwrap_or(n)));
            }
            (Obj::Member(m), "__name__") => return Ok(self.str(&m.name)),
            (Obj::GetSet { name: n, .. }, "__name__") => return Ok(self.str(n)),
            (Obj::Member(m), "__objclass__") => return Ok(m.class),
            (Obj::GetSet { class, .. }, "__objclass__") => return Ok(class),
            (Obj::Builtin(Builtin(n)), "__name__") => {
                let short = n.rsplit('.').next().unwrap_or(n);
                return Ok(self.str(short));
            }
            (Obj::Builtin(Builtin(n)), "__class__") if not_a_c_function(n) => {
                return self.unsupported(&format!(
                    "the type of {n} (in CPython a Python function, class or bound method)"
                ));
            }
            (_, "__class__") => {
                let t = self.type_of(obj);
                return Ok(self.type_obj(t));
            }
            (Obj::Int(_) | Obj::Long(_), "real" | "numerator") => return Ok(obj),
            (Obj::Float(_), "real") => return Ok(obj),
            (Obj::Bool(_), "real" | "numerator") => {
                let v = self.as_bigint(obj).unwrap_or_default();
                return Ok(self.int_big(v));
            }
            (Obj::Int(_) | Obj::Long(_) | Obj::Bool(_), "imag") => return Ok(self.int(0)),
            (Obj::Int(_) | Obj::Long(_) | Obj::Bool(_), "denominator") => return Ok(self.int(1)),
            (Obj::Float(_), "imag") => return Ok(self.float(0.0)),
            (Obj::Module("sys"), _) => return self.sys_attr(name),
            (Obj::Module("math"), _) => return self.math_attr(name),
            (Obj::Module("string"), _) => return self.string_module_attr(name),
            (Obj::Module("random"), _) => return self.random_attr(name),
            (Obj::Module("operator"), _) => return self.operator_attr(name),
            (Obj::Module("copy"), _) => return self.copy_module_attr(name),
            (Obj::Module(m @ ("heapq" | "bisect")), _) => {
                let m: &'static str = m;
                return self.heapq_bisect_attr(m, name);
            }
            // `__future__.annotations` and the rest: `_Feature` objects, bound by the
            // import and otherwise unused (their repr and attributes are refused).
            (Obj::Module("__future__"), _) => {
                let qualname: &'static str = match name {
                    "annotations" => "annotations",
                    "nested_scopes" => "nested_scopes",
                    "generators" => "generators",
                    "division" => "division",
                    "absolute_import" => "absolute_import",
                    "with_statement" => "with_statement",
                    "print_function" => "print_function",
                    "unicode_literals" => "unicode_literals",
                    "generator_stop" => "generator_stop",
                    _ => return self.unsupported(&format!("__future__.{name}")),
                };
                return Ok(self
                    .heap
                    .alloc(Obj::Opaque(Box::new(super::object::OpaqueObj {
                        type_name: "_Feature",
                        qualname,
                        refs: Vec::new(),
                    }))));
            }
            (Obj::Module("typing"), _) => {
                return match self.typing_attr(name) {
                    Some(v) => Ok(v),
                    None => self.unsupported(&format!("typing.{name}")),
                };
            }
            (Obj::Module("collections"), "defaultdict") => {
                return Ok(self.type_obj(TypeId::DefaultDict));
            }
            (Obj::Module("collections"), "Counter") => {
                return Ok(self.type_obj(TypeId::Counter));
            }
            (Obj::Module("collections"), "deque") => {
                return Ok(self.type_obj(TypeId::Deque));
            }
            (Obj::Module("collections"), "namedtuple") => {
                return Ok(self
                    .heap
                    .alloc(Obj::Builtin(Builtin("collections.namedtuple"))));
            }
            (Obj::Module("collections"), "OrderedDict") => {
                return Ok(self.type_obj(TypeId::OrderedDict));
            }
            (Obj::Deque(d), "maxlen") => {
                let m = d.maxlen;
                return Ok(match m {
                    Some(m) => self.int(m as i64),
                    None => self.none,
                });
            }
            (Obj::Type(TypeId::Counter), _) => {
                if let Some(r) = self.counter_class_attr(obj, name) {
                    return r;
                }
            }
            (Obj::Type(TypeId::OrderedDict), "fromkeys") => {
                return Ok(self.heap.alloc(Obj::Method {
                    receiver: obj,
                    name: "fromkeys",
                }));
            }
            (Obj::Type(TypeId::DefaultDict), "fromkeys") => {
                return self.unsupported("defaultdict.fromkeys()");
            }
            (Obj::Dict(d), "default_factory") if d.default_factory.is_some() => {
                return Ok(d.default_factory.unwrap_or(self.none));
            }
            (Obj::Tuple(items), _) if self.struct_seq_type(obj).is_some() => {
                let ty = self.struct_seq_type(obj).expect("checked");
                if let Some(i) = ty.fields.iter().position(|(f, _)| *f == name) {
                    return Ok(items[i]);
                }
                return self.unsupported(&format!("the attribute {}.{name}", ty.name));
            }
            _ => {}
        }
        let tn = self.type_name(obj);
        match self.heap.get(obj) {
            // pyxray's modules are partial copies of CPython's: a name it lacks may well
            // exist there, so it is refused rather than reported as missing.
            Obj::Module(m) => {
                let m = *m;
                self.unsupported(&format!("{m}.{name}"))
            }
            // A built-in type's method taken from the type: a method_descriptor. Any
            // other name may well exist on CPython's type: refused.
            Obj::Type(t) => {
                let t = *t;
                match super::builtins::method_name(t, name) {
                    Some(m) if !matches!(t, TypeId::Generator | TypeId::Weak(_)) => {
                        // The descriptor lives in the dict of the type that defines the
                        // method: `OrderedDict.get is dict.get`.
                        let owner = super::builtins::method_owner(t, m);
                        Ok(self.method_descr(owner, m))
                    }
                    _ if cpython_has_attr(t.name(), name) || cpython_has_attr("type", name) => {
                        self.unsupported(&format!("the attribute {}.{name}", t.name()))
                    }
                    // type_getattro(): the type by its tp_name.
                    _ => self.err(
                        TypeId::AttributeError,
                        format!("type object '{}' has no attribute '{name}'", t.tp_name()),
                    ),
                }
            }
            // An attribute CPython's built-in type has but pyxray lacks is refused; the
            // AttributeError is raised only where CPython raises it too.
            o => {
                // Rows are named by __name__ (a module's C type by its bare name).
                let row = if matches!(o, Obj::Exception(_)) {
                    "BaseException"
                } else {
                    tn.strip_prefix("collections.").unwrap_or(&tn)
                };
                if let Obj::Exception(e) = o
                    && e.ty.is_subtype(TypeId::OSError)
                    && matches!(
                        name,
                        "errno" | "strerror" | "filename" | "filename2" | "characters_written"
                    )
                {
                    return self.unsupported(&format!("the attribute {tn}.{name}"));
                }
                // A module's callable (itertools.chain, functools.partial ...) is a class
                // in CPython, with attributes of its own (chain.from_iterable).
                if let Obj::Builtin(b) = o
                    && b.0.contains('.')
                {
                    let owner = b.0;
                    let (module, rest) = owner.split_once('.').unwrap_or((owner, ""));
                    if let Some(v) = self.module_attr(module, &format!("{rest}.{name}"))? {
                        return Ok(v);
                    }
                    return self.unsupported(&format!("{owner}.{name}"));
                }
                // A type the recorded table lacks may have any attribute: refused too.
                if cpython_has_attr(row, name) || !cpython_knows_type(row) {
                    return self.unsupported(&format!("the attribute {tn}.{name}"));
                }
                self.err(
                    TypeId::AttributeError,
                    format!("'{tn}' object has no attribute '{name}'"),
                )
            }
        }
    }

    /// The descriptor `ty.name` that the type's `__dict__` holds (a method_descriptor or
    /// slot wrapper), one object per name, as the type keeps it.
    pub(crate) fn method_descr(&mut self, ty: TypeId, name: &'static str) -> ObjId {
        if let Some(&(_, _, id)) = self
            .method_descrs
            .iter()
            .find(|(x, n, _)| *x == ty && *n == name)
        {
            return id;
        }
        let id = self.heap.alloc(Obj::MethodDescr { ty, name });
        self.method_descrs.push((ty, name, id));
        id
    }

    // ----- formatting -----------------------------------------------------------------

    /// `FORMAT_VALUE`: f-string conversion and `format(v, spec)`.
    pub fn format_value(&mut self, v: ObjId, conv: u8, spec: Option<ObjId>) -> PyResult {
        let v = match conv {
            // PyObject_Str() of an exact str is the str itself.
            b's' if matches!(self.heap.get(v), Obj::Str(_)) => v,
            b's' => {
                let s = self.str_of(v)?;
                self.string(s)
            }
            b'r' => {
                let s = self.repr(v)?;
                self.string(s)
            }
            b'a' => {
                let s = self.repr(v)?;
                self.string(ascii_escape(&s))
            }
            _ => v,
        };
        let spec = spec.map(|s| self.str_value(s)).unwrap_or_default();
        self.format_obj(v, &spec)
    }

    /// `PyObject_Format()` as an object: an exact str that the spec leaves as it is
    /// (empty spec, or no padding or cut: format_string_internal()'s fast path) is
    /// handed back itself, as FORMAT_VALUE, `format()` and `str.format` do.
    pub fn format_obj(&mut self, v: ObjId, spec: &str) -> PyResult {
        if spec.is_empty() && matches!(self.heap.get(v), Obj::Str(_)) {
            return Ok(v);
        }
        let s = self.format(v, spec)?;
        if matches!(self.heap.get(v), Obj::Str(x) if *x.s == *s) {
            return Ok(v);
        }
        Ok(self.string(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: ObjId, spec: &str) -> PyResult<String> {
        // CPython tries to allocate a padded result this wide and fails.
        if let Ok(f) = format::parse_format_spec(spec)
            && f.width.is_some_and(|w| w > MAX_SIMULATED_LEN)
        {
            return Err(self.new_exc_args(TypeId::MemoryError, Vec::new()));
        }
        let r = match self.heap.get(v).clone() {
            Obj::Str(s) => format::format_str(&s.s, spec),
            Obj::Bool(b) if spec.is_empty() => Ok(if b { "True" } else { "False" }.to_string()),
            Obj::Bool(_) => {
                let n = self.as_bigint(v).unwrap_or_default();
                format::format_int_for(&n, spec, "bool")
            }
            Obj::Int(_) | Obj::Long(_) => {
                let n = self.as_bigint(v).unwrap_or_default();
                format::format_int(&n, spec)
            }
            Obj::Float(f) => format::format_float(f, spec),
            _ => {
                if spec.is_empty() {
                    // object.__format__ is a METH_O method PyObject_Format calls: its
                    // guard, then PyObject_Str.
                    return self
                        .with_recursion_guard(" while calling a Python object", |vm| vm.str_of(v));
                }
                let tn = self.type_name(v);
                return self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                ));
            }
        };
        match r {
            Ok(s) => Ok(s),
            // format_long_internal(): a 'c' value outside a C long or outside
            // range(0x110000) is an OverflowError.
            Err(m)
                if m.starts_with("%c arg not in range")
                    || m.starts_with("Python int too large") =>
            {
                self.err(TypeId::OverflowError, m)
            }
            Err(m) => self.err(TypeId::ValueError, m),
        }
    }

    /// `str % args`: `PyUnicode_Format()` in Objects/unicodeobject.c, reading the format
    /// one conversion at a time as `unicode_format_arg_parse()` and
    /// `unicode_format_arg_format()` do, so the first problem met is the one reported
    /// (a conversion's arguments are fetched before its character is checked).
    pub fn percent_format(&mut self, fmt: ObjId, args: ObjId) -> PyResult {
        let text = self.str_value(fmt);
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        // A tuple's items are the arguments; anything else is one argument. Anything with
        // `mp_subscript` that is not a tuple or a str is also the mapping `%(key)s` reads
        // (`PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`).
        let dict = self.percent_mapping(args)?.then_some(args);
        // (args, arglen, argidx) as unicode_format_getnextarg() keeps them: a lone
        // argument is arglen -1, argidx -2.
        let mut cur = args;
        let (mut arglen, mut argidx): (i64, i64) = match self.heap.get(args) {
            Obj::Tuple(t) => (t.len() as i64, 0),
            _ => (-1, -2),
        };
        let next_arg = |vm: &mut Vm, cur: ObjId, arglen: i64, argidx: &mut i64| -> PyResult {
            if *argidx < arglen {
                let i = *argidx;
                *argidx += 1;
                if arglen < 0 {
                    return Ok(cur);
                }
                if let Obj::Tuple(t) = vm.heap.get(cur) {
                    return Ok(t[i as usize]);
                }
            }
            vm.type_error("not enough arguments for format string")
        };
        let mut out = String::new();
        // The str a conversion writes whole into an empty writer as the format's last
        // piece: the writer (no over-allocation for the last piece) hands that str back
        // itself rather than a copy.
        let mut sole_str = None;
        let mut i = 0usize;
        while i < n {
            if chars[i] != '%' {
                let start = i;
                while i < n && chars[i] != '%' {
                    i += 1;
                }
                out.extend(&chars[start..i]);
                continue;
            }
            i += 1;
            // unicode_format_arg(): `%%` right after the `%` is a literal percent sign.
            if i < n && chars[i] == '%' {
                out.push('%');
                i += 1;
                continue;
            }
            // unicode_format_arg_parse(): `(key)`, flags, width, precision, length.
            if i < n && chars[i] == '(' {
                let Some(mapping) = dict else {
                    return self.type_error("format requires a mapping");
                };
                i += 1;
                let start = i;
                let mut depth = 1;
                while i < n && depth > 0 {
                    match chars[i] {
                        ')' => depth -= 1,
                        '(' => depth += 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return self.err(TypeId::ValueError, "incomplete format key");
                }
                let key: String = chars[start..i - 1].iter().collect();
                let k = self.str(&key);
                // PyObject_GetItem(): a defaultdict's or a subclass's __missing__ runs.
                cur = self.getitem(mapping, k)?;
                arglen = -1;
                argidx = -2;
            }
            let mut flags = format::PercentFlags::default();
            while i < n {
                match chars[i] {
                    '-' => flags.ljust = true,
                    '+' => flags.sign = true,
                    ' ' => flags.blank = true,
                    '#' => flags.alt = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut width = None;
            if i < n && chars[i] == '*' {
                i += 1;
                let v = next_arg(self, cur, arglen, &mut argidx)?;
                let w = self.star_arg(v, "ssize_t")?;
                // A negative `*` width left-justifies.
                if w < 0 {
                    flags.ljust = true;
                }
                width = Some(w.unsigned_abs());
            } else if i < n && chars[i].is_ascii_digit() {
                width = Some(self.percent_digits(&chars, &mut i, i64::MAX as u64, "width")?);
            }
            let mut precision = None;
            if i < n && chars[i] == '.' {
                i += 1;
                precision = Some(0u64);
                if i < n && chars[i] == '*' {
                    i += 1;
                    let v = next_arg(self, cur, arglen, &mut argidx)?;
                    let p = self.star_arg(v, "int")?;
                    precision = Some(p.max(0) as u64);
                } else if i < n && chars[i].is_ascii_digit() {
                    precision =
                        Some(self.percent_digits(&chars, &mut i, i32::MAX as u64, "precision")?);
                }
            }
            if i < n && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= n {
                return self.err(TypeId::ValueError, "incomplete format");
            }
            let conv = chars[i];
            let index = i;
            i += 1;
            if width.is_some_and(|w| w > MAX_SIMULATED_LEN as u64)
                || precision.is_some_and(|p| p > MAX_SIMULATED_LEN as u64)
            {
                return Err(self.new_exc_args(TypeId::MemoryError, Vec::new()));
            }
            let width = width.map(|w| w as usize);
            let precision = precision.map(|p| p as usize);
            let spec = format::PercentSpec { flags, conv };
            // unicode_format_arg_format(): the argument first, then the conversion.
            let arg = next_arg(self, cur, arglen, &mut argidx)?;
            if i == n
                && out.is_empty()
                && conv == 's'
                && !flags.sign
                && !flags.blank
                && matches!(self.heap.get(arg), Obj::Str(_))
            {
                sole_str = Some(arg);
            }
            let piece = match conv {
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.str_of(arg)?,
                        'r' => self.repr(arg)?,
                        _ => {
                            let r = self.repr(arg)?;
                            ascii_escape(&r)
                        }
                    };
                    format::percent_pad_str(&s, &spec, width, precision)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let v = match self.num(arg) {
                        // formatlong(): %o/%x/%X take no float (PyNumber_Index).
                        Some(Num::F(f)) if matches!(conv, 'd' | 'i' | 'u') => {
                            match numeric::float_to_bigint(f) {
                                Ok(v) => v,
                                Err(m) => return self.err(TypeId::OverflowError, m),
                            }
                        }
                        Some(v) if !matches!(v, Num::F(_)) => v.to_big(),
                        _ => {
                            let tn = self.type_name(arg);
                            let what = if matches!(conv, 'o' | 'x' | 'X') {
                                format!("%{conv} format: an integer is required, not {tn}")
                            } else {
                                format!("%{conv} format: a real number is required, not {tn}")
                            };
                            return self.type_error(what);
                        }
                    };
                    match format::percent_int(&v, &spec, width, precision) {
                        Ok(s) => s,
                        Err(m) => return self.err(TypeId::ValueError, m),
                    }
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match self.num(arg) {
                        Some(v) => num_to_f64(self, &v)?,
                        None => {
                            let tn = self.type_name(arg);
                            return self.type_error(format!("must be real number, not {tn}"));
                        }
                    };
                    format::percent_float(f, &spec, width, precision)
                }
                'c' => {
                    let c = match self.heap.get(arg) {
                        Obj::Str(s) if s.nchars == 1 => s.s.to_string(),
                        // formatchar(): an int outside range(0x110000) (or a C long) is
                        // an OverflowError.
                        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                            let v = self.as_bigint(arg).unwrap_or_default();
                            match v.to_u32().filter(|&c| c < 0x110000) {
                                Some(c) => match char::from_u32(c) {
                                    Some(c) => String::from(c),
                                    None => return self.unsupported("a lone surrogate from %c"),
                                },
                                None => {
                                    return self.err(
                                        TypeId::OverflowError,
                                        "%c arg not in range(0x110000)",
                                    );
                                }
                            }
                        }
                        _ => return self.type_error("%c requires int or char"),
                    };
                    format::percent_pad_str(&c, &spec, width, None)
                }
                // Including `%` after flags, a width or a key (`%5%`): 3.11 reads `%%`
                // only right after the `%`.
                other => {
                    let shown = if (31..=126).contains(&(other as u32)) {
                        other
                    } else {
                        '?'
                    };
                    return self.err(
                        TypeId::ValueError,
                        format!(
                            "unsupported format character '{shown}' (0x{:x}) at index {index}",
                            other as u32
                        ),
                    );
                }
            };
            out.push_str(&piece);
        }
        if argidx < arglen && dict.is_none() {
            return self.type_error("not all arguments converted during string formatting");
        }
        if let Some(arg) = sole_str
            && matches!(self.heap.get(arg), Obj::Str(x) if *x.s == *out)
        {
            return Ok(arg);
        }
        Ok(self.string(out))
    }

    /// `PyMapping_Check()` for `%`: whether the type has `mp_subscript` (dicts, lists,
    /// bytes, ranges, generic aliases, proxies, a class with `__getitem__` …).
    fn percent_mapping(&mut self, args: ObjId) -> PyResult<bool> {
        if self.is_proxy(args) {
            return Ok(true);
        }
        Ok(match self.heap.get(args) {
            Obj::Dict(_)
            | Obj::ModuleDict
            | Obj::List(_)
            | Obj::Bytes(_)
            | Obj::Range { .. }
            | Obj::MappingProxy(_) => true,
            // ga_getitem(), union_getitem(), typing's `__getitem__`s; `typing.Any` is a
            // class and a ForwardRef has none.
            Obj::TypeExpr(t) => !matches!(**t, TypeExpr::Typing("Any") | TypeExpr::ForwardRef(_)),
            Obj::WeakDict(w) => !w.set,
            Obj::Instance(_) => self.user_special_fn(args, "__getitem__")?.is_some(),
            _ => false,
        })
    }

    /// A `*` width or precision: an int (`* wants int`), as a C `Py_ssize_t` or `int`.
    /// A width's or precision's digits from `chars[*i]` on, at most `max`
    /// (`PY_SSIZE_T_MAX` for a width, `INT_MAX` for a precision): "width too big" /
    /// "precision too big" past it, as `unicode_format_arg_parse()` says.
    fn percent_digits(
        &mut self,
        chars: &[char],
        i: &mut usize,
        max: u64,
        what: &str,
    ) -> PyResult<u64> {
        let mut v: u64 = 0;
        while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
            let d = u64::from(d);
            if v > (max - d) / 10 {
                return self.err(TypeId::ValueError, format!("{what} too big"));
            }
            v = v * 10 + d;
            *i += 1;
        }
        Ok(v)
    }

    fn star_arg(&mut self, v: ObjId, c_type: &str) -> PyResult<i64> {
        if !matches!(self.heap.get(v), Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)) {
            return self.type_error("* wants int");
        }
        let n = self.as_bigint(v).unwrap_or_default();
        let fits = if c_type == "int" {
            n.to_i32().map(i64::from)
        } else {
            n.to_i64()
        };
        match fits {
            Some(x) => Ok(x),
            None => self.err(
                TypeId::OverflowError,
                format!("Python int too large to convert to C {c_type}"),
            ),
        }
    }
}

fn iter_type_name(it: &IterObj) -> &'static str {
    match it {
        IterObj::GroupBy { .. } => "groupby",
        IterObj::Grouper { .. } => "_grouper",
        IterObj::Deque { reverse: false, .. } => "_deque_iterator",
        IterObj::Deque { reverse: true, .. } => "_deque_reverse_iterator",
        IterObj::Seq { .. } => "list_iterator",
        IterObj::GetItem { .. } => "iterator",
        IterObj::GetItemRev { .. } => "reversed",
        IterObj::Str { .. } => "str_ascii_iterator",
        IterObj::Bytes { .. } => "bytes_iterator",
        IterObj::Range { .. } => "longrange_iterator",
        IterObj::SmallRange { .. } => "range_iterator",
        IterObj::Dict { kind, .. } => match kind {
            ViewKind::Keys => "dict_keyiterator",
            ViewKind::Values => "dict_valueiterator",
            ViewKind::Items => "dict_itemiterator",
        },
        IterObj::ODict { .. } => "odict_iterator",
        IterObj::DictRev { kind, .. } => match kind {
            ViewKind::Keys => "dict_reversekeyiterator",
            ViewKind::Values => "dict_reversevalueiterator",
            ViewKind::Items => "dict_reverseitemiterator",
        },
        IterObj::Set { .. } => "set_iterator",
        IterObj::Enumerate { .. } => "enumerate",
        IterObj::Zip { .. } => "zip",
        IterObj::Reversed { .. } => "list_reverseiterator",
        IterObj::Map { .. } => "map",
        IterObj::Filter { .. } => "filter",
        IterObj::Count { .. } => "count",
        IterObj::Islice { .. } => "islice",
        IterObj::Chain { .. } => "chain",
        IterObj::TakeWhile { .. } => "takewhile",
        IterObj::DropWhile { .. } => "dropwhile",
        IterObj::StarMap { .. } => "starmap",
        IterObj::Cycle { .. } => "cycle",
        IterObj::Repeat { .. } => "repeat",
        IterObj::ZipLongest { .. } => "zip_longest",
        IterObj::ChainFrom { .. } => "chain",
        IterObj::Accumulate { .. } => "accumulate",
        IterObj::Combinatoric { kind, .. } => match kind {
            ComboKind::Product => "product",
            ComboKind::Permutations => "permutations",
            ComboKind::Combinations => "combinations",
            ComboKind::CombinationsWithReplacement => "combinations_with_replacement",
        },
        IterObj::Exhausted => "iterator",
        IterObj::Finished(name) => name,
    }
}

pub(crate) fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::F(f) => Ok(*f),
        Num::B(b) => match numeric::int_to_f64(b) {
            Ok(f) => Ok(f),
            Err(m) => vm.err(TypeId::OverflowError, m),
        },
    }
}

fn cmp_result(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Exact comparison of two numbers (int vs float compares the true values, as
/// `float_richcompare` does). `None` when a NaN is involved.
/// A bool, int or float as a number.
pub fn num_of(o: &Obj) -> Option<Num> {
    match o {
        Obj::Bool(b) => Some(Num::I(*b as i64)),
        Obj::Int(i) => Some(Num::I(*i)),
        Obj::Long(b) => Some(Num::B((**b).clone())),
        Obj::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

pub fn compare_nums(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), y) => compare_int_float(&y.to_big(), *x).map(Ordering::reverse),
        (x, Num::F(y)) => compare_int_float(&x.to_big(), *y),
        (x, y) => Some(x.to_big().cmp(&y.to_big())),
    }
}

fn compare_int_float(n: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fl_big = numeric::float_to_bigint(fl).unwrap_or_default();
    match n.cmp(&fl_big) {
        Ordering::Equal if fl != f => Some(Ordering::Less),
        o => Some(o),
    }
}

pub(crate) fn range_len(p: &(BigInt, BigInt, BigInt)) -> BigInt {
    let (start, stop, step) = p;
    if step.is_positive() && start < stop {
        (stop - start - 1) / step + 1
    } else if step.is_negative() && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

/// Whether CPython's `str.isprintable()` holds for one character
/// (`Py_UNICODE_ISPRINTABLE`: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space).
pub fn is_printable(c: char) -> bool {
    crate::models::unicode::is_printable(c)
}

/// `repr(str)` (`unicode_repr`).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `ascii()` applied to a repr: non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            x if x < 0x100 => out.push_str(&format!("\\x{x:02x}")),
            x if x < 0x10000 => out.push_str(&format!("\\u{x:04x}")),
            x => out.push_str(&format!("\\U{x:08x}")),
        }
    }
    out
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// The text a user `__repr__`/`__str__` returns (it must be a str).
    pub(crate) fn special_str(&mut self, f: ObjId, obj: ObjId, which: &str) -> PyResult<String> {
        let r = self.call_sync(f, vec![obj])?;
        match self.heap.get(r) {
            Obj::Str(s) => Ok(s.s.to_string()),
            _ => {
                let tn = self.type_name(r);
                self.type_error(format!("{which} returned non-string (type {tn})"))
            }
        }
    }

    /// Rich comparison through user `__eq__`, `__lt__`, … as a bool (for
    /// `PyObject_RichCompareBool()` callers); `None` when neither operand is a user object,
    /// `Some(None)` for an ordering TypeError.
    pub(crate) fn user_compare(
        &mut self,
        op: CmpOp,
        a: ObjId,
        b: ObjId,
    ) -> PyResult<Option<Option<bool>>> {
        match self.user_compare_obj(op, a, b)? {
            Some(Some(r)) => Ok(Some(Some(self.truthy(r)?))),
            Some(None) => Ok(Some(None)),
            None => Ok(None),
        }
    }

    pub(crate) fn is_user_cmp(&self, x: ObjId) -> bool {
        match self.heap.get(x) {
            Obj::Instance(_) | Obj::Exception(_) => true,
            Obj::Dict(d) => d.class.is_some(),
            _ => false,
        }
    }

    /// Rich comparison through user `__eq__`, `__lt__`, …, returning whatever the method
    /// returned; mirrors `do_richcompare()` in Objects/object.c: the right operand's
    /// reflected method first when its type is a proper subclass of the left's, then the
    /// left's method, then the right's reflected one; `==`/`!=` fall back to identity.
    /// `None` when neither operand is a user object; `Some(None)` for an ordering
    /// TypeError.
    pub(crate) fn user_compare_obj(
        &mut self,
        op: CmpOp,
        a: ObjId,
        b: ObjId,
    ) -> PyResult<Option<Option<ObjId>>> {
        if !self.is_user_cmp(a) && !self.is_user_cmp(b) {
            return Ok(None);
        }
        // PyObject_RichCompare()'s guard.
        self.with_recursion_guard(" in comparison", |vm| vm.user_do_richcompare(op, a, b))
    }

    fn user_do_richcompare(
        &mut self,
        op: CmpOp,
        a: ObjId,
        b: ObjId,
    ) -> PyResult<Option<Option<ObjId>>> {
        let (ca, cb) = (self.class_of(a), self.class_of(b));
        let mut checked_reverse = false;
        if ca != cb && self.is_subclass(cb, ca) && self.is_user_cmp(b) {
            checked_reverse = true;
            let r = self.richcompare_slot(b, a, op.swapped())?;
            if r != self.not_implemented {
                return Ok(Some(Some(r)));
            }
        }
        let r = self.richcompare_slot(a, b, op)?;
        if r != self.not_implemented {
            return Ok(Some(Some(r)));
        }
        if !checked_reverse {
            let r = self.richcompare_slot(b, a, op.swapped())?;
            if r != self.not_implemented {
                return Ok(Some(Some(r)));
            }
        }
        Ok(Some(match op {
            CmpOp::Eq => Some(self.bool(a == b)),
            CmpOp::Ne => Some(self.bool(a != b)),
            _ => None,
        }))
    }

    /// `tp_richcompare(x, y, op)` of a user object: `slot_tp_richcompare()` calls the
    /// class's method; a class without one inherits `object_richcompare()` (Objects/
    /// typeobject.c): `==` is identity or NotImplemented, `!=` inverts `__eq__`, the
    /// orderings are NotImplemented. A built-in object facing a user object answers
    /// NotImplemented.
    pub(crate) fn richcompare_slot(&mut self, x: ObjId, y: ObjId, op: CmpOp) -> PyResult {
        if !self.is_user_cmp(x) {
            return Ok(self.not_implemented);
        }
        let name = match op {
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        };
        if let Some(f) = self.user_special(x, name)? {
            return self.call_sync(f, vec![x, y]);
        }
        // A dict subclass without the method inherits dict_richcompare(): == and != of
        // two dicts, NotImplemented otherwise.
        if let Obj::Dict(_) = self.heap.get(x) {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !matches!(self.heap.get(y), Obj::Dict(_)) {
                return Ok(self.not_implemented);
            }
            let eq = self.dict_equal(x, y)?;
            return Ok(self.bool(eq == (op == CmpOp::Eq)));
        }
        match op {
            CmpOp::Eq if x == y => Ok(self.true_),
            CmpOp::Ne => {
                let r = self.richcompare_slot(x, y, CmpOp::Eq)?;
                if r == self.not_implemented {
                    return Ok(r);
                }
                let t = self.truthy(r)?;
                Ok(self.bool(!t))
            }
            _ => Ok(self.not_implemented),
        }
    }
}

/// Whether slice indices pick a whole sequence of `len` items in order (start 0, step 1),
/// where CPython's immutable sequences return themselves.
fn whole_slice(ix: &[usize], len: usize) -> bool {
    ix.len() == len && ix.iter().enumerate().all(|(n, &i)| n == i)
}

/// Whether CPython 3.11's built-in type `type_name` has attribute `name`
/// (`assets/cpython_type_attrs.txt`, recorded by `tests/probe/dump_type_attrs.py`).
fn cpython_knows_type(type_name: &str) -> bool {
    const ATTRS: &str = include_str!("../../assets/cpython_type_attrs.txt");
    ATTRS
        .lines()
        .any(|line| line.split(' ').next() == Some(type_name))
}

/// The sorted `dir()` of a built-in type as CPython 3.11 lists it, when recorded.
pub(crate) fn cpython_type_attrs(type_name: &str) -> Option<Vec<String>> {
    const ATTRS: &str = include_str!("../../assets/cpython_type_attrs.txt");
    ATTRS.lines().find_map(|line| {
        let mut words = line.split(' ');
        (words.next() == Some(type_name)).then(|| words.map(str::to_string).collect())
    })
}

fn cpython_has_attr(type_name: &str, name: &str) -> bool {
    const ATTRS: &str = include_str!("../../assets/cpython_type_attrs.txt");
    ATTRS.lines().any(|line| {
        let mut words = line.split(' ');
        words.next() == Some(type_name) && words.any(|w| w == name)
    })
}

/// `==`/`!=` for a type that defines only equality (no ordering: None).
fn equality_only(op: CmpOp, same: bool) -> Option<bool> {
    match op {
        CmpOp::Eq => Some(same),
        CmpOp::Ne => Some(!same),
        _ => None,
    }
}

/// Whether CPython's object for built-in `name` is something other than a C function of
/// that name: a function or class written in Python (`copy.deepcopy`, `threading.Thread`,
/// `collections.namedtuple`), a bound method of the hidden `random.Random` instance, or a
/// C function of another name (`threading.Lock` is `allocate_lock`). Its repr, which pyxray
/// would print as `<built-in function …>`, is refused.
pub(crate) fn not_a_c_function(name: &str) -> bool {
    const PYTHON_LEVEL: &[&str] = &[
        "collections.namedtuple",
        "functools.wraps",
        "functools.lru_cache",
        "functools.cache",
        "functools.update_wrapper",
        "heapq.nlargest",
        "heapq.nsmallest",
        "heapq.merge",
        // Classes in CPython, whose vectorcall makes them as quick to call as functions.
        "map",
        "filter",
        "zip",
        "enumerate",
        "reversed",
    ];
    const PYTHON_MODULES: &[&str] = &["copy.", "random.", "threading.", "queue.", "inspect."];
    PYTHON_LEVEL.contains(&name) || PYTHON_MODULES.iter().any(|m| name.starts_with(m))
}
