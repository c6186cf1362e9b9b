//! Type expressions, what annotations mostly evaluate to: `list[int]`
//! (`types.GenericAlias`, `Objects/genericaliasobject.c`), `int | None`
//! (`types.UnionType`, `Objects/unionobject.c`), and the `typing` module's `List[int]`,
//! `Optional['Node']`, `Dict`, `Callable`, `Any` (`Lib/typing.py`).
//!
//! Modelled: making them, `repr`, `==`, `__origin__`/`__args__`/`__parameters__`, `|`,
//! calling an alias (its origin's constructor, or typing's "cannot be instantiated"),
//! `isinstance()` with a union or a bare `typing` alias. Refused rather than guessed:
//! their hash (built from type objects' addresses), attributes an alias forwards to its
//! origin, subscripting an alias again, and the rest of `typing` (`TypeVar`, `Generic`,
//! `Protocol`, `NamedTuple`, ...).

use super::object::{Obj, ObjId, TypeExpr, TypeId};
use super::{PyResult, Vm};

/// The built-in types whose `__class_getitem__` is `Py_GenericAlias` (in what pyxray
/// simulates).
fn subscriptable(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List
            | TypeId::Dict
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Tuple
            | TypeId::Type
            | TypeId::Deque
            | TypeId::DefaultDict
            | TypeId::OrderedDict
            | TypeId::Counter
    )
}

/// What a `typing` name stands for.
#[derive(Clone, Copy, PartialEq)]
enum Typing {
    /// An alias of a built-in type: its origin, whether calling it constructs one, and
    /// its number of parameters.
    Builtin(TypeId, bool, usize),
    /// An alias of a `collections.abc` class (not simulated as a class): its parameters.
    Abc(usize),
    Tuple,
    Callable,
    Any,
    Optional,
    Union,
}

/// The `typing` names pyxray offers, by `__name__` (with the module's key for each).
const TYPING_NAMES: &[(&str, &str, Typing)] = &[
    (
        "List",
        "typing.List",
        Typing::Builtin(TypeId::List, false, 1),
    ),
    (
        "Dict",
        "typing.Dict",
        Typing::Builtin(TypeId::Dict, false, 2),
    ),
    ("Set", "typing.Set", Typing::Builtin(TypeId::Set, false, 1)),
    (
        "FrozenSet",
        "typing.FrozenSet",
        Typing::Builtin(TypeId::FrozenSet, false, 1),
    ),
    (
        "Type",
        "typing.Type",
        Typing::Builtin(TypeId::Type, false, 1),
    ),
    (
        "Deque",
        "typing.Deque",
        Typing::Builtin(TypeId::Deque, true, 1),
    ),
    (
        "DefaultDict",
        "typing.DefaultDict",
        Typing::Builtin(TypeId::DefaultDict, true, 2),
    ),
    (
        "OrderedDict",
        "typing.OrderedDict",
        Typing::Builtin(TypeId::OrderedDict, true, 2),
    ),
    (
        "Counter",
        "typing.Counter",
        Typing::Builtin(TypeId::Counter, true, 1),
    ),
    ("Iterable", "typing.Iterable", Typing::Abc(1)),
    ("Iterator", "typing.Iterator", Typing::Abc(1)),
    ("Sequence", "typing.Sequence", Typing::Abc(1)),
    ("MutableSequence", "typing.MutableSequence", Typing::Abc(1)),
    ("Collection", "typing.Collection", Typing::Abc(1)),
    ("AbstractSet", "typing.AbstractSet", Typing::Abc(1)),
    ("MutableSet", "typing.MutableSet", Typing::Abc(1)),
    ("Mapping", "typing.Mapping", Typing::Abc(2)),
    ("MutableMapping", "typing.MutableMapping", Typing::Abc(2)),
    ("Generator", "typing.Generator", Typing::Abc(3)),
    ("Tuple", "typing.Tuple", Typing::Tuple),
    ("Callable", "typing.Callable", Typing::Callable),
    ("Any", "typing.Any", Typing::Any),
    ("Optional", "typing.Optional", Typing::Optional),
    ("Union", "typing.Union", Typing::Union),
];

fn typing_kind(name: &str) -> Option<Typing> {
    TYPING_NAMES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, _, k)| k)
}

impl Vm {
    /// `typing.name`: one object per name (`typing.List is typing.List`); `None` for a
    /// name pyxray does not offer.
    pub(crate) fn typing_attr(&mut self, name: &str) -> Option<ObjId> {
        if name == "TYPE_CHECKING" {
            return Some(self.bool(false));
        }
        let &(n, key, _) = TYPING_NAMES.iter().find(|(n, _, _)| *n == name)?;
        if let Some(&(_, id)) = self.module_consts.iter().find(|(k, _)| *k == key) {
            return Some(id);
        }
        let id = self
            .heap
            .alloc(Obj::TypeExpr(Box::new(TypeExpr::Typing(n))));
        self.module_consts.push((key, id));
        Some(id)
    }

    /// `typing.X[params]` (`_SpecialForm.__getitem__`, `_SpecialGenericAlias.__getitem__`,
    /// `_CallableType.__getitem__`, `_TupleType.__getitem__`).
    fn typing_getitem(&mut self, name: &'static str, index: ObjId) -> PyResult {
        let Some(kind) = typing_kind(name) else {
            return self.unsupported(&format!("subscripting typing.{name}"));
        };
        let raw: Vec<ObjId> = match self.heap.get(index) {
            Obj::Tuple(items) => items.to_vec(),
            _ => vec![index],
        };
        let refuse =
            |vm: &mut Vm| vm.unsupported(&format!("typing.{name}[...] with these parameters"));
        let (params, ellipsis_ok) = match kind {
            Typing::Callable => {
                // Callable[[args], result] or Callable[..., result]: flattened.
                let [params, result] = raw[..] else {
                    return refuse(self);
                };
                let mut out = match self.heap.get(params) {
                    Obj::List(items) => items.to_vec(),
                    Obj::Ellipsis => vec![params],
                    _ => return refuse(self),
                };
                out.push(result);
                (out, true)
            }
            // Tuple[()] has no args.
            Typing::Tuple if matches!(self.heap.get(index), Obj::Tuple(t) if t.is_empty()) => {
                (Vec::new(), true)
            }
            Typing::Tuple => (raw, true),
            _ => (raw, false),
        };
        let mut args = Vec::with_capacity(params.len());
        for a in params {
            match self.typing_param(a, ellipsis_ok)? {
                Some(p) => args.push(p),
                None => return refuse(self),
            }
        }
        match kind {
            Typing::Any => refuse(self),
            Typing::Optional => {
                if args.len() != 1 {
                    return refuse(self);
                }
                let none_type = self.type_obj(TypeId::NoneType);
                self.typing_union(vec![args[0], none_type])
            }
            Typing::Union => self.typing_union(args),
            Typing::Builtin(_, _, n) | Typing::Abc(n) if args.len() != n => refuse(self),
            _ => Ok(self
                .heap
                .alloc(Obj::TypeExpr(Box::new(TypeExpr::TypingAlias {
                    name,
                    args: args.into(),
                })))),
        }
    }

    /// `_type_convert()` and `_type_check()`: None becomes `NoneType`, a str a
    /// `ForwardRef`; types and type expressions pass (`...` where `Tuple` and `Callable`
    /// take it). `None` for anything else (CPython raises; pyxray refuses).
    fn typing_param(&mut self, a: ObjId, ellipsis_ok: bool) -> PyResult<Option<ObjId>> {
        Ok(match self.heap.get(a) {
            Obj::None => Some(self.type_obj(TypeId::NoneType)),
            Obj::Str(_) => Some(
                self.heap
                    .alloc(Obj::TypeExpr(Box::new(TypeExpr::ForwardRef(a)))),
            ),
            Obj::Type(_) | Obj::Class(_) | Obj::TypeExpr(_) => Some(a),
            Obj::Ellipsis if ellipsis_ok => Some(a),
            _ => None,
        })
    }

    /// `Union[args]`: nested unions (typing's or `types.UnionType`) flattened, repeats
    /// dropped; a single arg is itself.
    // mirrors _remove_dups_flatten() and _UnionGenericAlias
    fn typing_union(&mut self, args: Vec<ObjId>) -> PyResult {
        let mut flat = Vec::new();
        for a in args {
            match self.type_expr(a) {
                Some(TypeExpr::TypingAlias {
                    name: "Union",
                    args,
                })
                | Some(TypeExpr::Union(args)) => flat.extend(args.iter().copied()),
                _ => flat.push(a),
            }
        }
        let out = self.without_repeats(flat)?;
        if out.len() == 1 {
            return Ok(out[0]);
        }
        Ok(self
            .heap
            .alloc(Obj::TypeExpr(Box::new(TypeExpr::TypingAlias {
                name: "Union",
                args: out.into(),
            }))))
    }

    /// Subscripting a type expression: a bare `typing` name takes parameters; anything
    /// already subscripted is refused.
    pub(crate) fn type_expr_getitem(&mut self, id: ObjId, index: ObjId) -> PyResult {
        match self.type_expr(id) {
            Some(TypeExpr::Typing(name)) => self.typing_getitem(name, index),
            Some(t) => {
                let tn = t.type_name();
                self.unsupported(&format!("subscripting a {tn}"))
            }
            None => self.unsupported("subscripting this object"),
        }
    }

    /// What calling a type expression calls: a `types.GenericAlias`'s origin, or the type
    /// behind a `typing` alias that constructs (`Deque`, `DefaultDict`, ...); typing's
    /// `List` and friends raise CPython's TypeError, and the rest are refused.
    pub(crate) fn type_expr_call_target(&mut self, t: &TypeExpr) -> PyResult<ObjId> {
        let name = match t {
            TypeExpr::Alias { origin, .. } => return Ok(*origin),
            TypeExpr::Union(_) => {
                return self.type_error("'types.UnionType' object is not callable");
            }
            TypeExpr::Typing(n) | TypeExpr::TypingAlias { name: n, .. } => *n,
            TypeExpr::ForwardRef(_) => {
                return self.type_error("'ForwardRef' object is not callable");
            }
        };
        match typing_kind(name) {
            Some(Typing::Builtin(t, true, _)) => Ok(self.type_obj(t)),
            Some(Typing::Builtin(t, false, _)) => {
                let origin = t.name();
                self.type_error(format!(
                    "Type {name} cannot be instantiated; use {origin}() instead"
                ))
            }
            _ => self.unsupported(&format!("calling typing.{name}")),
        }
    }

    /// `t[index]` for a built-in type: a `GenericAlias` whose args are the index's items
    /// (a tuple index) or the index itself. `None` for a type that is not generic.
    // mirrors Py_GenericAlias() and _Py_make_parameters() (no TypeVars: no parameters)
    pub(crate) fn class_getitem(&mut self, t: TypeId, index: ObjId) -> Option<ObjId> {
        if !subscriptable(t) {
            return None;
        }
        let origin = self.type_obj(t);
        let args: Box<[ObjId]> = match self.heap.get(index) {
            Obj::Tuple(items) => items.clone(),
            _ => Box::new([index]),
        };
        Some(
            self.heap
                .alloc(Obj::TypeExpr(Box::new(TypeExpr::Alias { origin, args }))),
        )
    }

    fn type_expr(&self, id: ObjId) -> Option<TypeExpr> {
        match self.heap.get(id) {
            Obj::TypeExpr(t) => Some((**t).clone()),
            _ => None,
        }
    }

    /// Made by the `typing` module.
    fn is_typing(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Obj::TypeExpr(t) if t.is_typing())
    }

    /// `is_unionable()`: None, a type, or a type expression.
    fn unionable(&self, id: ObjId) -> bool {
        matches!(
            self.heap.get(id),
            Obj::None | Obj::Type(_) | Obj::Class(_) | Obj::TypeExpr(_)
        )
    }

    /// `a | b` of two unionable operands: a `UnionType` over both's args, flattened and
    /// without repeats (one arg left: that arg). `None` when either is not unionable
    /// (`NotImplemented`).
    // mirrors _Py_union_type_or() and dedup_and_flatten_args()
    pub(crate) fn union_or(&mut self, a: ObjId, b: ObjId) -> PyResult<Option<ObjId>> {
        // Only `type` and the type expressions have the `|` slot: `None | None` is not
        // theirs to answer.
        let has_slot = |vm: &Vm, x: ObjId| {
            matches!(
                vm.heap.get(x),
                Obj::Type(_) | Obj::Class(_) | Obj::TypeExpr(_)
            )
        };
        if !self.unionable(a) || !self.unionable(b) || !(has_slot(self, a) || has_slot(self, b)) {
            return Ok(None);
        }
        // A typing object is not unionable for `type.__or__`: its own `__or__` or
        // `__ror__` answers, with `Union[a, b]`.
        if self.is_typing(a) || self.is_typing(b) {
            let mut args = Vec::new();
            for x in [a, b] {
                args.push(if x == self.none {
                    self.type_obj(TypeId::NoneType)
                } else {
                    x
                });
            }
            return self.typing_union(args).map(Some);
        }
        let mut flat = Vec::new();
        for x in [a, b] {
            match self.type_expr(x) {
                Some(TypeExpr::Union(args)) => flat.extend(args.iter().copied()),
                // None stands for its type inside a union.
                _ if x == self.none => flat.push(self.type_obj(TypeId::NoneType)),
                _ => flat.push(x),
            }
        }
        let args = self.without_repeats(flat)?;
        if args.len() == 1 {
            return Ok(Some(args[0]));
        }
        Ok(Some(self.heap.alloc(Obj::TypeExpr(Box::new(
            TypeExpr::Union(args.into()),
        )))))
    }

    /// `==` between a type expression and anything: aliases by origin and args, unions
    /// by their args as sets. `None` when neither side is a type expression.
    // mirrors ga_richcompare() and union_richcompare()
    pub(crate) fn type_expr_compare(&mut self, a: ObjId, b: ObjId) -> PyResult<Option<bool>> {
        match (self.type_expr(a), self.type_expr(b)) {
            (None, None) => Ok(None),
            (Some(x), Some(y)) => Ok(Some(self.type_exprs_equal(&x, &y)?)),
            _ => Ok(Some(false)),
        }
    }

    fn type_exprs_equal(&mut self, x: &TypeExpr, y: &TypeExpr) -> PyResult<bool> {
        match (x, y) {
            (
                TypeExpr::Alias {
                    origin: o1,
                    args: a1,
                },
                TypeExpr::Alias {
                    origin: o2,
                    args: a2,
                },
            ) => Ok(o1 == o2 && self.args_equal(a1, a2)?),
            (TypeExpr::Typing(a), TypeExpr::Typing(b)) => Ok(a == b),
            (TypeExpr::ForwardRef(a), TypeExpr::ForwardRef(b)) => self.eq(*a, *b),
            (
                TypeExpr::TypingAlias { name: n1, args: a1 },
                TypeExpr::TypingAlias { name: n2, args: a2 },
            ) if *n1 != "Union" && *n2 != "Union" => Ok(n1 == n2 && self.args_equal(a1, a2)?),
            // A typing Union equals another union (either kind) with the same args.
            (
                TypeExpr::Union(a1)
                | TypeExpr::TypingAlias {
                    name: "Union",
                    args: a1,
                },
                TypeExpr::Union(a2)
                | TypeExpr::TypingAlias {
                    name: "Union",
                    args: a2,
                },
            ) => {
                for (xs, ys) in [(a1, a2), (a2, a1)] {
                    for &p in xs.iter() {
                        if !self.holds_equal(ys, p, Vm::eq)? {
                            return Ok(false);
                        }
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Two args tuples item by item (`==`).
    fn args_equal(&mut self, a: &[ObjId], b: &[ObjId]) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        for (&p, &q) in a.iter().zip(b) {
            if !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether `xs` holds something `same` to `x`.
    fn holds_equal(
        &mut self,
        xs: &[ObjId],
        x: ObjId,
        same: fn(&mut Vm, ObjId, ObjId) -> PyResult<bool>,
    ) -> PyResult<bool> {
        for &y in xs {
            if same(self, x, y)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `dedup_and_flatten_args()` / `_deduplicate()`: the args in order, each kept once.
    fn without_repeats(&mut self, flat: Vec<ObjId>) -> PyResult<Vec<ObjId>> {
        let mut out = Vec::with_capacity(flat.len());
        for x in flat {
            if !self.holds_equal(&out, x, Vm::type_expr_eq)? {
                out.push(x);
            }
        }
        Ok(out)
    }

    /// Equality as `dedup_and_flatten_args()` needs it: identity, or two equal type
    /// expressions.
    fn type_expr_eq(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        Ok(self.type_expr_compare(a, b)?.unwrap_or(false))
    }

    /// `repr()`: `list[int]`, `dict[str, list[int]]`, `int | None`, `typing.List[int]`,
    /// `typing.Optional[ForwardRef('Node')]`.
    // mirrors ga_repr(), union_repr() and typing's __repr__s
    pub(crate) fn type_expr_repr(&mut self, t: &TypeExpr) -> PyResult<String> {
        match t {
            TypeExpr::Typing(n) => Ok(format!("typing.{n}")),
            TypeExpr::ForwardRef(s) => Ok(format!("ForwardRef({})", self.repr(*s)?)),
            TypeExpr::TypingAlias { name, args } => {
                let none_type = self.type_obj(TypeId::NoneType);
                if *name == "Union"
                    && args.len() == 2
                    && let Some(other) = if args[0] == none_type {
                        Some(args[1])
                    } else if args[1] == none_type {
                        Some(args[0])
                    } else {
                        None
                    }
                {
                    return Ok(format!(
                        "typing.Optional[{}]",
                        self.typing_type_repr(other)?
                    ));
                }
                let mut parts = Vec::new();
                for &a in args.iter() {
                    parts.push(self.typing_type_repr(a)?);
                }
                let inner = if *name == "Callable" {
                    // _CallableGenericAlias.__repr__: the parameters in brackets.
                    let result = parts.pop().unwrap_or_default();
                    if args.len() == 2 && matches!(self.heap.get(args[0]), Obj::Ellipsis) {
                        format!("..., {result}")
                    } else {
                        format!("[{}], {result}", parts.join(", "))
                    }
                } else if parts.is_empty() {
                    "()".to_string()
                } else {
                    parts.join(", ")
                };
                Ok(format!("typing.{name}[{inner}]"))
            }
            TypeExpr::Alias { origin, args } => {
                let mut s = self.type_repr_item(*origin)?;
                s.push('[');
                if args.is_empty() {
                    // An empty tuple of args: `tuple[()]`.
                    s.push_str("()");
                }
                for (i, &a) in args.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.type_repr_item(a)?);
                }
                s.push(']');
                Ok(s)
            }
            TypeExpr::Union(args) => {
                let none_type = self.type_obj(TypeId::NoneType);
                let mut parts = Vec::new();
                for &a in args.iter() {
                    if a == none_type {
                        parts.push("None".to_string());
                    } else {
                        parts.push(self.type_repr_item(a)?);
                    }
                }
                Ok(parts.join(" | "))
            }
        }
    }

    /// `ga_repr_item()`: `...`, a type expression's repr, a type as `qualname` (built-in)
    /// or `module.qualname`, anything else's repr.
    fn type_repr_item(&mut self, a: ObjId) -> PyResult<String> {
        match self.heap.get(a) {
            Obj::Ellipsis => Ok("...".to_string()),
            Obj::TypeExpr(t) => {
                let t = (**t).clone();
                self.type_expr_repr(&t)
            }
            Obj::Type(t) => Ok(match t {
                TypeId::Deque | TypeId::DefaultDict | TypeId::OrderedDict | TypeId::Counter => {
                    format!("collections.{}", t.name())
                }
                _ => t.name().to_string(),
            }),
            Obj::Class(c) => Ok(format!("__main__.{}", c.qualname)),
            _ => self.repr(a),
        }
    }

    /// `typing._type_repr()`: a `types.GenericAlias` by its repr, a type as `qualname`
    /// (built-in, `NoneType` included) or `module.qualname`, `...`, anything else's repr.
    fn typing_type_repr(&mut self, a: ObjId) -> PyResult<String> {
        match self.heap.get(a) {
            Obj::Ellipsis => Ok("...".to_string()),
            Obj::Type(_) | Obj::Class(_) => self.type_repr_item(a),
            _ => self.repr(a),
        }
    }

    /// `x.name` of a type expression.
    // mirrors ga_getattro() (its attr_exceptions), ga_members and union_getset
    pub(crate) fn type_expr_getattr(&mut self, id: ObjId, name: &str) -> PyResult {
        let Some(t) = self.type_expr(id) else {
            return self.unsupported("this type expression");
        };
        match (name, &t) {
            ("__origin__", TypeExpr::Alias { origin, .. }) => Ok(*origin),
            ("__args__", TypeExpr::Alias { args, .. } | TypeExpr::Union(args))
            | ("__args__", TypeExpr::TypingAlias { args, .. }) => Ok(self.tuple(args.to_vec())),
            ("__origin__", TypeExpr::TypingAlias { name: "Union", .. }) => {
                Ok(self.typing_attr("Union").unwrap_or(self.none))
            }
            ("__origin__", TypeExpr::Typing(n) | TypeExpr::TypingAlias { name: n, .. })
                if matches!(
                    typing_kind(n),
                    Some(Typing::Builtin(..)) | Some(Typing::Tuple)
                ) =>
            {
                Ok(match typing_kind(n) {
                    Some(Typing::Builtin(t, _, _)) => self.type_obj(t),
                    _ => self.type_obj(TypeId::Tuple),
                })
            }
            ("__forward_arg__", TypeExpr::ForwardRef(s)) => Ok(*s),
            // No TypeVars are simulated: never any parameters.
            ("__parameters__", _) => Ok(self.tuple(Vec::new())),
            _ => {
                let tn = t.type_name();
                self.unsupported(&format!("the attribute {tn}.{name}"))
            }
        }
    }

    /// `isinstance(x, u)` / `issubclass(c, u)` with a type expression `u`: a union is
    /// checked as the tuple of its args, in order (so an alias among them raises only if
    /// no earlier arg matched); an alias is a TypeError (`ga_instancecheck`).
    pub(crate) fn type_expr_check(
        &mut self,
        u: ObjId,
        subclass: bool,
        check: &mut dyn FnMut(&mut Vm, ObjId) -> PyResult<bool>,
    ) -> PyResult<Option<bool>> {
        let f = if subclass { "issubclass" } else { "isinstance" };
        match self.type_expr(u) {
            None => Ok(None),
            // A bare typing alias checks against its origin (`_SpecialGenericAlias`).
            Some(TypeExpr::Typing(n)) => match typing_kind(n) {
                Some(Typing::Builtin(t, _, _)) => {
                    let origin = self.type_obj(t);
                    check(self, origin).map(Some)
                }
                Some(Typing::Tuple) => {
                    let origin = self.type_obj(TypeId::Tuple);
                    check(self, origin).map(Some)
                }
                Some(Typing::Any) => {
                    self.type_error(format!("typing.Any cannot be used with {f}()"))
                }
                _ => self.unsupported(&format!("{f}() with typing.{n}")),
            },
            Some(TypeExpr::TypingAlias {
                name: "Union",
                args,
            }) => {
                // _UnionGenericAlias.__subclasscheck__: issubclass against each arg.
                for &a in args.iter() {
                    if matches!(
                        self.type_expr(a),
                        Some(TypeExpr::TypingAlias { .. } | TypeExpr::Alias { .. })
                    ) {
                        return self.type_error(
                            "Subscripted generics cannot be used with class and instance checks",
                        );
                    }
                    if self.type_expr(a).is_some() {
                        return self.unsupported(&format!("{f}() with this typing.Union"));
                    }
                    if check(self, a)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
            Some(TypeExpr::TypingAlias { .. }) => self
                .type_error("Subscripted generics cannot be used with class and instance checks"),
            Some(TypeExpr::ForwardRef(_)) => self.unsupported(&format!("{f}() with a ForwardRef")),
            Some(TypeExpr::Alias { .. }) => self.type_error(format!(
                "{f}() argument 2 cannot be a parameterized generic"
            )),
            Some(TypeExpr::Union(args)) => {
                for &a in args.iter() {
                    if matches!(self.type_expr(a), Some(TypeExpr::Alias { .. })) {
                        return self.type_error(format!(
                            "{f}() argument 2 cannot be a parameterized generic"
                        ));
                    }
                    if check(self, a)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
        }
    }
}
