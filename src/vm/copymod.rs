//! The `copy` module: `copy.copy()` and `copy.deepcopy()`, step for step as
//! Lib/copy.py runs them in CPython 3.11.
//!
//! What shows in pyxray's views is what copy.py does to the objects: a deep copy of a dict
//! is a new dict filled by one `y[deepcopy(key)] = deepcopy(value)` after another (so its
//! table is built by inserts, not cloned as `dict.copy()` clones it), a deep copy of a list
//! grows by appends, an instance is made by `object.__new__` and given a copy of its state
//! through `y.__dict__.update(state)`, and the `memo` dict (keyed by `id()`) fills as
//! copy.py fills it. Reached through `__reduce_ex__(4)` as copy.py reaches them: sets and
//! frozensets (rebuilt from a deep-copied list), `defaultdict`, `Counter`, `OrderedDict`
//! and `deque` (their own `__reduce__`), namedtuples (`__getnewargs__`) and instances of
//! plain classes (both of which give their class the `__slotnames__` cache
//! `copyreg._slotnames` stores).
//!
//! Refused rather than guessed: objects whose copy goes through a class's own
//! `__reduce__`, `__reduce_ex__`, `__getstate__`, `__setstate__`, `__getnewargs__`,
//! `__new__`, `__getattr__` or `__slots__`, subclasses of built-in types and of
//! namedtuples, the other built-in types (iterators, locks ...), a `memo` that is not
//! a dict, nesting that would bring copy.py's frames near the recursion limit, an
//! uncaught exception raised inside a copy (its traceback shows copy.py's lines, which
//! differ between 3.11 releases), and programs that watch the collector or reference
//! counts (copy.py's temporary objects would show there).

use super::builtins::Kw;
use super::object::{Builtin, ClassRef, Obj, ObjId, TypeId};
use super::{PyResult, Vm};

pub(crate) const FUNCTIONS: &[&str] = &["copy.copy", "copy.deepcopy"];

/// What `__reduce_ex__(4)` hands `_reconstruct()` as the callable.
#[derive(Clone, Copy)]
enum Maker {
    /// `copyreg.__newobj__`: `cls.__new__(cls)`, which is `object.__new__` here.
    NewObj(ObjId),
    /// `set(items)` or `frozenset(items)`.
    Set { frozen: bool },
    /// `defaultdict(default_factory)`, `Counter(mapping)`, `OrderedDict()`, `deque(...)`:
    /// the type called with the arguments.
    Type(TypeId),
    /// A namedtuple class's `__new__(cls, *items)` (`copyreg.__newobj__`).
    NamedTuple(ObjId),
}

/// What `_reconstruct()` is handed after the state: `listiter` (appended) or
/// `dictiter` (stored) items.
enum Items {
    None,
    List(Vec<ObjId>),
    Dict(Vec<(ObjId, ObjId)>),
}

impl Vm {
    pub(crate) fn copy_module_attr(&mut self, name: &str) -> PyResult {
        let full = format!("copy.{name}");
        match FUNCTIONS.iter().find(|f| **f == full) {
            Some(f) => Ok(self.heap.alloc(Obj::Builtin(Builtin(f)))),
            None => self.unsupported(&full),
        }
    }

    /// `copy.copy(x)` and `copy.deepcopy(x, memo=None)`.
    pub(crate) fn call_copy(&mut self, full: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let deep = full == "copy.deepcopy";
        let (fname, params): (&str, &[&str]) = if deep {
            ("deepcopy", &["x", "memo", "_nil"])
        } else {
            ("copy", &["x"])
        };
        if args.len() > params.len() {
            let takes = if deep {
                "from 1 to 3 positional arguments".to_string()
            } else {
                "1 positional argument".to_string()
            };
            return self.type_error(format!(
                "{fname}() takes {takes} but {} were given",
                args.len()
            ));
        }
        let mut bound: Vec<Option<ObjId>> = vec![None; params.len()];
        for (slot, a) in bound.iter_mut().zip(&args) {
            *slot = Some(*a);
        }
        for (k, v) in kwargs {
            match params.iter().position(|p| *p == k) {
                Some(i) if bound[i].is_some() => {
                    return self
                        .type_error(format!("{fname}() got multiple values for argument '{k}'"));
                }
                Some(i) => bound[i] = Some(v),
                None => {
                    return self.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{k}'"
                    ));
                }
            }
        }
        let Some(x) = bound[0] else {
            return self.type_error(format!(
                "{fname}() missing 1 required positional argument: 'x'"
            ));
        };
        if bound.get(2).copied().flatten().is_some() {
            return self.unsupported("deepcopy()'s _nil argument");
        }
        if self.heap.precise {
            return self
                .unsupported("the module 'copy' in a program whose reference counts are shown");
        }
        if self.program_watches_collector() {
            return self
                .unsupported("the module 'copy' in a program that watches the garbage collector");
        }
        let r = if deep {
            let memo = bound[1].filter(|&m| m != self.none);
            self.deepcopy(x, memo)
        } else {
            self.copy_frames(1, |vm| vm.shallow_copy(x))
        };
        if let Err(e) = r
            && !self.exc_is(e, TypeId::Unsupported)
        {
            let at = self.frames.last().map(|f| (f.code, self.frame_line(f)));
            if let (Some((code, line)), Some(Obj::Exception(x))) = (at, self.heap.get_mut(e))
                && x.library.is_none()
            {
                x.library = Some(("copy", code, line));
            }
        }
        r
    }

    /// `copy.copy(x)`.
    fn shallow_copy(&mut self, x: ObjId) -> PyResult {
        match self.class_of(x) {
            // _copy_dispatch: the immutable types are their own copies; list, dict and
            // set are copied by their `copy()` methods.
            ClassRef::Builtin(t)
                if atomic(t) || matches!(t, TypeId::Tuple | TypeId::FrozenSet | TypeId::Slice) =>
            {
                Ok(x)
            }
            ClassRef::Builtin(TypeId::List | TypeId::Dict | TypeId::Set) => {
                self.call_method(x, "copy", Vec::new(), Vec::new())
            }
            // `cls.__copy__`: defdict_copy() makes `type(dd)(dd.default_factory, dd)`,
            // deque_copy() a deque of the same items and maxlen.
            ClassRef::Builtin(TypeId::DefaultDict | TypeId::Deque) => {
                self.call_method(x, "copy", Vec::new(), Vec::new())
            }
            ClassRef::Builtin(t @ (TypeId::Counter | TypeId::OrderedDict)) => {
                let (maker, args, items) = self.reduce_builtin(x, t)?;
                self.reconstruct(x, None, maker, args, None, items)
            }
            ClassRef::Builtin(t) => self.refuse_copy(t.name()),
            ClassRef::User(cls) => {
                if let Some(args) = self.reduce_namedtuple(x, cls)? {
                    return self.reconstruct(
                        x,
                        None,
                        Maker::NamedTuple(cls),
                        args,
                        None,
                        Items::None,
                    );
                }
                self.plain_instance(x, cls)?;
                // `getattr(cls, "__copy__")`, called with the instance.
                if self
                    .lookup_in_mro(ClassRef::User(cls), "__copy__")?
                    .is_some()
                {
                    let copier = self.get_attr(cls, "__copy__")?;
                    return self.call_sync(copier, vec![x]);
                }
                let (args, state) = self.reduce_instance(x, cls)?;
                self.reconstruct(x, None, Maker::NewObj(cls), args, state, Items::None)
            }
        }
    }

    /// The `__reduce__` of a built-in container copy.py reaches that way: the type to
    /// call, its arguments and the items `_reconstruct()` adds.
    fn reduce_builtin(&mut self, x: ObjId, t: TypeId) -> PyResult<(Maker, ObjId, Items)> {
        Ok(match t {
            // Counter.__reduce__: (type(self), (dict(self),)).
            TypeId::Counter => {
                let d = self.call_type(TypeId::Dict, vec![x], Vec::new())?;
                (Maker::Type(t), self.tuple(vec![d]), Items::None)
            }
            // odict_reduce(): (type(od), (), state, None, iter(od.items())).
            TypeId::OrderedDict => {
                let items = self.dict_items(x);
                (Maker::Type(t), self.tuple(Vec::new()), Items::Dict(items))
            }
            // defdict_reduce(): (type(dd), (default_factory,), None, None, iter(dd.items())).
            TypeId::DefaultDict => {
                let factory = match self.heap.get(x) {
                    Obj::Dict(dd) => dd.default_factory.unwrap_or(self.none),
                    _ => self.none,
                };
                let args = if factory == self.none {
                    self.tuple(Vec::new())
                } else {
                    self.tuple(vec![factory])
                };
                (Maker::Type(t), args, Items::Dict(self.dict_items(x)))
            }
            // deque_reduce(): (type(d), () or ((), maxlen), state, iter(d)).
            TypeId::Deque => {
                let (items, maxlen) = match self.heap.get(x) {
                    Obj::Deque(d) => (d.items.iter().copied().collect::<Vec<_>>(), d.maxlen),
                    _ => (Vec::new(), None),
                };
                let args = match maxlen {
                    Some(n) => {
                        let empty = self.tuple(Vec::new());
                        let n = self.int(n as i64);
                        self.tuple(vec![empty, n])
                    }
                    None => self.tuple(Vec::new()),
                };
                (Maker::Type(t), args, Items::List(items))
            }
            // set_reduce(): (type(so), (list(so),), None).
            _ => {
                let items = self.collect_iterable(x)?;
                let n = items.len();
                let list = self.list_extended(
                    items,
                    Some(crate::models::list::ExtendSource::Iterable { hint: n }),
                );
                let frozen = t == TypeId::FrozenSet;
                (Maker::Set { frozen }, self.tuple(vec![list]), Items::None)
            }
        })
    }

    /// `object.__reduce_ex__(4)` of an instance of a class `namedtuple()` made: its
    /// `__getnewargs__` gives `(cls, *items)` for `copyreg.__newobj__`, with no state; the
    /// class gets its `__slotnames__` cache. None for anything else.
    fn reduce_namedtuple(&mut self, x: ObjId, cls: ObjId) -> PyResult<Option<ObjId>> {
        let Obj::Tuple(items) = self.heap.get(x) else {
            return Ok(None);
        };
        let items = items.to_vec();
        if !self.namedtuple_classes.contains_key(&cls) {
            let n = self.ref_name(ClassRef::User(cls));
            return self.unsupported(&format!(
                "copying an instance of {n} (a namedtuple subclass)"
            ));
        }
        self.cache_slotnames(cls)?;
        let mut args = vec![cls];
        args.extend(items);
        Ok(Some(self.tuple(args)))
    }

    /// `copy.deepcopy(x, memo)`.
    fn deepcopy(&mut self, x: ObjId, memo: Option<ObjId>) -> PyResult {
        let memo = match memo {
            Some(m) if matches!(self.class_of(m), ClassRef::Builtin(TypeId::Dict)) => m,
            Some(_) => return self.unsupported("a deepcopy() memo that is not a dict"),
            None => self.new_dict(),
        };
        // deepcopy()'s own frame; each copier adds its frames (`copy_frames`), so the
        // depth follows CPython's Python frames. Close to the limit, where CPython raises
        // RecursionError from inside copy.py, pyxray refuses.
        self.copy_frames(1, |vm| {
            if vm.recursion_depth_reached(2) {
                return vm.unsupported(
                    "copy.deepcopy() nested this deep (copy.py's frames reach the recursion \
                     limit)",
                );
            }
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || vm.deepcopy_memo(x, memo))
        })
    }

    /// Runs `f` with `n` more of copy.py's Python frames on the stack.
    fn copy_frames<T>(&mut self, n: usize, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.c_depth += n;
        let r = f(self);
        self.c_depth -= n;
        r
    }

    fn deepcopy_memo(&mut self, x: ObjId, memo: ObjId) -> PyResult {
        let d = self.id_of(x);
        if let Some(y) = self.dict_lookup(memo, d)? {
            return Ok(y);
        }
        let y = match self.class_of(x) {
            ClassRef::Builtin(t) if atomic(t) => x,
            ClassRef::Builtin(TypeId::List) => {
                self.copy_frames(1, |vm| vm.deepcopy_list(x, memo))?
            }
            ClassRef::Builtin(TypeId::Tuple) => {
                self.copy_frames(1, |vm| vm.deepcopy_tuple(x, memo))?
            }
            ClassRef::Builtin(TypeId::Dict) => {
                self.copy_frames(1, |vm| vm.deepcopy_dict(x, memo))?
            }
            ClassRef::Builtin(
                t @ (TypeId::Set
                | TypeId::FrozenSet
                | TypeId::DefaultDict
                | TypeId::Counter
                | TypeId::OrderedDict
                | TypeId::Deque),
            ) => {
                let (maker, args, items) = self.reduce_builtin(x, t)?;
                self.reconstruct(x, Some(memo), maker, args, None, items)?
            }
            ClassRef::Builtin(t) => return self.refuse_copy(t.name()),
            ClassRef::User(cls) => {
                if let Some(args) = self.reduce_namedtuple(x, cls)? {
                    self.reconstruct(
                        x,
                        Some(memo),
                        Maker::NamedTuple(cls),
                        args,
                        None,
                        Items::None,
                    )?
                } else {
                    self.plain_instance(x, cls)?;
                    match self.lookup_in_mro(ClassRef::User(cls), "__deepcopy__")? {
                        Some(_) => {
                            let copier = self.get_attr(x, "__deepcopy__")?;
                            self.call_sync(copier, vec![memo])?
                        }
                        None => {
                            let (args, state) = self.reduce_instance(x, cls)?;
                            self.reconstruct(
                                x,
                                Some(memo),
                                Maker::NewObj(cls),
                                args,
                                state,
                                Items::None,
                            )?
                        }
                    }
                }
            }
        };
        // If it is its own copy, don't memoize.
        if y != x {
            self.dict_setitem(memo, d, y)?;
            self.keep_alive(x, memo)?;
        }
        Ok(y)
    }

    /// `_keep_alive()`: `x` joins the list at `memo[id(memo)]`, made on first use.
    fn keep_alive(&mut self, x: ObjId, memo: ObjId) -> PyResult<()> {
        let k = self.id_of(memo);
        match self.dict_lookup(memo, k)? {
            Some(l) => {
                self.call_method(l, "append", vec![x], Vec::new())?;
            }
            None => {
                let l = self.list_exact(vec![x]);
                let k = self.id_of(memo);
                self.dict_setitem(memo, k, l)?;
            }
        }
        Ok(())
    }

    /// `_deepcopy_list()`: `y = []`, memoized, then each item deep-copied and appended.
    fn deepcopy_list(&mut self, x: ObjId, memo: ObjId) -> PyResult {
        let y = self.list_exact(Vec::new());
        let k = self.id_of(x);
        self.dict_setitem(memo, k, y)?;
        let mut i = 0;
        // `for a in x` goes by index, seeing what a copier appends.
        while let Some(a) = match self.heap.get(x) {
            Obj::List(l) => l.get(i).copied(),
            _ => None,
        } {
            let c = self.deepcopy(a, Some(memo))?;
            self.with_list(y, |l, ev| l.append(c, ev));
            i += 1;
        }
        Ok(y)
    }

    /// `_deepcopy_tuple()`: the items deep-copied (a list comprehension); the memo's
    /// copy of `x` if copying them made one, else `x` when every item is its own copy,
    /// else a new tuple.
    fn deepcopy_tuple(&mut self, x: ObjId, memo: ObjId) -> PyResult {
        let items = match self.heap.get(x) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        // `[deepcopy(a, memo) for a in x]`: BUILD_LIST 0, then LIST_APPEND.
        let y = self.list_exact(Vec::new());
        let mut copies = Vec::with_capacity(items.len());
        self.copy_frames(1, |vm| {
            for &a in &items {
                let c = vm.deepcopy(a, Some(memo))?;
                vm.with_list(y, |l, ev| l.append(c, ev));
                copies.push(c);
            }
            Ok(())
        })?;
        let k = self.id_of(x);
        if let Some(done) = self.dict_lookup(memo, k)? {
            return Ok(done);
        }
        if items.iter().zip(&copies).all(|(a, b)| a == b) {
            return Ok(x);
        }
        Ok(self.tuple(copies))
    }

    /// `_deepcopy_dict()`: `y = {}`, memoized, then `y[deepcopy(key)] = deepcopy(value)`
    /// for each item (the value first: an assignment evaluates its right side first).
    fn deepcopy_dict(&mut self, x: ObjId, memo: ObjId) -> PyResult {
        let y = self.new_dict();
        let k = self.id_of(x);
        self.dict_setitem(memo, k, y)?;
        let items = self.dict_items(x);
        let n = items.len();
        for (key, value) in items {
            let v = self.deepcopy(value, Some(memo))?;
            let k = self.deepcopy(key, Some(memo))?;
            self.setitem(y, k, v)?;
            if self.dict_len(x) != n {
                return self.err(
                    TypeId::RuntimeError,
                    "dictionary changed size during iteration",
                );
            }
        }
        Ok(y)
    }

    /// `_reconstruct(x, memo, func, args, state, listiter, dictiter)`, in its own frame.
    fn reconstruct(
        &mut self,
        x: ObjId,
        memo: Option<ObjId>,
        maker: Maker,
        args: ObjId,
        state: Option<ObjId>,
        items: Items,
    ) -> PyResult {
        self.copy_frames(1, |vm| {
            let args = match memo {
                Some(m) if vm.len_of(args)? > 0 => vm.deepcopy(args, Some(m))?,
                _ => args,
            };
            let args_items = match vm.heap.get(args) {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            };
            let y = match maker {
                // copyreg.__newobj__(cls): object.__new__(cls), no __init__.
                Maker::NewObj(cls) => vm.new_instance(cls, &[])?,
                Maker::Set { frozen } => vm.new_set(frozen, args_items.first().copied())?,
                Maker::Type(t) => {
                    let t = vm.type_obj(t);
                    vm.call_sync(t, args_items)?
                }
                Maker::NamedTuple(cls) => {
                    vm.namedtuple_instance(cls, args_items.get(1..).unwrap_or(&[]), &Vec::new())?
                }
            };
            if let Some(m) = memo {
                let k = vm.id_of(x);
                vm.dict_setitem(m, k, y)?;
            }
            if let Some(state) = state {
                let state = match memo {
                    Some(m) => vm.deepcopy(state, Some(m))?,
                    None => state,
                };
                // No __setstate__ (refused before), and the state is a dict: y.__dict__.update().
                let ydict = vm.get_attr(y, "__dict__")?;
                vm.dict_merge(ydict, state)?;
            }
            match items {
                Items::None => {}
                Items::List(items) => {
                    for item in items {
                        let item = match memo {
                            Some(m) => vm.deepcopy(item, Some(m))?,
                            None => item,
                        };
                        vm.call_method(y, "append", vec![item], Vec::new())?;
                    }
                }
                Items::Dict(items) => {
                    for (key, value) in items {
                        let (key, value) = match memo {
                            Some(m) => {
                                let k = vm.deepcopy(key, Some(m))?;
                                (k, vm.deepcopy(value, Some(m))?)
                            }
                            None => (key, value),
                        };
                        vm.setitem(y, key, value)?;
                    }
                }
            }
            Ok(y)
        })
    }

    /// `object.__reduce_ex__(4)` of an instance of a plain class (`reduce_newobj()`):
    /// the arguments `(cls,)` for `copyreg.__newobj__` and the state, the instance
    /// `__dict__` itself or None when it is empty (`object_getstate_default()`), which
    /// also caches `cls.__slotnames__ = []` (`_PyType_GetSlotNames()` →
    /// `copyreg._slotnames`).
    fn reduce_instance(&mut self, x: ObjId, cls: ObjId) -> PyResult<(ObjId, Option<ObjId>)> {
        let dict = match self.heap.get(x) {
            Obj::Instance(i) => i.dict,
            _ => None,
        };
        let state = match dict {
            Some(d) if self.dict_len(d) > 0 => Some(d),
            _ => None,
        };
        self.cache_slotnames(cls)?;
        let args = self.tuple(vec![cls]);
        Ok((args, state))
    }

    /// `_PyType_GetSlotNames(cls)`: `copyreg._slotnames` stores `cls.__slotnames__ = []`
    /// (no `__slots__` to list) unless the class's own dict has it already.
    fn cache_slotnames(&mut self, cls: ObjId) -> PyResult<()> {
        let cached = match self.heap.get(cls) {
            Obj::Class(c) => {
                let ns = c.dict;
                self.quietly(|vm| {
                    let k = vm.str("__slotnames__");
                    vm.dict_lookup(ns, k)
                })?
                .is_some()
            }
            _ => true,
        };
        if !cached {
            let names = self.list_exact(Vec::new());
            self.set_attr(cls, "__slotnames__", names)?;
        }
        Ok(())
    }

    /// Refuses an instance whose copy would go through code of its class that copy.py
    /// hands it to (`__reduce__`, `__getstate__` …) or that `object.__reduce_ex__` does
    /// not handle the plain way.
    fn plain_instance(&mut self, x: ObjId, cls: ObjId) -> PyResult<()> {
        let plain = match self.heap.get(x) {
            Obj::Instance(i) => i.layout.is_none(),
            _ => false,
        } && matches!(self.heap.get(cls), Obj::Class(c) if c.layout == TypeId::Object && c.slots.is_none());
        if !plain {
            let n = self.ref_name(ClassRef::User(cls));
            return self.unsupported(&format!(
                "copying an instance of {n} (a subclass of a built-in type or with __slots__)"
            ));
        }
        for name in [
            "__reduce__",
            "__reduce_ex__",
            "__getstate__",
            "__setstate__",
            "__getnewargs__",
            "__getnewargs_ex__",
            "__new__",
            "__getattr__",
            "__getattribute__",
        ] {
            if self.lookup_in_mro(ClassRef::User(cls), name)?.is_some() {
                return self.unsupported(&format!(
                    "copying an instance of a class that defines {name}"
                ));
            }
        }
        Ok(())
    }

    /// `id(x)` as a new int.
    fn id_of(&mut self, x: ObjId) -> ObjId {
        self.int(x.address() as i64)
    }

    fn refuse_copy<T>(&mut self, type_name: &str) -> PyResult<T> {
        self.unsupported(&format!(
            "copying a '{type_name}' object with the copy module"
        ))
    }
}

/// The types copy.py's dispatch tables copy as themselves in both `copy` and `deepcopy`
/// (`_copy_immutable`, `_deepcopy_atomic`).
fn atomic(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::NoneType
            | TypeId::Int
            | TypeId::Float
            | TypeId::Bool
            | TypeId::Str
            | TypeId::Bytes
            | TypeId::Type
            | TypeId::Range
            | TypeId::BuiltinFunction
            | TypeId::Function
            | TypeId::Property
            | TypeId::Code
    )
}
