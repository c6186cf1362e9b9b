//! `str.format`, mirroring `Objects/stringlib/unicode_format.h` (`MarkupIterator_next`,
//! `parse_field`, `get_field_object`, `render_field`, `build_string`): the same fields,
//! auto-numbering, conversions, nested specs and error messages.

use super::object::{Obj, ObjId, TypeId};
use super::{PyResult, Vm};

type Kw = Vec<(String, ObjId)>;

/// `build_string()`'s recursion limit for specs that hold fields of their own.
const MAX_RECURSION: u32 = 2;

/// `AutoNumber`: whether fields are numbered `{}` automatically or `{0}` by hand.
#[derive(Default)]
struct AutoNumber {
    manual: bool,
    auto: bool,
    next: usize,
}

/// One piece `MarkupIterator_next()` yields.
struct Markup {
    literal: String,
    field: Option<Field>,
}

struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_has_fields: bool,
}

/// What has been written so far: CPython's `_PyUnicodeWriter`, which hands an exact str
/// back unchanged when it is the only thing written and is written last (`do_markup()`
/// turns off over-allocation for the last piece).
#[derive(Default)]
struct Output {
    text: String,
    sole: Option<ObjId>,
}

impl Output {
    fn write_text(&mut self, s: &str) {
        if !s.is_empty() {
            self.sole = None;
            self.text.push_str(s);
        }
    }
}

/// Where a format string's named fields come from.
enum Named<'a> {
    /// `str.format(**kwargs)`.
    Kwargs(&'a Kw),
    /// `str.format_map(mapping)`.
    Mapping(ObjId),
}

impl Vm {
    /// `fmt.format(*args, **kwargs)`.
    pub(crate) fn str_format(&mut self, fmt: &str, args: &[ObjId], kwargs: &Kw) -> PyResult {
        self.str_format_named(fmt, args, &Named::Kwargs(kwargs))
    }

    /// `fmt.format_map(mapping)`: named fields are `mapping[name]` (`PyObject_GetItem`,
    /// so a dict subclass's `__missing__` answers for a name it lacks).
    pub(crate) fn str_format_map(&mut self, fmt: &str, mapping: ObjId) -> PyResult {
        self.str_format_named(fmt, &[], &Named::Mapping(mapping))
    }

    fn str_format_named(&mut self, fmt: &str, args: &[ObjId], kwargs: &Named) -> PyResult {
        let mut auto = AutoNumber::default();
        let mut out = Output::default();
        self.build_string(fmt, args, kwargs, MAX_RECURSION, &mut auto, &mut out)?;
        if let Some(id) = out.sole
            && matches!(self.heap.get(id), Obj::Str(s) if *s.s == *out.text)
        {
            return Ok(id);
        }
        Ok(self.string(out.text))
    }

    fn build_string(
        &mut self,
        fmt: &str,
        args: &[ObjId],
        kwargs: &Named,
        depth: u32,
        auto: &mut AutoNumber,
        out: &mut Output,
    ) -> PyResult<()> {
        if depth == 0 {
            return self.err(TypeId::ValueError, "Max string recursion exceeded");
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut pos = 0;
        while pos < chars.len() {
            let markup = match next_markup(&chars, &mut pos) {
                Ok(m) => m,
                Err(msg) => return self.err(TypeId::ValueError, msg),
            };
            let at_end = pos >= chars.len();
            out.write_text(&markup.literal);
            let Some(field) = markup.field else {
                continue;
            };
            let obj = self.field_object(&field.name, args, kwargs, auto)?;
            let obj = match field.conversion {
                None => obj,
                Some('s') if matches!(self.heap.get(obj), Obj::Str(_)) => obj,
                Some('s') => {
                    let s = self.str_of(obj)?;
                    self.string(s)
                }
                Some('r') => {
                    let s = self.repr(obj)?;
                    self.string(s)
                }
                Some('a') => {
                    let s = self.repr(obj)?;
                    self.string(super::ops::ascii_escape(&s))
                }
                Some(c) => {
                    let msg = if (' '..'\u{7f}').contains(&c) {
                        format!("Unknown conversion specifier {c}")
                    } else {
                        format!("Unknown conversion specifier \\x{:x}", c as u32)
                    };
                    return self.err(TypeId::ValueError, msg);
                }
            };
            let spec = if field.spec_has_fields {
                let mut inner = Output::default();
                self.build_string(&field.spec, args, kwargs, depth - 1, auto, &mut inner)?;
                inner.text
            } else {
                field.spec
            };
            let rendered = self.format_obj(obj, &spec)?;
            let Obj::Str(text) = self.heap.get(rendered) else {
                continue;
            };
            let text = text.s.to_string();
            if out.text.is_empty() && at_end && !text.is_empty() {
                out.sole = Some(rendered);
                out.text = text;
            } else {
                out.write_text(&text);
            }
        }
        Ok(())
    }

    /// `get_field_object()`: the argument a field names, then its `.attr` and `[key]`
    /// parts in turn.
    fn field_object(
        &mut self,
        name: &str,
        args: &[ObjId],
        kwargs: &Named,
        auto: &mut AutoNumber,
    ) -> PyResult {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut obj = if first.is_empty() {
            if auto.manual {
                return self.err(
                    TypeId::ValueError,
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            auto.auto = true;
            let i = auto.next;
            auto.next += 1;
            self.positional(args, kwargs, i)?
        } else if let Some(i) = decimal(first) {
            if auto.auto {
                return self.err(
                    TypeId::ValueError,
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            auto.manual = true;
            self.positional(args, kwargs, i)?
        } else {
            match kwargs {
                Named::Kwargs(kwargs) => match kwargs.iter().find(|(k, _)| k == first) {
                    Some(&(_, v)) => v,
                    None => {
                        let key = self.str(first);
                        return Err(self.new_exc_args(TypeId::KeyError, vec![key]));
                    }
                },
                Named::Mapping(m) => {
                    let key = self.str(first);
                    self.getitem(*m, key)?
                }
            }
        };
        // FieldNameIterator_next(): `.name` or `[key]`, repeatedly.
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                if end == 0 {
                    return self.err(TypeId::ValueError, "Empty attribute in format string");
                }
                obj = self.get_attr(obj, &after[..end])?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(end) = after.find(']') else {
                    return self.err(TypeId::ValueError, "Missing ']' in format string");
                };
                let key_text = &after[..end];
                if key_text.is_empty() {
                    return self.err(TypeId::ValueError, "Empty attribute in format string");
                }
                let key = match decimal(key_text) {
                    Some(i) => self.int(i as i64),
                    None => self.str(key_text),
                };
                obj = self.getitem(obj, key)?;
                rest = &after[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return self.err(
                        TypeId::ValueError,
                        "Only '.' or '[' may follow ']' in format field specifier",
                    );
                }
            } else {
                return self.err(
                    TypeId::ValueError,
                    "Only '.' or '[' may follow ']' in format field specifier",
                );
            }
        }
        Ok(obj)
    }

    fn positional(&mut self, args: &[ObjId], named: &Named, i: usize) -> PyResult {
        if let Named::Mapping(_) = named {
            // get_field_object() of format_map(), which has no positional arguments.
            return self.err(
                TypeId::ValueError,
                "Format string contains positional fields",
            );
        }
        match args.get(i) {
            Some(&v) => Ok(v),
            None => self.err(
                TypeId::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            ),
        }
    }
}

/// A field name part made only of ASCII digits, as `get_integer()` reads it.
fn decimal(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// mirrors MarkupIterator_next(): literal text up to the next field (`{{` and `}}`
/// escaped), then the field, split by parse_field().
fn next_markup(chars: &[char], pos: &mut usize) -> Result<Markup, &'static str> {
    let start = *pos;
    let mut c = '\0';
    let mut markup_follows = false;
    while *pos < chars.len() {
        c = chars[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= chars.len();
    let mut len = *pos - start;
    if c == '}' && markup_follows && (at_end || chars[*pos] != '}') {
        return Err("Single '}' encountered in format string");
    }
    if at_end && c == '{' && markup_follows {
        return Err("Single '{' encountered in format string");
    }
    if !at_end && markup_follows {
        if chars[*pos] == c {
            // An escaped brace: literal text, no field.
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal: String = chars[start..start + len].iter().collect();
    if !markup_follows {
        return Ok(Markup {
            literal,
            field: None,
        });
    }
    let field = parse_field(chars, pos)?;
    Ok(Markup {
        literal,
        field: Some(field),
    })
}

/// mirrors parse_field(): `name[!conversion][:spec]`, read straight from the format
/// string (not from a pre-cut field), so the order of its checks decides the message:
/// after `!` comes one conversion character, then `}` ends the field or `:` starts a
/// spec that runs to its matching `}` ("unmatched '{' in format spec" otherwise).
fn parse_field(chars: &[char], pos: &mut usize) -> Result<Field, &'static str> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < chars.len() {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name: String = chars[name_start..pos.saturating_sub(1).max(name_start)]
        .iter()
        .collect();
    if c != '!' && c != ':' {
        if c != '}' {
            return Err("expected '}' before end of string");
        }
        return Ok(Field {
            name,
            conversion: None,
            spec: String::new(),
            spec_has_fields: false,
        });
    }
    let mut conversion = None;
    if c == '!' {
        if *pos >= chars.len() {
            return Err("end of string while looking for conversion specifier");
        }
        conversion = Some(chars[*pos]);
        *pos += 1;
        if *pos < chars.len() {
            let c = chars[*pos];
            *pos += 1;
            if c == '}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: String::new(),
                    spec_has_fields: false,
                });
            }
            if c != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut count = 1;
    let mut spec_has_fields = false;
    while *pos < chars.len() {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '{' => {
                spec_has_fields = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: chars[spec_start..*pos - 1].iter().collect(),
                        spec_has_fields,
                    });
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}
