//! The `operator` module: `itemgetter` and `attrgetter` objects (`Modules/_operator.c`:
//! one item gives the item, several a tuple; a dotted attribute name is followed dot by
//! dot) and the functions that are Python's operators by name.

use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::{BinOp, CmpOp, UnOp};

type Kw = Vec<(String, ObjId)>;

const FUNCTIONS: &[&str] = &[
    "operator.itemgetter",
    "operator.attrgetter",
    "operator.add",
    "operator.sub",
    "operator.mul",
    "operator.truediv",
    "operator.floordiv",
    "operator.mod",
    "operator.pow",
    "operator.and_",
    "operator.or_",
    "operator.xor",
    "operator.lshift",
    "operator.rshift",
    "operator.neg",
    "operator.pos",
    "operator.not_",
    "operator.truth",
    "operator.eq",
    "operator.ne",
    "operator.lt",
    "operator.le",
    "operator.gt",
    "operator.ge",
    "operator.getitem",
    "operator.contains",
    "operator.is_",
    "operator.is_not",
];

impl Vm {
    pub(crate) fn operator_attr(&mut self, name: &str) -> PyResult {
        let full = format!("operator.{name}");
        match FUNCTIONS.iter().find(|f| **f == full) {
            Some(f) => Ok(self.heap.alloc(Obj::Builtin(Builtin(f)))),
            None => self.unsupported(&full),
        }
    }

    pub(crate) fn call_operator(&mut self, full: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let name = &full["operator.".len()..];
        if !kwargs.is_empty() {
            return self.type_error(format!("{name}() takes no keyword arguments"));
        }
        if let Some(kind) = match name {
            "itemgetter" => Some(GetterKind::Item),
            "attrgetter" => Some(GetterKind::Attr),
            _ => None,
        } {
            if args.is_empty() {
                return self.type_error(format!("{name} expected 1 argument, got 0"));
            }
            if self.heap.precise {
                return self.unsupported(&format!(
                    "operator.{name} in a program whose reference counts are shown"
                ));
            }
            if kind == GetterKind::Attr
                && let Some(&bad) = args
                    .iter()
                    .find(|&&a| !matches!(self.heap.get(a), Obj::Str(_)))
            {
                let _ = bad;
                return self.type_error("attribute name must be a string");
            }
            return Ok(self
                .heap
                .alloc(Obj::Getter(Box::new(GetterObj { kind, items: args }))));
        }
        let binary = |op: &str| -> Option<BinOp> {
            Some(match op {
                "add" => BinOp::Add,
                "sub" => BinOp::Sub,
                "mul" => BinOp::Mul,
                "truediv" => BinOp::TrueDiv,
                "floordiv" => BinOp::FloorDiv,
                "mod" => BinOp::Mod,
                "pow" => BinOp::Pow,
                "and_" => BinOp::And,
                "or_" => BinOp::Or,
                "xor" => BinOp::Xor,
                "lshift" => BinOp::LShift,
                "rshift" => BinOp::RShift,
                _ => return None,
            })
        };
        let compare = |op: &str| -> Option<CmpOp> {
            Some(match op {
                "eq" => CmpOp::Eq,
                "ne" => CmpOp::Ne,
                "lt" => CmpOp::Lt,
                "le" => CmpOp::Le,
                "gt" => CmpOp::Gt,
                "ge" => CmpOp::Ge,
                _ => return None,
            })
        };
        let two = |vm: &mut Vm, args: &[ObjId]| -> PyResult<()> {
            if args.len() != 2 {
                return vm.type_error(format!("{name} expected 2 arguments, got {}", args.len()));
            }
            Ok(())
        };
        if let Some(op) = binary(name) {
            two(self, &args)?;
            return self.binary(op, args[0], args[1]);
        }
        if let Some(op) = compare(name) {
            two(self, &args)?;
            return self.compare(op, args[0], args[1]);
        }
        match name {
            "neg" | "pos" | "not_" | "truth" => {
                if args.len() != 1 {
                    return self.type_error(format!(
                        "operator.{name}() takes exactly one argument ({} given)",
                        args.len()
                    ));
                }
                match name {
                    "neg" => self.unary(UnOp::Neg, args[0]),
                    "pos" => self.unary(UnOp::Pos, args[0]),
                    "not_" => {
                        let t = self.truthy(args[0])?;
                        Ok(self.bool(!t))
                    }
                    _ => {
                        let t = self.truthy(args[0])?;
                        Ok(self.bool(t))
                    }
                }
            }
            "getitem" => {
                two(self, &args)?;
                self.getitem(args[0], args[1])
            }
            "contains" => {
                two(self, &args)?;
                let c = self.contains(args[0], args[1])?;
                Ok(self.bool(c))
            }
            "is_" | "is_not" => {
                two(self, &args)?;
                Ok(self.bool((args[0] == args[1]) == (name == "is_")))
            }
            _ => self.unsupported(&format!("{full}()")),
        }
    }

    /// Calls an itemgetter or attrgetter on `args`.
    // mirrors itemgetter_call_impl() and attrgetter_call_impl() in Modules/_operator.c
    pub(crate) fn call_getter(&mut self, g: ObjId, args: Vec<ObjId>, kwargs: &Kw) -> PyResult {
        let Obj::Getter(getter) = self.heap.get(g) else {
            return Ok(self.none);
        };
        let getter = (**getter).clone();
        let what = match getter.kind {
            GetterKind::Item => "itemgetter",
            GetterKind::Attr => "attrgetter",
        };
        if !kwargs.is_empty() {
            return self.type_error(format!("{what}() takes no keyword arguments"));
        }
        if args.len() != 1 {
            return self.type_error(format!("{what} expected 1 argument, got {}", args.len()));
        }
        let obj = args[0];
        let mut out = Vec::with_capacity(getter.items.len());
        for &item in &getter.items {
            let v = match getter.kind {
                GetterKind::Item => self.getitem(obj, item)?,
                GetterKind::Attr => {
                    let path = self.str_value(item);
                    let mut v = obj;
                    for part in path.split('.') {
                        v = self.get_attr(v, part)?;
                    }
                    v
                }
            };
            out.push(v);
        }
        Ok(if out.len() == 1 {
            out[0]
        } else {
            self.tuple(out)
        })
    }

    /// `operator.itemgetter(1, 'a')` / `operator.attrgetter('x.y')`.
    pub(crate) fn getter_repr(&mut self, g: &GetterObj) -> PyResult<String> {
        let mut parts = Vec::with_capacity(g.items.len());
        for &i in &g.items {
            parts.push(self.repr(i)?);
        }
        let what = match g.kind {
            GetterKind::Item => "itemgetter",
            GetterKind::Attr => "attrgetter",
        };
        Ok(format!("operator.{what}({})", parts.join(", ")))
    }
}
