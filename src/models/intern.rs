//! Which strings CPython 3.11 has interned, as far as it shows in tables.
//!
//! `intern_string_constants()` (Objects/codeobject.c) interns every identifier-like str
//! constant of a finished code object and rebuilds a frozenset constant from its own
//! iteration order when interning replaced one of its direct str members — which happens
//! when an equal string was already interned as a different object: one of the
//! interpreter's own identifiers (captured from CPython in `assets/cpython_interned.txt`
//! by `tests/probe/dump_interned.py`) or a name anywhere in the program (the parser
//! interns them all). It does not happen when the member is that interned object
//! already: the compiler's constant cache is module-wide, and a string first registered
//! from an identifier (a keyword name, a class name, an imported name) is the parser's
//! interned object, shared by every equal constant after it.

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

/// Whether interning replaces a direct str member of a frozenset constant.
///
/// A one-character literal is CPython's Latin-1 singleton. The interned string of that
/// character is a different object when CPython interned one at startup (3.11's
/// deep-frozen modules bring their own static one-character strings: `sys.intern(chr(120))
/// is chr(120)` is False), so interning replaces such a literal; a character interned only
/// later (a one-letter name in the program) interned the singleton itself, which nothing
/// replaces. The empty string is the interned one (`sys.intern('') is ''`).
/// `identifier_constants` are the members that are the interned object already.
pub fn rebuilt_by_interning(
    items: &[Const],
    interned: &HashSet<String>,
    identifier_constants: &HashSet<String>,
) -> bool {
    items.iter().any(|c| match c {
        Const::Str(s) if all_name_chars(s) && !identifier_constants.contains(s) => match s.len() {
            0 => false,
            1 => startup_set().contains(s),
            _ => interned.contains(s),
        },
        _ => false,
    })
}

fn startup_set() -> &'static HashSet<String> {
    static SET: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(startup_interned)
}
