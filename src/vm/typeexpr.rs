//! Type expressions, what annotations mostly evaluate to: `list[int]`
//! (`types.GenericAlias`, `Objects/genericaliasobject.c`) and `int | None`
//! (`types.UnionType`, `Objects/unionobject.c`).
//!
//! Modelled: making them, `repr`, `==`, `__origin__`/`__args__`/`__parameters__`, `|`,
//! calling an alias (its origin's constructor), `isinstance()` with a union. Refused
//! rather than guessed: their hash (built from type objects' addresses), attributes an
//! alias forwards to its origin, and subscripting an alias again.

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

impl Vm {
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
        let mut flat = Vec::new();
        for x in [a, b] {
            match self.type_expr(x) {
                Some(TypeExpr::Union(args)) => flat.extend(args.iter().copied()),
                // None stands for its type inside a union.
                _ if x == self.none => flat.push(self.type_obj(TypeId::NoneType)),
                _ => flat.push(x),
            }
        }
        let mut args: Vec<ObjId> = Vec::new();
        for x in flat {
            let mut seen = false;
            for &y in &args {
                if self.type_expr_eq(x, y)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                args.push(x);
            }
        }
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
            ) => {
                if o1 != o2 || a1.len() != a2.len() {
                    return Ok(false);
                }
                for (p, q) in a1.iter().zip(a2.iter()) {
                    if !self.eq(*p, *q)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (TypeExpr::Union(a1), TypeExpr::Union(a2)) => {
                for (xs, ys) in [(a1, a2), (a2, a1)] {
                    for &p in xs.iter() {
                        let mut found = false;
                        for &q in ys.iter() {
                            if self.eq(p, q)? {
                                found = true;
                                break;
                            }
                        }
                        if !found {
                            return Ok(false);
                        }
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Equality as `dedup_and_flatten_args()` needs it: identity, or two equal type
    /// expressions.
    fn type_expr_eq(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        Ok(self.type_expr_compare(a, b)?.unwrap_or(false))
    }

    /// `repr()`: `list[int]`, `dict[str, list[int]]`, `int | None`.
    // mirrors ga_repr() and union_repr()
    pub(crate) fn type_expr_repr(&mut self, t: &TypeExpr) -> PyResult<String> {
        match t {
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

    /// `x.name` of a type expression.
    // mirrors ga_getattro() (its attr_exceptions), ga_members and union_getset
    pub(crate) fn type_expr_getattr(&mut self, id: ObjId, name: &str) -> PyResult {
        let Some(t) = self.type_expr(id) else {
            return self.unsupported("this type expression");
        };
        match (name, &t) {
            ("__origin__", TypeExpr::Alias { origin, .. }) => Ok(*origin),
            ("__args__", TypeExpr::Alias { args, .. } | TypeExpr::Union(args)) => {
                Ok(self.tuple(args.to_vec()))
            }
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
