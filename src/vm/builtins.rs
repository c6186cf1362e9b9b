//! Built-in functions, methods of the built-in types, type constructors and the
//! simulated `sys` module — with CPython 3.11's results and error texts.
//!
//! Built-ins never call back into Python code (that would need a nested frame); where
//! CPython would (`sorted(key=f)` with a user function, `map(f, …)`), pyxray reports
//! the feature as unsupported instead of guessing.

use super::format;
use super::object::*;
use super::ops::{Num, num_to_f64};
use super::{PyResult, Vm};
use crate::models::codecs::{self, Codec};
use crate::models::list::{ExtendSource, ListAlloc};
use crate::models::unicode as uc;
use num_bigint::BigInt;
use num_integer::Integer as _;
use num_traits::{One, Signed, ToPrimitive as _, Zero};

/// Built-in functions reachable by name.
pub const FUNCTIONS: &[&str] = &[
    "print",
    "globals",
    "locals",
    "len",
    "repr",
    "hash",
    "isinstance",
    "issubclass",
    "sorted",
    "min",
    "max",
    "sum",
    "enumerate",
    "zip",
    "abs",
    "id",
    "iter",
    "next",
    "reversed",
    "any",
    "all",
    "divmod",
    "pow",
    "round",
    "chr",
    "ord",
    "callable",
    "ascii",
    "bin",
    "hex",
    "oct",
    "format",
    "vars",
    "dir",
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "map",
    "filter",
    "input",
];

const STR_METHODS: &[&str] = &[
    "join",
    "split",
    "rsplit",
    "strip",
    "lstrip",
    "rstrip",
    "upper",
    "lower",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isdecimal",
    "isnumeric",
    "title",
    "capitalize",
    "swapcase",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "splitlines",
    "partition",
    "rpartition",
    "encode",
    "casefold",
    "isidentifier",
    "isprintable",
    "istitle",
    "format",
    "format_map",
    "translate",
    "maketrans",
    "removeprefix",
    "removesuffix",
    "isascii",
    "expandtabs",
];
const LIST_METHODS: &[&str] = &[
    "append",
    "extend",
    "pop",
    "insert",
    "remove",
    "index",
    "count",
    "sort",
    "reverse",
    "copy",
    "clear",
    "__sizeof__",
];
const DICT_METHODS: &[&str] = &[
    "get",
    "setdefault",
    "pop",
    "popitem",
    "clear",
    "copy",
    "update",
    "fromkeys",
    "keys",
    "values",
    "items",
    "__sizeof__",
];
const SET_METHODS: &[&str] = &[
    "add",
    "discard",
    "remove",
    "pop",
    "clear",
    "copy",
    "update",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
    "issubset",
    "issuperset",
    "isdisjoint",
];
const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
];
const DICTVIEW_METHODS: &[&str] = &["isdisjoint"];
const TUPLE_METHODS: &[&str] = &["index", "count"];
const INT_METHODS: &[&str] = &["bit_length", "conjugate", "bit_count", "to_bytes"];
const FLOAT_METHODS: &[&str] = &["is_integer", "conjugate", "hex", "as_integer_ratio"];
const BYTES_METHODS: &[&str] = &["decode", "hex", "count", "startswith", "endswith"];
/// Called from Python code these resume the generator (`Vm::call_generator_method`).
const GENERATOR_METHODS: &[&str] = &["send", "throw", "close", "__next__", "__iter__"];

/// The methods `collections.OrderedDict` and `collections.defaultdict` define themselves
/// (`odict_methods`, `defdict_methods`); the others they have are dict's.
const ODICT_OWN_METHODS: &[&str] = &[
    "fromkeys",
    "__sizeof__",
    "__reduce__",
    "setdefault",
    "pop",
    "popitem",
    "keys",
    "values",
    "items",
    "update",
    "clear",
    "copy",
    "__reversed__",
    "move_to_end",
];
const DEFAULTDICT_OWN_METHODS: &[&str] = &["__missing__", "copy", "__copy__", "__reduce__"];

/// The type whose dict holds the method `name` of `ty` (a built-in type's method found on
/// a subtype is its base's: `bool.bit_length` is int's, `OrderedDict.get` dict's).
pub fn method_owner(ty: TypeId, name: &str) -> TypeId {
    match ty {
        TypeId::Bool => TypeId::Int,
        TypeId::OrderedDict if !ODICT_OWN_METHODS.contains(&name) => TypeId::Dict,
        TypeId::DefaultDict if !DEFAULTDICT_OWN_METHODS.contains(&name) => TypeId::Dict,
        TypeId::Counter if !super::counter::COUNTER_METHODS.contains(&name) => TypeId::Dict,
        TypeId::OdictKeys => TypeId::DictKeys,
        TypeId::OdictItems => TypeId::DictItems,
        t => t,
    }
}

/// The static name of a method of `ty`, if it has one called `name`.
pub fn method_name(ty: TypeId, name: &str) -> Option<&'static str> {
    let table: &[&'static str] = match ty {
        TypeId::Str => STR_METHODS,
        TypeId::List => LIST_METHODS,
        TypeId::Dict | TypeId::DefaultDict => DICT_METHODS,
        TypeId::Deque => super::deque::DEQUE_METHODS,
        TypeId::OrderedDict => {
            return super::odict::ODICT_METHODS
                .iter()
                .chain(DICT_METHODS)
                .copied()
                .find(|m| *m == name);
        }
        TypeId::Counter => {
            return super::counter::COUNTER_METHODS
                .iter()
                .chain(DICT_METHODS)
                .copied()
                .find(|m| *m == name);
        }
        TypeId::Set => SET_METHODS,
        TypeId::FrozenSet => FROZENSET_METHODS,
        TypeId::DictKeys | TypeId::DictItems | TypeId::OdictKeys | TypeId::OdictItems => {
            DICTVIEW_METHODS
        }
        TypeId::Tuple => TUPLE_METHODS,
        TypeId::Int | TypeId::Bool => INT_METHODS,
        TypeId::Float => FLOAT_METHODS,
        TypeId::Bytes => BYTES_METHODS,
        TypeId::Generator => GENERATOR_METHODS,
        TypeId::Weak("WeakValueDictionary" | "WeakKeyDictionary") => {
            super::weakrefs::WEAKDICT_METHODS
        }
        TypeId::Weak("finalize") => super::weakrefs::FINALIZE_METHODS,
        TypeId::Weak("WeakSet") => super::weakrefs::WEAKSET_METHODS,
        _ => return None,
    };
    table.iter().copied().find(|m| *m == name)
}

pub(crate) type Kw = Vec<(String, ObjId)>;

impl Vm {
    /// Reports a feature the simulator does not support, as an exception `except` never
    /// catches; the command line turns it into exit code 2 with the current location.
    pub fn unsupported<T>(&mut self, what: &str) -> PyResult<T> {
        self.err(
            TypeId::Unsupported,
            format!("pyxray does not simulate {what} yet"),
        )
    }

    fn no_kwargs(&mut self, fname: &str, kwargs: &Kw) -> PyResult<()> {
        if let Some((k, _)) = kwargs.first() {
            let _ = k;
            return self.type_error(format!("{fname}() takes no keyword arguments"));
        }
        Ok(())
    }

    pub(crate) fn arity(
        &mut self,
        fname: &str,
        args: &[ObjId],
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let n = args.len();
        if n < min || n > max {
            let msg = if min == max {
                if min == 1 {
                    format!("{fname}() takes exactly one argument ({n} given)")
                } else if min == 0 {
                    format!("{fname}() takes no arguments ({n} given)")
                } else {
                    format!("{fname} expected {min} arguments, got {n}")
                }
            } else if n < min {
                format!(
                    "{fname} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{fname} expected at most {max} argument{}, got {n}",
                    if max == 1 { "" } else { "s" }
                )
            };
            return self.type_error(msg);
        }
        Ok(())
    }

    pub(crate) fn kwarg(&self, kwargs: &Kw, name: &str) -> Option<ObjId> {
        kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
    }

    pub(crate) fn call_builtin(
        &mut self,
        name: &'static str,
        mut args: Vec<ObjId>,
        mut kwargs: Kw,
    ) -> PyResult {
        if let Some(conv) = super::argspec::builtin_conv(name) {
            // The C parser names a module's function without its module ("exit"), the
            // keyword check with it (`_PyObject_FunctionStr()`: "sys.exit").
            let short = name.rsplit('.').next().unwrap_or(name);
            self.check_call(&|| name.to_string(), short, conv, &mut args, &mut kwargs)?;
        }
        match name {
            "collections.namedtuple" => self.namedtuple_new(args, kwargs),
            "print" => self.builtin_print(args, kwargs),
            "input" => self.builtin_input(args, kwargs),
            "len" => {
                let n = self.len_of(args[0])?;
                Ok(self.int(n as i64))
            }
            "repr" => {
                let s = self.repr(args[0])?;
                Ok(self.string(s))
            }
            "ascii" => {
                let s = self.repr(args[0])?;
                Ok(self.string(super::ops::ascii_escape(&s)))
            }
            "hash" => {
                let h = self.hash(args[0])?;
                Ok(self.int(h))
            }
            "id" => Ok(self.int(args[0].address() as i64)),
            "callable" => {
                let c = match self.heap.get(args[0]) {
                    Obj::Function(_)
                    | Obj::Builtin(_)
                    | Obj::Method { .. }
                    | Obj::Type(_)
                    | Obj::Class(_)
                    | Obj::Partial(_)
                    | Obj::MethodDescr { .. }
                    | Obj::LruCache(_)
                    | Obj::Getter(_)
                    | Obj::StaticMethod(_)
                    | Obj::BoundMethod { .. } => true,
                    Obj::Instance(_) => self.user_special(args[0], "__call__")?.is_some(),
                    Obj::Dict(d) if d.class.is_some() => {
                        self.user_special(args[0], "__call__")?.is_some()
                    }
                    _ => false,
                };
                Ok(self.bool(c))
            }
            "getattr" => {
                let attr = self.attr_name_arg(args[1])?;
                match self.get_attr(args[0], &attr) {
                    Ok(v) => Ok(v),
                    Err(e) if args.len() == 3 && self.exc_is(e, TypeId::AttributeError) => {
                        Ok(args[2])
                    }
                    Err(e) => Err(e),
                }
            }
            "globals" => Ok(self.module_dict_obj()),
            "locals" => match self.frames.len() {
                0 => Ok(self.module_dict_obj()),
                n => self.frame_locals(n - 1),
            },
            "dir" => match args.first() {
                Some(&v) => self.dir_of(v),
                None => self.unsupported("dir() without an argument (the scope's names)"),
            },
            // builtin_vars(): with no argument, the locals, as locals() gives them.
            "vars" if args.is_empty() => self.call_builtin("locals", args, kwargs),
            "vars" => {
                self.arity("vars", &args, 1, 1)?;
                match self.get_attr(args[0], "__dict__") {
                    Ok(v) => Ok(v),
                    Err(e) if self.exc_is(e, TypeId::AttributeError) => {
                        self.type_error("vars() argument must have __dict__ attribute")
                    }
                    Err(e) => Err(e),
                }
            }
            "hasattr" => {
                let attr = self.attr_name_arg(args[1])?;
                match self.get_attr(args[0], &attr) {
                    Ok(_) => Ok(self.true_),
                    Err(e) if self.exc_is(e, TypeId::AttributeError) => Ok(self.false_),
                    Err(e) => Err(e),
                }
            }
            "setattr" => {
                let attr = self.attr_name_arg(args[1])?;
                // PyObject_SetAttr() interns the name: a runtime-built name becomes the
                // interned string (an equal identifier constant if there is one).
                self.intern(&attr, Some(args[1]));
                self.set_attr(args[0], &attr, args[2])?;
                Ok(self.none)
            }
            "delattr" => {
                let attr = self.attr_name_arg(args[1])?;
                self.del_attr(args[0], &attr)?;
                Ok(self.none)
            }
            "isinstance" => {
                // A simulated thread is a threading.Thread (so is a subclass instance).
                if matches!(
                    self.heap.get(args[1]),
                    Obj::Builtin(Builtin("threading.Thread"))
                ) {
                    let base = self.thread_base_class()?;
                    let plain = matches!(self.heap.get(args[0]), Obj::Sync(r) if r.kind == super::threads::SyncKind::Thread);
                    let r = plain || self.isinstance(args[0], base)?;
                    return Ok(self.bool(r));
                }
                let r = self.isinstance(args[0], args[1])?;
                Ok(self.bool(r))
            }
            "issubclass" => {
                let Some(c) = self.class_ref(args[0]) else {
                    return self.type_error("issubclass() arg 1 must be a class");
                };
                let r = self.class_matches(c, args[1], "issubclass")?;
                Ok(self.bool(r))
            }
            "sorted" => {
                // builtin_sorted(): _PyArg_UnpackStack(args, nargs, "sorted", 1, 1, ...).
                if args.len() != 1 {
                    return self
                        .type_error(format!("sorted expected 1 argument, got {}", args.len()));
                }
                // The keywords go to list.sort(), whose parser names itself.
                self.unpack_keywords("sort", &super::argspec::SORT, &mut Vec::new(), &mut kwargs)?;
                // PySequence_List(): a new list extended by the iterable.
                let (items, source) = self.read_for_list_extend(args[0])?;
                let l = self.list_extended(items, source);
                // builtin_sorted() calls the new list's bound sort(): a guarded call.
                self.with_recursion_guard(" while calling a Python object", |vm| {
                    vm.list_sort(l, &kwargs)
                })?;
                Ok(l)
            }
            "min" | "max" => self.builtin_minmax(name, args, kwargs),
            "sum" => {
                let start = self.kwarg(&kwargs, "start");
                let mut acc = match (args.get(1), start) {
                    (Some(&s), _) | (None, Some(s)) => s,
                    _ => self.int(0),
                };
                if matches!(self.heap.get(acc), Obj::Str(_)) {
                    return self.type_error("sum() can't sum strings [use ''.join(seq) instead]");
                }
                let it = self.get_iter(args[0])?;
                while let Some(x) = self.iter_next(it)? {
                    acc = self.binary(crate::frontend::code::BinOp::Add, acc, x)?;
                }
                Ok(acc)
            }
            "enumerate" => {
                // enumerate_vectorcall() matches its two parameters by hand; other shapes
                // fall back to enum_new()'s parser.
                let bad = |vm: &mut Vm, k: &str| {
                    vm.type_error(format!(
                        "'{k}' is an invalid keyword argument for enumerate()"
                    ))
                };
                let total = args.len() + kwargs.len();
                let (iterable, start) = match (args.as_slice(), kwargs.as_slice()) {
                    ([], []) => {
                        return self.type_error("enumerate() missing required argument 'iterable'");
                    }
                    ([_, ..], _) if total > 2 => {
                        return self.type_error(format!(
                            "enumerate() takes at most 2 arguments ({total} given)"
                        ));
                    }
                    (&[a], []) => (a, None),
                    (&[a, b], []) => (a, Some(b)),
                    (&[a], [(k, v)]) if k == "start" => (a, Some(*v)),
                    ([], [(k, v)]) if k == "iterable" => (*v, None),
                    ([], [(k0, v0), (k1, v1)]) if k0 == "start" && k1 == "iterable" => {
                        (*v1, Some(*v0))
                    }
                    ([], [(k0, v0), (k1, v1)]) if k0 == "iterable" && k1 == "start" => {
                        (*v0, Some(*v1))
                    }
                    ([], [(k0, _), (k1, _)]) if k0 == "start" || k0 == "iterable" => {
                        return bad(self, k1);
                    }
                    (_, [(k, _), ..]) if total <= 2 => return bad(self, k),
                    _ => return self.unsupported("enumerate() with more than two keywords"),
                };
                let args = [iterable];
                let count = match start {
                    Some(s) => match self.as_bigint(s) {
                        Some(n) => n,
                        None => {
                            let tn = self.type_name(s);
                            return self.type_error(format!(
                                "'{tn}' object cannot be interpreted as an integer"
                            ));
                        }
                    },
                    None => BigInt::zero(),
                };
                let inner = self.get_iter(args[0])?;
                Ok(self
                    .heap
                    .alloc(Obj::Iter(Box::new(IterObj::Enumerate { inner, count }))))
            }
            "zip" => {
                // zip_new(): `strict` is keyword-only and taken by truth.
                let mut strict = false;
                for (k, v) in &kwargs {
                    if k != "strict" {
                        return self
                            .type_error(format!("'{k}' is an invalid keyword argument for zip()"));
                    }
                    strict = self.truthy(*v)?;
                }
                let mut inners = Vec::new();
                // zip_new(): PyObject_GetIter()'s own error.
                for a in &args {
                    inners.push(self.get_iter(*a)?);
                }
                Ok(self
                    .heap
                    .alloc(Obj::Iter(Box::new(IterObj::Zip { inners, strict }))))
            }
            "iter" => {
                if args.len() == 2 {
                    // builtin_iter(): the two-argument form wants a callable first.
                    if !self.is_callable(args[0]) {
                        return self.type_error("iter(v, w): v must be callable");
                    }
                    return self.unsupported("iter(callable, sentinel)");
                }
                self.get_iter(args[0])
            }
            "next" => {
                let is_iterator =
                    matches!(self.heap.get(args[0]), Obj::Iter(_) | Obj::Generator(_))
                        || self.user_special_fn(args[0], "__next__")?.is_some();
                if !is_iterator {
                    let tn = self.type_name(args[0]);
                    return self.type_error(format!("'{tn}' object is not an iterator"));
                }
                match self.iter_next(args[0])? {
                    Some(v) => Ok(v),
                    None => match args.get(1) {
                        Some(&d) => Ok(d),
                        None => Err(self.new_exc_args(TypeId::StopIteration, Vec::new())),
                    },
                }
            }
            "reversed" => {
                // reversed_new_impl(): __reversed__, else the sequence protocol from
                // len - 1 down.
                if let Some(f) = self.user_special_fn(args[0], "__reversed__")? {
                    return self.call_sync(f, vec![args[0]]);
                }
                if self.user_special_fn(args[0], "__getitem__")?.is_some()
                    && self.user_special_fn(args[0], "__len__")?.is_some()
                {
                    let n = self.len_of(args[0])? as i64;
                    return Ok(self.heap.alloc(Obj::Iter(Box::new(IterObj::GetItemRev {
                        obj: args[0],
                        index: n - 1,
                    }))));
                }
                match self.heap.get(args[0]).clone() {
                    Obj::List(l) => Ok(self.heap.alloc(Obj::Iter(Box::new(IterObj::Reversed {
                        seq: args[0],
                        index: l.len(),
                    })))),
                    Obj::Range { .. } => {
                        // range_reverse(): a range_iterator from the last item down.
                        let (start, stop, step) = self.range_parts(args[0])?;
                        let span = &stop - &start;
                        let n = if step.is_positive() {
                            (span + &step - BigInt::from(1)).div_floor(&step)
                        } else {
                            (span + &step + BigInt::from(1)).div_floor(&step)
                        }
                        .max(BigInt::zero());
                        let last = &start + (&n - BigInt::from(1)) * &step;
                        let end = &start - &step;
                        let back = -step;
                        let it = match (last.to_i64(), end.to_i64(), back.to_i64()) {
                            (Some(a), Some(b), Some(c)) if n > BigInt::zero() => {
                                IterObj::SmallRange {
                                    next: a,
                                    stop: b,
                                    step: c,
                                }
                            }
                            _ if n.is_zero() => IterObj::SmallRange {
                                next: 0,
                                stop: 0,
                                step: 1,
                            },
                            _ => IterObj::Range {
                                next: last,
                                stop: end,
                                step: back,
                            },
                        };
                        Ok(self.heap.alloc(Obj::Iter(Box::new(it))))
                    }
                    // dict.__reversed__ / dictkeys_reversed() and friends.
                    Obj::Dict(_) => {
                        let it = self.dict_iter(args[0], ViewKind::Keys, true)?;
                        Ok(self.heap.alloc(Obj::Iter(Box::new(it))))
                    }
                    Obj::DictView { dict, kind } => {
                        let it = self.dict_iter(dict, kind, true)?;
                        Ok(self.heap.alloc(Obj::Iter(Box::new(it))))
                    }
                    // deque_reviter()
                    Obj::Deque(d) => Ok(self.heap.alloc(Obj::Iter(Box::new(IterObj::Deque {
                        deque: args[0],
                        index: 0,
                        state: d.state,
                        reverse: true,
                    })))),
                    Obj::Tuple(_) | Obj::Str(_) => {
                        let mut items = self.collect_iterable(args[0])?;
                        items.reverse();
                        let l = self.list(items);
                        self.get_iter(l)
                    }
                    _ => {
                        let tn = self.type_name(args[0]);
                        self.type_error(format!("'{tn}' object is not reversible"))
                    }
                }
            }
            "any" | "all" => {
                let want = name == "any";
                let it = self.get_iter(args[0])?;
                while let Some(x) = self.iter_next(it)? {
                    if self.truthy(x)? == want {
                        return Ok(self.bool(want));
                    }
                }
                Ok(self.bool(!want))
            }
            "abs" => {
                if matches!(self.heap.get(args[0]), Obj::Instance(_))
                    && let Some(f) = self.user_special_fn(args[0], "__abs__")?
                {
                    return self.call_sync(f, vec![args[0]]);
                }
                // long_abs(): a non-negative exact int is returned as it is.
                if matches!(self.heap.get(args[0]), Obj::Int(_) | Obj::Long(_))
                    && self.as_bigint(args[0]).is_some_and(|n| !n.is_negative())
                {
                    return Ok(args[0]);
                }
                match self.num(args[0]) {
                    Some(Num::I(i)) => match i.checked_abs() {
                        Some(a) => Ok(self.int(a)),
                        None => Ok(self.int_big(BigInt::from(i).abs())),
                    },
                    Some(Num::B(b)) => Ok(self.int_big(b.abs())),
                    Some(Num::F(f)) => Ok(self.float(f.abs())),
                    None => {
                        let tn = self.type_name(args[0]);
                        self.type_error(format!("bad operand type for abs(): '{tn}'"))
                    }
                }
            }
            "divmod" => self.builtin_divmod(args[0], args[1]),
            "pow" => {
                // builtin_pow_impl(): a mod of None is no mod.
                if args.get(2) == Some(&self.none) {
                    args.pop();
                }
                if args.len() == 3
                    && let Some(r) = self.ternary_pow(args[0], args[1], args[2])?
                {
                    return Ok(r);
                }
                if args.len() == 3 {
                    let (b, e, m) = (
                        self.as_bigint(args[0]),
                        self.as_bigint(args[1]),
                        self.as_bigint(args[2]),
                    );
                    return match (b, e, m) {
                        (Some(b), Some(e), Some(m)) => {
                            if m.is_zero() {
                                return self
                                    .err(TypeId::ValueError, "pow() 3rd argument cannot be 0");
                            }
                            // mirrors long_pow() in Objects/longobject.c: the result
                            // takes the modulus's sign; a modulus of ±1 gives 0 before
                            // anything is inverted; a negative exponent inverts the base.
                            let c = m.abs();
                            if c.is_one() {
                                return Ok(self.int(0));
                            }
                            let (mut b, mut e) = (b.mod_floor(&c), e);
                            if e.is_negative() {
                                e = -e;
                                // mirrors long_invmod(): the extended Euclidean algorithm.
                                let g = b.extended_gcd(&c);
                                if !g.gcd.is_one() {
                                    return self.err(
                                        TypeId::ValueError,
                                        "base is not invertible for the given modulus",
                                    );
                                }
                                b = g.x.mod_floor(&c);
                            }
                            let mut r = b.modpow(&e, &c);
                            if m.is_negative() && !r.is_zero() {
                                r -= &c;
                            }
                            Ok(self.int_big(r))
                        }
                        _ => self.type_error(
                            "pow() 3rd argument not allowed unless all arguments are integers",
                        ),
                    };
                }
                self.binary(crate::frontend::code::BinOp::Pow, args[0], args[1])
            }
            "round" => self.builtin_round(args),
            "chr" => {
                let i = self.index_value(args[0])?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => Ok(self.char_str(c)),
                    None if (0..0x110000).contains(&i) => {
                        self.unsupported("lone surrogate characters")
                    }
                    None => self.err(TypeId::ValueError, "chr() arg not in range(0x110000)"),
                }
            }
            "ord" => match self.heap.get(args[0]).clone() {
                Obj::Str(s) if s.nchars == 1 => {
                    let c = s.s.chars().next().unwrap_or('\0');
                    Ok(self.int(c as i64))
                }
                Obj::Str(s) => self.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.nchars
                )),
                Obj::Bytes(b) if b.len() == 1 => Ok(self.int(b[0] as i64)),
                _ => {
                    let tn = self.type_name(args[0]);
                    self.type_error(format!("ord() expected string of length 1, but {tn} found"))
                }
            },
            "bin" | "hex" | "oct" => {
                let Some(n) = self.as_bigint(args[0]) else {
                    let tn = self.type_name(args[0]);
                    return self
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer"));
                };
                let (prefix, radix) = match name {
                    "bin" => ("0b", 2),
                    "hex" => ("0x", 16),
                    _ => ("0o", 8),
                };
                let digits = n.abs().to_str_radix(radix);
                let sign = if n.is_negative() { "-" } else { "" };
                Ok(self.string(format!("{sign}{prefix}{digits}")))
            }
            "format" => {
                // builtin_format(): the clinic wants a str spec.
                if let Some(&sp) = args.get(1)
                    && !matches!(self.heap.get(sp), Obj::Str(_))
                {
                    let tn = self.type_name(sp);
                    return self.type_error(format!("format() argument 2 must be str, not {tn}"));
                }
                let spec = args.get(1).map(|&s| self.str_value(s)).unwrap_or_default();
                self.format_obj(args[0], &spec)
            }
            "sys.getsizeof" => {
                self.arity("getsizeof", &args, 1, 2)?;
                self.getsizeof(args[0])
            }
            "sys.intern" => {
                self.arity("intern", &args, 1, 1)?;
                let Obj::Str(s) = self.heap.get(args[0]) else {
                    let tn = self.type_name(args[0]);
                    return self.type_error(format!("intern() argument must be str, not {tn}"));
                };
                let s = s.s.to_string();
                // PyUnicode_InternInPlace: the interned copy if there is one.
                Ok(self.intern(&s, Some(args[0])))
            }
            "sys.exit" => Err(self.sys_exit_exception(args.first().copied())),
            "sys.getrecursionlimit" => Ok(self.int(self.recursion_limit as i64)),
            // mirrors sys_setrecursionlimit_impl() in Python/sysmodule.c
            "sys.setrecursionlimit" => {
                self.no_kwargs("setrecursionlimit", &kwargs)?;
                self.arity("setrecursionlimit", &args, 1, 1)?;
                let n = self.index_value(args[0])?;
                if n < 1 {
                    return self.err(
                        TypeId::ValueError,
                        "recursion limit must be greater or equal than 1",
                    );
                }
                let depth = self.recursion_depth();
                if depth as i64 >= n {
                    return self.err(
                        TypeId::RecursionError,
                        format!(
                            "cannot set the recursion limit to {n} at the recursion depth \
                             {depth}: the limit is too low"
                        ),
                    );
                }
                self.recursion_limit = (n as usize).min(i32::MAX as usize);
                Ok(self.none)
            }
            "sys.settrace" => {
                self.arity("settrace", &args, 1, 1)?;
                self.set_trace(args[0])?;
                Ok(self.none)
            }
            "sys.gettrace" => Ok(self.trace_fn.unwrap_or(self.none)),
            "atexit.register" => self.atexit_register(args, kwargs),
            "atexit.unregister" => self.atexit_unregister(args),
            _ if super::weakrefs::MEMORY_FUNCTIONS.contains(&name) => {
                self.call_memory(name, args, kwargs)
            }
            n if super::threads::is_thread_builtin(n) => self.call_thread_builtin(n, args, kwargs),
            // A module's function is named after its module (its attribute lookup only
            // hands out names from the module's own table).
            n if n.starts_with("math.") => self.call_math(n, args, kwargs),
            n if n.starts_with("heapq.") || n.starts_with("bisect.") => {
                self.call_heapq_bisect(n, args, kwargs)
            }
            n if n.starts_with("random.") => self.call_random(n, args, kwargs),
            n if n.starts_with("operator.") => self.call_operator(n, args, kwargs),
            n if n.starts_with("copy.") => self.call_copy(n, args, kwargs),
            // map, filter and the simulated modules' functions.
            _ => match self.call_functional(name, args, kwargs)? {
                Some(v) => Ok(v),
                None => self.unsupported(&format!("the built-in '{name}'")),
            },
        }
    }

    /// `input(prompt)` with standard input not a terminal (`builtin_input_impl`'s
    /// fallback): the prompt goes to stdout, a line is read without its newline, and the
    /// end of input is `EOFError`.
    fn builtin_input(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        self.no_kwargs("input", &kwargs)?;
        if args.len() > 1 {
            return self.type_error(format!(
                "input expected at most 1 argument, got {}",
                args.len()
            ));
        }
        let prompt = match args.first() {
            Some(&p) => self.str_of(p)?,
            None => String::new(),
        };
        let line = self.options.stdin.as_deref().and_then(|text| {
            let rest = text.get(self.stdin_pos..).filter(|r| !r.is_empty())?;
            let (line, used) = match rest.find('\n') {
                Some(i) => (&rest[..i], i + 1),
                None => (rest, rest.len()),
            };
            Some((line.to_string(), used))
        });
        let Some((line, used)) = line else {
            if self.options.ask_for_input {
                self.write_stdout(&prompt);
                self.input_wanted = Some(prompt);
                return self.err(TypeId::Unsupported, "waiting for input");
            }
            self.write_stdout(&prompt);
            return self.err(TypeId::EOFError, "EOF when reading a line");
        };
        self.write_stdout(&prompt);
        self.stdin_pos += used;
        Ok(self.string(line))
    }

    fn write_stdout(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(r) = self.recorder.as_mut() {
            r.output(text);
        }
        self.stdout.push_str(text);
    }

    fn builtin_print(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let mut sep = " ".to_string();
        let mut end = "\n".to_string();
        for (k, v) in &kwargs {
            match k.as_str() {
                "sep" | "end" => {
                    let v = *v;
                    let s = match self.heap.get(v) {
                        Obj::None => None,
                        Obj::Str(s) => Some(s.s.to_string()),
                        _ => {
                            let tn = self.type_name(v);
                            return self
                                .type_error(format!("{k} must be None or a string, not {tn}"));
                        }
                    };
                    if let Some(s) = s {
                        if k == "sep" {
                            sep = s;
                        } else {
                            end = s;
                        }
                    }
                }
                "flush" => {}
                "file" => return self.unsupported("print(file=...)"),
                other => {
                    return self.type_error(format!(
                        "'{other}' is an invalid keyword argument for print()"
                    ));
                }
            }
        }
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&self.str_of(*a)?);
        }
        out.push_str(&end);
        if let Some(r) = self.recorder.as_mut() {
            r.output(&out);
        }
        self.stdout.push_str(&out);
        Ok(self.none)
    }

    /// The key function of `sorted`/`min`/`max`, called once per item in order as
    /// `list.sort`'s decorate step does (a Python function runs in its own frame, stepped
    /// to completion inside the built-in).
    fn key_of(&mut self, key: Option<ObjId>, item: ObjId, _what: &str) -> PyResult {
        match key {
            None => Ok(item),
            Some(k) if k == self.none => Ok(item),
            Some(k) => self.call_sync(k, vec![item]),
        }
    }

    fn builtin_minmax(&mut self, name: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let key = self.kwarg(&kwargs, "key");
        let default = self.kwarg(&kwargs, "default");
        // min_max(): the positional arguments, then PyArg_ParseTupleAndKeywords()'s
        // "|$OO:min" over the keywords alone.
        if !args.is_empty()
            && let Some((k, _)) = kwargs.iter().find(|(k, _)| k != "key" && k != "default")
        {
            return self.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
        let items = match args.len() {
            0 => {
                return self.type_error(format!("{name} expected at least 1 argument, got 0"));
            }
            1 => self.collect_iterable(args[0])?,
            _ if default.is_some() => {
                return self.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                ));
            }
            _ => args,
        };
        let mut best: Option<(ObjId, ObjId)> = None;
        for x in items {
            let kx = self.key_of(key, x, name)?;
            best = Some(match best {
                None => (x, kx),
                Some((b, kb)) => {
                    // min_max() in Python/bltinmodule.c: the new value against the best so
                    // far, with Py_LT for min and Py_GT for max.
                    let better = if name == "min" {
                        self.less_than(kx, kb)?
                    } else {
                        self.greater_than(kx, kb)?
                    };
                    if better { (x, kx) } else { (b, kb) }
                }
            });
        }
        let best = best.map(|(b, _)| b);
        match (best, default) {
            (Some(b), _) => Ok(b),
            (None, Some(d)) => Ok(d),
            (None, None) => self.err(
                TypeId::ValueError,
                format!("{name}() arg is an empty sequence"),
            ),
        }
    }

    /// `divmod(a, b)`: PyNumber_Divmod(). Only int's and float's `nb_divmod` can answer
    /// (long_divmod(), float_divmod(): a zero divisor is "float divmod()" when either is a
    /// float); a class defining `__divmod__` is refused, so any other operand is the
    /// TypeError, even one with `__floordiv__` and `__mod__`.
    fn builtin_divmod(&mut self, a: ObjId, b: ObjId) -> PyResult {
        use crate::frontend::code::BinOp;
        if self.is_proxy(a) || self.is_proxy(b) {
            return self.unsupported("divmod() of a weakref.proxy");
        }
        let (Some(x), Some(y)) = (self.num(a), self.num(b)) else {
            let (ta, tb) = (self.type_name(a), self.type_name(b));
            return self.type_error(format!(
                "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
            ));
        };
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            let xf = num_to_f64(self, &x)?;
            let yf = num_to_f64(self, &y)?;
            return match super::numeric::float_divmod(xf, yf) {
                Ok((q, r)) => {
                    let (q, r) = (self.float(q), self.float(r));
                    Ok(self.tuple(vec![q, r]))
                }
                Err(m) => self.err(TypeId::ZeroDivisionError, m),
            };
        }
        let q = self.binary(BinOp::FloorDiv, a, b)?;
        let r = self.binary(BinOp::Mod, a, b)?;
        Ok(self.tuple(vec![q, r]))
    }

    /// Three-argument `pow()` when not all three are ints: ternary_op() in
    /// Objects/abstract.c over the operands' `nb_power` slots. long_pow() answers only
    /// ints; float_pow() refuses any modulus; a class's slot_nb_power() calls
    /// `__pow__(b, m)` only when it is the left operand's own slot (three-argument pow
    /// never uses `__rpow__`). `None` when all three are ints.
    fn ternary_pow(&mut self, a: ObjId, b: ObjId, m: ObjId) -> PyResult<Option<ObjId>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Slot {
            Int,
            Float,
            User,
        }
        let is_int =
            |vm: &Vm, x: ObjId| matches!(vm.heap.get(x), Obj::Int(_) | Obj::Long(_) | Obj::Bool(_));
        if is_int(self, a) && is_int(self, b) && is_int(self, m) {
            return Ok(None);
        }
        if self.is_proxy(a) || self.is_proxy(b) || self.is_proxy(m) {
            return self.unsupported("pow() of a weakref.proxy");
        }
        let slot = |vm: &mut Vm, x: ObjId| -> PyResult<Option<Slot>> {
            Ok(match vm.heap.get(x) {
                Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => Some(Slot::Int),
                Obj::Float(_) => Some(Slot::Float),
                Obj::Instance(_) => {
                    let has = vm.user_special_fn(x, "__pow__")?.is_some()
                        || vm.user_special_fn(x, "__rpow__")?.is_some();
                    has.then_some(Slot::User)
                }
                _ => None,
            })
        };
        let slotv = slot(self, a)?;
        let same_type = self.class_of(a) == self.class_of(b);
        let mut slotw = if same_type { None } else { slot(self, b)? };
        if slotw == slotv {
            slotw = None;
        }
        let mut slotz = slot(self, m)?;
        if slotz == slotv || slotz == slotw {
            slotz = None;
        }
        for s in [slotv, slotw, slotz].into_iter().flatten() {
            match s {
                // long_pow(): not all ints, NotImplemented.
                Slot::Int => {}
                Slot::Float => {
                    return self.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    );
                }
                // slot_nb_power(): only the left operand's own slot calls `__pow__`.
                Slot::User if slotv == Some(Slot::User) => {
                    let Some(f) = self.user_special_fn(a, "__pow__")? else {
                        return self.unsupported("three-argument pow() without __pow__");
                    };
                    let r = self.call_sync(f, vec![a, b, m])?;
                    if r != self.not_implemented {
                        return Ok(Some(r));
                    }
                }
                Slot::User => {}
            }
        }
        let (ta, tb, tm) = (self.type_name(a), self.type_name(b), self.type_name(m));
        self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{ta}', '{tb}', '{tm}'"
        ))
    }

    fn builtin_round(&mut self, args: Vec<ObjId>) -> PyResult {
        self.arity("round", &args, 1, 2)?;
        let nd = match args.get(1) {
            Some(&n) if n != self.none => Some(self.index_value(n)?),
            _ => None,
        };
        match self.num(args[0]) {
            Some(Num::F(f)) => match super::numeric::round_float(f, nd) {
                Ok(super::numeric::Rounded::Int(b)) => Ok(self.int_big(b)),
                Ok(super::numeric::Rounded::Float(r)) => Ok(self.float(r)),
                Err(m) if m.contains("NaN") => self.err(TypeId::ValueError, m),
                Err(m) => self.err(TypeId::OverflowError, m),
            },
            Some(Num::I(_)) | Some(Num::B(_)) => {
                let v = self.as_bigint(args[0]).unwrap_or_default();
                let exact = matches!(self.heap.get(args[0]), Obj::Int(_) | Obj::Long(_));
                match nd {
                    // long_round(): no or non-negative ndigits is long_long(self).
                    None | Some(0..) if exact => Ok(args[0]),
                    None => Ok(self.int_big(v)),
                    Some(n) if n >= 0 => Ok(self.int_big(v)),
                    Some(n) => {
                        let m = num_traits::pow::Pow::pow(&BigInt::from(10), (-n) as u32);
                        let q = round_half_even_div(&v, &m);
                        Ok(self.int_big(q * m))
                    }
                }
            }
            None => {
                let tn = self.type_name(args[0]);
                self.type_error(format!("type {tn} doesn't define __round__ method"))
            }
        }
    }

    pub(crate) fn isinstance(&mut self, obj: ObjId, cls: ObjId) -> PyResult<bool> {
        // A proxy answers `__class__` with its referent's class.
        let obj = self.unproxy(obj)?;
        let t = self.class_of(obj);
        self.class_matches(t, cls, "isinstance")
    }

    /// The attribute name argument of getattr() and friends: 3.11's PyObject_GetAttr()
    /// names no function in its message.
    fn attr_name_arg(&mut self, v: ObjId) -> PyResult<String> {
        match self.heap.get(v) {
            Obj::Str(s) => Ok(s.s.to_string()),
            _ => {
                let tn = self.type_name(v);
                self.type_error(format!("attribute name must be string, not '{tn}'"))
            }
        }
    }

    /// The object `globals()` returns (kept out of the collector's lists and counts: it
    /// was made long before the program, as CPython's is).
    pub(crate) fn module_dict_obj(&mut self) -> ObjId {
        if let Some(d) = self.module_dict {
            return d;
        }
        let d = self.heap.alloc(Obj::ModuleDict);
        self.mark_ghost(d);
        self.module_dict = Some(d);
        d
    }

    /// A global's name as a `globals()` key; the module's own entries (`__name__`,
    /// `__builtins__` …) are CPython's start-up state and refused.
    pub(crate) fn module_dict_key(&mut self, k: ObjId) -> PyResult<Option<String>> {
        match self.heap.get(k) {
            Obj::Str(s) if s.s.starts_with("__") && s.s.ends_with("__") => {
                let n = s.s.to_string();
                self.unsupported(&format!("the module entry globals()['{n}']"))
            }
            Obj::Str(s) => Ok(Some(s.s.to_string())),
            _ => Ok(None),
        }
    }

    /// Whether exception `e` is an instance of built-in exception type `t`.
    pub(crate) fn exc_is(&self, e: ObjId, t: TypeId) -> bool {
        matches!(self.heap.get(e), Obj::Exception(x) if x.ty.is_subtype(t))
    }

    fn class_matches(&mut self, t: ClassRef, cls: ObjId, fname: &str) -> PyResult<bool> {
        let mut each = |vm: &mut Vm, c: ObjId| vm.class_matches(t, c, fname);
        if let Some(r) = self.type_expr_check(cls, fname == "issubclass", &mut each)? {
            return Ok(r);
        }
        match self.heap.get(cls).clone() {
            Obj::Type(_) | Obj::Class(_) => {
                let c = self
                    .class_ref(cls)
                    .unwrap_or(ClassRef::Builtin(TypeId::Object));
                Ok(self.is_subclass(t, c))
            }
            Obj::Tuple(items) => {
                for c in items.iter() {
                    if self.class_matches(t, *c, fname)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // The weakref module's classes, which pyxray's module hands out as callables.
            Obj::Builtin(Builtin(
                n @ ("weakref.ref"
                | "weakref.WeakMethod"
                | "weakref.WeakValueDictionary"
                | "weakref.WeakKeyDictionary"
                | "weakref.WeakSet"
                | "weakref.finalize"),
            )) => {
                let ClassRef::Builtin(TypeId::Weak(tn)) = t else {
                    return Ok(false);
                };
                Ok(match n {
                    "weakref.ref" => matches!(tn, "ReferenceType" | "KeyedRef" | "WeakMethod"),
                    _ => n.strip_prefix("weakref.") == Some(tn),
                })
            }
            Obj::Builtin(Builtin("map" | "filter" | "zip" | "enumerate" | "reversed")) => self
                .unsupported(&format!(
                    "{fname}() against map, filter, zip, enumerate or reversed"
                )),
            // object_isinstance() and object_issubclass() word it differently.
            _ if fname == "issubclass" => self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
            _ => self.type_error(format!(
                "{fname}() arg 2 must be a type, a tuple of types, or a union"
            )),
        }
    }

    /// The optional `start`/`end` arguments of `str.find`, `count`, `startswith` … as
    /// `ADJUST_INDICES` leaves them (`end` clamped to the length, negatives counted from
    /// the end; `start` may stay past the end).
    fn slice_args(&mut self, args: &[ObjId], len: usize) -> PyResult<(i64, i64)> {
        let len = len as i64;
        let none = self.none;
        // _PyEval_SliceIndex(): an int too big for a Py_ssize_t is clamped.
        let index = |vm: &mut Vm, a: ObjId| -> PyResult<i64> {
            match vm.as_bigint(a) {
                Some(b) if b.to_i64().is_none() => {
                    Ok(if b.is_negative() { i64::MIN } else { i64::MAX })
                }
                _ => vm.index_value(a),
            }
        };
        let mut st = match args.first() {
            Some(&a) if a != none => index(self, a)?,
            _ => 0,
        };
        let mut en = match args.get(1) {
            Some(&a) if a != none => index(self, a)?,
            _ => i64::MAX,
        };
        if en > len {
            en = len;
        } else if en < 0 {
            en = (en + len).max(0);
        }
        if st < 0 {
            st = (st + len).max(0);
        }
        Ok((st, en))
    }

    fn getsizeof(&mut self, v: ObjId) -> PyResult {
        if let Some(cls) = self.namedtuple_of(v)
            && self.namedtuple_has_dict(cls)?
        {
            return self.unsupported("sys.getsizeof() of a namedtuple subclass without __slots__");
        }
        match self.split_sizeof(v) {
            Some(Ok(n)) => return Ok(self.int(n as i64)),
            Some(Err(what)) => return self.unsupported(what),
            None => {}
        }
        let n = match self.heap.get(v) {
            Obj::Dict(d) if d.instance_attrs => {
                return self
                    .unsupported("sys.getsizeof() of the __dict__ of this kind of instance");
            }
            // A defaultdict's object is a dict's plus its default_factory pointer.
            Obj::Dict(d) => {
                let fast_nodes = d.ordered.as_ref().map_or(0, |o| o.fast_nodes_size);
                d.table.sizeof() + d.class().extra_bytes(d.table.len(), fast_nodes)
            }
            Obj::Set(s) | Obj::FrozenSet(s) => s.sizeof(),
            // A list's size counts the slots its array has (models/list.rs), known
            // where pyxray models the path that built it.
            Obj::List(l) => match l.alloc() {
                Some(a) => a.getsizeof(),
                None => {
                    return self.unsupported(
                        "sys.getsizeof() of a list built or changed by a path whose over-allocation pyxray does not model",
                    );
                }
            },
            Obj::Tuple(t) => 40 + 8 * t.len(),
            // int___sizeof___impl() counts at least one digit, 0's included.
            Obj::Int(i) => {
                let digits = (64 - i.unsigned_abs().leading_zeros()).div_ceil(30).max(1);
                24 + 4 * digits as usize
            }
            Obj::Long(b) => 24 + 4 * (b.bits().div_ceil(30) as usize),
            Obj::Bool(_) => 28,
            Obj::Float(_) => 24,
            Obj::None => 16,
            Obj::Str(s) => {
                let width = crate::models::hash::pep393_width(&s.s) as usize;
                // 3.11's PyASCIIObject is 48 bytes and PyCompactUnicodeObject 72: both
                // still carry the `wstr` pointer (and the compact one `wstr_length`)
                // that 3.12 dropped. (Not counted: the UTF-8 copy a non-ASCII str
                // caches once `PyUnicode_AsUTF8` has run on it.)
                let header = if s.is_ascii() { 48 } else { 72 };
                header + (s.nchars + 1) * width
            }
            Obj::Bytes(b) => 33 + b.len(),
            // tp_basicsize (the header, each member slot, the weak-reference list) plus
            // _PyType_PreHeaderSize(): the GC header and a managed dict's two pointers.
            Obj::Instance(i) => {
                let (dict, weakref) = i
                    .layout
                    .as_ref()
                    .map_or((true, true), |l| (l.dict, l.weakref));
                16 + 8 * i.slots.len() + 8 * usize::from(weakref) + 16 + 16 * usize::from(dict)
            }
            _ => return self.unsupported("sys.getsizeof() of this type"),
        };
        Ok(self.int(n as i64))
    }

    /// `sys.hash_info`, `sys.int_info` or `sys.float_info`: a struct sequence, one object
    /// for the whole run. It is a tuple with a side entry in `module_consts`, which gives
    /// it its repr and field names.
    fn struct_seq(&mut self, name: &str) -> ObjId {
        let ty = STRUCT_SEQS
            .iter()
            .find(|t| t.name.strip_prefix("sys.") == Some(name))
            .expect("a known struct sequence");
        if let Some(&(_, id)) = self.module_consts.iter().find(|(k, _)| *k == ty.name) {
            return id;
        }
        let items = ty
            .fields
            .iter()
            .map(|(_, v)| match v {
                SeqValue::Int(i) => self.int(*i),
                SeqValue::Float(f) => self.float(*f),
                SeqValue::Str(s) => self.str(s),
            })
            .collect();
        let id = self.tuple(items);
        self.module_consts.push((ty.name, id));
        id
    }

    /// The struct sequence type of `id`, if it is one.
    pub(crate) fn struct_seq_type(&self, id: ObjId) -> Option<&'static StructSeq> {
        let &(name, _) = self.module_consts.iter().find(|(_, x)| *x == id)?;
        STRUCT_SEQS.iter().find(|t| t.name == name)
    }

    /// `structseq_repr()`: `sys.hash_info(width=64, ...)`.
    pub(crate) fn struct_seq_repr(&mut self, id: ObjId, ty: &StructSeq) -> PyResult<String> {
        let items = match self.heap.get(id) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut parts = Vec::new();
        for ((field, _), item) in ty.fields.iter().zip(items) {
            parts.push(format!("{field}={}", self.repr(item)?));
        }
        Ok(format!("{}({})", ty.name, parts.join(", ")))
    }

    pub(crate) fn sys_attr(&mut self, name: &str) -> PyResult {
        Ok(match name {
            "getsizeof" => self.heap.alloc(Obj::Builtin(Builtin("sys.getsizeof"))),
            "getrefcount" => {
                let f = self.heap.alloc(Obj::Builtin(Builtin("sys.getrefcount")));
                self.mark_ghost(f);
                f
            }
            "settrace" => self.heap.alloc(Obj::Builtin(Builtin("sys.settrace"))),
            "gettrace" => self.heap.alloc(Obj::Builtin(Builtin("sys.gettrace"))),
            "intern" => self.heap.alloc(Obj::Builtin(Builtin("sys.intern"))),
            "exit" => self.heap.alloc(Obj::Builtin(Builtin("sys.exit"))),
            "getrecursionlimit" => self
                .heap
                .alloc(Obj::Builtin(Builtin("sys.getrecursionlimit"))),
            "setrecursionlimit" => self
                .heap
                .alloc(Obj::Builtin(Builtin("sys.setrecursionlimit"))),
            "maxsize" => self.int(i64::MAX),
            "setswitchinterval" | "getswitchinterval" => match self.sys_thread_attr(name) {
                Some(v) => v,
                None => self.none,
            },
            "hash_info" | "int_info" | "float_info" => self.struct_seq(name),
            "byteorder" => self.str("little"),
            // One list for the run, as the sys module keeps it: the script as it was named.
            "argv" => match self.module_consts.iter().find(|(k, _)| *k == "sys.argv") {
                Some(&(_, id)) => id,
                None => {
                    let path =
                        (self.options.argv0.clone()).unwrap_or_else(|| self.program.path.clone());
                    let s = self.string(path);
                    let l = self.list(vec![s]);
                    self.module_consts.push(("sys.argv", l));
                    l
                }
            },
            "maxunicode" => self.int(0x10ffff),
            // Its micro version differs between 3.11 releases; the uses that do not show
            // it are folded by the compiler (frontend/version_info.rs) and never get here.
            "version_info" => {
                return self.err(
                    TypeId::Unsupported,
                    "pyxray does not simulate sys.version_info as a whole yet: its micro \
                     version differs between CPython 3.11 releases (.major, .minor, \
                     .releaselevel, .serial, indexes and slices without item 2, and \
                     comparisons with a tuple display such as `>= (3, 8)` are simulated)",
                );
            }
            _ => return self.unsupported(&format!("sys.{name}")),
        })
    }

    /// The exception `sys.exit(status)` raises: `sys_exit_impl()` hands the status to
    /// `PyErr_SetObject(PyExc_SystemExit, status)`, and `_PyErr_CreateException()` calls
    /// the class with no argument for None, with a tuple's items (the tuple itself
    /// becoming `args`), or with the status alone.
    fn sys_exit_exception(&mut self, status: Option<ObjId>) -> ObjId {
        let status = status.filter(|&s| s != self.none);
        let Some(status) = status else {
            return self.new_exc_args(TypeId::SystemExit, Vec::new());
        };
        let Obj::Tuple(items) = self.heap.get(status) else {
            return self.new_exc_args(TypeId::SystemExit, vec![status]);
        };
        let items = items.to_vec();
        self.new_exc_with_args_tuple(TypeId::SystemExit, items, status)
    }

    pub(crate) fn pow_error(&mut self, e: super::numeric::PowError) -> PyResult {
        use super::numeric::PowError;
        match e {
            PowError::ZeroToNegative => self.err(
                TypeId::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ),
            PowError::Complex => self.unsupported("complex numbers"),
            PowError::Overflow => self.err(
                TypeId::OverflowError,
                "(34, 'Numerical result out of range')",
            ),
        }
    }

    // ----- type constructors -----------------------------------------------------------

    pub(crate) fn call_type(&mut self, t: TypeId, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if t.is_exception() {
            if matches!(t, TypeId::UnicodeEncodeError | TypeId::UnicodeDecodeError) {
                return self.unsupported(&format!("constructing {}", t.name()));
            }
            // OSError(errno, strerror, …) picks a subclass by errno and prints
            // "[Errno n] …" (oserror_parse_args): not simulated.
            if kwargs.is_empty() && t.is_subtype(TypeId::OSError) && args.len() >= 2 {
                return self.unsupported("OSError with errno and strerror arguments");
            }
            let e = self.new_exc_args(t, args.clone());
            self.exc_init(e, &args, &kwargs, false)?;
            return Ok(e);
        }
        let tn = t.name();
        let (mut args, mut kwargs) = (args, kwargs);
        if let Some(conv) = super::argspec::type_conv(t) {
            self.check_call(&|| tn.to_string(), tn, conv, &mut args, &mut kwargs)?;
        }
        match t {
            TypeId::Int => self.construct_int(args, kwargs),
            // none_new(): the None singleton, no arguments.
            TypeId::NoneType => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return self.type_error("NoneType takes no arguments");
                }
                Ok(self.none)
            }
            TypeId::Float => {
                self.no_kwargs("float", &kwargs)?;
                self.arity("float", &args, 0, 1)?;
                let Some(&a) = args.first() else {
                    return Ok(self.float(0.0));
                };
                match self.heap.get(a).clone() {
                    // PyNumber_Float() of an exact float is the float itself.
                    Obj::Float(_) => Ok(a),
                    Obj::Str(s) => match format::parse_float(&s.s) {
                        Some(f) => Ok(self.float(f)),
                        None => {
                            let r = self.repr(a)?;
                            self.err(
                                TypeId::ValueError,
                                format!("could not convert string to float: {r}"),
                            )
                        }
                    },
                    _ => match self.num(a) {
                        Some(n) => {
                            let f = num_to_f64(self, &n)?;
                            Ok(self.float(f))
                        }
                        None => {
                            let tn = self.type_name(a);
                            self.type_error(format!(
                                "float() argument must be a string or a real number, not '{tn}'"
                            ))
                        }
                    },
                }
            }
            TypeId::Str => {
                let Some(&a) = args.first() else {
                    return Ok(self.str(""));
                };
                if args.len() > 1 || !kwargs.is_empty() {
                    // unicode_new_impl(): with an encoding or errors, the object is decoded.
                    let (enc, errors) = self.codec_args("str", &args[1..], &kwargs, 1, 3)?;
                    return match self.heap.get(a).clone() {
                        Obj::Bytes(b) => self.decode_bytes(a, &b, enc, errors),
                        Obj::Str(_) => self.type_error("decoding str is not supported"),
                        _ => {
                            let tn = self.type_name(a);
                            self.type_error(format!(
                                "decoding to str: need a bytes-like object, {tn} found"
                            ))
                        }
                    };
                }
                let s = self.str_of(a)?;
                if matches!(self.heap.get(a), Obj::Str(_)) {
                    return Ok(a);
                }
                Ok(self.string(s))
            }
            TypeId::Bool => {
                self.no_kwargs("bool", &kwargs)?;
                self.arity("bool", &args, 0, 1)?;
                let b = match args.first() {
                    Some(&a) => self.truthy(a)?,
                    None => false,
                };
                Ok(self.bool(b))
            }
            TypeId::List => {
                self.no_kwargs("list", &kwargs)?;
                self.arity("list", &args, 0, 1)?;
                // list___init___impl(): list_extend() of a new list.
                let (items, source) = match args.first() {
                    Some(&a) => self.read_for_list_extend(a)?,
                    None => (Vec::new(), Some(ExtendSource::Sequence)),
                };
                Ok(self.list_extended(items, source))
            }
            TypeId::Tuple => {
                self.no_kwargs("tuple", &kwargs)?;
                self.arity("tuple", &args, 0, 1)?;
                match args.first() {
                    // PySequence_Tuple(): an exact tuple is itself (a namedtuple is not).
                    Some(&a)
                        if matches!(self.heap.get(a), Obj::Tuple(_))
                            && !self.namedtuples.contains_key(&a) =>
                    {
                        Ok(a)
                    }
                    Some(&a) => {
                        let items = self.read_for_tuple(a)?;
                        Ok(self.tuple(items))
                    }
                    None => Ok(self.tuple(Vec::new())),
                }
            }
            TypeId::Set | TypeId::FrozenSet => {
                self.no_kwargs(tn, &kwargs)?;
                self.arity(tn, &args, 0, 1)?;
                if t == TypeId::FrozenSet
                    && let Some(&a) = args.first()
                    && matches!(self.heap.get(a), Obj::FrozenSet(_))
                {
                    return Ok(a);
                }
                self.new_set(t == TypeId::FrozenSet, args.first().copied())
            }
            TypeId::DefaultDict => self.new_defaultdict(args, kwargs),
            TypeId::Counter => self.new_counter(args, kwargs),
            TypeId::OrderedDict => self.new_odict(args, kwargs),
            TypeId::Deque => self.new_deque(args, kwargs),
            TypeId::Dict => {
                if args.len() > 1 {
                    return self.type_error(format!(
                        "dict expected at most 1 argument, got {}",
                        args.len()
                    ));
                }
                let d = self.new_dict();
                if let Some(&a) = args.first() {
                    self.dict_update_from(d, a)?;
                }
                // dict_vectorcall inserts keyword arguments one by one.
                for (k, v) in kwargs {
                    let ks = self.string(k);
                    self.dict_setitem(d, ks, v)?;
                }
                Ok(d)
            }
            TypeId::Range => {
                self.no_kwargs("range", &kwargs)?;
                if args.is_empty() {
                    return self.type_error("range expected at least 1 argument, got 0");
                }
                if args.len() > 3 {
                    return self.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        args.len()
                    ));
                }
                for &a in &args {
                    if self.as_bigint(a).is_none() {
                        let tn = self.type_name(a);
                        return self.type_error(format!(
                            "'{tn}' object cannot be interpreted as an integer"
                        ));
                    }
                }
                let norm = |vm: &mut Vm, a: ObjId| {
                    let v = vm.as_bigint(a).unwrap_or_default();
                    vm.int_big(v)
                };
                let (start, stop, step) = match args.len() {
                    1 => {
                        let z = self.int(0);
                        let one = self.int(1);
                        (z, norm(self, args[0]), one)
                    }
                    2 => {
                        let one = self.int(1);
                        (norm(self, args[0]), norm(self, args[1]), one)
                    }
                    _ => (
                        norm(self, args[0]),
                        norm(self, args[1]),
                        norm(self, args[2]),
                    ),
                };
                if self.as_i64(step) == Some(0) {
                    return self.err(TypeId::ValueError, "range() arg 3 must not be zero");
                }
                Ok(self.heap.alloc(Obj::Range { start, stop, step }))
            }
            TypeId::Slice => {
                self.arity("slice", &args, 1, 3)?;
                let none = self.none;
                let (start, stop, step) = match args.len() {
                    1 => (none, args[0], none),
                    2 => (args[0], args[1], none),
                    _ => (args[0], args[1], args[2]),
                };
                Ok(self.heap.alloc(Obj::Slice { start, stop, step }))
            }
            TypeId::Type => {
                if args.len() == 1 {
                    if let Some(ty) = self.struct_seq_type(args[0]) {
                        return self.unsupported(&format!("the type of {}", ty.name));
                    }
                    if let Obj::Builtin(Builtin(n)) = self.heap.get(args[0])
                        && super::ops::not_a_c_function(n)
                    {
                        return self.unsupported(&format!(
                            "the type of {n} (in CPython a Python function, class or bound \
                             method)"
                        ));
                    }
                    let c = self.class_of(args[0]);
                    return Ok(self.class_obj(c));
                }
                if args.len() == 3 {
                    return self.type_new3(&args);
                }
                self.type_error("type() takes 1 or 3 arguments")
            }
            TypeId::StaticMethod | TypeId::ClassMethod => {
                self.arity(tn, &args, 1, 1)?;
                Ok(self.heap.alloc(if t == TypeId::StaticMethod {
                    Obj::StaticMethod(args[0])
                } else {
                    Obj::ClassMethod(args[0])
                }))
            }
            TypeId::Property => {
                // The doc is kept only as far as nothing can tell it is not: a str
                // (no finalizer, nothing reads it back) or None.
                if let Some(&doc) = args.get(3)
                    && !matches!(self.heap.get(doc), Obj::Str(_) | Obj::None)
                {
                    return self.unsupported("property() with a doc that is not a str");
                }
                let none = self.none;
                let mut parts = [none; 3];
                for (i, a) in args.iter().take(3).enumerate() {
                    parts[i] = *a;
                }
                let p = self.heap.alloc(Obj::Property(Box::new(parts)));
                // A new property has no name until a class statement gives it one.
                self.property_names.remove(&p);
                Ok(p)
            }
            TypeId::Super => {
                self.no_kwargs("super", &kwargs)?;
                self.make_super(&args)
            }

            TypeId::Bytes => {
                let Some(&a) = args.first() else {
                    return Ok(self.bytes(Vec::new()));
                };
                match self.heap.get(a).clone() {
                    // bytes_new(): an exact bytes argument is returned as it is.
                    Obj::Bytes(_) if args.len() == 1 && kwargs.is_empty() => Ok(a),
                    // bytes_new(): encoding and errors only go with a str.
                    ref o
                        if !matches!(o, Obj::Str(_)) && (args.len() > 1 || !kwargs.is_empty()) =>
                    {
                        let (enc, _) = self.codec_args("bytes", &args[1..], &kwargs, 1, 3)?;
                        if enc.is_some() {
                            self.type_error("encoding without a string argument")
                        } else {
                            self.type_error("errors without a string argument")
                        }
                    }
                    Obj::Str(s) => {
                        let (enc, errors) = self.codec_args("bytes", &args[1..], &kwargs, 1, 3)?;
                        if enc.is_none() {
                            return self.type_error("string argument without an encoding");
                        }
                        self.encode_str(a, &s.s, enc, errors)
                    }
                    Obj::Int(n) => {
                        if n < 0 {
                            return self.err(TypeId::ValueError, "negative count");
                        }
                        // _PyBytes_FromSize(): only the empty one is shared.
                        if n == 0 {
                            return Ok(self.bytes(Vec::new()));
                        }
                        Ok(self
                            .heap
                            .alloc(Obj::Bytes(vec![0u8; n as usize].into_boxed_slice())))
                    }
                    _ => {
                        // PyBytes_FromObject(): a list or tuple as it stands, anything else
                        // through _PyBytes_FromIterator(), which asks the length hint.
                        let items = match self.heap.get(a) {
                            Obj::List(_) | Obj::Tuple(_) => self.collect_iterable(a)?,
                            _ => {
                                let it = self.get_iter(a)?;
                                self.length_hint(a, 64)?;
                                self.collect_iterable(it)?
                            }
                        };
                        let mut out = Vec::with_capacity(items.len());
                        for it in items {
                            match self.as_i64(it) {
                                Some(b @ 0..=255) => out.push(b as u8),
                                Some(_) => {
                                    return self
                                        .err(TypeId::ValueError, "bytes must be in range(0, 256)");
                                }
                                None => {
                                    let tn = self.type_name(it);
                                    return self.type_error(format!(
                                        "'{tn}' object cannot be interpreted as an integer"
                                    ));
                                }
                            }
                        }
                        Ok(self.bytes(out))
                    }
                }
            }
            _ => self.unsupported(&format!("calling {tn}()")),
        }
    }

    fn construct_int(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let base_arg = args.get(1).copied().or(self.kwarg(&kwargs, "base"));
        let Some(&a) = args.first() else {
            return Ok(self.int(0));
        };
        if let Some(b) = base_arg {
            let base = self.index_value(b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return self.err(
                    TypeId::ValueError,
                    "int() base must be >= 2 and <= 36, or 0",
                );
            }
            let text = match self.heap.get(a).clone() {
                Obj::Str(s) => s.s.to_string(),
                // PyLong_FromString() reads bytes as they are: no Unicode digit is one.
                Obj::Bytes(b) if b.is_ascii() => String::from_utf8_lossy(&b).into_owned(),
                Obj::Bytes(_) => "?".to_string(),
                _ => return self.type_error("int() can't convert non-string with explicit base"),
            };
            return match format::parse_int(&text, base as u32) {
                Ok(n) => Ok(self.int_big(n)),
                Err(e) => {
                    let r = self.repr(a)?;
                    self.err(TypeId::ValueError, e.message(base, &r))
                }
            };
        }
        match self.heap.get(a).clone() {
            Obj::Str(s) => match format::parse_int(&s.s, 10) {
                Ok(n) => Ok(self.int_big(n)),
                Err(e) => {
                    let r = self.repr(a)?;
                    self.err(TypeId::ValueError, e.message(10, &r))
                }
            },
            Obj::Float(f) => match super::numeric::float_to_bigint(f) {
                Ok(n) => Ok(self.int_big(n)),
                Err(m) if m.contains("NaN") => self.err(TypeId::ValueError, m),
                Err(m) => self.err(TypeId::OverflowError, m),
            },
            // PyNumber_Long() of an exact int is the int itself.
            Obj::Int(_) | Obj::Long(_) => Ok(a),
            Obj::Bool(_) => {
                let n = self.as_bigint(a).unwrap_or_default();
                Ok(self.int_big(n))
            }
            _ => {
                let tn = self.type_name(a);
                self.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
                ))
            }
        }
    }

    /// The `encoding` and `errors` arguments of `str.encode()`, `bytes.decode()`, `str()`
    /// and `bytes()`: `pos` are the positional ones after the object, `taken` the
    /// positional count the message names when there are too many (`max` of them).
    fn codec_args(
        &mut self,
        fname: &str,
        pos: &[ObjId],
        kwargs: &Kw,
        taken: usize,
        max: usize,
    ) -> PyResult<(Option<String>, Option<String>)> {
        if pos.len() > 2 {
            let given = pos.len() + taken;
            return self.type_error(format!(
                "{fname}() takes at most {max} arguments ({given} given)"
            ));
        }
        let mut vals = [pos.first().copied(), pos.get(1).copied()];
        for (k, v) in kwargs {
            let i = match k.as_str() {
                "encoding" => 0,
                "errors" => 1,
                _ => {
                    return self.type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    ));
                }
            };
            if vals[i].is_some() {
                return self.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1 + taken
                ));
            }
            vals[i] = Some(*v);
        }
        let mut out = [None, None];
        for (i, v) in vals.into_iter().enumerate() {
            let Some(v) = v else { continue };
            match self.heap.get(v) {
                Obj::Str(x) => out[i] = Some(x.s.to_string()),
                _ => {
                    // _PyArg_BadArgument(): None is named as "None".
                    let tn = if v == self.none {
                        "None".to_string()
                    } else {
                        self.type_name(v)
                    };
                    let which = if i == 0 { "encoding" } else { "errors" };
                    return self.type_error(format!(
                        "{fname}() argument '{which}' must be str, not {tn}"
                    ));
                }
            }
        }
        let [enc, errors] = out;
        Ok((enc, errors))
    }

    /// The codec an encoding name finds, or CPython's LookupError, or a refusal.
    fn codec(&mut self, encoding: Option<&str>) -> PyResult<Codec> {
        let Some(enc) = encoding else {
            return Ok(Codec::Utf8);
        };
        match codecs::lookup(enc) {
            codecs::Lookup::Found(c) => Ok(c),
            codecs::Lookup::Other => self.unsupported(&format!("the '{enc}' codec")),
            codecs::Lookup::Unknown => {
                self.err(TypeId::LookupError, format!("unknown encoding: {enc}"))
            }
        }
    }

    /// An error handler's failure as CPython reports it (UnicodeEncodeError or
    /// UnicodeDecodeError carry `(encoding, object, start, end, reason)` as their args).
    fn codec_failure<T>(
        &mut self,
        f: codecs::Failure,
        errors: &str,
        ty: TypeId,
        object: ObjId,
    ) -> PyResult<T> {
        match f {
            codecs::Failure::Raise(e) => {
                let args = vec![
                    self.str(e.codec.name()),
                    object,
                    self.int(e.start as i64),
                    self.int(e.end as i64),
                    self.str(e.reason),
                ];
                Err(self.new_exc_args(ty, args))
            }
            codecs::Failure::UnknownHandler => self.err(
                TypeId::LookupError,
                format!("unknown error handler name '{errors}'"),
            ),
            codecs::Failure::Unsupported => {
                self.unsupported(&format!("the '{errors}' error handler"))
            }
        }
    }

    /// `str.encode()` / `bytes(str, encoding, errors)` of the str object `obj`.
    fn encode_str(
        &mut self,
        obj: ObjId,
        s: &str,
        encoding: Option<String>,
        errors: Option<String>,
    ) -> PyResult {
        let codec = self.codec(encoding.as_deref())?;
        let errors = errors.unwrap_or_else(|| "strict".to_string());
        match codecs::encode(s, codec, &errors) {
            Ok(b) => Ok(self.bytes(b)),
            Err(f) => self.codec_failure(f, &errors, TypeId::UnicodeEncodeError, obj),
        }
    }

    /// `bytes.decode()` / `str(bytes, encoding, errors)` of the bytes object `obj`.
    fn decode_bytes(
        &mut self,
        obj: ObjId,
        b: &[u8],
        encoding: Option<String>,
        errors: Option<String>,
    ) -> PyResult {
        let codec = self.codec(encoding.as_deref())?;
        let errors = errors.unwrap_or_else(|| "strict".to_string());
        match codecs::decode(b, codec, &errors) {
            Ok(s) => Ok(self.string(s)),
            Err(f) => self.codec_failure(f, &errors, TypeId::UnicodeDecodeError, obj),
        }
    }

    // ----- methods -------------------------------------------------------------------

    pub(crate) fn call_method(
        &mut self,
        recv: ObjId,
        name: &'static str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        match self.heap.get(recv) {
            Obj::WeakDict(_) => return self.call_weak_dict_method(recv, name, args),
            Obj::ModuleDict => {
                if name != "get" || args.is_empty() || args.len() > 2 {
                    return self.unsupported(&format!("globals().{name}()"));
                }
                let v = match self.module_dict_key(args[0])? {
                    Some(n) => self.get_global(&n),
                    None => None,
                };
                return Ok(v.or(args.get(1).copied()).unwrap_or(self.none));
            }
            Obj::Finalizer(_) => return self.call_finalizer_method(recv, name),
            _ => {}
        }
        if let Some(m) = name.strip_prefix("namedtuple.") {
            return self.namedtuple_method(recv, m, args, kwargs);
        }
        if let Some(slot) = name.strip_prefix("odict.") {
            return self.dict_slot_method(recv, slot, args, kwargs, true);
        }
        if let Some(slot) = name.strip_prefix("dict.") {
            return self.dict_slot_method(recv, slot, args, kwargs, false);
        }
        if name.starts_with("object.")
            || name.starts_with("BaseException.")
            || matches!(
                name,
                "type.mro"
                    | "type.__subclasses__"
                    | "property.setter"
                    | "property.getter"
                    | "property.deleter"
            )
        {
            return self.call_builtin_special(recv, name, args, kwargs);
        }
        if name.starts_with("threading.Thread.") {
            return self.call_thread_base(name, recv, args, kwargs);
        }
        let (mut args, mut kwargs) = (args, kwargs);
        if let Some(ty) = self.method_owner(recv, name)
            && let Some(conv) = super::argspec::method_conv(ty, name)
        {
            self.check_call(
                &|| format!("{ty}.{name}"),
                name,
                conv,
                &mut args,
                &mut kwargs,
            )?;
        }
        if let Obj::Sync(_) = self.heap.get(recv) {
            return match self.call_sync_method(recv, name, args, kwargs)? {
                Some(v) => Ok(v),
                None => self.unsupported(&format!("the method '{name}' of this threading object")),
            };
        }
        // Containers dispatch by type, without copying them.
        match self.heap.get(recv) {
            Obj::List(_) => return self.list_method(recv, name, args, kwargs),
            Obj::Deque(_) => return self.deque_method(recv, name, args, kwargs),
            Obj::LruCache(_) => return self.lru_method(recv, name, &args),
            Obj::Dict(d) if d.counter && super::counter::COUNTER_METHODS.contains(&name) => {
                return self.counter_method(recv, name, args, kwargs);
            }
            Obj::Dict(d) if d.ordered.is_some() && super::odict::ODICT_METHODS.contains(&name) => {
                return self.odict_method(recv, name, args, kwargs);
            }
            Obj::Dict(_) => return self.dict_method(recv, name, args, kwargs),
            Obj::Set(_) | Obj::FrozenSet(_) => return self.set_method(recv, name, args),
            Obj::DictView { .. } if name == "isdisjoint" => {
                let tn = self.type_name(recv);
                self.arity(&format!("{tn}.isdisjoint"), &args, 1, 1)?;
                let r = self.dictview_isdisjoint(recv, args[0])?;
                return Ok(self.bool(r));
            }
            _ => {}
        }
        match self.heap.get(recv).clone() {
            Obj::Str(s) => self.str_method(recv, &s.s, name, args, kwargs),
            Obj::List(_) => self.list_method(recv, name, args, kwargs),
            Obj::Dict(_) => self.dict_method(recv, name, args, kwargs),
            Obj::Type(TypeId::OrderedDict) if name == "fromkeys" => self.odict_fromkeys(&args),
            Obj::Type(TypeId::Counter) if name == "fromkeys" => self.err(
                TypeId::NotImplementedError,
                "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
            ),
            Obj::Type(TypeId::Dict) if name == "fromkeys" => {
                self.arity("fromkeys", &args, 1, 2)?;
                let v = args.get(1).copied().unwrap_or(self.none);
                self.dict_fromkeys(args[0], v)
            }
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_method(recv, name, args),
            Obj::Tuple(t) => self.seq_method(&t, name, args, "tuple"),
            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                let n = self.as_bigint(recv).unwrap_or_default();
                match name {
                    "bit_length" => Ok(self.int(n.bits() as i64)),
                    "bit_count" => {
                        let c = n
                            .abs()
                            .to_u64_digits()
                            .1
                            .iter()
                            .map(|d| d.count_ones() as i64)
                            .sum();
                        Ok(self.int(c))
                    }
                    "to_bytes" => self.int_to_bytes(&n, args, kwargs),
                    _ => Ok(self.int_big(n)),
                }
            }
            Obj::Type(TypeId::Int) if name == "from_bytes" => self.int_from_bytes(args, kwargs),
            Obj::Type(TypeId::Str) if name == "maketrans" => {
                self.no_kwargs("maketrans", &kwargs)?;
                self.str_maketrans(&args)
            }
            Obj::Float(f) => match name {
                "hex" => Ok(self.str(&float_hex(f))),
                "is_integer" => Ok(self.bool(f.is_finite() && f.fract() == 0.0)),
                "conjugate" => Ok(self.float(f)),
                // float_as_integer_ratio(): the exact fraction, in lowest terms.
                "as_integer_ratio" => {
                    if f.is_nan() {
                        return self.err(TypeId::ValueError, "cannot convert NaN to integer ratio");
                    }
                    if f.is_infinite() {
                        return self.err(
                            TypeId::OverflowError,
                            "cannot convert Infinity to integer ratio",
                        );
                    }
                    let bits = f.to_bits();
                    let exp = ((bits >> 52) & 0x7ff) as i64;
                    let frac = bits & ((1u64 << 52) - 1);
                    let (mut mant, mut e) = if exp == 0 {
                        (frac, -1074)
                    } else {
                        (frac | (1u64 << 52), exp - 1075)
                    };
                    if mant == 0 {
                        e = 0;
                    }
                    while mant != 0 && mant & 1 == 0 && e < 0 {
                        mant >>= 1;
                        e += 1;
                    }
                    let mut num = BigInt::from(mant);
                    let mut den = BigInt::from(1);
                    if e >= 0 {
                        num <<= e as usize;
                    } else {
                        den <<= (-e) as usize;
                    }
                    if f.is_sign_negative() {
                        num = -num;
                    }
                    let (n, d) = (self.int_big(num), self.int_big(den));
                    Ok(self.tuple(vec![n, d]))
                }
                _ => self.unsupported(&format!("float.{name}()")),
            },
            Obj::Bytes(b) => match name {
                "decode" => {
                    let (enc, errors) = self.codec_args("decode", &args, &kwargs, 0, 2)?;
                    self.decode_bytes(recv, &b, enc, errors)
                }
                "hex" if !args.is_empty() => self.unsupported("bytes.hex() with a separator"),
                "hex" => Ok(self.string(b.iter().map(|x| format!("{x:02x}")).collect())),
                _ => self.unsupported(&format!("bytes.{name}()")),
            },
            _ => self.unsupported(&format!("the method '{name}'")),
        }
    }

    fn seq_method(&mut self, items: &[ObjId], name: &str, args: Vec<ObjId>, tn: &str) -> PyResult {
        match name {
            "count" => {
                self.arity("count", &args, 1, 1)?;
                let mut n = 0;
                for &x in items {
                    if self.eq(x, args[0])? {
                        n += 1;
                    }
                }
                Ok(self.int(n))
            }
            "index" => {
                self.arity("index", &args, 1, 3)?;
                // list_index_impl() / tuple_index_impl(): start and stop are read with
                // _PyEval_SliceIndexNotNone() and clamped as a slice's are.
                if args[1..].iter().any(|&a| {
                    !matches!(
                        self.heap.get(a),
                        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) | Obj::Instance(_)
                    )
                }) {
                    return self
                        .type_error("slice indices must be integers or have an __index__ method");
                }
                let (st, en) = self.slice_args(&args[1..], items.len())?;
                let (st, en) = (st as usize, en.max(0) as usize);
                for (i, &x) in items.iter().enumerate().take(en).skip(st) {
                    if self.eq(x, args[0])? {
                        return Ok(self.int(i as i64));
                    }
                }
                if tn == "tuple" {
                    self.err(TypeId::ValueError, "tuple.index(x): x not in tuple")
                } else {
                    let r = self.repr(args[0])?;
                    self.err(TypeId::ValueError, format!("{r} is not in list"))
                }
            }
            _ => self.unsupported(&format!("{tn}.{name}()")),
        }
    }

    fn list_items(&self, l: ObjId) -> Vec<ObjId> {
        match self.heap.get(l) {
            Obj::List(v) => v.to_vec(),
            _ => Vec::new(),
        }
    }

    fn list_mut(&mut self, l: ObjId) -> Option<&mut ListObj> {
        match self.heap.get_mut(l) {
            Some(Obj::List(v)) => Some(v),
            _ => None,
        }
    }

    fn list_method(&mut self, l: ObjId, name: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let none = self.none;
        match name {
            "append" => {
                self.arity("list.append", &args, 1, 1)?;
                let x = args[0];
                self.with_list(l, |v, ev| v.append(x, ev));
                Ok(none)
            }
            "extend" => {
                self.arity("list.extend", &args, 1, 1)?;
                self.list_extend(l, args[0])?;
                Ok(none)
            }
            "insert" => {
                self.arity("insert", &args, 2, 2)?;
                let i = self.index_value(args[0])?;
                let x = args[1];
                self.with_list(l, |v, ev| {
                    let n = v.len() as i64;
                    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                    v.insert(at as usize, x, ev);
                });
                Ok(none)
            }
            "pop" => {
                // list_pop(): the clinic converts the index before the list is looked at.
                let i = match args.first() {
                    Some(&a) => self.index_value(a)?,
                    None => -1,
                };
                let items = self.list_items(l);
                if items.is_empty() {
                    return self.err(TypeId::IndexError, "pop from empty list");
                }
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if !(0..n).contains(&j) {
                    return self.err(TypeId::IndexError, "pop index out of range");
                }
                // list_pop_impl(): the last item by list_resize(), any other by
                // list_ass_slice().
                let j = j as usize;
                let v = self
                    .with_list(l, |v, ev| {
                        if j + 1 == v.len() {
                            v.pop_last(ev)
                        } else {
                            v.assign_slice(j, j + 1, Vec::new(), ev).pop()
                        }
                    })
                    .flatten();
                Ok(v.unwrap_or(none))
            }
            "remove" => {
                self.arity("list.remove", &args, 1, 1)?;
                let items = self.list_items(l);
                for (i, &x) in items.iter().enumerate() {
                    if self.eq(x, args[0])? {
                        // list_ass_slice(i, i + 1, NULL); the list may have shrunk
                        // under `==`.
                        self.with_list(l, |v, ev| {
                            if i < v.len() {
                                v.assign_slice(i, i + 1, Vec::new(), ev);
                            }
                        });
                        return Ok(none);
                    }
                }
                self.err(TypeId::ValueError, "list.remove(x): x not in list")
            }
            "index" | "count" => {
                let items = self.list_items(l);
                self.seq_method(&items, name, args, "list")
            }
            "sort" => {
                if !args.is_empty() {
                    return self.type_error("sort() takes no positional arguments");
                }
                self.list_sort(l, &kwargs)?;
                Ok(none)
            }
            "reverse" => {
                if let Some(v) = self.list_mut(l) {
                    v.items_mut().reverse();
                }
                Ok(none)
            }
            // list___sizeof___impl(): the object and its array, without the GC header
            // sys.getsizeof() adds.
            "__sizeof__" => {
                self.arity("list.__sizeof__", &args, 0, 0)?;
                let bytes = match self.heap.get(l) {
                    Obj::List(v) => v.alloc().map(|a| a.getsizeof() - 16),
                    _ => None,
                };
                match bytes {
                    Some(b) => Ok(self.int(b as i64)),
                    None => self.unsupported(
                        "list.__sizeof__() of a list built or changed by a path whose over-allocation pyxray does not model",
                    ),
                }
            }
            "copy" => {
                // list_slice(): a new array exactly as long.
                let items = self.list_items(l);
                Ok(self.list_exact(items))
            }
            "clear" => {
                let old = self.with_list(l, |v, ev| v.clear(ev)).unwrap_or_default();
                // _list_clear(): the items go from the last one.
                self.hint_released(old.into_iter().rev());
                Ok(none)
            }
            _ => self.unsupported(&format!("list.{name}()")),
        }
    }

    /// Mirrors `list_sort_impl()` in Objects/listobject.c. The list is empty while it
    /// sorts (a key function or a comparison sees `[]`; its items are held as the C
    /// function holds `saved_ob_item`); the keys are computed first; a reverse sort
    /// reverses before the sort and after it. The sort is CPython's timsort (listsort.rs),
    /// so which comparisons run, in which order, which TypeError is raised and the order a
    /// failed sort leaves all match. Anything that grew the list meanwhile is dropped, and
    /// "list modified during sort" raised.
    pub(crate) fn list_sort(&mut self, l: ObjId, kwargs: &Kw) -> PyResult<()> {
        // list_sort()'s argument clinic: unknown keywords first, then the converters.
        for (k, _) in kwargs {
            if k != "key" && k != "reverse" {
                return self.type_error(format!("'{k}' is an invalid keyword argument for sort()"));
            }
        }
        let key = self.kwarg(kwargs, "key").filter(|&k| k != self.none);
        let reverse = match self.kwarg(kwargs, "reverse") {
            Some(r) => self.c_int_flag(r)?,
            None => false,
        };
        let (items, alloc) = self
            .list_mut(l)
            .map(|v| v.take_for_sort())
            .unwrap_or_default();
        let held = self.c_held.len();
        self.c_held.extend(items.iter().copied());
        let (order, failed) = match self.sort_saved_items(key, reverse, &items) {
            Ok(order) => (order, None),
            Err((order, e)) => (order, Some(e)),
        };
        self.c_held.truncate(held);
        // Whatever the list gained meanwhile went into a buffer of its own (`allocated`
        // is no longer -1); the saved items come back, in the order the sort reached.
        let sorted: Vec<ObjId> = order.into_iter().map(|i| items[i]).collect();
        let added = self
            .list_mut(l)
            .map(|v| v.restore_after_sort(sorted, alloc))
            .unwrap_or_default();
        let failed = match failed {
            None if added.capacity() != 0 => self
                .err::<()>(TypeId::ValueError, "list modified during sort")
                .err(),
            other => other,
        };
        // The added items go from the last one, as the buffer is freed.
        self.hint_released(added.into_iter().rev());
        match failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// The sort itself, over indices into `items`: the order reached, or the order reached
    /// when a key or a comparison failed, with the exception.
    #[allow(clippy::type_complexity)]
    fn sort_saved_items(
        &mut self,
        key: Option<ObjId>,
        reverse: bool,
        items: &[ObjId],
    ) -> Result<Vec<usize>, (Vec<usize>, ObjId)> {
        let n = items.len();
        let mut order: Vec<usize> = (0..n).collect();
        // The caller drops what is held (the keys too) when the sort ends.
        let keys: Vec<ObjId> = match key {
            None => items.to_vec(),
            Some(k) => {
                let mut keys = Vec::with_capacity(n);
                for &x in items {
                    match self.call_sync(k, vec![x]) {
                        Ok(kx) => {
                            self.c_held.push(kx);
                            keys.push(kx);
                        }
                        // keyfunc_fail: before any reversal.
                        Err(e) => return Err((order, e)),
                    }
                }
                keys
            }
        };
        if reverse {
            order.reverse();
        }
        let sorted = self.timsort_keys(&keys, &mut order);
        if reverse {
            order.reverse();
        }
        match sorted {
            Ok(()) => Ok(order),
            Err(e) => Err((order, e)),
        }
    }

    /// `_PyLong_AsInt()` for a flag such as `reverse=`: an int (or `__index__`) that
    /// fits a C int, its truth.
    fn c_int_flag(&mut self, v: ObjId) -> PyResult<bool> {
        match self.heap.get(v) {
            Obj::Bool(b) => Ok(*b),
            Obj::Int(i) if i32::try_from(*i).is_ok() => Ok(*i != 0),
            Obj::Int(_) | Obj::Long(_) => self.err(
                TypeId::OverflowError,
                "Python int too large to convert to C int",
            ),
            _ => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    fn dict_method(&mut self, d: ObjId, name: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let none = self.none;
        match name {
            "get" => {
                self.arity("get", &args, 1, 2)?;
                let default = args.get(1).copied().unwrap_or(none);
                Ok(self.dict_lookup(d, args[0])?.unwrap_or(default))
            }
            "setdefault" => {
                self.arity("setdefault", &args, 1, 2)?;
                let default = args.get(1).copied().unwrap_or(none);
                self.dict_setdefault(d, args[0], default)
            }
            "pop" => {
                self.arity("pop", &args, 1, 2)?;
                match self.dict_pop(d, args[0])? {
                    Some(v) => Ok(v),
                    None => match args.get(1) {
                        Some(&def) => Ok(def),
                        None => Err(self.new_exc_args(TypeId::KeyError, vec![args[0]])),
                    },
                }
            }
            "popitem" => {
                self.arity("popitem", &args, 0, 0)?;
                self.dict_popitem(d)
            }
            "clear" => {
                self.dict_clear(d);
                Ok(none)
            }
            "copy" => match self.heap.get(d) {
                // mirrors defdict_copy(): type(dd)(dd.default_factory, dd), a dict_merge().
                Obj::Dict(x) if x.default_factory.is_some() => {
                    let factory = x.default_factory.unwrap_or(none);
                    self.new_defaultdict(vec![factory, d], Vec::new())
                }
                _ => self.dict_copy(d),
            },
            "update" => {
                if args.len() > 1 {
                    return self.type_error(format!(
                        "update expected at most 1 argument, got {}",
                        args.len()
                    ));
                }
                if let Some(&a) = args.first() {
                    self.dict_update_from(d, a)?;
                }
                if !kwargs.is_empty() {
                    let kw = self.kwargs_dict(&kwargs)?;
                    self.dict_merge(d, kw)?;
                }
                Ok(none)
            }
            "fromkeys" => {
                self.arity("fromkeys", &args, 1, 2)?;
                let v = args.get(1).copied().unwrap_or(none);
                self.dict_fromkeys(args[0], v)
            }
            // dict_sizeof(): what sys.getsizeof() reports, less what it adds before the
            // object (_PyType_PreHeaderSize): the GC header, and the managed-dict
            // pointers of a class defined in Python (Counter's, or a subclass's).
            "__sizeof__" => {
                self.arity("dict.__sizeof__", &args, 0, 0)?;
                let pre_header = match self.heap.get(d) {
                    Obj::Dict(x) if x.counter || (x.class.is_some() && x.ordered.is_none()) => 32,
                    _ => 16,
                };
                let total = self.getsizeof(d)?;
                let n = self.as_i64(total).unwrap_or(pre_header);
                Ok(self.int(n - pre_header))
            }
            "keys" | "values" | "items" => {
                let kind = match name {
                    "keys" => ViewKind::Keys,
                    "values" => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                Ok(self.heap.alloc(Obj::DictView { dict: d, kind }))
            }
            _ => self.unsupported(&format!("dict.{name}()")),
        }
    }

    fn set_method(&mut self, s: ObjId, name: &str, args: Vec<ObjId>) -> PyResult {
        let none = self.none;
        let frozen = matches!(self.heap.get(s), Obj::FrozenSet(_));
        match name {
            "add" => {
                self.arity("set.add", &args, 1, 1)?;
                self.set_add(s, args[0])?;
                Ok(none)
            }
            "discard" => {
                self.arity("set.discard", &args, 1, 1)?;
                self.set_discard(s, args[0])?;
                Ok(none)
            }
            "remove" => {
                self.arity("set.remove", &args, 1, 1)?;
                if !self.set_discard(s, args[0])? {
                    return Err(self.new_exc_args(TypeId::KeyError, vec![args[0]]));
                }
                Ok(none)
            }
            "pop" => {
                self.arity("set.pop", &args, 0, 0)?;
                match self.heap.get_mut(s) {
                    Some(Obj::Set(t)) => match t.pop() {
                        Some(k) => Ok(k),
                        None => self.err(TypeId::KeyError, "pop from an empty set"),
                    },
                    _ => self.unsupported("set.pop() on this object"),
                }
            }
            "clear" => {
                if let Some(Obj::Set(t)) = self.heap.get_mut(s) {
                    t.clear();
                }
                Ok(none)
            }
            "copy" => {
                if frozen {
                    return Ok(s);
                }
                self.new_set(false, Some(s))
            }
            "update" => {
                for a in args {
                    self.set_update(s, a)?;
                }
                Ok(none)
            }
            _ => match self.set_combine_method(s, name, &args)? {
                Some(r) => Ok(r),
                None => self.unsupported(&format!("set.{name}()")),
            },
        }
    }

    fn str_method(
        &mut self,
        recv: ObjId,
        s: &str,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        let _ = &kwargs;
        let arg_str = |vm: &mut Vm, i: usize, fname: &str| -> PyResult<Option<String>> {
            match args.get(i) {
                None => Ok(None),
                Some(&a) if a == vm.none => Ok(None),
                Some(&a) => match vm.heap.get(a) {
                    Obj::Str(x) => Ok(Some(x.s.to_string())),
                    // unicode_split()'s clinic converter words it apart from strip's.
                    _ if fname == "split" || fname == "rsplit" => {
                        let tn = vm.type_name(a);
                        vm.type_error(format!("must be str or None, not {tn}"))
                    }
                    _ => vm.type_error(format!("{fname} arg must be None or str")),
                },
            }
        };
        let need_str = |vm: &mut Vm, i: usize| -> PyResult<String> {
            match args.get(i).map(|&a| (a, vm.heap.get(a).clone())) {
                Some((_, Obj::Str(x))) => Ok(x.s.to_string()),
                Some((a, _)) => {
                    let tn = vm.type_name(a);
                    vm.type_error(format!("must be str, not {tn}"))
                }
                None => vm.type_error("function takes at least 1 argument (0 given)"),
            }
        };
        match name {
            "join" => {
                // PyUnicode_Join(): PySequence_Fast(seq, "can only join an iterable").
                let it = match self.get_iter(args[0]) {
                    Err(e) if self.exc_is(e, TypeId::TypeError) => {
                        return self.type_error("can only join an iterable");
                    }
                    r => r?,
                };
                let items = self.collect_iterable(it)?;
                // PyUnicode_Join(): one exact str item is returned as it is.
                if let [only] = items[..]
                    && matches!(self.heap.get(only), Obj::Str(_))
                {
                    return Ok(only);
                }
                let mut out = String::new();
                for (i, it) in items.iter().enumerate() {
                    match self.heap.get(*it) {
                        Obj::Str(x) => {
                            if i > 0 {
                                out.push_str(s);
                            }
                            out.push_str(&x.s);
                        }
                        _ => {
                            let tn = self.type_name(*it);
                            return self.type_error(format!(
                                "sequence item {i}: expected str instance, {tn} found"
                            ));
                        }
                    }
                }
                Ok(self.string(out))
            }
            "split" | "rsplit" => {
                let sep = arg_str(self, 0, name)?.or(match self.kwarg(&kwargs, "sep") {
                    Some(v) if v != self.none => Some(self.str_value(v)),
                    _ => None,
                });
                let maxsplit = match args.get(1).copied().or(self.kwarg(&kwargs, "maxsplit")) {
                    Some(m) => self.index_value(m)?,
                    None => -1,
                };
                let parts: Vec<String> = match &sep {
                    Some(sep) if sep.is_empty() => {
                        return self.err(TypeId::ValueError, "empty separator");
                    }
                    Some(sep) => {
                        if maxsplit < 0 {
                            s.split(sep.as_str()).map(String::from).collect()
                        } else if name == "split" {
                            s.splitn(maxsplit as usize + 1, sep.as_str())
                                .map(String::from)
                                .collect()
                        } else {
                            let mut v: Vec<String> = s
                                .rsplitn(maxsplit as usize + 1, sep.as_str())
                                .map(String::from)
                                .collect();
                            v.reverse();
                            v
                        }
                    }
                    None => whitespace_split(s, maxsplit, name == "rsplit"),
                };
                // split() hands out substrings: the str itself when nothing split it.
                let ids: Vec<ObjId> = parts
                    .into_iter()
                    .map(|p| self.substr(recv, s, &p))
                    .collect();
                let mut ev = Vec::new();
                let alloc = ListAlloc::split_result(maxsplit, ids.len(), &mut ev);
                let l = self
                    .heap
                    .alloc(Obj::List(ListObj::with_alloc(ids, Some(alloc))));
                self.record_list_events(l, &ev);
                Ok(l)
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = arg_str(self, 0, name)?;
                let pred = |c: char| match &chars {
                    Some(cs) => cs.contains(c),
                    None => uc::is_space(c),
                };
                let r = match name {
                    "strip" => s.trim_matches(pred),
                    "lstrip" => s.trim_start_matches(pred),
                    _ => s.trim_end_matches(pred),
                };
                Ok(self.substr(recv, s, r))
            }
            // Case operations read CPython's own tables (models::unicode).
            "upper" => Ok(self.string(uc::upper(s))),
            "lower" => Ok(self.string(uc::lower(s))),
            "casefold" => Ok(self.string(uc::casefold(s))),
            "swapcase" => Ok(self.string(uc::swapcase(s))),
            "title" => Ok(self.string(uc::title(s))),
            "capitalize" => Ok(self.string(uc::capitalize(s))),
            "format" => self.str_format(s, &args, &kwargs),
            "translate" => {
                self.no_kwargs("translate", &kwargs)?;
                self.arity("translate", &args, 1, 1)?;
                self.str_translate(s, args[0])
            }
            "maketrans" => {
                self.no_kwargs("maketrans", &kwargs)?;
                self.str_maketrans(&args)
            }
            "format_map" => {
                self.no_kwargs("format_map", &kwargs)?;
                if args.len() != 1 {
                    return self.type_error(format!(
                        "format_map() takes exactly one argument ({} given)",
                        args.len()
                    ));
                }
                self.str_format_map(s, args[0])
            }
            "removeprefix" | "removesuffix" => {
                self.arity(name, &args, 1, 1)?;
                let affix = match self.heap.get(args[0]) {
                    Obj::Str(x) => x.s.to_string(),
                    _ => {
                        let tn = self.type_name(args[0]);
                        return self.type_error(format!("{name}() argument must be str, not {tn}"));
                    }
                };
                let rest = if name == "removeprefix" {
                    s.strip_prefix(affix.as_str())
                } else {
                    s.strip_suffix(affix.as_str())
                };
                // Nothing removed: the str itself (unicode_result_unchanged).
                match rest {
                    Some(r) if !affix.is_empty() => Ok(self.substr(recv, s, r)),
                    _ => Ok(recv),
                }
            }
            "isascii" => {
                self.arity(name, &args, 0, 0)?;
                Ok(self.bool(s.is_ascii()))
            }
            "replace" => {
                // unicode_replace(): the clinic's own text for a non-str argument.
                for (i, &a) in args.iter().take(2).enumerate() {
                    if !matches!(self.heap.get(a), Obj::Str(_)) {
                        let tn = self.type_name(a);
                        return self.type_error(format!(
                            "replace() argument {} must be str, not {tn}",
                            i + 1
                        ));
                    }
                }
                let old = need_str(self, 0)?;
                let new = need_str(self, 1)?;
                let count = match args.get(2) {
                    Some(&c) => self.index_value(c)?,
                    None => -1,
                };
                // replace(): nothing to replace hands back the str itself.
                if count == 0 || !s.contains(old.as_str()) {
                    return Ok(recv);
                }
                let r = if count < 0 {
                    s.replace(&old, &new)
                } else {
                    s.replacen(&old, &new, count as usize)
                };
                Ok(self.string(r))
            }
            "startswith" | "endswith" => {
                self.arity(name, &args, 1, 3)?;
                let prefixes: Vec<String> = match self.heap.get(args[0]).clone() {
                    Obj::Str(p) => vec![p.s.to_string()],
                    Obj::Tuple(t) => t.iter().map(|&x| self.str_value(x)).collect(),
                    _ => {
                        let tn = self.type_name(args[0]);
                        return self.type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {tn}"
                        ));
                    }
                };
                let chars: Vec<char> = s.chars().collect();
                let (st, en) = self.slice_args(&args[1..], chars.len())?;
                // tailmatch(): the window is [start, end); the affix must fit inside it.
                let r = prefixes.iter().any(|p| {
                    let p: Vec<char> = p.chars().collect();
                    let last = en - p.len() as i64;
                    if last < st {
                        return false;
                    }
                    let at = if name == "startswith" { st } else { last } as usize;
                    chars[at..at + p.len()] == p[..]
                });
                Ok(self.bool(r))
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                self.arity(name, &args, 1, 3)?;
                let sub = need_str(self, 0)?;
                let chars: Vec<char> = s.chars().collect();
                let (st, en) = self.slice_args(&args[1..], chars.len())?;
                let sub_len = sub.chars().count() as i64;
                // any_find_slice() / unicode_count(): nothing fits in a short window.
                let window: String = if en - st < sub_len {
                    if name == "count" {
                        return Ok(self.int(0));
                    }
                    if name.contains("index") {
                        return self.err(TypeId::ValueError, "substring not found");
                    }
                    return Ok(self.int(-1));
                } else {
                    chars[st as usize..en as usize].iter().collect()
                };
                if name == "count" {
                    let n = if sub.is_empty() {
                        window.chars().count() + 1
                    } else {
                        window.matches(sub.as_str()).count()
                    };
                    return Ok(self.int(n as i64));
                }
                let found = if name.starts_with('r') {
                    window.rfind(sub.as_str())
                } else {
                    window.find(sub.as_str())
                };
                match found {
                    Some(b) => {
                        let ci = window[..b].chars().count() as i64 + st;
                        Ok(self.int(ci))
                    }
                    None if name.contains("index") => {
                        self.err(TypeId::ValueError, "substring not found")
                    }
                    None => Ok(self.int(-1)),
                }
            }
            "isdigit" | "isdecimal" | "isnumeric" | "isalpha" | "isalnum" | "isspace" => {
                let pred: fn(char) -> bool = match name {
                    "isdigit" => uc::is_digit,
                    "isdecimal" => uc::is_decimal,
                    "isnumeric" => uc::is_numeric,
                    "isalpha" => uc::is_alpha,
                    "isalnum" => uc::is_alnum,
                    _ => uc::is_space,
                };
                Ok(self.bool(!s.is_empty() && s.chars().all(pred)))
            }
            "isupper" => Ok(self.bool(uc::str_isupper(s))),
            "islower" => Ok(self.bool(uc::str_islower(s))),
            "istitle" => Ok(self.bool(uc::str_istitle(s))),
            "isidentifier" => Ok(self.bool(uc::str_isidentifier(s))),
            "isprintable" => Ok(self.bool(s.chars().all(uc::is_printable))),
            "center" | "ljust" | "rjust" => {
                self.arity(name, &args, 1, 2)?;
                let width = self.index_value(args[0])?.max(0) as usize;
                let fill = match args.get(1) {
                    Some(&f) => match self.heap.get(f) {
                        Obj::Str(x) if x.nchars == 1 => x.s.chars().next().unwrap_or(' '),
                        _ => {
                            return self.type_error(
                                "The fill character must be exactly one character long",
                            );
                        }
                    },
                    None => ' ',
                };
                let n = s.chars().count();
                if n >= width {
                    return Ok(recv);
                }
                let pad = width - n;
                let (left, right) = match name {
                    "ljust" => (0, pad),
                    "rjust" => (pad, 0),
                    // unicode.center: left = pad/2 + (pad & width & 1)
                    _ => {
                        let left = pad / 2 + (pad & width & 1);
                        (left, pad - left)
                    }
                };
                let f = fill.to_string();
                Ok(self.string(format!("{}{}{}", f.repeat(left), s, f.repeat(right))))
            }
            "zfill" => {
                self.arity("zfill", &args, 1, 1)?;
                let width = self.index_value(args[0])?.max(0) as usize;
                let n = s.chars().count();
                if n >= width {
                    return Ok(recv);
                }
                let zeros = "0".repeat(width - n);
                let out = if s.starts_with('+') || s.starts_with('-') {
                    format!("{}{}{}", &s[..1], zeros, &s[1..])
                } else {
                    format!("{zeros}{s}")
                };
                Ok(self.string(out))
            }
            "splitlines" => {
                // unicode_splitlines(): keepends is a C int (`bool(accept={int})`).
                let keep = match args.first() {
                    Some(&k) => self.index_value(k)? != 0,
                    None => false,
                };
                let pieces = split_lines(s, keep);
                let parts: Vec<ObjId> = pieces.iter().map(|p| self.substr(recv, s, p)).collect();
                // stringlib's splitlines(): PyList_New(0), then PyList_Append() per line.
                Ok(self.list_appended(parts))
            }
            "expandtabs" => {
                self.arity(name, &args, 0, 1)?;
                let size = match args.first().copied().or(self.kwarg(&kwargs, "tabsize")) {
                    Some(t) => self.index_value(t)?,
                    None => 8,
                };
                // unicode_expandtabs(): no tab leaves the str itself.
                if !s.contains('\t') {
                    return Ok(recv);
                }
                let mut out = String::new();
                let mut col: i64 = 0;
                for c in s.chars() {
                    match c {
                        '\t' => {
                            if size > 0 {
                                let n = size - col % size;
                                out.extend(std::iter::repeat_n(' ', n as usize));
                                col += n;
                            }
                        }
                        '\n' | '\r' => {
                            out.push(c);
                            col = 0;
                        }
                        _ => {
                            out.push(c);
                            col += 1;
                        }
                    }
                }
                Ok(self.string(out))
            }
            "partition" | "rpartition" => {
                self.arity(name, &args, 1, 1)?;
                let sep = need_str(self, 0)?;
                if sep.is_empty() {
                    return self.err(TypeId::ValueError, "empty separator");
                }
                let found = if name == "partition" {
                    s.find(&sep)
                } else {
                    s.rfind(&sep)
                };
                // stringlib partition(): substrings around the separator object itself,
                // or the str itself and two empty strings when it is not found.
                let parts = match found {
                    Some(i) => vec![
                        self.substr(recv, s, &s[..i]),
                        args[0],
                        self.substr(recv, s, &s[i + sep.len()..]),
                    ],
                    None if name == "partition" => vec![recv, self.str(""), self.str("")],
                    None => vec![self.str(""), self.str(""), recv],
                };
                Ok(self.tuple(parts))
            }
            "encode" => {
                let (enc, errors) = self.codec_args("encode", &args, &kwargs, 0, 2)?;
                self.encode_str(recv, s, enc, errors)
            }
            _ => self.unsupported(&format!("str.{name}()")),
        }
    }
}

/// `str.splitlines()`: lines end at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`–`\x1e`,
/// `\x85`, U+2028 and U+2029 (`Py_UNICODE_ISLINEBREAK`), kept when `keep` is set.
fn split_lines(s: &str, keep: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        out.push(if keep { &s[start..end] } else { &s[start..i] });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `str.split()` with no separator: runs of whitespace, leading/trailing ignored.
fn whitespace_split(s: &str, maxsplit: i64, from_right: bool) -> Vec<String> {
    if maxsplit < 0 {
        return s
            .split(uc::is_space)
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect();
    }
    let mut parts = Vec::new();
    if !from_right {
        let mut rest = s.trim_start_matches(uc::is_space);
        while !rest.is_empty() {
            if parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            match rest.find(uc::is_space) {
                Some(i) => {
                    parts.push(rest[..i].to_string());
                    rest = rest[i..].trim_start_matches(uc::is_space);
                }
                None => {
                    parts.push(rest.to_string());
                    break;
                }
            }
        }
    } else {
        let mut rest = s.trim_end_matches(uc::is_space);
        while !rest.is_empty() {
            if parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            match rest.rfind(uc::is_space) {
                Some(i) => {
                    let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                    parts.push(rest[i + w..].to_string());
                    rest = rest[..i].trim_end_matches(uc::is_space);
                }
                None => {
                    parts.push(rest.to_string());
                    break;
                }
            }
        }
        parts.reverse();
    }
    parts
}

fn round_half_even_div(v: &BigInt, m: &BigInt) -> BigInt {
    use num_integer::Integer;
    let (q, r) = v.div_mod_floor(m);
    let twice: BigInt = &r * 2;
    match twice.cmp(m) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}
/// A struct sequence type of `sys` (`PyStructSequence` in Objects/structseq.c).
pub(crate) struct StructSeq {
    pub name: &'static str,
    pub fields: &'static [(&'static str, SeqValue)],
}

pub(crate) enum SeqValue {
    Int(i64),
    Float(f64),
    Str(&'static str),
}

/// The values of a 64-bit Linux CPython 3.11 (`sys.hash_info` in Python/sysmodule.c,
/// `sys.int_info` in Objects/longobject.c, `sys.float_info` in Objects/floatobject.c).
const STRUCT_SEQS: &[StructSeq] = &[
    // functools' CacheInfo named tuple (values are each call's: these are placeholders).
    StructSeq {
        name: "CacheInfo",
        fields: &[
            ("hits", SeqValue::Int(0)),
            ("misses", SeqValue::Int(0)),
            ("maxsize", SeqValue::Int(0)),
            ("currsize", SeqValue::Int(0)),
        ],
    },
    StructSeq {
        name: "sys.hash_info",
        fields: &[
            ("width", SeqValue::Int(64)),
            ("modulus", SeqValue::Int((1 << 61) - 1)),
            ("inf", SeqValue::Int(314159)),
            ("nan", SeqValue::Int(0)),
            ("imag", SeqValue::Int(1000003)),
            ("algorithm", SeqValue::Str("siphash13")),
            ("hash_bits", SeqValue::Int(64)),
            ("seed_bits", SeqValue::Int(128)),
            ("cutoff", SeqValue::Int(0)),
        ],
    },
    StructSeq {
        name: "sys.int_info",
        fields: &[
            ("bits_per_digit", SeqValue::Int(30)),
            ("sizeof_digit", SeqValue::Int(4)),
            ("default_max_str_digits", SeqValue::Int(4300)),
            ("str_digits_check_threshold", SeqValue::Int(640)),
        ],
    },
    StructSeq {
        name: "sys.float_info",
        fields: &[
            ("max", SeqValue::Float(f64::MAX)),
            ("max_exp", SeqValue::Int(1024)),
            ("max_10_exp", SeqValue::Int(308)),
            ("min", SeqValue::Float(f64::MIN_POSITIVE)),
            ("min_exp", SeqValue::Int(-1021)),
            ("min_10_exp", SeqValue::Int(-307)),
            ("dig", SeqValue::Int(15)),
            ("mant_dig", SeqValue::Int(53)),
            ("epsilon", SeqValue::Float(f64::EPSILON)),
            ("radix", SeqValue::Int(2)),
            ("rounds", SeqValue::Int(1)),
        ],
    },
];

/// `float.hex()`: `[-]0x1.<13 hex digits>p±e`, or `0x0.…p-1022` for a subnormal.
// mirrors float_hex() in Objects/floatobject.c
fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::format::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

impl Vm {
    /// The `byteorder` and `signed` arguments of `int.to_bytes` / `int.from_bytes`
    /// (3.11: `byteorder` defaults to 'big').
    fn byteorder_args(
        &mut self,
        fname: &str,
        positional: Option<ObjId>,
        kwargs: &Kw,
    ) -> PyResult<(bool, bool)> {
        let mut order = positional;
        let mut signed = false;
        for (k, v) in kwargs {
            match k.as_str() {
                "byteorder" if order.is_none() => order = Some(*v),
                "signed" => signed = self.truthy(*v)?,
                "length" | "bytes" => {}
                _ => {
                    return self.type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    ));
                }
            }
        }
        let little = match order.map(|o| self.heap.get(o).clone()) {
            None => false,
            Some(Obj::Str(s)) if &*s.s == "big" => false,
            Some(Obj::Str(s)) if &*s.s == "little" => true,
            Some(Obj::Str(_)) => {
                return self.err(
                    TypeId::ValueError,
                    "byteorder must be either 'little' or 'big'",
                );
            }
            Some(_) => {
                let tn = self.type_name(order.unwrap_or(self.none));
                return self.type_error(format!(
                    "{fname}() argument 'byteorder' must be str, not {tn}"
                ));
            }
        };
        Ok((little, signed))
    }

    // mirrors int_to_bytes_impl() and _PyLong_AsByteArray() in Objects/longobject.c
    fn int_to_bytes(&mut self, n: &BigInt, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if args.len() > 2 {
            return self.type_error(format!(
                "to_bytes() takes at most 2 positional arguments ({} given)",
                args.len()
            ));
        }
        let length = args
            .first()
            .copied()
            .or_else(|| self.kwarg(&kwargs, "length"));
        let (little, signed) = self.byteorder_args("to_bytes", args.get(1).copied(), &kwargs)?;
        let length = match length {
            Some(l) => self.index_value(l)?,
            None => 1,
        };
        if length < 0 {
            return self.err(TypeId::ValueError, "length argument must be non-negative");
        }
        if !signed && n.is_negative() {
            return self.err(
                TypeId::OverflowError,
                "can't convert negative int to unsigned",
            );
        }
        let mut bytes = if signed {
            n.to_signed_bytes_le()
        } else {
            n.to_bytes_le().1
        };
        // Both encodings are minimal (a sign byte only where two's complement needs one).
        let fill = if n.is_negative() { 0xff } else { 0 };
        // Zero, and -1 in two's complement, are all sign bits: no byte is needed.
        if n.is_zero() || (signed && *n == BigInt::from(-1)) {
            bytes.clear();
        }
        if bytes.len() > length as usize {
            return self.err(TypeId::OverflowError, "int too big to convert");
        }
        bytes.resize(length as usize, fill);
        if !little {
            bytes.reverse();
        }
        Ok(self.heap.alloc(Obj::Bytes(bytes.into_boxed_slice())))
    }

    // mirrors int_from_bytes_impl() in Objects/longobject.c
    fn int_from_bytes(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if args.len() > 2 {
            return self.type_error(format!(
                "from_bytes() takes at most 2 positional arguments ({} given)",
                args.len()
            ));
        }
        let Some(source) = args
            .first()
            .copied()
            .or_else(|| self.kwarg(&kwargs, "bytes"))
        else {
            return self.type_error("from_bytes() missing required argument 'bytes' (pos 1)");
        };
        let (little, signed) = self.byteorder_args("from_bytes", args.get(1).copied(), &kwargs)?;
        let mut bytes: Vec<u8> = match self.heap.get(source) {
            Obj::Bytes(b) => b.to_vec(),
            _ => return self.unsupported("int.from_bytes() of anything but bytes"),
        };
        if !little {
            bytes.reverse();
        }
        let n = if signed {
            BigInt::from_signed_bytes_le(&bytes)
        } else {
            BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
        };
        Ok(self.int_big(n))
    }
}
