//! Printing and parsing numbers exactly as CPython 3.11 does.
//!
//! - `float_repr` mirrors `float_repr()` → `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`:
//!   the shortest digits that round-trip (Rust's formatter finds the same shortest digits),
//!   fixed notation for decimal exponents -4..16, scientific (`1e+16`, `1e-05`) otherwise.
//! - the format mini-language (`format_int`, `format_float`, `format_str`) mirrors
//!   Python/formatter_unicode.c, and printf-style `%` pieces mirror `PyUnicode_Format`.
//! - `parse_int`/`parse_float` mirror `int(str)` and `float(str)`.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// The shortest round-trip digits of a finite, non-zero `|v|` and the decimal exponent of
/// the first digit (`v = 0.d1d2… × 10^(exp+1)`).
fn shortest_digits(v: f64) -> (String, i32) {
    let s = format!("{:e}", v.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Digits rounded correctly to `ndigits` significant digits (mode 2 of `_Py_dg_dtoa`).
fn digits_significant(v: f64, ndigits: usize) -> (String, i32) {
    let s = format!("{:.*e}", ndigits.saturating_sub(1), v.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

fn sci(digits: &str, exp: i32, upper: bool, force_point: bool) -> String {
    let mut out = String::new();
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    } else if force_point {
        out.push('.');
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
    out
}

fn fixed(digits: &str, exp: i32) -> String {
    if exp >= 0 {
        let e = exp as usize;
        if digits.len() > e + 1 {
            format!("{}.{}", &digits[..e + 1], &digits[e + 1..])
        } else {
            format!("{}{}", digits, "0".repeat(e + 1 - digits.len()))
        }
    } else {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    }
}

/// `repr(float)` and `str(float)`.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, exp) = shortest_digits(v);
    let body = if (-4..16).contains(&exp) {
        let f = fixed(&digits, exp);
        if f.contains('.') { f } else { f + ".0" }
    } else {
        sci(&digits, exp, false, false)
    };
    format!("{sign}{body}")
}

/// `int(s, base)`: surrounding whitespace, a sign, `_` between digits, base-0 prefixes.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, body) = {
        let prefixed = |p: &str| lower.starts_with(p) && lower.len() > 2;
        if (base == 0 || base == 16) && prefixed("0x") {
            (16, &t[2..])
        } else if (base == 0 || base == 8) && prefixed("0o") {
            (8, &t[2..])
        } else if (base == 0 || base == 2) && prefixed("0b") {
            (2, &t[2..])
        } else if base == 0 {
            // Base 0 forbids leading zeros on a non-zero decimal.
            if t.len() > 1 && t.starts_with('0') && t.trim_start_matches(['0', '_']).len() > 0 {
                return None;
            }
            (10, t)
        } else {
            (base, t)
        }
    };
    let body = body.strip_prefix('_').filter(|_| base != 10).unwrap_or(body);
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let mut digits = String::with_capacity(body.len());
    for c in body.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(36)?;
        if d >= base {
            return None;
        }
        digits.push(c);
    }
    let n = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -n } else { n })
}

/// `float(s)`.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
                || !body
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
            {
                return None;
            }
            // Underscores only between digits.
            let b = body.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                if c == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(|x| x.is_ascii_digit())) {
                    return None;
                }
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

// ----- the format mini-language --------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses a spec with CPython's error messages.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut f = FormatSpec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        f.fill = Some(c[0]);
        f.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        f.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        f.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        f.alternate = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        f.zero = true;
        if f.fill.is_none() {
            f.fill = Some('0');
        }
        if f.align.is_none() {
            f.align = Some('=');
        }
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        f.width = c[start..i].iter().collect::<String>().parse().ok();
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        f.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let s = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return Err("Format specifier missing precision".into());
        }
        f.precision = c[s..i].iter().collect::<String>().parse().ok();
    }
    if c.len() - i > 1 {
        return Err("Invalid format specifier".into());
    }
    if i < c.len() {
        f.ty = Some(c[i]);
    }
    Ok(f)
}

fn group_digits(int_part: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = int_part.chars().collect();
    let mut out = String::new();
    for (i, ch) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*ch);
    }
    out
}

/// Pads `sign` + `body` to the spec's width with its fill and alignment.
fn pad(spec: &FormatSpec, sign: &str, body: &str, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{sign}{body}");
    }
    let fill = spec.fill.unwrap_or(' ');
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match spec.align.unwrap_or(default_align) {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn sign_str(neg: bool, spec: &FormatSpec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)`.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    let f = parse_format_spec(spec)?;
    match f.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
            return format_float(x, spec);
        }
        Some('s') => return Err("Unknown format code 's' for object of type 'int'".into()),
        Some('c') => {
            let ch = num_traits::ToPrimitive::to_u32(v)
                .and_then(char::from_u32)
                .ok_or("%c arg not in range(0x110000)")?;
            return Ok(pad(&f, "", &ch.to_string(), '<'));
        }
        _ => {}
    }
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    let (radix, prefix) = match f.ty {
        None | Some('d') | Some('n') => (10, ""),
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        Some(other) => {
            return Err(format!("Unknown format code '{other}' for object of type 'int'"));
        }
    };
    let mut digits = v.abs().to_str_radix(radix);
    if f.ty == Some('X') {
        digits = digits.to_uppercase();
    }
    if let Some(sep) = f.grouping {
        let every = if radix == 10 { 3 } else { 4 };
        if sep == ',' && radix != 10 {
            return Err(format!(
                "Cannot specify ',' with '{}'.",
                f.ty.unwrap_or('d')
            ));
        }
        digits = group_digits(&digits, sep, every);
    }
    let sign = sign_str(v.is_negative(), &f);
    let prefix = if f.alternate { prefix } else { "" };
    let sign_prefix = format!("{sign}{prefix}");
    if f.zero && f.align == Some('=') && f.fill == Some('0') && f.grouping.is_some() {
        // Zero padding also groups: pad the digits, then regroup.
        let width = f.width.unwrap_or(0).saturating_sub(sign_prefix.len());
        let raw: String = digits.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let sep = f.grouping.unwrap_or(',');
        let every = if radix == 10 { 3 } else { 4 };
        let mut padded = raw.clone();
        while group_digits(&padded, sep, every).len() < width {
            padded.insert(0, '0');
        }
        return Ok(format!("{sign_prefix}{}", group_digits(&padded, sep, every)));
    }
    Ok(pad(&f, &sign_prefix, &digits, '>'))
}

/// Formats a finite or special float's magnitude for a presentation type.
fn float_body(v: f64, ty: char, precision: Option<usize>, alternate: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    let a = v.abs();
    if a.is_infinite() {
        return if upper { "INF" } else { "inf" }.into();
    }
    if a.is_nan() {
        return if upper { "NAN" } else { "nan" }.into();
    }
    match ty.to_ascii_lowercase() {
        'f' => {
            let p = precision.unwrap_or(6);
            let s = format!("{:.*}", p, a);
            if alternate && p == 0 { s + "." } else { s }
        }
        'e' => {
            let p = precision.unwrap_or(6);
            let (digits, exp) = digits_significant(a, p + 1);
            let digits = if a == 0.0 { "0".repeat(p + 1) } else { digits };
            let exp = if a == 0.0 { 0 } else { exp };
            sci(&digits, exp, upper, alternate)
        }
        '%' => {
            let p = precision.unwrap_or(6);
            format!("{:.*}%", p, a * 100.0)
        }
        _ => {
            // 'g': precision p significant digits; scientific if exp < -4 or exp >= p.
            let p = precision.unwrap_or(6).max(1);
            if a == 0.0 {
                return if alternate {
                    format!("0.{}", "0".repeat(p - 1))
                } else {
                    "0".into()
                };
            }
            let (mut digits, exp) = digits_significant(a, p);
            if !alternate {
                while digits.len() > 1 && digits.ends_with('0') {
                    digits.pop();
                }
            }
            if exp < -4 || exp >= p as i32 {
                sci(&digits, exp, upper, alternate)
            } else {
                let s = fixed(&digits, exp);
                if alternate && !s.contains('.') { s + "." } else { s }
            }
        }
    }
}

/// `format(float, spec)`.
pub fn format_float(v: f64, spec: &str) -> Result<String, String> {
    let f = parse_format_spec(spec)?;
    let body = match f.ty {
        None => {
            if f.precision.is_none() {
                let r = float_repr(v);
                r.trim_start_matches('-').to_string()
            } else {
                // Like 'g' but always with at least one digit after the point.
                let mut s = float_body(v, 'g', f.precision, f.alternate);
                if v.is_finite() && !s.contains(['.', 'e', 'n', 'i']) {
                    s.push_str(".0");
                }
                s
            }
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => float_body(v, t, f.precision, f.alternate),
        Some('n') => float_body(v, 'g', f.precision, f.alternate),
        Some(other) => {
            return Err(format!("Unknown format code '{other}' for object of type 'float'"));
        }
    };
    let body = match f.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (body.as_str(), ""),
            };
            format!("{}{}", group_digits(int_part, sep, 3), rest)
        }
        None => body,
    };
    let sign = sign_str(v.is_sign_negative() && !v.is_nan(), &f);
    Ok(pad(&f, sign, &body, '>'))
}

/// `format(str, spec)`.
pub fn format_str(v: &str, spec: &str) -> Result<String, String> {
    let f = parse_format_spec(spec)?;
    match f.ty {
        None | Some('s') => {}
        Some(other) => {
            return Err(format!("Unknown format code '{other}' for object of type 'str'"));
        }
    }
    if f.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if f.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let body: String = match f.precision {
        Some(p) => v.chars().take(p).collect(),
        None => v.to_string(),
    };
    Ok(pad(&f, "", &body, '<'))
}

// ----- printf-style formatting ----------------------------------------------------------

/// A `*` or a number in a `%` conversion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Width {
    Star,
    Fixed(usize),
}

/// One `%` conversion.
#[derive(Clone, Debug, PartialEq)]
pub struct PercentSpec {
    pub key: Option<String>,
    pub left: bool,
    pub zero: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub width: Option<Width>,
    pub precision: Option<Width>,
    pub conv: char,
}

/// A piece of a `%` format string.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
}

/// Splits a `%` format string, with CPython's errors.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let c: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] != '%' {
            lit.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= c.len() {
            return Err("incomplete format".into());
        }
        if !lit.is_empty() {
            out.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        let mut spec = PercentSpec {
            key: None,
            left: false,
            zero: false,
            plus: false,
            space: false,
            alternate: false,
            width: None,
            precision: None,
            conv: '%',
        };
        if c[i] == '(' {
            let mut depth = 1;
            let s = i + 1;
            i += 1;
            while i < c.len() && depth > 0 {
                match c[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".into());
            }
            spec.key = Some(c[s..i - 1].iter().collect());
        }
        while i < c.len() {
            match c[i] {
                '-' => spec.left = true,
                '0' => spec.zero = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                _ => break,
            }
            i += 1;
        }
        let read_num = |i: &mut usize| -> Option<Width> {
            if *i < c.len() && c[*i] == '*' {
                *i += 1;
                return Some(Width::Star);
            }
            let s = *i;
            while *i < c.len() && c[*i].is_ascii_digit() {
                *i += 1;
            }
            (*i > s).then(|| Width::Fixed(c[s..*i].iter().collect::<String>().parse().unwrap_or(0)))
        };
        spec.width = read_num(&mut i);
        if i < c.len() && c[i] == '.' {
            i += 1;
            spec.precision = Some(read_num(&mut i).unwrap_or(Width::Fixed(0)));
        }
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return Err("incomplete format".into());
        }
        spec.conv = c[i];
        if !"sradiuoxXeEfFgGc%".contains(spec.conv) {
            return Err(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                spec.conv, spec.conv as u32, i
            ));
        }
        i += 1;
        out.push(PercentPiece::Spec(spec));
    }
    if !lit.is_empty() {
        out.push(PercentPiece::Literal(lit));
    }
    Ok(out)
}

fn percent_pad(body: &str, sign: &str, spec: &PercentSpec, width: Option<usize>, numeric: bool) -> String {
    let w = width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= w {
        return format!("{sign}{body}");
    }
    let n = w - len;
    if spec.left {
        format!("{sign}{body}{}", " ".repeat(n))
    } else if spec.zero && numeric {
        format!("{sign}{}{body}", "0".repeat(n))
    } else {
        format!("{}{sign}{body}", " ".repeat(n))
    }
}

fn percent_sign(neg: bool, spec: &PercentSpec) -> &'static str {
    if neg {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// `%d %i %u %o %x %X`.
pub fn percent_int(v: &BigInt, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if spec.conv == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(p) = precision
        && digits.len() < p
    {
        digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
    }
    let sign = percent_sign(v.is_negative(), spec);
    let prefix = if spec.alternate { prefix } else { "" };
    percent_pad(&digits, &format!("{sign}{prefix}"), spec, width, true)
}

/// `%e %E %f %F %g %G` (default precision 6).
pub fn percent_float(v: f64, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let body = float_body(v, spec.conv, Some(precision.unwrap_or(6)), spec.alternate);
    let sign = percent_sign(v.is_sign_negative() && !v.is_nan(), spec);
    percent_pad(&body, sign, spec, width, v.is_finite())
}

/// `%s %r %a %c`: precision truncates, width pads.
pub fn percent_pad_str(s: &str, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let body: String = match precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    percent_pad(&body, "", spec, width, false)
}

/// Whether a BigInt is zero (re-exported helper).
pub fn is_zero(v: &BigInt) -> bool {
    v.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        for (v, s) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (2.5, "2.5"),
            (100.0, "100.0"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(float_repr(v), s);
        }
    }

    #[test]
    fn format_specs() {
        assert_eq!(format_float(3.14159, ".2f").as_deref(), Ok("3.14"));
        assert_eq!(format_int(&BigInt::from(1234567), ",").as_deref(), Ok("1,234,567"));
        assert_eq!(format_int(&BigInt::from(255), "#o").as_deref(), Ok("0o377"));
        assert_eq!(format_float(12.0, "08.3f").as_deref(), Ok("0012.000"));
        assert_eq!(format_float(0.5, "%").as_deref(), Ok("50.000000%"));
        assert_eq!(format_str("x", ">4").as_deref(), Ok("   x"));
    }
}
