//! `str.maketrans()` and `str.translate()` (Objects/unicodeobject.c). The table is any
//! mapping subscripted by code point (`PyObject_GetItem`), so a dict's lookups show in
//! the trace. As in CPython, an ASCII string is first translated by
//! `unicode_fast_translate()`, which looks each distinct character up once and caches
//! the answer while every answer is itself one ASCII character (or a deletion); the
//! first answer that is not sends the rest of the string to the general loop, which
//! looks up every character, starting again at that one.

use super::object::*;
use super::{PyResult, Vm};

/// What the table says of one character.
#[derive(Clone, Debug)]
enum Mapped {
    /// Not in the table (a LookupError): the character stays.
    Same,
    Delete,
    Text(String),
}

impl Vm {
    /// `str.maketrans(x[, y[, z]])`: a new dict from code points to code points, strings
    /// or None.
    // mirrors unicode_maketrans_impl() in Objects/unicodeobject.c
    pub(crate) fn str_maketrans(&mut self, args: &[ObjId]) -> PyResult {
        let text = |vm: &Vm, id: ObjId| match vm.heap.get(id) {
            Obj::Str(s) => Some(s.s.to_string()),
            _ => None,
        };
        let new = self.new_dict();
        match args {
            [x] => {
                let Obj::Dict(_) = self.heap.get(*x) else {
                    return self.type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    );
                };
                for (k, v) in self.dict_items(*x) {
                    let key = match self.heap.get(k) {
                        Obj::Str(s) => {
                            let mut chars = s.s.chars();
                            match (chars.next(), chars.next()) {
                                (Some(c), None) => self.int(c as i64),
                                _ => {
                                    return self.err(
                                        TypeId::ValueError,
                                        "string keys in translate table must be of length 1",
                                    );
                                }
                            }
                        }
                        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => k,
                        _ => {
                            return self
                                .type_error("keys in translate table must be strings or integers");
                        }
                    };
                    self.dict_setitem(new, key, v)?;
                }
            }
            [x, y] | [x, y, _] => {
                let (Some(xs), Some(ys)) = (text(self, *x), text(self, *y)) else {
                    return self.type_error("maketrans() argument 1 must be str, not dict");
                };
                if xs.chars().count() != ys.chars().count() {
                    return self.err(
                        TypeId::ValueError,
                        "the first two maketrans arguments must have equal length",
                    );
                }
                for (a, b) in xs.chars().zip(ys.chars()) {
                    let (ka, vb) = (self.int(a as i64), self.int(b as i64));
                    self.dict_setitem(new, ka, vb)?;
                }
                if let Some(&z) = args.get(2) {
                    let Some(zs) = text(self, z) else {
                        let tn = self.type_name(z);
                        return self
                            .type_error(format!("maketrans() argument 3 must be str, not {tn}"));
                    };
                    for c in zs.chars() {
                        let k = self.int(c as i64);
                        let none = self.none;
                        self.dict_setitem(new, k, none)?;
                    }
                }
            }
            _ => {
                return self.type_error(format!(
                    "maketrans expected at most 3 arguments, got {}",
                    args.len()
                ));
            }
        }
        Ok(new)
    }

    /// `s.translate(table)`.
    // mirrors _PyUnicode_TranslateCharmap() and unicode_fast_translate()
    pub(crate) fn str_translate(&mut self, s: &str, table: ObjId) -> PyResult {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        if s.is_ascii() {
            let mut cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
            while i < chars.len() {
                let c = chars[i] as usize;
                let m = match &cache[c] {
                    Some(m) => m.clone(),
                    None => {
                        let m = self.translate_lookup(table, chars[i])?;
                        let fast = match &m {
                            Mapped::Same | Mapped::Delete => true,
                            Mapped::Text(t) => t.len() == 1 && t.is_ascii(),
                        };
                        if !fast {
                            // The general loop takes over here, looking this one up again.
                            break;
                        }
                        cache[c] = Some(m.clone());
                        m
                    }
                };
                push_mapped(&mut out, chars[i], &m);
                i += 1;
            }
        }
        while i < chars.len() {
            let m = self.translate_lookup(table, chars[i])?;
            push_mapped(&mut out, chars[i], &m);
            i += 1;
        }
        Ok(self.str(&out))
    }

    /// `charmaptranslate_lookup()`: `table[ord(c)]`, a LookupError meaning "unchanged".
    fn translate_lookup(&mut self, table: ObjId, c: char) -> PyResult<Mapped> {
        let key = self.int(c as i64);
        let v = match self.getitem(table, key) {
            Ok(v) => v,
            Err(e) if self.exc_is(e, TypeId::LookupError) => return Ok(Mapped::Same),
            Err(e) => return Err(e),
        };
        if v == self.none {
            return Ok(Mapped::Delete);
        }
        match self.heap.get(v) {
            Obj::Str(t) => Ok(Mapped::Text(t.s.to_string())),
            Obj::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                Some(ch) => Ok(Mapped::Text(ch.to_string())),
                None if (0..0x110000).contains(n) => {
                    self.unsupported("str.translate() to a lone surrogate")
                }
                None => self.type_error_value("character mapping must be in range(0x110000)"),
            },
            Obj::Long(_) => self.type_error_value("character mapping must be in range(0x110000)"),
            _ => self.type_error("character mapping must return integer, None or str"),
        }
    }

    fn type_error_value<T>(&mut self, msg: &str) -> PyResult<T> {
        self.err(TypeId::ValueError, msg)
    }
}

fn push_mapped(out: &mut String, c: char, m: &Mapped) {
    match m {
        Mapped::Same => out.push(c),
        Mapped::Delete => {}
        Mapped::Text(t) => out.push_str(t),
    }
}
