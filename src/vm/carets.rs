//! The lines of a traceback CPython 3.11 prints for each frame: the source line, the
//! carets under what failed (PEP 657), and the elision of a frame repeated over and over.
//!
//! Mirrors `tb_displayline()` and `tb_printinternal()` in Python/traceback.c (3.11.7;
//! `traceback.py`'s `StackSummary.format` draws the same).

use crate::frontend::code::Loc;
use rustpython_parser::Parse as _;
use rustpython_parser::ast::{self, Ranged as _};
use unicode_width::UnicodeWidthChar as _;

/// `TB_RECURSIVE_CUTOFF`: a frame repeated more often than this is elided after this many.
pub(crate) const RECURSIVE_CUTOFF: usize = 3;

/// The caret line under `raw` (the whole source line) for an instruction spanning `loc`, or
/// None when the highlight would cover the whole line with nothing singled out.
pub(crate) fn caret_line(raw: &str, loc: &Loc) -> Option<String> {
    if loc.line == 0 || loc.col == 0 || loc.end_col == 0 {
        return None;
    }
    let chars: Vec<char> = raw.chars().collect();
    let start = (loc.col - 1) as usize;
    let mut end = (loc.end_col - 1) as usize;
    let mut anchors = None;
    if loc.line == loc.end_line {
        if start >= end || end > chars.len() {
            return None;
        }
        let segment: String = chars[start..end].iter().collect();
        anchors = extract_anchors(&segment).map(|(l, r)| (l + start, r + start));
    } else {
        // A multi-line expression is highlighted to the last non-blank character.
        end = chars
            .iter()
            .rposition(|c| !c.is_whitespace())
            .map_or(0, |i| i + 1);
        if start >= end {
            return None;
        }
    }
    let stripped_len = raw.trim().chars().count();
    if end - start == stripped_len && anchors.is_none() {
        return None;
    }
    // print_error_location_carets(): the line is printed without its indentation.
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let mut out = String::from("    ");
    for (i, &c) in chars.iter().enumerate().take(end).skip(indent) {
        let mark = match anchors {
            _ if i < start => ' ',
            Some((l, r)) if l <= i && i < r => '^',
            Some(_) => '~',
            None => '^',
        };
        // _display_width(): an East Asian wide or fullwidth character takes two columns.
        let width = if c.width() == Some(2) { 2 } else { 1 };
        for _ in 0..width {
            out.push(mark);
        }
    }
    Some(out)
}

/// `extract_anchors_from_expr()`: for a binary operation the operator, for a subscript the
/// brackets, as character offsets into `segment`.
fn extract_anchors(segment: &str) -> Option<(usize, usize)> {
    let suite = ast::Suite::parse(segment, "<traceback>").ok()?;
    let [ast::Stmt::Expr(stmt)] = suite.as_slice() else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let at = |byte: usize| segment.get(..byte).map_or(0, |s| s.chars().count());
    match &*stmt.value {
        ast::Expr::BinOp(b) => {
            let left_end = at(b.left.range().end().to_usize());
            let right_start = at(b.right.range().start().to_usize());
            let op: Vec<char> = chars.get(left_end..right_start)?.to_vec();
            let offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = left_end + offset;
            let mut right = left + 1;
            if offset + 1 < op.len() && !op[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < chars.len() && (chars[left].is_whitespace() || ")#".contains(chars[left]))
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        ast::Expr::Subscript(s) => {
            let mut left = at(s.value.range().end().to_usize());
            let mut right = at(s.slice.range().end().to_usize()) + 1;
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(col: u32, end_col: u32) -> Loc {
        Loc {
            line: 1,
            col,
            end_line: 1,
            end_col,
        }
    }

    #[test]
    fn carets_single_out_the_operator_and_the_brackets() {
        // `    x = a + b` with `a + b` at columns 9..14.
        assert_eq!(
            caret_line("    x = a + b", &loc(9, 14)).as_deref(),
            Some("        ~~^~~")
        );
        assert_eq!(caret_line("d[k]", &loc(1, 5)).as_deref(), Some("    ~^^^"));
        assert_eq!(caret_line("f(x)", &loc(1, 5)), None);
        assert_eq!(
            caret_line("print(f(x))", &loc(7, 11)).as_deref(),
            Some("          ^^^^")
        );
    }
}
