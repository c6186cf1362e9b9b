//! The front end: parse Python source with a real parser (rustpython-parser) and compile it
//! to pyxray's instruction set ([`code`]).
//!
//! Broken or unsupported input is not a panic: it is a [`CompileError`] carrying a
//! 1-based line and column and a plain sentence.

pub mod code;
pub mod compiler;
pub mod symtable;
pub mod version_info;

pub use code::{Code, Program};

use rustpython_parser::{Parse as _, ast};
use thiserror::Error;

/// Why a program could not be compiled.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
#[error("{line}:{col}: {message}")]
pub struct CompileError {
    pub line: u32,
    pub col: u32,
    pub message: String,
    pub kind: CompileErrorKind,
}

/// What sort of compile error this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CompileErrorKind {
    /// The source is not valid Python.
    Syntax,
    /// Valid Python that pyxray does not simulate yet.
    Unsupported,
    /// A bug in pyxray.
    Internal,
}

impl CompileError {
    pub(crate) fn unsupported(line: u32, col: u32, what: &str) -> Self {
        CompileError {
            line,
            col,
            message: format!("pyxray does not simulate {what} yet"),
            kind: CompileErrorKind::Unsupported,
        }
    }

    pub(crate) fn internal(what: &str) -> Self {
        CompileError {
            line: 1,
            col: 1,
            message: format!("internal compiler error: {what}"),
            kind: CompileErrorKind::Internal,
        }
    }
}

/// Source text with a line index, to turn byte offsets into line and column.
pub struct Located {
    source: String,
    line_starts: Vec<usize>,
}

impl Located {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Located {
            source: source.to_string(),
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let end = offset.min(self.source.len());
        let col = self
            .source
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }
}

/// Every NAME token of the source (the parser interns each one).
fn identifiers(source: &str) -> Vec<String> {
    use rustpython_parser::{Mode, Tok, lexer::lex};
    let mut out: Vec<String> = lex(source, Mode::Module)
        .filter_map(|t| match t {
            Ok((Tok::Name { name }, _)) => Some(name.to_string()),
            _ => None,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A str literal whose `\uXXXX` / `\UXXXXXXXX` escape names a lone surrogate
/// (U+D800..U+DFFF) is refused at the literal: CPython keeps the surrogate in the str,
/// a Rust `String` cannot hold it (the parser silently turns it into U+FFFD).
fn check_surrogate_escapes(source: &str, located: &Located) -> Result<(), CompileError> {
    use rustpython_parser::{Mode, StringKind, Tok, lexer::lex};
    for (tok, range) in lex(source, Mode::Module).flatten() {
        if let Tok::Int { .. } = tok {
            check_int_literal_digits(source, range, located)?;
            continue;
        }
        let Tok::String { kind, .. } = tok else {
            continue;
        };
        if !matches!(
            kind,
            StringKind::String | StringKind::FString | StringKind::Unicode
        ) {
            continue;
        }
        let raw = source
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("");
        if let Some(esc) = surrogate_escape(raw) {
            let (line, col) = located.line_col(range.start().to_usize());
            return Err(CompileError::unsupported(
                line,
                col,
                &format!("a lone surrogate ('{esc}') in a str literal"),
            ));
        }
    }
    Ok(())
}

/// A decimal int literal of more than 4300 digits is a SyntaxError in CPython 3.11 (the
/// parser converts it with `PyLong_FromString`, which enforces the int/str conversion
/// limit); pyxray refuses it, as it refuses other syntax errors. Hexadecimal, octal and
/// binary literals have no limit.
fn check_int_literal_digits(
    source: &str,
    range: rustpython_parser::text_size::TextRange,
    located: &Located,
) -> Result<(), CompileError> {
    let raw = source
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("");
    let prefixed = raw.len() > 1
        && raw.starts_with('0')
        && matches!(raw.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
    let digits = raw.bytes().filter(|b| b.is_ascii_digit()).count();
    if !prefixed && digits > crate::vm::format::INT_MAX_STR_DIGITS {
        let (line, col) = located.line_col(range.start().to_usize());
        return Err(CompileError::unsupported(
            line,
            col,
            &format!(
                "a decimal int literal of {digits} digits (over 4300 is a SyntaxError in \
                 CPython 3.11)"
            ),
        ));
    }
    Ok(())
}

/// The first `\u`/`\U` escape in a literal's source text that names a surrogate.
fn surrogate_escape(raw: &str) -> Option<&str> {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match b.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            _ => {
                // Any other escape (including `\\`) is two bytes long.
                i += 2;
                continue;
            }
        };
        if let Some(hex) = raw.get(i + 2..i + 2 + digits)
            && let Ok(v) = u32::from_str_radix(hex, 16)
            && (0xD800..=0xDFFF).contains(&v)
        {
            return raw.get(i..i + 2 + digits);
        }
        i += 2;
    }
    None
}

/// Parses and compiles a whole module.
pub fn compile(source: &str, path: &str) -> Result<Program, CompileError> {
    let located = Located::new(source);
    let suite = ast::Suite::parse(source, path).map_err(|e| {
        let (line, col) = located.line_col(e.offset.to_usize());
        CompileError {
            line,
            col,
            message: format!("invalid syntax: {}", e.error),
            kind: CompileErrorKind::Syntax,
        }
    })?;
    check_surrogate_escapes(source, &located)?;
    let (codes, finish_order, identifier_constants) =
        compiler::Compiler::new(&located).compile_module(&suite)?;
    Ok(Program {
        codes,
        path: path.to_string(),
        source: source.to_string(),
        finish_order,
        identifiers: identifiers(source),
        identifier_constants,
    })
}
