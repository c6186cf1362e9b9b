//! The "Did you mean" suggestion on the last line of a displayed NameError or
//! AttributeError, mirroring Python/suggestions.c of CPython 3.11.

use super::CodeKind;
use super::object::{Obj, ObjId, TypeId};
use super::{PyResult, Vm};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// What `__main__`'s dict holds before the program's first instruction, in its order, in
/// a `python3 file.py` run (read from CPython 3.11 with `list(globals())`).
const MAIN_DICT_START: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

/// The builtins module's dict in its order (`f_builtins`), read from CPython 3.11.7 with
/// `list(vars(builtins))` in a `python3 file.py` run (`site` adds `exit`, `help` ...).
pub(crate) const BUILTINS_DICT_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// mirrors substitution_cost() in Python/suggestions.c: bytes that differ only in
/// ASCII case cost CASE_COST.
fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        return CASE_COST;
    }
    MOVE_COST
}

/// mirrors levenshtein_distance() in Python/suggestions.c (3.11): common affixes
/// trimmed, MAX_STRING_SIZE, the quick fail and the row-minimum bail-out, all of which
/// decide what comes back when it is above `max_cost`.
fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // Prefer the shorter buffer.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        result = b_index * MOVE_COST;
        let mut distance = result;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// mirrors calculate_suggestions() in Python/suggestions.c: the closest candidate
/// within a third of the characters involved, the first of equals winning; none from a
/// list of MAX_CANDIDATE_ITEMS or more.
pub(crate) fn calculate_suggestions<'a>(dir: &[&'a str], name: &str) -> Option<&'a str> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut suggestion: Option<&str> = None;
    let mut suggestion_distance = usize::MAX;
    for &item in dir {
        if item == name {
            continue;
        }
        let max_distance = ((name.len() + item.len() + 3) * MOVE_COST / 6)
            .min(suggestion_distance.saturating_sub(1));
        let current = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if current > max_distance {
            continue;
        }
        if suggestion.is_none() || current < suggestion_distance {
            suggestion = Some(item);
            suggestion_distance = current;
        }
    }
    suggestion
}

impl Vm {
    /// mirrors _Py_Offer_Suggestions() in Python/suggestions.c: only an exact
    /// AttributeError or NameError that carries the name (and object) the interpreter
    /// set gets one. A refusal when pyxray cannot list the candidates as CPython would.
    pub(crate) fn offer_suggestions(&mut self, exc: ObjId) -> PyResult<Option<String>> {
        let (ty, name, obj, last) = match self.heap.get(exc) {
            Obj::Exception(e) if e.class.is_none() => {
                (e.ty, e.name, e.obj, e.traceback.last().copied())
            }
            _ => return Ok(None),
        };
        let Some(name) = name else { return Ok(None) };
        let name = match self.heap.get(name) {
            Obj::Str(s) => s.s.to_string(),
            _ => return Ok(None),
        };
        match ty {
            TypeId::AttributeError => {
                let Some(obj) = obj else { return Ok(None) };
                let dir = self.dir_names(obj)?;
                let dir: Vec<&str> = dir.iter().map(String::as_str).collect();
                Ok(calculate_suggestions(&dir, &name).map(str::to_string))
            }
            TypeId::NameError => {
                // offer_suggestions_for_name_error(): the innermost traceback entry's
                // frame: its code's co_varnames, then its globals, then its builtins.
                let Some((code, _, _)) = last else {
                    return Ok(None);
                };
                let c = &self.program.codes[code];
                let varnames: Vec<&str> = match c.kind {
                    CodeKind::Function => c.varnames.iter().map(String::as_str).collect(),
                    CodeKind::Module | CodeKind::Class => Vec::new(),
                };
                if let Some(s) = calculate_suggestions(&varnames, &name) {
                    return Ok(Some(s.to_string()));
                }
                let globals = self.main_dict_keys();
                let globals: Vec<&str> = globals.iter().map(String::as_str).collect();
                if let Some(s) = calculate_suggestions(&globals, &name) {
                    return Ok(Some(s.to_string()));
                }
                Ok(calculate_suggestions(BUILTINS_DICT_ORDER, &name).map(str::to_string))
            }
            _ => Ok(None),
        }
    }

    /// `list(globals())` of `__main__`: the names the module starts with, where they
    /// stay, then the program's in insertion order.
    fn main_dict_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = MAIN_DICT_START.iter().map(|s| s.to_string()).collect();
        for (k, _) in &self.globals {
            if !MAIN_DICT_START.contains(&&**k) {
                keys.push(k.to_string());
            }
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_match_cpython() {
        assert_eq!(
            calculate_suggestions(&["count", "x"], "cuont"),
            Some("count")
        );
        assert_eq!(
            calculate_suggestions(&["upper", "lower"], "uper"),
            Some("upper")
        );
        assert_eq!(calculate_suggestions(&["False"], "Flase"), Some("False"));
        assert_eq!(calculate_suggestions(&["abc"], "xyz"), None);
        // A case flip costs less than a substitution.
        assert_eq!(calculate_suggestions(&["ab", "Abc"], "abc"), Some("Abc"));
    }
}
