//! CPython 3.11's character database as its str methods see it: classification
//! (`Objects/unicodectype.c`) and the case operations of `Objects/unicodeobject.c`, read
//! from tables generated off CPython itself ([`super::unicode_tables`]); Rust std's char
//! methods follow a newer Unicode version and other property definitions.

use super::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&(start, _)| start <= c);
    i > 0 && table[i - 1].1 >= c
}

/// `Py_UNICODE_ISALPHA`: categories Lu Ll Lt Lm Lo.
pub fn is_alpha(c: char) -> bool {
    in_ranges(t::ALPHA, c)
}

/// `Py_UNICODE_ISDECIMAL`: category Nd.
pub fn is_decimal(c: char) -> bool {
    in_ranges(t::DECIMAL, c)
}

/// `Py_UNICODE_ISDIGIT`.
pub fn is_digit(c: char) -> bool {
    in_ranges(t::DIGIT, c)
}

/// `Py_UNICODE_ISNUMERIC`.
pub fn is_numeric(c: char) -> bool {
    in_ranges(t::NUMERIC, c)
}

/// `Py_UNICODE_ISALNUM`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `Py_UNICODE_ISSPACE`: what `str.isspace()`, `str.split()` and `str.strip()` treat as
/// whitespace (ASCII `\t\n\v\f\r`, `\x1c`–`\x1f`, space; bidi WS/B/S or category Zs).
pub fn is_space(c: char) -> bool {
    in_ranges(t::SPACE, c)
}

/// `Py_UNICODE_ISLOWER`.
pub fn is_lower(c: char) -> bool {
    in_ranges(t::LOWER, c)
}

/// `Py_UNICODE_ISUPPER`.
pub fn is_upper(c: char) -> bool {
    in_ranges(t::UPPER, c)
}

/// `Py_UNICODE_ISTITLE`: category Lt.
pub fn is_title(c: char) -> bool {
    in_ranges(t::TITLE, c)
}

/// `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    in_ranges(t::CASED, c)
}

/// `_PyUnicode_IsCaseIgnorable`.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// `Py_UNICODE_ISPRINTABLE` (what `repr()` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    in_ranges(t::PRINTABLE, c)
}

/// `Py_UNICODE_TODECIMAL`: the value of a category-Nd digit.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = t::DECIMAL_VALUE.partition_point(|&(start, _, _)| start <= c);
    let (start, end, v) = *t::DECIMAL_VALUE.get(i.checked_sub(1)?)?;
    (c <= end).then(|| u32::from(v) + (c - start))
}

/// One character's full case mapping, appended to `out`.
fn map_into(runs: &[(u32, u32, i32, u8)], multi: &[(u32, &str)], c: char, out: &mut String) {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        out.push_str(multi[i].1);
        return;
    }
    let i = runs.partition_point(|&(start, _, _, _)| start <= cp);
    if i > 0 {
        let (start, end, delta, stride) = runs[i - 1];
        if cp <= end
            && (cp - start).is_multiple_of(u32::from(stride))
            && let Some(m) = cp.checked_add_signed(delta).and_then(char::from_u32)
        {
            out.push(m);
            return;
        }
    }
    out.push(c);
}

/// `_PyUnicode_ToLowerFull`.
pub fn push_lower(c: char, out: &mut String) {
    map_into(t::LOWER_MAP, t::LOWER_MAP_MULTI, c, out);
}

/// `_PyUnicode_ToUpperFull`.
pub fn push_upper(c: char, out: &mut String) {
    map_into(t::UPPER_MAP, t::UPPER_MAP_MULTI, c, out);
}

/// `_PyUnicode_ToTitleFull`.
pub fn push_title(c: char, out: &mut String) {
    map_into(t::TITLE_MAP, t::TITLE_MAP_MULTI, c, out);
}

/// `_PyUnicode_ToFoldedFull`.
pub fn push_fold(c: char, out: &mut String) {
    map_into(t::FOLD_MAP, t::FOLD_MAP_MULTI, c, out);
}

// mirrors handle_capital_sigma() in Objects/unicodeobject.c: U+03A3 lowers to the final
// sigma U+03C2 after a cased character (case-ignorable ones skipped) and not before one.
fn capital_sigma(chars: &[char], i: usize) -> char {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c));
    let after = chars[i + 1..]
        .iter()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c));
    if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

// mirrors lower_ucs4() in Objects/unicodeobject.c
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    if chars[i] == '\u{3a3}' {
        out.push(capital_sigma(chars, i));
    } else {
        push_lower(chars[i], out);
    }
}

/// `str.lower()` (do_lower).
pub fn lower(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// `str.upper()` (do_upper).
pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `str.casefold()` (do_casefold).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `str.title()` (do_title): title case after an uncased character, lower case after a
/// cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()` (do_capitalize): the first character title-cased, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `str.swapcase()` (do_swapcase): upper case lowered, lower case uppered, the rest kept.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.islower()` (unicode_islower_impl).
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper()` (unicode_isupper_impl).
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle()` (unicode_istitle_impl).
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()` (_PyUnicode_ScanIdentifier): XID_Start or `_`, then XID_Continue.
pub fn str_isidentifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || in_ranges(t::XID_START, c) => {
            cs.all(|c| in_ranges(t::XID_CONTINUE, c))
        }
        _ => false,
    }
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: what `int()` and `float()` parse. ASCII
/// is kept, Unicode whitespace becomes a space and decimal digits their ASCII digit; the
/// first other character becomes `?` and ends the text (it can only fail to parse).
pub fn transform_decimal_and_space(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b < 127) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c).and_then(|d| char::from_digit(d, 10)) {
            out.push(d);
        } else {
            out.push('?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_follows_cpython_not_rust_std() {
        assert!(!is_decimal('①') && !is_decimal('²') && is_digit('²'));
        assert!(!is_alpha('Ⅷ') && !is_digit('Ⅷ') && is_numeric('Ⅷ'));
        assert!(is_space('\x1c') && !'\x1c'.is_whitespace());
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('３'), Some(3));
        assert_eq!(decimal_value('a'), None);
    }

    #[test]
    fn case_operations_use_title_case_and_special_casing() {
        assert_eq!(title("ß"), "Ss");
        assert_eq!(title("ﬁx"), "Fix");
        assert_eq!(title("ǆa"), "ǅa");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(swapcase("ǅ"), "ǅ");
        assert_eq!(lower("ΑΣ"), "ας");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(casefold("ß"), "ss");
        assert_eq!(transform_decimal_and_space("\u{2003} ٤٢\u{3000}"), "  42 ");
        assert_eq!(transform_decimal_and_space("٤x٤"), "4x4");
        assert_eq!(transform_decimal_and_space("٤é٤"), "4?");
    }
}
