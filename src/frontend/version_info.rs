//! `sys.version_info` without its micro version.
//!
//! CPython 3.11's `sys.version_info` is `(3, 11, micro, 'final', 0)`, and `micro` is the
//! one part pyxray cannot know: it differs between the 3.11 releases a program may run on
//! (3.11.2 on Debian 12, later ones elsewhere). So pyxray answers only the uses whose result
//! does not depend on it: `.major`, `.minor`, `.releaselevel`, `.serial`, an index or slice
//! that leaves out item 2, and a comparison with a tuple display that is decided before
//! item 2 (`sys.version_info >= (3, 8)`, `(3, 8) <= sys.version_info < (3, 12)`). The
//! compiler folds those to their values here; any other use reaches `sys.version_info`
//! itself at run time, which is refused.

use num_traits::ToPrimitive;
use rustpython_parser::ast::{self, Expr};

use super::code::Const;
use super::compiler::fold_const;

/// An item of `sys.version_info`, by index; `None` is the micro version.
fn item(i: usize) -> Option<Const> {
    match i {
        0 => Some(Const::Int(3.into())),
        1 => Some(Const::Int(11.into())),
        3 => Some(Const::Str("final".into())),
        4 => Some(Const::Int(0.into())),
        _ => None,
    }
}

const LEN: i64 = 5;
const MICRO: usize = 2;

/// What a folded use of `sys.version_info` evaluates to.
#[derive(Debug, PartialEq)]
pub enum Folded {
    /// One constant: an item or a comparison's result.
    Value(Const),
    /// A slice: a new tuple of these items.
    Tuple(Vec<Const>),
}

/// `e` as a use of `<name>.version_info` whose result is known without the micro
/// version: the name (the program's `sys`, checked at run time) and the result.
pub fn fold(e: &Expr) -> Option<(&ast::ExprName, Folded)> {
    match e {
        Expr::Attribute(a) if a.ctx == ast::ExprContext::Load => {
            let base = version_info_of(&a.value)?;
            let index = match a.attr.as_str() {
                "major" => 0,
                "minor" => 1,
                "releaselevel" => 3,
                "serial" => 4,
                _ => return None,
            };
            Some((base, Folded::Value(item(index)?)))
        }
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
            let base = version_info_of(&s.value)?;
            Some((base, subscript(&s.slice)?))
        }
        Expr::Compare(c) => compare(c),
        _ => None,
    }
}

/// The name `n` when `e` is `n.version_info`.
fn version_info_of(e: &Expr) -> Option<&ast::ExprName> {
    match e {
        Expr::Attribute(a)
            if a.ctx == ast::ExprContext::Load && a.attr.as_str() == "version_info" =>
        {
            match a.value.as_ref() {
                Expr::Name(n) => Some(n),
                _ => None,
            }
        }
        _ => None,
    }
}

fn small_int(c: &Const) -> Option<i64> {
    match c {
        Const::Int(i) => i.to_i64(),
        Const::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `version_info[index]` and `version_info[a:b:c]`, by `tupleitem()` and
/// `PySlice_AdjustIndices()`; an index out of range or a zero step raises, which is left
/// to the refusal at run time.
fn subscript(index: &Expr) -> Option<Folded> {
    if let Expr::Slice(s) = index {
        let bound = |b: &Option<Box<Expr>>| match b {
            None => Some(None),
            Some(e) => match fold_const(e)? {
                Const::None => Some(None),
                c => small_int(&c).map(Some),
            },
        };
        let (start, stop, step) = (bound(&s.lower)?, bound(&s.upper)?, bound(&s.step)?);
        let step = step.unwrap_or(1);
        if step == 0 {
            return None;
        }
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(v) if v < 0 => {
                    let v = v + LEN;
                    if v < 0 {
                        if step < 0 { -1 } else { 0 }
                    } else {
                        v
                    }
                }
                Some(v) if v >= LEN => {
                    if step < 0 {
                        LEN - 1
                    } else {
                        LEN
                    }
                }
                Some(v) => v,
            }
        };
        let (start, stop) = if step > 0 {
            (adjust(start, 0), adjust(stop, LEN))
        } else {
            (adjust(start, LEN - 1), adjust(stop, -1))
        };
        let mut items = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            items.push(item(i as usize)?);
            i += step;
        }
        return Some(Folded::Tuple(items));
    }
    let i = small_int(&fold_const(index)?)?;
    let i = if i < 0 { i + LEN } else { i };
    if !(0..LEN).contains(&i) {
        return None;
    }
    Some(Folded::Value(item(i as usize)?))
}

/// A comparison of `version_info` with tuple displays of constants: one operator, or a
/// chain of two with `version_info` in the middle.
fn compare(c: &ast::ExprCompare) -> Option<(&ast::ExprName, Folded)> {
    let operands: Vec<&Expr> = std::iter::once(c.left.as_ref())
        .chain(c.comparators.iter())
        .collect();
    let at = operands.iter().position(|e| version_info_of(e).is_some())?;
    if c.ops.len() > 2 || (c.ops.len() == 2 && at != 1) {
        return None;
    }
    let base = version_info_of(operands[at])?;
    let mut result = true;
    for (k, op) in c.ops.iter().enumerate() {
        // Operands k and k+1; one of them is version_info.
        let (other, version_left) = if k == at {
            (operands[k + 1], true)
        } else {
            (operands[k], false)
        };
        let Const::Tuple(t) = fold_const(other)? else {
            return None;
        };
        let op = if version_left { *op } else { swapped(*op)? };
        let r = compare_with(&t, op)?;
        // A chain stops at its first false comparison; what follows is constants only.
        if !r {
            result = false;
            break;
        }
    }
    Some((base, Folded::Value(Const::Bool(result))))
}

/// The operator with its operands swapped (`a < b` is `b > a`).
fn swapped(op: ast::CmpOp) -> Option<ast::CmpOp> {
    use ast::CmpOp::*;
    Some(match op {
        Eq => Eq,
        NotEq => NotEq,
        Lt => Gt,
        LtE => GtE,
        Gt => Lt,
        GtE => LtE,
        _ => return None,
    })
}

/// `version_info <op> t`, as `tuplerichcompare()` decides it, when it is decided before
/// the micro version: the first items that differ decide, else the lengths.
fn compare_with(t: &[Const], op: ast::CmpOp) -> Option<bool> {
    use std::cmp::Ordering;
    for (i, other) in t.iter().enumerate().take(LEN as usize) {
        if i == MICRO {
            return None;
        }
        let mine = small_int(&item(i)?)?;
        let ord = match other {
            Const::Int(_) | Const::Bool(_) => Some(mine.cmp(&small_int(other)?)),
            Const::Float(f) => (mine as f64).partial_cmp(f),
            // Not a number: never equal to an int, and not ordered with one (TypeError).
            _ => {
                return match op {
                    ast::CmpOp::Eq => Some(false),
                    ast::CmpOp::NotEq => Some(true),
                    _ => None,
                };
            }
        };
        if ord == Some(Ordering::Equal) {
            continue;
        }
        return Some(match op {
            ast::CmpOp::Eq => false,
            ast::CmpOp::NotEq => true,
            _ => ord.is_some_and(|o| ordered(o, op)),
        });
    }
    // Every item of `t` is equal: version_info is the longer tuple.
    Some(ordered((LEN as usize).cmp(&t.len()), op))
}

fn ordered(o: std::cmp::Ordering, op: ast::CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        ast::CmpOp::Eq => o == Equal,
        ast::CmpOp::NotEq => o != Equal,
        ast::CmpOp::Lt => o == Less,
        ast::CmpOp::LtE => o != Greater,
        ast::CmpOp::Gt => o == Greater,
        ast::CmpOp::GtE => o != Less,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::Parse as _;

    fn folded(src: &str) -> Option<Folded> {
        let e = ast::Expr::parse(src, "<test>").expect("parses");
        fold(&e).map(|(_, f)| f)
    }

    fn int(i: i64) -> Const {
        Const::Int(i.into())
    }

    #[test]
    fn items_without_the_micro_version_fold() {
        assert_eq!(
            folded("sys.version_info.major"),
            Some(Folded::Value(int(3)))
        );
        assert_eq!(folded("sys.version_info[1]"), Some(Folded::Value(int(11))));
        assert_eq!(folded("sys.version_info[-1]"), Some(Folded::Value(int(0))));
        assert_eq!(
            folded("sys.version_info[:2]"),
            Some(Folded::Tuple(vec![int(3), int(11)]))
        );
        assert_eq!(
            folded("sys.version_info[::-2]"),
            None,
            "index 2 is in 4, 2, 0"
        );
        assert_eq!(
            folded("sys.version_info[3:]"),
            Some(Folded::Tuple(vec![Const::Str("final".into()), int(0)]))
        );
        assert_eq!(folded("sys.version_info[9:]"), Some(Folded::Tuple(vec![])));
        assert_eq!(folded("sys.version_info.micro"), None);
        assert_eq!(folded("sys.version_info[2]"), None);
        assert_eq!(folded("sys.version_info[5]"), None);
        assert_eq!(folded("sys.version_info[:3]"), None);
    }

    #[test]
    fn comparisons_decided_before_the_micro_version_fold() {
        let yes = Some(Folded::Value(Const::Bool(true)));
        let no = Some(Folded::Value(Const::Bool(false)));
        assert_eq!(folded("sys.version_info >= (3, 8)"), yes);
        assert_eq!(folded("sys.version_info >= (3, 11)"), yes);
        assert_eq!(folded("sys.version_info < (3, 12)"), yes);
        assert_eq!(folded("sys.version_info == (3, 11)"), no);
        assert_eq!(folded("sys.version_info > (3,)"), yes);
        assert_eq!(folded("(3, 8) <= sys.version_info < (3, 12)"), yes);
        assert_eq!(folded("(3, 12) <= sys.version_info < (4,)"), no);
        assert_eq!(folded("sys.version_info >= (3, 10, 4)"), yes);
        assert_eq!(folded("sys.version_info != ('a',)"), yes);
        assert_eq!(folded("sys.version_info >= (3, 11, 4)"), None);
        assert_eq!(folded("sys.version_info < ('a',)"), None);
        assert_eq!(folded("sys.version_info < t"), None);
    }
}
