//! Instances of Python subclasses of dict (`class D(dict)`): a dict object whose
//! `DictObj::class` names the class. Its table is a dict's. What differs from a dict is
//! which code runs: the class's own `__getitem__`, `__setitem__`, `__missing__` … are
//! called by the operators, while dict's methods (`update`, `get`, `setdefault`, `copy`)
//! and `dict.__init__` work on the table directly and never call them, as in CPython.
//! `super().__setitem__()` and `dict.__setitem__(self, …)` reach dict's slots here.

use super::object::*;
use super::{PyResult, Vm};
use crate::models::dict::Dict;

type Kw = Vec<(String, ObjId)>;

impl Vm {
    /// `dict_new()` for a subclass: an empty dict of class `cls`, with an attribute dict.
    pub(crate) fn new_dict_instance(&mut self, cls: ObjId) -> PyResult {
        if self.heap.precise {
            return self.unsupported(
                "instances of a dict subclass in a program whose reference counts are shown",
            );
        }
        if matches!(self.heap.get(cls), Obj::Class(c) if c.slots.is_some()) {
            return self.unsupported("__slots__ in a subclass of dict");
        }
        let ordered =
            matches!(self.heap.get(cls), Obj::Class(c) if c.layout == TypeId::OrderedDict);
        let flavor = if ordered {
            DictFlavor::UserOrdered(cls)
        } else {
            DictFlavor::User(cls)
        };
        let d = self.alloc_dict_of(Dict::new(), flavor);
        let attrs = if ordered {
            // OrderedDict keeps an instance dict of its own (od_inst_dict): not modelled.
            self.new_instance_dict()
        } else {
            self.new_split_attrs_dict(cls)
        };
        if let Some(Obj::Dict(x)) = self.heap.get_mut(d) {
            x.attrs = Some(attrs);
        }
        Ok(d)
    }

    /// `dict_init()` → `dict_update_common()`: the positional argument merges as
    /// `dict.update` merges it, then the keywords, gathered in a dict of their own, merge
    /// with `PyDict_Merge()`. No overridden `__setitem__` is called.
    pub(crate) fn dict_init(
        &mut self,
        d: ObjId,
        args: &[ObjId],
        kwargs: &[(String, ObjId)],
    ) -> PyResult<()> {
        if args.len() > 1 {
            return self.type_error(format!(
                "dict expected at most 1 argument, got {}",
                args.len()
            ));
        }
        if let Some(&a) = args.first() {
            self.dict_update_from(d, a)?;
        }
        if !kwargs.is_empty() {
            let kw = self.kwargs_dict(kwargs)?;
            self.dict_merge(d, kw)?;
        }
        Ok(())
    }

    /// Whether `d` is an instance of a dict subclass whose class defines `name` in Python.
    pub(crate) fn dict_subclass_defines(&mut self, d: ObjId, name: &str) -> PyResult<bool> {
        if !matches!(self.heap.get(d), Obj::Dict(x) if x.class.is_some()) {
            return Ok(false);
        }
        Ok(self.user_special_fn(d, name)?.is_some())
    }

    /// Whether `d` is a dict subclass's instance that overrides `__iter__` or `keys`, so
    /// `dict_merge()` and `update()` would go through the class to read it.
    pub(crate) fn dict_subclass_overrides_iteration(&mut self, d: ObjId) -> PyResult<bool> {
        Ok(self.dict_subclass_defines(d, "__iter__")? || self.dict_subclass_defines(d, "keys")?)
    }

    /// `dict_subscript()` on a subclass's instance: a missing key calls the class's
    /// `__missing__(key)` when it defines one, else KeyError.
    pub(crate) fn dict_subclass_getitem(&mut self, d: ObjId, k: ObjId) -> PyResult {
        if let Some(v) = self.dict_lookup(d, k)? {
            return Ok(v);
        }
        match self.user_special_fn(d, "__missing__")? {
            Some(f) => self.call_sync(f, vec![d, k]),
            None => Err(self.new_exc_args(TypeId::KeyError, vec![k])),
        }
    }

    /// dict's slots (or, `ordered`, OrderedDict's) reached by name from a subclass
    /// (`super().__setitem__(k, v)`, a bound method) or through the type
    /// (`dict.__setitem__(self, k, v)`, the instance first).
    pub(crate) fn dict_slot_method(
        &mut self,
        recv: ObjId,
        slot: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
        ordered: bool,
    ) -> PyResult {
        if slot == "fromkeys" {
            return self.dict_subclass_fromkeys(recv, &args, &kwargs);
        }
        let base = if ordered {
            "collections.OrderedDict"
        } else {
            "dict"
        };
        let (d, args) = match self.heap.get(recv) {
            Obj::Dict(_) => (recv, args),
            _ => match args.split_first() {
                Some((&d, rest)) if matches!(self.heap.get(d), Obj::Dict(_)) => (d, rest.to_vec()),
                _ => {
                    return self.type_error(format!(
                        "descriptor '{slot}' of '{base}' object needs an argument"
                    ));
                }
            },
        };
        let ordered = ordered && self.is_odict(d);
        if slot != "__init__" && !kwargs.is_empty() {
            return self.type_error(format!("{base}.{slot}() takes no keyword arguments"));
        }
        let arity = |vm: &mut Vm, n: usize| -> PyResult<()> {
            if args.len() == n {
                Ok(())
            } else {
                vm.type_error(format!(
                    "expected {n} argument{}, got {}",
                    if n == 1 { "" } else { "s" },
                    args.len()
                ))
            }
        };
        Ok(match slot {
            // odict_init() is update(), which stores through PyObject_SetItem.
            "__init__" if ordered => {
                if args.len() > 1 {
                    return self
                        .type_error(format!("expected at most 1 arguments, got {}", args.len()));
                }
                self.od_update(d, args.first().copied(), kwargs)?;
                self.none
            }
            "__init__" => {
                self.dict_init(d, &args, &kwargs)?;
                self.none
            }
            "__getitem__" => {
                arity(self, 1)?;
                if matches!(self.heap.get(d), Obj::Dict(x) if x.class.is_some()) {
                    self.dict_subclass_getitem(d, args[0])?
                } else {
                    self.dict_getitem(d, args[0])?
                }
            }
            "__setitem__" => {
                arity(self, 2)?;
                if ordered {
                    self.od_setitem(d, args[0], args[1])?;
                } else {
                    self.dict_setitem(d, args[0], args[1])?;
                }
                self.none
            }
            "__delitem__" => {
                arity(self, 1)?;
                if ordered {
                    self.od_delitem(d, args[0])?;
                } else {
                    self.dict_delitem(d, args[0])?;
                }
                self.none
            }
            "__contains__" => {
                arity(self, 1)?;
                let r = self.dict_contains(d, args[0])?;
                self.bool(r)
            }
            "__len__" => {
                arity(self, 0)?;
                let n = match self.heap.get(d) {
                    Obj::Dict(x) => x.table.len(),
                    _ => 0,
                };
                self.int(n as i64)
            }
            "__iter__" => {
                arity(self, 0)?;
                let it = if ordered {
                    self.odict_iter(d, ViewKind::Keys, false)
                } else {
                    self.dict_iter(d, ViewKind::Keys, false)?
                };
                self.heap.alloc(Obj::Iter(Box::new(it)))
            }
            "__repr__" => {
                arity(self, 0)?;
                let s = if ordered {
                    self.odict_repr(d)?
                } else {
                    self.dict_repr_plain(d)?
                };
                self.str(&s)
            }
            "__eq__" => {
                arity(self, 1)?;
                if !matches!(self.heap.get(args[0]), Obj::Dict(_)) {
                    return Ok(self.not_implemented);
                }
                let r = self.dict_equal(d, args[0])?;
                self.bool(r)
            }
            _ => return self.unsupported(&format!("{base}.{slot}")),
        })
    }

    /// `_PyDict_FromKeys(cls, iterable, value)` for a subclass `cls`: `cls()`, then
    /// `d[key] = value` for each key, through the class's `__setitem__` if it has one.
    fn dict_subclass_fromkeys(&mut self, cls: ObjId, args: &[ObjId], kwargs: &Kw) -> PyResult {
        if !kwargs.is_empty() {
            return self.type_error("fromkeys() takes no keyword arguments");
        }
        self.arity("fromkeys", args, 1, 2)?;
        let value = args.get(1).copied().unwrap_or(self.none);
        let d = self.instantiate_sync(cls, Vec::new())?;
        let it = self.get_iter(args[0])?;
        while let Some(k) = self.iter_next(it)? {
            self.setitem(d, k, value)?;
        }
        Ok(d)
    }

    /// `dict_repr()` itself, whatever `__repr__` the dict's class defines: `{...}` for a
    /// dict already being shown.
    pub(crate) fn dict_repr_plain(&mut self, d: ObjId) -> PyResult<String> {
        if self.repr_stack.contains(&d) {
            return Ok("{...}".into());
        }
        self.repr_stack.push(d);
        let r = self.dict_items_repr(d);
        self.repr_stack.pop();
        r
    }

    /// `{k: v, ...}`, the items in order (dict_repr()'s body; the caller has entered
    /// Py_ReprEnter).
    pub(crate) fn dict_items_repr(&mut self, d: ObjId) -> PyResult<String> {
        let mut parts = Vec::new();
        for (k, v) in self.dict_items(d) {
            parts.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    }
}

/// The slot wrappers of dict (`ordered`: of OrderedDict, which overrides some) that a
/// subclass reaches by name: `dict.__setitem__` is run by `Vm::dict_slot_method`.
pub(crate) fn slot_name(name: &str, ordered: bool) -> Option<&'static str> {
    if ordered {
        return Some(match name {
            "__init__" => "odict.__init__",
            "__setitem__" => "odict.__setitem__",
            "__delitem__" => "odict.__delitem__",
            "__iter__" => "odict.__iter__",
            "__repr__" => "odict.__repr__",
            "__eq__" => "odict.__eq__",
            _ => return slot_name(name, false),
        });
    }
    Some(match name {
        "__init__" => "dict.__init__",
        "__getitem__" => "dict.__getitem__",
        "__setitem__" => "dict.__setitem__",
        "__delitem__" => "dict.__delitem__",
        "__contains__" => "dict.__contains__",
        "__len__" => "dict.__len__",
        "__iter__" => "dict.__iter__",
        "__repr__" => "dict.__repr__",
        "__eq__" => "dict.__eq__",
        _ => return None,
    })
}
