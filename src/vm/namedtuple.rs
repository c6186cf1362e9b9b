//! `collections.namedtuple()` (Lib/collections/__init__.py): a class whose instances are
//! tuples. An instance is a plain `Obj::Tuple` (so hashing, `==`, indexing, unpacking and
//! its use as a dict key are a tuple's, as in CPython) and `Vm::namedtuples` records its
//! class; the class is a user class laid out as `tuple`, its namespace holding what
//! `namedtuple()` puts there that a program reads (`_fields`, `_field_defaults`,
//! `__doc__`, `__module__`). The generated `__new__`, `__repr__`, `_make`, `_replace`,
//! `_asdict` and the field getters are run natively with the messages CPython's give.
//! Refused: `rename=True`, subclassing a namedtuple class, reading a field getter from
//! the class, and programs whose reference counts are shown.

use super::object::*;
use super::{PyResult, Vm};
use crate::models::unicode as uc;
use std::rc::Rc;

type Kw = Vec<(String, ObjId)>;

/// Python's keywords (`keyword.kwlist` of 3.11): not allowed as names.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What `namedtuple()` remembers of a class it made.
#[derive(Clone, Debug)]
pub struct NamedTupleClass {
    pub name: String,
    pub fields: Rc<[String]>,
    /// The defaults of the last fields.
    pub defaults: Rc<[ObjId]>,
}

impl Vm {
    /// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
    pub(crate) fn namedtuple_new(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if self.heap.precise {
            return self.unsupported(
                "collections.namedtuple in a program whose reference counts are shown",
            );
        }
        let [typename, field_names] = args[..] else {
            return self.unsupported("namedtuple() without exactly two positional arguments");
        };
        let mut defaults = None;
        for (k, v) in &kwargs {
            match k.as_str() {
                "defaults" => defaults = Some(*v).filter(|&d| d != self.none),
                "rename" if !self.truthy(*v)? => {}
                "module" if *v == self.none => {}
                _ => return self.unsupported(&format!("namedtuple(..., {k}=...)")),
            }
        }
        let Obj::Str(tn) = self.heap.get(typename) else {
            return self.unsupported("namedtuple() with a type name that is not a str");
        };
        let typename_s = tn.s.to_string();
        // field_names: a str split on commas and whitespace, else str() of each item.
        let names: Vec<String> = match self.heap.get(field_names) {
            Obj::Str(s) => {
                s.s.replace(',', " ")
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            }
            _ => {
                let items = self.collect_iterable(field_names)?;
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.str_of(x)?);
                }
                out
            }
        };
        for name in std::iter::once(&typename_s).chain(&names) {
            if !uc::str_isidentifier(name) {
                return self.err(
                    TypeId::ValueError,
                    format!("Type names and field names must be valid identifiers: '{name}'"),
                );
            }
            if KEYWORDS.contains(&name.as_str()) {
                return self.err(
                    TypeId::ValueError,
                    format!("Type names and field names cannot be a keyword: '{name}'"),
                );
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for name in &names {
            if name.starts_with('_') {
                return self.err(
                    TypeId::ValueError,
                    format!("Field names cannot start with an underscore: '{name}'"),
                );
            }
            if seen.contains(&name.as_str()) {
                return self.err(
                    TypeId::ValueError,
                    format!("Encountered duplicate field name: '{name}'"),
                );
            }
            seen.push(name);
        }
        let defaults: Vec<ObjId> = match defaults {
            Some(d) => self.collect_iterable(d)?,
            None => Vec::new(),
        };
        if defaults.len() > names.len() {
            return self.type_error("Got more default values than field names");
        }
        // The class namespace: what a program reads of it.
        let ns = self.new_instance_dict();
        let set = |vm: &mut Vm, k: &str, v: ObjId| -> PyResult<()> {
            let k = vm.intern(k, None);
            vm.quietly(|vm| vm.dict_setitem(ns, k, v))
        };
        let doc = self.str(&format!("{typename_s}({})", names.join(", ")));
        set(self, "__doc__", doc)?;
        let slots = self.tuple(Vec::new());
        set(self, "__slots__", slots)?;
        let field_objs: Vec<ObjId> = names.iter().map(|n| self.intern(n, None)).collect();
        let fields_tuple = self.tuple(field_objs.clone());
        set(self, "_fields", fields_tuple)?;
        let fd = self.new_dict();
        let first_default = names.len() - defaults.len();
        for (k, v) in field_objs[first_default..].iter().zip(&defaults) {
            self.dict_setitem(fd, *k, *v)?;
        }
        set(self, "_field_defaults", fd)?;
        let module = self.str("__main__");
        set(self, "__module__", module)?;
        let tuple_ref = ClassRef::Builtin(TypeId::Tuple);
        let bases_obj = {
            let t = self.class_obj(tuple_ref);
            self.tuple(vec![t])
        };
        let cls = self.heap.alloc(Obj::Class(Box::new(ClassObj {
            name: typename_s.clone(),
            qualname: typename_s.clone(),
            bases: vec![tuple_ref],
            mro: Vec::new(),
            dict: ns,
            layout: TypeId::Tuple,
            mro_obj: None,
            bases_obj: Some(bases_obj),
            base_obj: None,
            slots: None,
            solid: ClassRef::Builtin(TypeId::Tuple),
            shared_keys: None,
        })));
        let mro = vec![
            ClassRef::User(cls),
            tuple_ref,
            ClassRef::Builtin(TypeId::Object),
        ];
        let mro_items: Vec<ObjId> = mro.iter().map(|&c| self.class_obj(c)).collect();
        let mro_obj = self.tuple(mro_items);
        let base_obj = self.class_obj(tuple_ref);
        if let Some(Obj::Class(c)) = self.heap.get_mut(cls) {
            c.mro = mro;
            c.mro_obj = Some(mro_obj);
            c.base_obj = Some(base_obj);
        }
        self.namedtuple_classes.insert(
            cls,
            NamedTupleClass {
                name: typename_s,
                fields: names.into(),
                defaults: defaults.into(),
            },
        );
        Ok(cls)
    }

    /// What `namedtuple()` made `cls` with, or the class it derives from (a class
    /// statement deriving from a namedtuple class: `class P(namedtuple('P', 'x y'))`).
    pub(crate) fn namedtuple_class(&self, cls: ObjId) -> Option<NamedTupleClass> {
        if let Some(nt) = self.namedtuple_classes.get(&cls) {
            return Some(nt.clone());
        }
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
        c.mro.iter().find_map(|r| match r {
            ClassRef::User(id) => self.namedtuple_classes.get(id).cloned(),
            ClassRef::Builtin(_) => None,
        })
    }

    /// Whether instances of `cls`, a namedtuple class or a subclass of one, have a
    /// `__dict__`: a subclass without `__slots__` gives them one.
    pub(crate) fn namedtuple_has_dict(&mut self, cls: ObjId) -> PyResult<bool> {
        let mro = match self.heap.get(cls) {
            Obj::Class(c) => c.mro.clone(),
            _ => return Ok(false),
        };
        let key = self.str("__slots__");
        for r in mro {
            let ClassRef::User(id) = r else { continue };
            if self.namedtuple_classes.contains_key(&id) {
                break;
            }
            let ns = match self.heap.get(id) {
                Obj::Class(c) => c.dict,
                _ => continue,
            };
            if self.quietly(|vm| vm.dict_lookup(ns, key))?.is_none() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The namedtuple class of tuple `t`, if it is an instance of one.
    pub(crate) fn namedtuple_of(&self, t: ObjId) -> Option<ObjId> {
        self.namedtuples.get(&t).copied()
    }

    /// The generated `__new__(_cls, x, y, ...)`: positional and keyword arguments bound to
    /// the fields, the defaults filling the rest.
    pub(crate) fn namedtuple_instance(
        &mut self,
        cls: ObjId,
        args: &[ObjId],
        kwargs: &Kw,
    ) -> PyResult {
        let Some(nt) = self.namedtuple_class(cls) else {
            return self.unsupported("this tuple subclass");
        };
        let n = nt.fields.len();
        if args.len() > n {
            return self.type_error(format!(
                "{}.__new__() takes {} positional argument{} but {} were given",
                nt.name,
                n + 1,
                if n == 0 { "" } else { "s" },
                args.len() + 1
            ));
        }
        let mut values: Vec<Option<ObjId>> = vec![None; n];
        for (i, &a) in args.iter().enumerate() {
            values[i] = Some(a);
        }
        for (k, v) in kwargs {
            match nt.fields.iter().position(|f| f == k) {
                Some(i) if values[i].is_some() => {
                    return self.type_error(format!(
                        "{}.__new__() got multiple values for argument '{k}'",
                        nt.name
                    ));
                }
                Some(i) => values[i] = Some(*v),
                None => {
                    return self.type_error(format!(
                        "{}.__new__() got an unexpected keyword argument '{k}'",
                        nt.name
                    ));
                }
            }
        }
        let first_default = n - nt.defaults.len();
        for (i, v) in values.iter_mut().enumerate() {
            if v.is_none() && i >= first_default {
                *v = Some(nt.defaults[i - first_default]);
            }
        }
        let missing: Vec<String> = values
            .iter()
            .zip(nt.fields.iter())
            .filter(|(v, _)| v.is_none())
            .map(|(_, f)| f.clone())
            .collect();
        if !missing.is_empty() {
            let name = format!("{}.__new__", nt.name);
            return self.type_error(super::missing_message(&name, "positional", &missing));
        }
        let items: Vec<ObjId> = values.into_iter().flatten().collect();
        Ok(self.make_namedtuple(cls, items))
    }

    fn namedtuple_items(&self, t: ObjId) -> Vec<ObjId> {
        match self.heap.get(t) {
            Obj::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        }
    }

    fn make_namedtuple(&mut self, cls: ObjId, items: Vec<ObjId>) -> ObjId {
        let t = self.heap.alloc(Obj::Tuple(items.into_boxed_slice()));
        self.namedtuples.insert(t, cls);
        t
    }

    /// The generated `__repr__`: `Point(x=1, y=2)`.
    pub(crate) fn namedtuple_repr(&mut self, t: ObjId, cls: ObjId) -> PyResult<String> {
        let Some(nt) = self.namedtuple_class(cls) else {
            return Ok(String::new());
        };
        let items = self.namedtuple_items(t);
        let mut parts = Vec::with_capacity(items.len());
        for (f, v) in nt.fields.iter().zip(items) {
            parts.push(format!("{f}={}", self.repr(v)?));
        }
        // `self.__class__.__name__`: a subclass's own name.
        let name = match self.heap.get(cls) {
            Obj::Class(c) => c.name.clone(),
            _ => nt.name.clone(),
        };
        Ok(format!("{name}({})", parts.join(", ")))
    }

    /// An attribute of a namedtuple instance: a field, or one of the generated methods.
    pub(crate) fn namedtuple_getattr(&mut self, t: ObjId, cls: ObjId, name: &str) -> PyResult {
        let Some(nt) = self.namedtuple_class(cls) else {
            return self.unsupported("this tuple subclass");
        };
        if !self.namedtuple_classes.contains_key(&cls)
            && let Some(v) = self.namedtuple_subclass_attr(t, cls, name)?
        {
            return Ok(v);
        }
        if let Some(i) = nt.fields.iter().position(|f| f == name) {
            return Ok(match self.heap.get(t) {
                Obj::Tuple(items) => items[i],
                _ => self.none,
            });
        }
        match name {
            "_replace" | "_asdict" => Ok(self.heap.alloc(Obj::Method {
                receiver: t,
                name: if name == "_replace" {
                    "namedtuple._replace"
                } else {
                    "namedtuple._asdict"
                },
            })),
            "_make" => Ok(self.heap.alloc(Obj::Method {
                receiver: cls,
                name: "namedtuple._make",
            })),
            "__class__" => Ok(cls),
            "count" | "index" => Ok(self.heap.alloc(Obj::Method {
                receiver: t,
                name: if name == "count" { "count" } else { "index" },
            })),
            _ => {
                let k = self.str(name);
                let ns = match self.heap.get(cls) {
                    Obj::Class(c) => c.dict,
                    _ => return self.unsupported("this namedtuple"),
                };
                if let Some(v) = self.quietly(|vm| vm.dict_lookup(ns, k))? {
                    return Ok(v);
                }
                let tn = self.type_name(t);
                self.err(
                    TypeId::AttributeError,
                    format!("'{tn}' object has no attribute '{name}'"),
                )
            }
        }
    }

    /// An attribute a subclass of a namedtuple class defines itself (a method, a
    /// property, a class attribute), found before the namedtuple class in the MRO.
    fn namedtuple_subclass_attr(
        &mut self,
        t: ObjId,
        cls: ObjId,
        name: &str,
    ) -> PyResult<Option<ObjId>> {
        let mro = match self.heap.get(cls) {
            Obj::Class(c) => c.mro.clone(),
            _ => return Ok(None),
        };
        let key = self.str(name);
        for r in mro {
            let ClassRef::User(id) = r else { break };
            if self.namedtuple_classes.contains_key(&id) {
                break;
            }
            let ns = match self.heap.get(id) {
                Obj::Class(c) => c.dict,
                _ => continue,
            };
            if let Some(v) = self.quietly(|vm| vm.dict_lookup(ns, key))? {
                let v = match self.heap.get(v) {
                    Obj::Property(p) => {
                        let getter = p[0];
                        return self.call_sync(getter, vec![t]).map(Some);
                    }
                    _ => v,
                };
                return self.bind(v, Some(t), cls).map(Some);
            }
        }
        Ok(None)
    }

    /// `_replace(**kwds)`, `_asdict()` and the class method `_make(iterable)`.
    pub(crate) fn namedtuple_method(
        &mut self,
        recv: ObjId,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        match name {
            "_make" => {
                let cls = recv;
                let Some(nt) = self.namedtuple_class(cls) else {
                    return self.unsupported("this namedtuple");
                };
                if args.len() != 1 || !kwargs.is_empty() {
                    return self.unsupported("these arguments to a namedtuple's _make()");
                }
                let items = self.collect_iterable(args[0])?;
                if items.len() != nt.fields.len() {
                    return self.type_error(format!(
                        "Expected {} arguments, got {}",
                        nt.fields.len(),
                        items.len()
                    ));
                }
                Ok(self.make_namedtuple(cls, items))
            }
            "_replace" => {
                let Some(cls) = self.namedtuple_of(recv) else {
                    return self.unsupported("this namedtuple");
                };
                let Some(nt) = self.namedtuple_class(cls) else {
                    return self.unsupported("this namedtuple");
                };
                if !args.is_empty() {
                    return self.type_error(format!(
                        "{}._replace() takes 1 positional argument but {} were given",
                        nt.name,
                        args.len() + 1
                    ));
                }
                let mut items = self.namedtuple_items(recv);
                let mut rest: Vec<&str> = Vec::new();
                for (k, v) in &kwargs {
                    match nt.fields.iter().position(|f| f == k) {
                        Some(i) => items[i] = *v,
                        None => rest.push(k),
                    }
                }
                if !rest.is_empty() {
                    let quoted: Vec<String> = rest.iter().map(|r| format!("'{r}'")).collect();
                    return self.err(
                        TypeId::ValueError,
                        format!("Got unexpected field names: [{}]", quoted.join(", ")),
                    );
                }
                Ok(self.make_namedtuple(cls, items))
            }
            "_asdict" => {
                let Some(cls) = self.namedtuple_of(recv) else {
                    return self.unsupported("this namedtuple");
                };
                let Some(nt) = self.namedtuple_class(cls) else {
                    return self.unsupported("this namedtuple");
                };
                // dict(zip(self._fields, self)): one insert per field.
                let items = self.namedtuple_items(recv);
                let d = self.new_dict();
                for (f, v) in nt.fields.iter().zip(items) {
                    let k = self.intern(f, None);
                    self.dict_setitem(d, k, v)?;
                }
                Ok(d)
            }
            _ => self.unsupported(&format!("the namedtuple method {name}")),
        }
    }
}
