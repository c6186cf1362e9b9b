//! Printing and parsing numbers exactly as CPython 3.11 does: `repr(float)`, `int(str,
//! base)`, `float(str)`, the format mini-language (`format()`, f-strings, `str.format`)
//! for int, float and str, and the pieces of printf-style `%` formatting.
//!
//! Digit generation uses Rust's float formatting, which (like David Gay's `_Py_dg_dtoa`)
//! produces shortest round-trip digits for `{:e}` and correctly rounded, ties-to-even
//! digits for explicit precisions; the layout rules around those digits mirror
//! `format_float_short()` in Python/pystrtod.c and Python/formatter_unicode.c.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

// ---------------------------------------------------------------------------------------
// Digit generation and PyOS_double_to_string
// ---------------------------------------------------------------------------------------

/// Which `_Py_dg_dtoa` mode to emulate.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DtoaMode {
    /// Mode 0: shortest digits that round-trip.
    Shortest,
    /// Mode 2: `max(1, n)` significant digits.
    Significant(usize),
    /// Mode 3: digits through `n` places after the decimal point.
    Fixed(usize),
}

/// Returns `(digits, decpt)` for a finite, non-negative `a`: the value is
/// `0.digits * 10**decpt`, digits carry no leading or trailing zeros ("0", 1 for zero).
// mirrors the contract of _Py_dg_dtoa() in Python/dtoa.c
fn dtoa(a: f64, mode: DtoaMode) -> (String, i64) {
    if a == 0.0 {
        return ("0".to_string(), 1);
    }
    let (digits, decpt) = match mode {
        DtoaMode::Shortest | DtoaMode::Significant(_) => {
            let s = match mode {
                DtoaMode::Significant(n) => format!("{:.*e}", n.max(1) - 1, a),
                _ => format!("{a:e}"),
            };
            let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            (mant.replace('.', ""), exp + 1)
        }
        DtoaMode::Fixed(n) => {
            let s = format!("{:.*}", n, a);
            let (int_part, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
            let all = format!("{int_part}{frac}");
            let lead = all.len() - all.trim_start_matches('0').len();
            (all[lead..].to_string(), int_part.len() as i64 - lead as i64)
        }
    };
    let digits = digits.trim_end_matches('0').to_string();
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    if mode == DtoaMode::Shortest {
        return shortest_tie_to_even(a, digits, decpt);
    }
    (digits, decpt)
}

/// When `a` lies exactly halfway between two shortest digit strings that both read back
/// as `a`, _Py_dg_dtoa's mode 0 takes the one ending in an even digit (Rust's shortest
/// formatting rounds such a tie up): repr(1000000000000000.25) is '1000000000000000.2'.
fn shortest_tie_to_even(a: f64, digits: String, decpt: i64) -> (String, i64) {
    let n = digits.len();
    // Cheap test first (repr is on every printed float): rounded to n + 1 digits, a tie
    // reads as the shortest digits and a final 5. Only then the exact expansion (a
    // double has at most 767 significant digits) settles it.
    let rounded = format!("{a:.n$e}");
    let rounded_digits = rounded
        .split_once('e')
        .map_or("", |(m, _)| m)
        .replace('.', "");
    if !rounded_digits.ends_with('5') {
        return (digits, decpt);
    }
    let exact = format!("{a:.800e}");
    let (mant, exp) = exact.split_once('e').unwrap_or((exact.as_str(), "0"));
    let exact_decpt = exp.parse::<i64>().unwrap_or(0) + 1;
    let exact_digits = mant.replace('.', "");
    let exact_digits = exact_digits.trim_end_matches('0');
    if exact_decpt != decpt || exact_digits.len() != n + 1 || !exact_digits.ends_with('5') {
        return (digits, decpt);
    }
    let truncated = &exact_digits[..n];
    let last = truncated.as_bytes()[n - 1] - b'0';
    let reads_back = format!("0.{truncated}e{decpt}").parse::<f64>() == Ok(a);
    if last.is_multiple_of(2) && digits != truncated && reads_back {
        let kept = truncated.trim_end_matches('0');
        return (kept.to_string(), decpt);
    }
    (digits, decpt)
}

/// Options of `PyOS_double_to_string` (the `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default)]
struct DtsFlags {
    sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
}

/// Formats `d` with a `'e'`, `'f'`, `'g'`, `'r'` code (upper-case variants allowed).
// mirrors PyOS_double_to_string() and format_float_short() in Python/pystrtod.c
fn double_to_string(d: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, mut precision) = match code {
        'e' => (DtoaMode::Significant(precision + 1), precision + 1),
        'f' => (DtoaMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DtoaMode::Significant(p), p)
        }
        _ => (DtoaMode::Shortest, 0),
    };
    if code == 'r' {
        precision = 0;
    }
    let mut out = String::new();
    let negative = d.is_sign_negative();
    if !d.is_finite() {
        if d.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if negative {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    let (digits, mut decpt) = dtoa(d.abs(), mode);
    let mut sign = negative;
    if flags.no_neg_0 && sign && digits == "0" {
        sign = false;
    }
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(float)` / `str(float)`: shortest round-trip digits, exponent form when the
/// decimal exponent is < -4 or >= 16, `.0` appended to integral values.
// mirrors float_repr() in Objects/floatobject.c (PyOS_double_to_string 'r', ADD_DOT_0)
pub fn float_repr(v: f64) -> String {
    double_to_string(
        v,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

/// CPython's default `sys.int_info.default_max_str_digits`: converting an int of more
/// decimal digits to or from text raises ValueError (the CVE-2020-10735 limit). pyxray
/// has no `sys.set_int_max_str_digits()`, so the limit is always this one.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The ValueError message of an int too long to write in decimal.
pub fn int_to_str_limit_message() -> String {
    format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// The decimal digits of `v`, or the ValueError message when there are more than
/// [`INT_MAX_STR_DIGITS`] of them.
// mirrors the limit checks of long_to_decimal_string_internal() in Objects/longobject.c
pub fn decimal_digits(v: &num_bigint::BigUint) -> Result<String, String> {
    // 2**14285 > 10**4300: an int of 14286 bits or more has too many digits, and is
    // refused without writing them out (as CPython's pre-check does).
    if v.bits() >= 14286 {
        return Err(int_to_str_limit_message());
    }
    let s = v.to_str_radix(10);
    if s.len() > INT_MAX_STR_DIGITS {
        return Err(int_to_str_limit_message());
    }
    Ok(s)
}

/// `str(v)` of an int: its sign and decimal digits, or the limit's ValueError message.
pub fn int_to_decimal(v: &BigInt) -> Result<String, String> {
    let digits = decimal_digits(v.magnitude())?;
    Ok(if v.sign() == Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// Why `int(s, base)` fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// "invalid literal for int() with base …"
    Invalid,
    /// More than [`INT_MAX_STR_DIGITS`] digits in a base that is not a power of two.
    TooManyDigits(usize),
}

impl IntParseError {
    /// The ValueError message for text `repr` in `base`.
    pub fn message(self, base: i64, repr: &str) -> String {
        match self {
            IntParseError::Invalid => format!("invalid literal for int() with base {base}: {repr}"),
            IntParseError::TooManyDigits(n) => format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
                 value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        }
    }
}

/// Whitespace `int()` and `float()` strip: ASCII `Py_ISSPACE` (space, `\t\n\v\f\r`), once
/// non-ASCII whitespace has become spaces (`transform_decimal_and_space`).
fn is_py_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
}

/// `int(s, base)`, or why CPython raises ValueError. Accepts surrounding whitespace, one
/// sign, base-0 prefixes, and single underscores between digits (and right after a
/// prefix). Non-ASCII decimal digits and whitespace are first mapped to ASCII.
// mirrors PyLong_FromUnicodeObject() and PyLong_FromString() in Objects/longobject.c
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    use IntParseError::Invalid;
    if base == 1 || base > 36 {
        return Err(Invalid);
    }
    let s = crate::models::unicode::transform_decimal_and_space(s);
    let s = s.trim_matches(is_py_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let b = s.as_bytes();
    let mut base = base;
    let mut error_if_nonzero = false;
    let second = b.get(1).map(|c| c.to_ascii_lowercase());
    if base == 0 {
        base = if b.first() != Some(&b'0') {
            10
        } else {
            match second {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    let mut rest = s;
    if b.first() == Some(&b'0')
        && matches!(
            (base, second),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        rest = &s[2..];
        if let Some(r) = rest.strip_prefix('_') {
            rest = r;
        }
    }
    if rest.is_empty() || rest.starts_with('_') {
        return Err(Invalid);
    }
    if !base.is_power_of_two() {
        // The run of digits and single underscores is measured before anything after
        // it is looked at: `'1' * 4301 + 'x'` exceeds the limit, it is not invalid.
        let mut digits = 0;
        let mut prev = '\0';
        for c in rest.chars() {
            if c == '_' {
                if prev == '_' {
                    return Err(Invalid);
                }
            } else if c.is_digit(base) {
                digits += 1;
            } else {
                break;
            }
            prev = c;
        }
        if prev != '_' && digits > INT_MAX_STR_DIGITS {
            return Err(IntParseError::TooManyDigits(digits));
        }
    }
    if rest.ends_with('_') {
        return Err(Invalid);
    }
    let mut clean = String::with_capacity(rest.len());
    let mut prev = '\0';
    for c in rest.chars() {
        if c == '_' {
            if prev == '_' {
                return Err(Invalid);
            }
        } else {
            c.to_digit(base).ok_or(Invalid)?;
            clean.push(c);
        }
        prev = c;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or(Invalid)?;
    if error_if_nonzero && !v.is_zero() {
        return Err(Invalid);
    }
    Ok(if negative { -v } else { v })
}

/// `float(s)`: `None` where CPython raises ValueError ("could not convert string to
/// float"). Accepts whitespace, a sign, decimal digits with optional point and exponent,
/// `inf`/`infinity`/`nan` in any case, and single underscores between digits.
// mirrors PyFloat_FromString() in Objects/floatobject.c, _Py_string_to_number_with_underscores()
// in Objects/abstract.c and _PyOS_ascii_strtod() in Python/pystrtod.c
pub fn parse_float(s: &str) -> Option<f64> {
    let s = crate::models::unicode::transform_decimal_and_space(s);
    let s = s.trim_matches(is_py_space);
    let mut clean = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    let body = clean.trim_start_matches(['+', '-']);
    if clean.len() - body.len() > 1 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" || lower == "nan" {
        return clean.parse::<f64>().ok();
    }
    // Decimal syntax: digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return None;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------------------
// The format mini-language
// ---------------------------------------------------------------------------------------

/// A parsed format spec (format mini-language):
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (`' '` unless given, `'0'` with the `0` flag).
    pub fill: char,
    /// Whether a fill character was given explicitly before an alignment.
    pub fill_specified: bool,
    /// `'<'`, `'>'`, `'='` or `'^'` if given.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '` if given.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero to positive zero; floats only).
    pub no_neg_0: bool,
    /// The `#` option (alternate form).
    pub alternate: bool,
    /// The `0` flag (zero padding) was given.
    pub zero_pad: bool,
    /// The minimum width, if given.
    pub width: Option<usize>,
    /// `','` or `'_'` if a thousands separator was requested.
    pub grouping: Option<char>,
    /// The precision, if given.
    pub precision: Option<usize>,
    /// The presentation type character, if given.
    pub ty: Option<char>,
}

/// Reads a run of decimal digits like `get_integer()` in Python/formatter_unicode.c.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        any = true;
        *pos += 1;
    }
    Ok(if any { Some(acc) } else { None })
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses a format spec; errors naming the object's type say `'object'` (use
/// [`parse_format_spec_for`] to name the real type).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec for an object of type `type_name` (used in the
/// "Invalid format specifier" message). Type-dependent checks happen when formatting.
// mirrors parse_internal_render_format_spec() in Python/formatter_unicode.c (up to the
// type-independent part)
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec {
        fill: ' ',
        fill_specified: false,
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let end = chars.len();
    let mut pos = 0;
    if end >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.fill_specified = true;
        f.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !f.fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// A spec with defaults applied and separators validated.
struct Resolved {
    spec: FormatSpec,
    align: char,
    ty: char,
    /// Thousands separator and group size (3, or 4 for `_` with b/o/x/X).
    sep: Option<(char, usize)>,
}

/// Applies the caller's default type and alignment and checks the separator/type pair.
// mirrors the tail of parse_internal_render_format_spec() in Python/formatter_unicode.c
fn resolve(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> Result<Resolved, String> {
    let f = parse_format_spec_for(spec, type_name)?;
    let ty = f.ty.unwrap_or(default_type);
    let align = match f.align {
        Some(a) => a,
        None if f.zero_pad && default_align == '>' => '=',
        None => default_align,
    };
    let mut sep = None;
    if let Some(g) = f.grouping {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => sep = Some((g, 3)),
            'b' | 'o' | 'x' | 'X' if g == '_' => sep = Some(('_', 4)),
            _ => {
                return Err(if (ty as u32) > 32 && (ty as u32) < 128 {
                    format!("Cannot specify '{g}' with '{ty}'.")
                } else {
                    format!("Cannot specify '{g}' with '\\x{:x}'.", ty as u32)
                });
            }
        }
    }
    Ok(Resolved {
        spec: f,
        align,
        ty,
        sep,
    })
}

/// `unknown_presentation_type()` in Python/formatter_unicode.c.
fn unknown_code(ty: char, type_name: &str) -> String {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        format!("Unknown format code '{ty}' for object of type '{type_name}'")
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            ty as u32
        )
    }
}

/// Groups `digits` with an optional separator, zero-padding to `min_width`.
// mirrors _PyUnicode_InsertThousandsGrouping() in Objects/unicodeobject.c
fn group_digits(digits: &[char], min_width: i64, sep: Option<(char, usize)>) -> String {
    let mut pieces: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut end = digits.len();
    let mut take = |n_zeros: i64, n_chars: i64, with_sep: Option<char>| {
        let mut p = "0".repeat(n_zeros.max(0) as usize);
        let n_chars = n_chars.max(0) as usize;
        p.extend(&digits[end - n_chars..end]);
        end -= n_chars;
        if let Some(s) = with_sep {
            p.push(s);
        }
        pieces.push(p);
    };
    match sep {
        Some((s, group)) => {
            let mut use_sep = false;
            loop {
                let len = (group as i64).min(remaining.max(min_width).max(1));
                let n_zeros = (len - remaining).max(0);
                let n_chars = remaining.min(len).max(0);
                take(n_zeros, n_chars, use_sep.then_some(s));
                use_sep = true;
                remaining -= n_chars;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            take((len - remaining).max(0), remaining.min(len), None);
        }
    }
    pieces.reverse();
    pieces.concat()
}

/// Lays out a number: `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
// mirrors calc_number_widths() and fill_number() in Python/formatter_unicode.c
fn render_number(
    r: &Resolved,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    toupper: bool,
) -> String {
    let sign = match r.spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_decimal = has_decimal as i64;
    let n_remainder = remainder.chars().count() as i64;
    let width = r.spec.width.map(|w| w as i64).unwrap_or(-1);
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if r.spec.fill == '0' && r.align == '=' {
        width - non_digit
    } else {
        0
    };
    let digit_chars: Vec<char> = digits.chars().collect();
    let grouped = if digit_chars.is_empty() {
        String::new()
    } else {
        group_digits(&digit_chars, min_width, r.sep)
    };
    let n_padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match r.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |n: i64| r.spec.fill.to_string().repeat(n as usize);
    let mut out = fill(lpad);
    out.extend(sign);
    if toupper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    out.push_str(&fill(spad));
    if toupper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.push_str(&fill(rpad));
    out
}

/// `format(int, spec)` / `f"{x:spec}"` for an int (float presentation types convert).
// mirrors _PyLong_FormatAdvancedWriter() and format_long_internal() in Python/formatter_unicode.c
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    format_int_for(v, spec, "int")
}

/// [`format_int`] for an int subclass named `type_name` (e.g. `bool`) in error messages.
pub fn format_int_for(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return int_to_decimal(v);
    }
    let r = resolve(spec, type_name, 'd', '>')?;
    match r.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::vm::numeric::int_to_f64(v).map_err(|e| e.to_string())?;
            return format_float_resolved(f, &r);
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if r.spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if r.spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let negative = v.sign() == Sign::Minus;
    let (prefix, digits) = if r.ty == 'c' {
        if r.spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if r.spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        // PyLong_AsLong() fails first for values outside a C long (OverflowError).
        if v.to_i64().is_none() {
            return Err("Python int too large to convert to C long".to_string());
        }
        let c = v
            .to_u32()
            .filter(|x| *x <= 0x10ffff)
            .and_then(char::from_u32)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        return Ok(render_number(
            &r,
            false,
            "",
            &c.to_string(),
            false,
            "",
            false,
        ));
    } else {
        let (base, pfx) = match r.ty {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' | 'X' => (16, "0x"),
            _ => (10, ""),
        };
        let digits = if base == 10 {
            decimal_digits(v.magnitude())?
        } else {
            v.magnitude().to_str_radix(base)
        };
        (if r.spec.alternate { pfx } else { "" }, digits)
    };
    let sep = if r.ty == 'n' { None } else { r.sep };
    let r = Resolved { sep, ..r };
    Ok(render_number(
        &r,
        negative,
        prefix,
        &digits,
        false,
        "",
        r.ty == 'X',
    ))
}

/// `format(float, spec)`: types `e E f F g G n %` and the empty type (repr-like).
// mirrors _PyFloat_FormatAdvancedWriter() in Python/formatter_unicode.c
pub fn format_float(v: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let r = resolve(spec, "float", '\0', '>')?;
    match r.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_resolved(v, &r),
        other => Err(unknown_code(other, "float")),
    }
}

// mirrors format_float_internal() in Python/formatter_unicode.c
fn format_float_resolved(v: f64, r: &Resolved) -> Result<String, String> {
    if r.spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtsFlags {
        alt: r.spec.alternate,
        no_neg_0: r.spec.no_neg_0,
        ..DtsFlags::default()
    };
    let mut ty = r.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match r.spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(rem) => (true, rem),
        None => (false, rest),
    };
    let sep = if r.ty == 'n' { None } else { r.sep };
    let rr = Resolved {
        spec: r.spec.clone(),
        align: r.align,
        ty: r.ty,
        sep,
    };
    Ok(render_number(
        &rr,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        false,
    ))
}

/// `format(str, spec)`: only type `s`; precision truncates, width pads.
// mirrors _PyUnicode_FormatAdvancedWriter() and format_string_internal() in
// Python/formatter_unicode.c
pub fn format_str(v: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let r = resolve(spec, "str", 's', '<')?;
    if r.ty != 's' {
        return Err(unknown_code(r.ty, "str"));
    }
    match r.spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if r.spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if r.spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if r.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut chars: Vec<char> = v.chars().collect();
    if let Some(p) = r.spec.precision {
        chars.truncate(p);
    }
    Ok(pad(&chars, r.spec.width, r.align, r.spec.fill))
}

/// Pads `chars` to `width` with `fill` according to `align`.
// mirrors calc_padding() in Python/formatter_unicode.c
fn pad(chars: &[char], width: Option<usize>, align: char, fill: char) -> String {
    let n = chars.len();
    let total = width.map_or(n, |w| w.max(n));
    let lpad = match align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out: String = std::iter::repeat_n(fill, lpad).collect();
    out.extend(chars);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

// ---------------------------------------------------------------------------------------
// printf-style % formatting
// ---------------------------------------------------------------------------------------

/// The conversion flags of a `%` spec (`F_LJUST`, `F_SIGN`, `F_BLANK`, `F_ALT`, `F_ZERO`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub ljust: bool,
    /// `+`: always print a sign.
    pub sign: bool,
    /// `' '`: blank before positive numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding.
    pub zero: bool,
}

/// One `%` conversion as the output helpers need it: its flags and character (the
/// width and precision are passed resolved, `*` already read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The flags.
    pub flags: PercentFlags,
    /// The conversion character (one of `diuoxXeEfFgGcrsa`).
    pub conv: char,
}

/// Pads a converted numeric string with sign handling, `0x`/`0o` prefix and fill rules.
// mirrors unicode_format_arg_output() in Objects/unicodeobject.c (with arg->sign set)
fn percent_output(s: &str, spec: &PercentSpec, width: Option<usize>) -> String {
    let f = spec.flags;
    let fill = if f.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    let mut width = width.map_or(-1, |w| w as i64);
    let mut pindex = 0;
    let mut signchar = None;
    match chars.first() {
        Some(&c) if c == '-' || c == '+' => {
            signchar = Some(c);
            len -= 1;
            pindex = 1;
        }
        _ if f.sign => signchar = Some('+'),
        _ if f.blank => signchar = Some(' '),
        _ => {}
    }
    if width < len as i64 {
        width = len as i64;
    }
    let mut out = String::new();
    if let Some(sc) = signchar {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len as i64 {
            width -= 1;
        }
    }
    let has_prefix = f.alt && matches!(spec.conv, 'x' | 'X' | 'o') && len >= 2;
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len as i64 && !f.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len as i64) as usize));
        width = len as i64;
    }
    if fill == ' ' {
        out.extend(signchar);
        if has_prefix {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len as i64 {
        out.extend(std::iter::repeat_n(' ', (width - len as i64) as usize));
    }
    out
}

/// `%d %i %u %o %x %X` of an int with flags, width and precision (minimum digits).
// mirrors _PyUnicode_FormatLong() and unicode_format_arg_output() in Objects/unicodeobject.c
pub fn percent_int(
    v: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 {
        decimal_digits(v.magnitude())?
    } else {
        v.magnitude().to_str_radix(base)
    };
    if let Some(p) = precision
        && p > digits.len()
    {
        digits = "0".repeat(p - digits.len()) + &digits;
    }
    let mut s = String::new();
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if spec.flags.alt {
        s.push_str(prefix);
    }
    s.push_str(&digits);
    if spec.conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    Ok(percent_output(&s, spec, width))
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6; `#` keeps the point/zeros).
// mirrors formatfloat() and unicode_format_arg_output() in Objects/unicodeobject.c
pub fn percent_float(
    v: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let flags = DtsFlags {
        alt: spec.flags.alt,
        ..DtsFlags::default()
    };
    let s = double_to_string(v, spec.conv, precision.unwrap_or(6), flags);
    percent_output(&s, spec, width)
}

/// `%s %r %a` (and `%c` after conversion): precision truncates, width pads with spaces
/// (left-justified with `-`).
// mirrors unicode_format_arg_output() in Objects/unicodeobject.c (arg->sign unset)
pub fn percent_pad_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    if matches!(spec.conv, 's' | 'r' | 'a')
        && let Some(p) = precision
    {
        chars.truncate(p);
    }
    let align = if spec.flags.ljust { '<' } else { '>' };
    pad(&chars, width, align, ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn repr_examples() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (100.0, "100.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (5e-324, "5e-324"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for (v, want) in cases {
            assert_eq!(float_repr(*v), *want, "repr({v:?})");
        }
    }

    #[test]
    fn int_parsing() {
        let ok: &[(&str, u32, &str)] = &[
            ("  42  ", 10, "42"),
            ("-0x_ff", 0, "-255"),
            ("0b1010", 0, "10"),
            ("0o17", 0, "15"),
            ("1_000_000", 10, "1000000"),
            ("000", 0, "0"),
            ("0_0", 0, "0"),
            ("ff", 16, "255"),
            ("0xff", 16, "255"),
            ("z", 36, "35"),
            ("+7", 0, "7"),
            ("\t\n\u{b} 12 \u{c}\u{a0}", 10, "12"),
            ("010", 10, "10"),
        ];
        for (s, b, want) in ok {
            assert_eq!(parse_int(s, *b), Ok(big(want)), "int({s:?}, {b})");
        }
        for (s, b) in [
            ("", 10),
            ("_1", 10),
            ("1_", 10),
            ("1__0", 10),
            ("010", 0),
            ("0x", 16),
            ("- 1", 10),
            ("0b2", 0),
            ("12a", 10),
            ("0x_", 0),
            ("++1", 10),
            ("1", 1),
            ("1", 37),
            ("12\x1c", 10),
        ] {
            assert_eq!(
                parse_int(s, b),
                Err(IntParseError::Invalid),
                "int({s:?}, {b})"
            );
        }
    }

    #[test]
    fn float_parsing() {
        let ok: &[(&str, f64)] = &[
            (" 1.5 ", 1.5),
            ("1_000.5", 1000.5),
            ("1e1_0", 1e10),
            ("-.5", -0.5),
            ("5.", 5.0),
            ("1E+3", 1000.0),
            ("1e500", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("iNF", f64::INFINITY),
            ("\u{a0}1.5\u{3000}", 1.5),
            ("\u{b}1.5\u{c}", 1.5),
        ];
        for (s, want) in ok {
            assert_eq!(parse_float(s), Some(*want), "float({s:?})");
        }
        assert!(parse_float("-nan").is_some_and(f64::is_nan));
        for s in [
            "", "_1", "1_", "1__0", "1._5", "1_.5", "1e", "e5", ".", "0x10", "infinit", "nan1",
            "1 2", "+-1", "1e_5", "\x1c1.5",
        ] {
            assert_eq!(parse_float(s), None, "float({s:?})");
        }
    }

    #[test]
    fn the_digit_limit_of_int_and_str() {
        let ones = |n: usize| "1".repeat(n);
        assert!(parse_int(&ones(4300), 10).is_ok());
        for s in [
            ones(4301),
            ones(4301) + "x",
            ones(4301) + " x",
            format!(" -{} ", ones(4301)),
            "1_".repeat(4300) + "1",
            "0".repeat(4301),
        ] {
            assert_eq!(
                parse_int(&s, 10),
                Err(IntParseError::TooManyDigits(4301)),
                "{:?}",
                &s[s.len() - 3..]
            );
        }
        assert_eq!(
            parse_int(&(ones(4301) + "__1"), 10),
            Err(IntParseError::Invalid)
        );
        assert_eq!(
            parse_int(&(ones(4301) + "_"), 10),
            Err(IntParseError::Invalid)
        );
        assert_eq!(
            parse_int(&("x".to_string() + &ones(4301)), 10),
            Err(IntParseError::Invalid)
        );
        // Power-of-two bases have no limit; others do.
        assert!(parse_int(&ones(5000), 16).is_ok());
        assert!(parse_int(&format!("0x{}", ones(5000)), 0).is_ok());
        assert_eq!(
            parse_int(&ones(4301), 7),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert_eq!(
            parse_int(&ones(4301), 0),
            Err(IntParseError::TooManyDigits(4301))
        );
        let ten = BigInt::from(10u32).pow(4300u32);
        assert_eq!(int_to_decimal(&(&ten - 1)).map(|s| s.len()), Ok(4300));
        assert_eq!(int_to_decimal(&(1 - &ten)).map(|s| s.len()), Ok(4301));
        assert_eq!(int_to_decimal(&ten), Err(int_to_str_limit_message()));
        assert_eq!(
            int_to_decimal(&(&ten << 100u32)),
            Err(int_to_str_limit_message())
        );
        assert!(format_int(&ten, ",").is_err());
        assert!(format_int(&ten, "x").is_ok());
    }

    #[test]
    fn format_int_cases() {
        // Expected strings verified with CPython 3.11.7.
        let cases: &[(&str, &str, &str)] = &[
            ("-1234", "05", "-1234"),
            ("255", "05", "00255"),
            ("255", "<05", "25500"),
            ("255", "x<05", "255xx"),
            ("255", "0=5", "00255"),
            ("255", "+", "+255"),
            ("255", " 5", "  255"),
            ("-1234", "#x", "-0x4d2"),
            ("255", "#X", "0XFF"),
            ("-1234", "#o", "-0o2322"),
            ("-1234", "#b", "-0b10011010010"),
            ("-1234", ",", "-1,234"),
            ("-1234", "_", "-1_234"),
            ("-1234", "_b", "-100_1101_0010"),
            ("-1234", "010,", "-0,001,234"),
            ("255", "010,", "00,000,255"),
            ("-1234", "012_x", "-0_0000_04d2"),
            ("255", "012_x", "00_0000_00ff"),
            ("-1234", "^9", "  -1234  "),
            ("-1234", "n", "-1234"),
            ("-1234", ".2f", "-1234.00"),
            ("255", "e", "2.550000e+02"),
            ("-1234", "%", "-123400.000000%"),
            ("65", "c", "A"),
            ("65", "*^5c", "**A**"),
            ("123456789", ",", "123,456,789"),
            ("0", "#x", "0x0"),
            ("7", "", "7"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(
                format_int(&big(v), spec).as_deref(),
                Ok(*want),
                "format({v}, {spec:?})"
            );
        }
        let errs: &[(&str, &str)] = &[
            (
                "z",
                "Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (",x", "Cannot specify ',' with 'x'."),
            (",,", "Cannot specify ',' with ','."),
            (",_", "Cannot specify both ',' and '_'."),
            ("_,", "Cannot specify both ',' and '_'."),
            (".2", "Precision not allowed in integer format specifier"),
            ("q", "Unknown format code 'q' for object of type 'int'"),
            ("+c", "Sign not allowed with integer format specifier 'c'"),
            (
                "#c",
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            (",n", "Cannot specify ',' with 'n'."),
            ("é", "Unknown format code '\\xe9' for object of type 'int'"),
            (
                "dd",
                "Invalid format specifier 'dd' for object of type 'int'",
            ),
            (".", "Format specifier missing precision"),
        ];
        for (spec, want) in errs {
            assert_eq!(
                format_int(&big("-1234"), spec),
                Err(want.to_string()),
                "{spec:?}"
            );
        }
        assert_eq!(
            format_int(&big("-1"), "c"),
            Err("%c arg not in range(0x110000)".to_string())
        );
    }

    #[test]
    fn format_str_cases() {
        let cases: &[(&str, &str)] = &[
            ("05", "ab000"),
            ("<05", "ab000"),
            ("x<05", "abxxx"),
            (".2", "ab"),
            ("10.2s", "ab        "),
            ("^6", "  ab  "),
            (">5", "   ab"),
            ("*^7.1", "***a***"),
        ];
        for (spec, want) in cases {
            assert_eq!(format_str("ab", spec).as_deref(), Ok(*want), "{spec:?}");
        }
        let errs: &[(&str, &str)] = &[
            ("=5", "'=' alignment not allowed in string format specifier"),
            (" ", "Space not allowed in string format specifier"),
            ("+", "Sign not allowed in string format specifier"),
            (
                "z",
                "Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "#",
                "Alternate form (#) not allowed in string format specifier",
            ),
            (",", "Cannot specify ',' with 's'."),
            (",,", "Cannot specify ',' with ','."),
            ("q", "Unknown format code 'q' for object of type 'str'"),
            ("d", "Unknown format code 'd' for object of type 'str'"),
            (
                "ss",
                "Invalid format specifier 'ss' for object of type 'str'",
            ),
        ];
        for (spec, want) in errs {
            assert_eq!(format_str("ab", spec), Err(want.to_string()), "{spec:?}");
        }
    }

    #[test]
    fn percent_int_flags() {
        // '%(k)-+ #05.3ld' % {'k': 7} == '+007 ' in CPython 3.11.
        let s = PercentSpec {
            flags: PercentFlags {
                ljust: true,
                sign: true,
                blank: true,
                alt: true,
                zero: true,
            },
            conv: 'd',
        };
        assert_eq!(
            percent_int(&BigInt::from(7), &s, Some(5), Some(3)).as_deref(),
            Ok("+007 ")
        );
    }

    #[test]
    fn percent_strings() {
        // '%-5s|%5.2s|%.0s|%-3c|' % ('ab', 'xyz', 'q', 'z') == 'ab   |   xy||z  |'
        let spec = |ljust, conv| PercentSpec {
            flags: PercentFlags {
                ljust,
                ..PercentFlags::default()
            },
            conv,
        };
        let out = [
            percent_pad_str("ab", &spec(true, 's'), Some(5), None),
            percent_pad_str("xyz", &spec(false, 's'), Some(5), Some(2)),
            percent_pad_str("q", &spec(false, 's'), None, Some(0)),
            percent_pad_str("z", &spec(true, 'c'), Some(3), None),
        ]
        .join("|")
            + "|";
        assert_eq!(out, "ab   |   xy||z  |");
    }
}
