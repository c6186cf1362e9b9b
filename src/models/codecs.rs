//! The text codecs pyxray simulates — utf-8, latin-1 and ascii — with CPython's codec
//! name lookup, its error handlers and the exact positions its errors report.

use super::unicode_tables::{CODEC_ALIASES, CODEC_MODULES};

/// A codec pyxray simulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    /// The name CPython's errors give (`'utf-8' codec can't …`).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// What an encoding name finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Codec),
    /// A codec CPython has that pyxray does not simulate.
    Other,
    /// `LookupError: unknown encoding: …`.
    Unknown,
}

// mirrors encodings.normalize_encoding(): runs of characters other than ASCII letters,
// digits and '.' become one '_' (none at either end); non-ASCII alphanumerics are dropped
fn normalize_encoding(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if super::unicode::is_alnum(c) || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec an encoding name names.
// mirrors _PyCodec_Lookup() in Python/codecs.c (normalizestring(): ASCII lower case,
// spaces to underscores) and encodings.search_function() (aliases, then the module name)
pub fn lookup(name: &str) -> Lookup {
    if name.contains('\0') {
        return Lookup::Other;
    }
    let lowered: String = name
        .chars()
        .map(|c| {
            if c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let norm = normalize_encoding(&lowered);
    let alias = |k: &str| {
        CODEC_ALIASES
            .binary_search_by_key(&k, |&(a, _)| a)
            .ok()
            .map(|i| CODEC_ALIASES[i].1)
    };
    let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
    let candidates = aliased.into_iter().chain(std::iter::once(norm.as_str()));
    for m in candidates {
        if m.is_empty() || m.contains('.') || !CODEC_MODULES.contains(&m) {
            continue;
        }
        return match m {
            "utf_8" => Lookup::Found(Codec::Utf8),
            "latin_1" => Lookup::Found(Codec::Latin1),
            "ascii" => Lookup::Found(Codec::Ascii),
            _ => Lookup::Other,
        };
    }
    Lookup::Unknown
}

/// A codec error as the exception records it: `start..end` in characters (encode) or
/// bytes (decode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodecError {
    pub codec: Codec,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Why a conversion stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// `errors='strict'`: UnicodeEncodeError / UnicodeDecodeError.
    Raise(CodecError),
    /// An error handler CPython does not know: `LookupError: unknown error handler name`.
    UnknownHandler,
    /// A handler pyxray does not simulate, met at an error.
    Unsupported,
}

/// An error handler, looked up (as CPython does) only when an error occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

// mirrors _Py_GetErrorHandler() and PyCodec_LookupError() in Python/codecs.c
fn handler(errors: &str) -> Result<Handler, Failure> {
    match errors {
        "strict" => Ok(Handler::Strict),
        "ignore" => Ok(Handler::Ignore),
        "replace" => Ok(Handler::Replace),
        "backslashreplace" => Ok(Handler::BackslashReplace),
        "xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        "namereplace" | "surrogateescape" | "surrogatepass" => Err(Failure::Unsupported),
        _ => Err(Failure::UnknownHandler),
    }
}

/// `str.encode(codec, errors)`.
// mirrors unicode_encode_ucs1() in Objects/unicodeobject.c: a run of unencodable
// characters is one error
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, Failure> {
    let limit: u32 = match codec {
        // A Rust str holds no surrogates, the only thing utf-8 cannot encode.
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Latin1 => 256,
        Codec::Ascii => 128,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut pos = 0;
    while pos < chars.len() {
        let ch = chars[pos] as u32;
        if ch < limit {
            out.push(ch as u8);
            pos += 1;
            continue;
        }
        let start = pos;
        let mut end = start + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match handler(errors)? {
            Handler::Strict => {
                return Err(Failure::Raise(CodecError {
                    codec,
                    start,
                    end,
                    reason: if limit == 128 {
                        "ordinal not in range(128)"
                    } else {
                        "ordinal not in range(256)"
                    },
                }));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - start)),
            Handler::BackslashReplace => {
                for &c in &chars[start..end] {
                    out.extend(backslash_escape(c as u32).bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
        }
        pos = end;
    }
    Ok(out)
}

// mirrors PyCodec_BackslashReplaceErrors() in Python/codecs.c
fn backslash_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `bytes.decode(codec, errors)`.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<String, Failure> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        let (n, err) = match codec {
            Codec::Latin1 => {
                out.extend(b[pos..].iter().map(|&x| char::from(x)));
                return Ok(out);
            }
            // mirrors ascii_decode() in PyUnicode_DecodeASCII(): each byte is an error
            Codec::Ascii => {
                if b[pos] < 128 {
                    out.push(char::from(b[pos]));
                    pos += 1;
                    continue;
                }
                (1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match utf8_step(&b[pos..]) {
                Ok((c, n)) => {
                    out.push(c);
                    pos += n;
                    continue;
                }
                Err(e) => e,
            },
        };
        let (start, end) = (pos, pos + n);
        match handler(errors)? {
            Handler::Strict => {
                return Err(Failure::Raise(CodecError {
                    codec,
                    start,
                    end,
                    reason: err,
                }));
            }
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &x in &b[start..end] {
                    out.push_str(&backslash_escape(u32::from(x)));
                }
            }
            // PyCodec_XMLCharRefReplaceErrors() raises TypeError for a decode error.
            Handler::XmlCharRefReplace => return Err(Failure::Unsupported),
        }
        pos = end;
    }
    Ok(out)
}

/// One UTF-8 sequence at the start of `b`: the character and its length, or the length
/// of the error and its reason.
// mirrors utf8_decode() in Objects/stringlib/codecs.h and its caller
// unicode_decode_utf8() in Objects/unicodeobject.c
fn utf8_step(b: &[u8]) -> Result<(char, usize), (usize, &'static str)> {
    const START: &str = "invalid start byte";
    const CONT: &str = "invalid continuation byte";
    const END: &str = "unexpected end of data";
    let cont = |x: u8| (0x80..0xC0).contains(&x);
    let ch = b[0];
    let len = b.len();
    let seq = |n: usize| {
        std::str::from_utf8(&b[..n])
            .ok()
            .and_then(|s| s.chars().next())
    };
    if ch < 0x80 {
        return Ok((char::from(ch), 1));
    }
    if ch < 0xC2 {
        return Err((1, START));
    }
    if ch < 0xE0 {
        if len < 2 {
            return Err((len, END));
        }
        if !cont(b[1]) {
            return Err((1, CONT));
        }
        return seq(2).map(|c| (c, 2)).ok_or((1, CONT));
    }
    if ch < 0xF0 {
        // E0 needs A0..BF next (no overlong form), ED 80..9F (no surrogates).
        let bad2 = |x: u8| !cont(x) || if x < 0xA0 { ch == 0xE0 } else { ch == 0xED };
        if len < 3 {
            if len >= 2 && bad2(b[1]) {
                return Err((1, CONT));
            }
            return Err((len, END));
        }
        if bad2(b[1]) {
            return Err((1, CONT));
        }
        if !cont(b[2]) {
            return Err((2, CONT));
        }
        return seq(3).map(|c| (c, 3)).ok_or((1, CONT));
    }
    if ch < 0xF5 {
        // F0 needs 90..BF next (no overlong form), F4 80..8F (nothing past U+10FFFF).
        let bad2 = |x: u8| !cont(x) || if x < 0x90 { ch == 0xF0 } else { ch == 0xF4 };
        if len < 4 {
            if len >= 2 && bad2(b[1]) {
                return Err((1, CONT));
            }
            if len >= 3 && !cont(b[2]) {
                return Err((2, CONT));
            }
            return Err((len, END));
        }
        if bad2(b[1]) {
            return Err((1, CONT));
        }
        if !cont(b[2]) {
            return Err((2, CONT));
        }
        if !cont(b[3]) {
            return Err((3, CONT));
        }
        return seq(4).map(|c| (c, 4)).ok_or((1, CONT));
    }
    Err((1, START))
}

/// `str(UnicodeEncodeError)`: `chars` is the object's characters.
// mirrors UnicodeEncodeError_str() in Objects/exceptions.c
pub fn encode_error_message(
    enc: &str,
    chars: &[char],
    start: i64,
    end: i64,
    reason: &str,
) -> String {
    match usize::try_from(start).ok().and_then(|i| chars.get(i)) {
        Some(&c) if end == start + 1 => {
            let c = c as u32;
            let shown = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            format!("'{enc}' codec can't encode character '{shown}' in position {start}: {reason}")
        }
        _ => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    }
}

/// `str(UnicodeDecodeError)`.
// mirrors UnicodeDecodeError_str() in Objects/exceptions.c
pub fn decode_error_message(enc: &str, bytes: &[u8], start: i64, end: i64, reason: &str) -> String {
    match usize::try_from(start).ok().and_then(|i| bytes.get(i)) {
        Some(&x) if end == start + 1 => {
            format!("'{enc}' codec can't decode byte 0x{x:02x} in position {start}: {reason}")
        }
        _ => format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict_decode(b: &[u8]) -> String {
        match decode(b, Codec::Utf8, "strict") {
            Ok(s) => s,
            Err(Failure::Raise(e)) => {
                decode_error_message("utf-8", b, e.start as i64, e.end as i64, e.reason)
            }
            Err(f) => format!("{f:?}"),
        }
    }

    #[test]
    fn names_resolve_like_the_encodings_package() {
        for n in ["utf-8", "UTF8", "u8", "utf_8", "Utf 8", "cp65001", "utf"] {
            assert_eq!(lookup(n), Lookup::Found(Codec::Utf8), "{n}");
        }
        for n in [
            "latin-1",
            "latin1",
            "ISO-8859-1",
            "iso8859_1",
            "l1",
            "8859",
            "cp819",
        ] {
            assert_eq!(lookup(n), Lookup::Found(Codec::Latin1), "{n}");
        }
        for n in ["ascii", "US-ASCII", "646", "us"] {
            assert_eq!(lookup(n), Lookup::Found(Codec::Ascii), "{n}");
        }
        assert_eq!(lookup("cp1252"), Lookup::Other);
        assert_eq!(lookup("utf-16"), Lookup::Other);
        assert_eq!(lookup("xyz"), Lookup::Unknown);
        assert_eq!(lookup(""), Lookup::Unknown);
    }

    #[test]
    fn utf8_errors_name_cpythons_ranges() {
        assert_eq!(
            strict_decode(b"a\xe9"),
            "'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"
        );
        assert_eq!(
            strict_decode(b"\xe2\x82"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            strict_decode(b"\xe2x"),
            "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"
        );
        assert_eq!(
            strict_decode(b"\xe2\x82x"),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            strict_decode(b"\xff"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            decode(b"a\xed\xa0\x80b", Codec::Utf8, "replace"),
            Ok("a\u{fffd}\u{fffd}\u{fffd}b".to_string())
        );
    }

    #[test]
    fn ascii_encode_errors_span_the_run() {
        let e = encode("aéé", Codec::Ascii, "strict");
        let Err(Failure::Raise(e)) = e else {
            panic!("{e:?}")
        };
        assert_eq!(
            encode_error_message(
                e.codec.name(),
                &"aéé".chars().collect::<Vec<_>>(),
                e.start as i64,
                e.end as i64,
                e.reason
            ),
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
        );
        assert_eq!(
            encode("é€😀", Codec::Latin1, "backslashreplace"),
            Ok(b"\xe9\\u20ac\\U0001f600".to_vec())
        );
        assert_eq!(
            encode("a€", Codec::Ascii, "bogus"),
            Err(Failure::UnknownHandler)
        );
        assert_eq!(encode("ab", Codec::Ascii, "bogus"), Ok(b"ab".to_vec()));
    }
}
