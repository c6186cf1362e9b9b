//! What the built-in functions and the methods of the built-in types accept, and the
//! message CPython 3.11 gives a call that breaks it.
//!
//! The message depends on how the C function is declared (`METH_NOARGS`, `METH_O`, a
//! clinic positional-only parser, `PyArg_ParseTuple`, a clinic keyword parser), not on
//! the function, so each entry names its convention and the checks below produce the
//! convention's texts. Every call to a listed function is checked before it runs; a
//! keyword naming a positional parameter is moved to its position, so implementations
//! read positions and only keyword-only parameters stay keywords.

use super::builtins::Kw;
use super::object::{Obj, ObjId, TypeId};
use super::{PyResult, Vm};

/// What fills a positional slot that a later keyword argument skips over.
#[derive(Clone, Copy)]
pub(crate) enum Dflt {
    None,
    Int(i64),
    Str(&'static str),
    False,
    /// The implementation reads this one from the keywords itself.
    Keep,
    /// Absent differs from any value: such a call is refused.
    Refuse,
}

#[derive(Clone, Copy)]
pub(crate) enum Conv {
    /// `METH_NOARGS`.
    NoArgs,
    /// `METH_O`.
    O,
    /// `_PyArg_CheckPositional()` / `PyArg_UnpackTuple()` (min, max).
    Check(usize, usize),
    /// `PyArg_ParseTuple()` with an "O|OO:name" format (`vgetargs1_impl()`).
    ParseTuple(usize, usize),
    /// `METH_VARARGS` taking any number of positional arguments.
    VarArgs,
    /// Argument Clinic's keyword parser, `_PyArg_UnpackKeywords()`.
    Keywords(&'static Clinic),
}

/// A clinic keyword parser's `_PyArg_Parser`: the parameters before `/` are positional
/// only, `kw` is its `kwtuple` (the rest, keyword-only ones from `maxpos` on).
pub(crate) struct Clinic {
    pub posonly: usize,
    pub minpos: usize,
    pub maxpos: usize,
    pub kw: &'static [(&'static str, Dflt)],
}

const SPLIT: Clinic = Clinic {
    posonly: 0,
    minpos: 0,
    maxpos: 2,
    kw: &[("sep", Dflt::None), ("maxsplit", Dflt::Int(-1))],
};
const CODEC: Clinic = Clinic {
    posonly: 0,
    minpos: 0,
    maxpos: 2,
    kw: &[("encoding", Dflt::Keep), ("errors", Dflt::Keep)],
};
pub(crate) const SORT: Clinic = Clinic {
    posonly: 0,
    minpos: 0,
    maxpos: 0,
    kw: &[("key", Dflt::Keep), ("reverse", Dflt::Keep)],
};

/// A method of a built-in type: `ty` is the type that defines it (its `__qualname__`
/// prefix). Objects/clinic/{unicodeobject,bytesobject,listobject,tupleobject,dictobject,
/// longobject,floatobject}.c.h, Objects/setobject.c, Objects/dictobject.c.
pub(crate) fn method_conv(ty: &str, name: &str) -> Option<Conv> {
    use Conv::*;
    Some(match (ty, name) {
        (
            "str",
            "upper" | "lower" | "title" | "capitalize" | "swapcase" | "casefold" | "isdigit"
            | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal" | "isnumeric"
            | "isidentifier" | "isprintable" | "istitle" | "isascii",
        ) => NoArgs,
        (
            "str",
            "join" | "partition" | "rpartition" | "translate" | "removeprefix" | "removesuffix"
            | "zfill" | "format_map",
        ) => O,
        ("str", "strip" | "lstrip" | "rstrip") => Check(0, 1),
        ("str", "replace") => Check(2, 3),
        ("str", "center" | "ljust" | "rjust") => Check(1, 2),
        ("str", "maketrans") => Check(1, 3),
        // stringlib_parse_args_finds(): PyArg_ParseTuple(args, "O|OO:count", …).
        ("str" | "bytes", "count" | "find" | "rfind" | "index" | "rindex")
        | ("str" | "bytes", "startswith" | "endswith") => ParseTuple(1, 3),
        ("str", "split" | "rsplit") => Keywords(&SPLIT),
        ("str", "splitlines") => Keywords(&Clinic {
            posonly: 0,
            minpos: 0,
            maxpos: 1,
            kw: &[("keepends", Dflt::False)],
        }),
        ("str", "expandtabs") => Keywords(&Clinic {
            posonly: 0,
            minpos: 0,
            maxpos: 1,
            kw: &[("tabsize", Dflt::Int(8))],
        }),
        ("str", "encode") | ("bytes", "decode") => Keywords(&CODEC),
        ("bytes", "hex") => Keywords(&Clinic {
            posonly: 0,
            minpos: 0,
            maxpos: 2,
            kw: &[("sep", Dflt::Refuse), ("bytes_per_sep", Dflt::Refuse)],
        }),
        ("list", "append" | "extend" | "remove" | "count") => O,
        ("list", "pop") => Check(0, 1),
        ("list", "insert") => Check(2, 2),
        ("list" | "tuple", "index") => Check(1, 3),
        ("list", "sort") => Keywords(&SORT),
        ("list", "reverse" | "copy" | "clear" | "__sizeof__") => NoArgs,
        ("tuple", "count") => O,
        ("dict", "get" | "setdefault" | "pop") => Check(1, 2),
        ("dict", "popitem" | "clear" | "copy" | "keys" | "values" | "items" | "__sizeof__") => {
            NoArgs
        }
        ("dict", "fromkeys") => Check(1, 2),
        ("set", "add" | "discard" | "remove" | "symmetric_difference_update")
        | (
            "set" | "frozenset",
            "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint",
        ) => O,
        ("set", "pop" | "clear") | ("set" | "frozenset", "copy") => NoArgs,
        (
            "set" | "frozenset",
            "union"
            | "intersection"
            | "difference"
            | "update"
            | "intersection_update"
            | "difference_update",
        ) => VarArgs,
        ("int", "bit_length" | "bit_count" | "conjugate") => NoArgs,
        ("int", "to_bytes") => Keywords(&Clinic {
            posonly: 0,
            minpos: 0,
            maxpos: 2,
            kw: &[
                ("length", Dflt::Int(1)),
                ("byteorder", Dflt::Str("big")),
                ("signed", Dflt::Keep),
            ],
        }),
        ("int", "from_bytes") => Keywords(&Clinic {
            posonly: 0,
            minpos: 1,
            maxpos: 2,
            kw: &[
                ("bytes", Dflt::Refuse),
                ("byteorder", Dflt::Str("big")),
                ("signed", Dflt::Keep),
            ],
        }),
        ("float", "is_integer" | "conjugate" | "hex" | "as_integer_ratio") => NoArgs,
        _ => return None,
    })
}

/// A built-in function (Python/clinic/bltinmodule.c.h, Python/bltinmodule.c). Those not
/// listed check their own arguments (print, min, max, sorted, zip, map, enumerate, …).
pub(crate) fn builtin_conv(name: &str) -> Option<Conv> {
    use Conv::*;
    Some(match name {
        "globals" | "locals" => NoArgs,
        "len" | "repr" | "ascii" | "hash" | "callable" | "id" | "any" | "all" | "abs" | "chr"
        | "ord" | "bin" | "hex" | "oct" => O,
        "getattr" => Check(2, 3),
        "hasattr" | "delattr" | "isinstance" | "issubclass" | "divmod" => Check(2, 2),
        "setattr" => Check(3, 3),
        "iter" | "next" => Check(1, 2),
        "reversed" => Check(1, 1),
        "format" => Check(1, 2),
        "vars" | "dir" | "input" => Check(0, 1),
        "sys.exit" => Check(0, 1),
        "filter" => Check(2, 2),
        "sum" => Keywords(&Clinic {
            posonly: 1,
            minpos: 1,
            maxpos: 2,
            kw: &[("start", Dflt::Int(0))],
        }),
        "pow" => Keywords(&Clinic {
            posonly: 0,
            minpos: 2,
            maxpos: 3,
            kw: &[
                ("base", Dflt::Refuse),
                ("exp", Dflt::Refuse),
                ("mod", Dflt::None),
            ],
        }),
        "round" => Keywords(&Clinic {
            posonly: 0,
            minpos: 1,
            maxpos: 2,
            kw: &[("number", Dflt::Refuse), ("ndigits", Dflt::None)],
        }),
        _ => return None,
    })
}

/// The constructors whose clinic parsers take keywords (Objects/clinic/longobject.c.h
/// `long_new`, Objects/clinic/unicodeobject.c.h `unicode_new`).
pub(crate) fn type_conv(t: TypeId) -> Option<Conv> {
    Some(match t {
        TypeId::Int => Conv::Keywords(&Clinic {
            posonly: 1,
            minpos: 0,
            maxpos: 2,
            kw: &[("base", Dflt::Keep)],
        }),
        TypeId::Str => Conv::Keywords(&Clinic {
            posonly: 0,
            minpos: 0,
            maxpos: 3,
            kw: &[
                ("object", Dflt::Refuse),
                ("encoding", Dflt::Keep),
                ("errors", Dflt::Keep),
            ],
        }),
        // property_init(): Objects/clinic/descrobject.c.h.
        TypeId::Property => Conv::Keywords(&Clinic {
            posonly: 0,
            minpos: 0,
            maxpos: 4,
            kw: &[
                ("fget", Dflt::None),
                ("fset", Dflt::None),
                ("fdel", Dflt::None),
                ("doc", Dflt::None),
            ],
        }),
        _ => return None,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Vm {
    /// Checks a call against `conv` as CPython would before the function runs: `qual` is
    /// what `_PyObject_FunctionStr()` names it by ("str.upper", "len") and `name` what the
    /// C parser does ("upper"). Keywords for positional parameters move to their places.
    pub(crate) fn check_call(
        &mut self,
        qual: &dyn Fn() -> String,
        name: &str,
        conv: Conv,
        args: &mut Vec<ObjId>,
        kwargs: &mut Kw,
    ) -> PyResult<()> {
        let n = args.len();
        let clinic = match conv {
            Conv::Keywords(c) => c,
            _ => {
                // method_check_args() / cfunction_check_kwargs(): keywords first.
                if !kwargs.is_empty() {
                    return self.type_error(format!("{}() takes no keyword arguments", qual()));
                }
                let msg = match conv {
                    Conv::NoArgs if n != 0 => {
                        format!("{}() takes no arguments ({n} given)", qual())
                    }
                    Conv::O if n != 1 => {
                        format!("{}() takes exactly one argument ({n} given)", qual())
                    }
                    // _PyArg_CheckPositional()
                    Conv::Check(min, max) if n < min || n > max => {
                        let (how, k) = match (min == max, n < min) {
                            (true, _) => ("", min),
                            (false, true) => ("at least ", min),
                            (false, false) => ("at most ", max),
                        };
                        format!("{name} expected {how}{k} argument{}, got {n}", plural(k))
                    }
                    // vgetargs1_impl()
                    Conv::ParseTuple(min, max) if n < min || n > max => {
                        let (how, k) = match (min == max, n < min) {
                            (true, _) => ("exactly", min),
                            (false, true) => ("at least", min),
                            (false, false) => ("at most", max),
                        };
                        format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k))
                    }
                    _ => return Ok(()),
                };
                return self.type_error(msg);
            }
        };
        if kwargs.is_empty() && clinic.minpos <= n && n <= clinic.maxpos {
            return Ok(());
        }
        self.unpack_keywords(name, clinic, args, kwargs)
    }

    /// `_PyArg_UnpackKeywords()` in Python/getargs.c, check for check.
    // Its loops index the parser's slots as the C code does, which keeps the two comparable.
    #[allow(clippy::needless_range_loop)]
    pub(crate) fn unpack_keywords(
        &mut self,
        f: &str,
        c: &Clinic,
        args: &mut Vec<ObjId>,
        kwargs: &mut Kw,
    ) -> PyResult<()> {
        let nargs = args.len();
        let nkw = kwargs.len();
        let maxargs = c.posonly + c.kw.len();
        if nargs + nkw > maxargs {
            return self.type_error(format!(
                "{f}() takes at most {maxargs} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + nkw
            ));
        }
        if nargs > c.maxpos {
            return self.type_error(if c.maxpos == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                format!(
                    "{f}() takes {} {} positional argument{} ({nargs} given)",
                    if c.minpos < c.maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    c.maxpos,
                    plural(c.maxpos)
                )
            });
        }
        let minposonly = c.posonly.min(c.minpos);
        if nargs < minposonly {
            return self.type_error(format!(
                "{f}() takes {} {minposonly} positional argument{} ({nargs} given)",
                if minposonly < c.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            ));
        }
        let find = |kwargs: &Kw, key: &str| kwargs.iter().position(|(k, _)| k == key);
        let mut buf: Vec<Option<usize>> = vec![None; maxargs];
        let mut left = nkw;
        for i in nargs.max(c.posonly)..maxargs {
            let current = if left > 0 {
                find(kwargs, c.kw[i - c.posonly].0)
            } else if i >= c.minpos {
                break;
            } else {
                None
            };
            buf[i] = current;
            if current.is_some() {
                left -= 1;
            } else if i < c.minpos {
                return self.type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    c.kw[i - c.posonly].0,
                    i + 1
                ));
            }
        }
        if left > 0 {
            for i in c.posonly..nargs {
                let key = c.kw[i - c.posonly].0;
                if find(kwargs, key).is_some() {
                    return self.type_error(format!(
                        "argument for {f}() given by name ('{key}') and position ({})",
                        i + 1
                    ));
                }
            }
            // error_unexpected_keyword_arg()
            let bad = kwargs
                .iter()
                .find(|(k, _)| !c.kw.iter().any(|(w, _)| w == k))
                .map(|(k, _)| k.clone());
            return self.type_error(match bad {
                Some(k) => format!("'{k}' is an invalid keyword argument for {f}()"),
                None => format!("invalid keyword argument for {f}()"),
            });
        }
        // The call is valid: positional parameters given by keyword take their places.
        let last = (nargs..c.maxpos.min(maxargs))
            .rev()
            .find(|&i| buf[i].is_some() && !matches!(c.kw[i - c.posonly].1, Dflt::Keep));
        let Some(last) = last else {
            return Ok(());
        };
        let mut taken = Vec::new();
        for i in nargs..=last {
            let v = match buf[i] {
                Some(k) if !matches!(c.kw[i - c.posonly].1, Dflt::Keep) => {
                    taken.push(k);
                    kwargs[k].1
                }
                _ => {
                    let d = if i < c.posonly {
                        Dflt::Refuse
                    } else {
                        c.kw[i - c.posonly].1
                    };
                    match d {
                        Dflt::None => self.none,
                        Dflt::Int(v) => self.int(v),
                        Dflt::Str(s) => self.str(s),
                        Dflt::False => self.false_,
                        Dflt::Keep | Dflt::Refuse => {
                            return self.unsupported(&format!(
                                "{f}() with an argument left out before a keyword argument"
                            ));
                        }
                    }
                }
            };
            args.push(v);
        }
        let mut i = 0;
        kwargs.retain(|_| {
            i += 1;
            !taken.contains(&(i - 1))
        });
        Ok(())
    }

    /// The type whose method `name` a call on `recv` runs, for the receivers whose
    /// methods `method_conv` describes.
    pub(crate) fn method_owner(&self, recv: ObjId, name: &str) -> Option<&'static str> {
        Some(match self.heap.get(recv) {
            Obj::Str(_) => "str",
            Obj::Bytes(_) => "bytes",
            Obj::List(_) => "list",
            Obj::Tuple(_) => "tuple",
            // Subclasses (defaultdict, Counter, OrderedDict, user classes) override some.
            Obj::Dict(d)
                if d.class.is_none()
                    && !d.counter
                    && d.ordered.is_none()
                    && d.default_factory.is_none() =>
            {
                "dict"
            }
            Obj::Set(_) => "set",
            Obj::FrozenSet(_) => "frozenset",
            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => "int",
            Obj::Float(_) => "float",
            Obj::Type(TypeId::Dict) if name == "fromkeys" => "dict",
            Obj::Type(TypeId::Int) if name == "from_bytes" => "int",
            Obj::Type(TypeId::Str) if name == "maketrans" => "str",
            _ => return None,
        })
    }
}
