//! Which strings CPython 3.11 has interned, as far as it shows in tables.
//!
//! `intern_string_constants()` (Objects/codeobject.c) interns every identifier-like str
//! constant of a finished code object and rebuilds a frozenset constant from its own
//! iteration order when interning replaced one of its direct str members — which happens
//! when an equal string was already interned as a different object: one of the
//! interpreter's own identifiers (captured from CPython in `assets/cpython_interned.txt`
//! by `tests/probe/dump_interned.py`), a name anywhere in the program (the parser interns
//! them all), or a constant of a code object finished earlier.

use crate::frontend::code::Const;
use std::collections::HashSet;

/// Identifier-like strings interned when a CPython 3.11 script starts.
const STARTUP: &str = include_str!("../../assets/cpython_interned.txt");

pub fn startup_interned() -> HashSet<String> {
    STARTUP
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// `all_name_chars()`: only ASCII letters, digits and underscores.
pub fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Adds the str constants `intern_string_constants()` interns (recursing into tuples and
/// frozensets).
pub fn collect_interned_consts(c: &Const, out: &mut HashSet<String>) {
    match c {
        Const::Str(s) if all_name_chars(s) => {
            out.insert(s.clone());
        }
        Const::Tuple(items) | Const::FrozenSet(items) => {
            for i in items {
                collect_interned_consts(i, out);
            }
        }
        _ => {}
    }
}

/// Whether interning replaces a direct str member of a frozenset constant. One-character
/// and empty strings are CPython's cached singletons, so interning them never replaces
/// the object.
pub fn rebuilt_by_interning(items: &[Const], interned: &HashSet<String>) -> bool {
    items.iter().any(|c| match c {
        Const::Str(s) => s.len() > 1 && all_name_chars(s) && interned.contains(s),
        _ => false,
    })
}
