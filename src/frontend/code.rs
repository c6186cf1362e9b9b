//! pyxray's compiled form of a program: plain data, no links into the VM.
//!
//! The instruction set is CPython-flavoured (a value stack, jumps by instruction index)
//! but smaller than CPython 3.11's bytecode: it keeps only the operations whose effect on
//! the internals matters — a `BUILD_MAP n` that presizes a dict, a `MAP_ADD`, a
//! `DICT_UPDATE` — and merges the rest into coarser instructions. Exception handling uses
//! a block stack (`SetupExcept`/`PopBlock`) instead of 3.11's exception tables: both give
//! the same observable behaviour, and a block stack is easier to show.

use num_bigint::BigInt;

/// An index into [`Code::instrs`].
pub type Label = u32;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// A tuple of constants (used for keyword-name tuples and `BUILD_CONST_KEY_MAP` keys).
    Tuple(Vec<Const>),
    /// A frozenset folded from a constant set display (built from the items in order).
    FrozenSet(Vec<Const>),
    /// A nested code object (a function body).
    Code(usize),
    /// `...`, the Ellipsis singleton.
    Ellipsis,
}

impl Const {
    /// What two constants must share to be merged into one object across a module's code
    /// objects (mirrors `_PyCode_ConstantKey()` in Objects/codeobject.c): the type and the
    /// value, so `1`, `1.0` and `True` stay apart and `0.0` and `-0.0` too; a tuple by its
    /// items' keys in order; a frozenset by the set of its members' keys, in any order.
    /// None for the singletons and code, which are never merged this way.
    pub fn merge_key(&self) -> Option<String> {
        Some(match self {
            Const::None | Const::Bool(_) | Const::Ellipsis | Const::Code(_) => return None,
            Const::Int(_) | Const::Float(_) | Const::Str(_) | Const::Bytes(_) => {
                format!("{self:?}")
            }
            Const::Tuple(items) => {
                let keys: Vec<String> = items.iter().map(Const::item_key).collect();
                format!("T({})", keys.join(","))
            }
            Const::FrozenSet(items) => {
                let mut keys: Vec<String> = frozenset_members(items)
                    .into_iter()
                    .map(Const::item_key)
                    .collect();
                keys.sort();
                format!("F{{{}}}", keys.join(","))
            }
        })
    }

    /// `merge_key` of an item inside a tuple or frozenset, where the singletons count too.
    fn item_key(&self) -> String {
        self.merge_key().unwrap_or_else(|| format!("{self:?}"))
    }

    /// `==` between two constants, as Python compares them (`1 == 1.0 == True`).
    fn py_eq(&self, other: &Const) -> bool {
        use num_traits::FromPrimitive;
        let number = |c: &Const| -> Option<Result<BigInt, f64>> {
            match c {
                Const::Bool(b) => Some(Ok(BigInt::from(*b as u8))),
                Const::Int(i) => Some(Ok(i.clone())),
                Const::Float(f) => Some(Err(*f)),
                _ => None,
            }
        };
        match (self, other) {
            (Const::Tuple(a), Const::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y))
            }
            (Const::FrozenSet(a), Const::FrozenSet(b)) => {
                let (a, b) = (frozenset_members(a), frozenset_members(b));
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.py_eq(y)))
            }
            _ => match (number(self), number(other)) {
                (Some(Ok(a)), Some(Ok(b))) => a == b,
                (Some(Err(a)), Some(Err(b))) => a == b,
                // An int equals a float only when the float is integral and the same value.
                (Some(Ok(i)), Some(Err(f))) | (Some(Err(f)), Some(Ok(i))) => {
                    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f) == Some(i)
                }
                (None, None) => self == other,
                _ => false,
            },
        }
    }
}

/// A frozenset display's members: the first of each run of equal items (`{1, True}` holds
/// `1`), as `PyFrozenSet_New` keeps them.
fn frozenset_members(items: &[Const]) -> Vec<&Const> {
    let mut kept: Vec<&Const> = Vec::new();
    for c in items {
        if !kept.iter().any(|k| k.py_eq(c)) {
            kept.push(c);
        }
    }
    kept
}

/// Binary operators (`BINARY_OP`'s oparg in CPython 3.11).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator as Python spells it, for error messages (`unsupported operand type(s) for +`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Rich comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator as Python spells it (`'<' not supported between instances of …`).
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The reflected operator (`_Py_SwappedOp` in Objects/object.c).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// One instruction. Names are indices into [`Code::names`], constants into [`Code::consts`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    LoadConst(u32),
    /// Module scope: globals, then builtins (`LOAD_NAME`).
    LoadName(u32),
    /// Function scope, a name that is not local (`LOAD_GLOBAL`).
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    LoadAttr(u32),
    /// `LOAD_METHOD`: as `LoadAttr`, for an attribute about to be called; CPython makes no
    /// bound method object for it.
    LoadMethod(u32),
    StoreAttr(u32),
    Pop,
    Dup,
    /// Duplicates the top two items (`a b -- a b a b`).
    Dup2,
    /// Swaps the top two items.
    Rot2,
    /// `a b c -- c a b` (top moves down two).
    Rot3,
    Unary(UnOp),
    Binary(BinOp),
    /// Augmented assignment: tries the in-place form first (`list += …` extends in place).
    Inplace(BinOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true).
    Is(bool),
    /// `in` (false) / `not in` (true).
    Contains(bool),
    BuildTuple(u32),
    BuildList(u32),
    /// `BUILD_MAP n`: a dict presized for n items, then n key/value pairs inserted in order.
    BuildMap(u32),
    /// `BUILD_CONST_KEY_MAP n`: n values on the stack, keys in a tuple constant.
    BuildConstKeyMap(u32),
    /// A `set` display of n items.
    BuildSet(u32),
    /// `MAP_ADD d`: pops key and value, inserts into the dict d-1 below them.
    MapAdd(u32),
    /// `LIST_APPEND d`.
    ListAppend(u32),
    /// `LIST_EXTEND d`: for `[*a, *b]`.
    ListExtend(u32),
    /// `DICT_UPDATE d`: merges the popped mapping into the dict d-1 below (`{**a}`, big displays).
    DictUpdate(u32),
    /// `DICT_MERGE d`: like `DICT_UPDATE`, for a call's `**` arguments: a key already
    /// present is an error ("got multiple values for keyword argument").
    DictMerge(u32),
    /// `SET_ADD d`.
    SetAdd(u32),
    /// `SET_UPDATE d`: adds every item of the popped iterable to the set d-1 below.
    SetUpdate(u32),
    /// Concatenates n strings (f-strings).
    BuildString(u32),
    /// Formats TOS: conversion (0 none, b's', b'r', b'a') and whether a spec is on top.
    FormatValue(u8, bool),
    BuildSlice(u32),
    Subscr,
    StoreSubscr,
    DeleteSubscr,
    /// Calls with `argc` positional arguments, then keyword values whose names are in the
    /// tuple constant `kwnames` (`u32::MAX` for none).
    Call {
        argc: u32,
        kwnames: u32,
    },
    /// `CALL_FUNCTION_EX`: callable, a tuple of positionals and (flag) a dict of keywords.
    CallEx(bool),
    /// Makes a function from the code constant; flag bit 0: a defaults tuple is below it,
    /// bit 1: a kw-defaults dict is below it, bit 3: an annotations tuple (name, value,
    /// name, value, ...) above those, bit 2: a closure tuple of cells (on top).
    MakeFunction {
        code: u32,
        flags: u8,
    },
    Return,
    /// `SETUP_ANNOTATIONS`: a class body (or the module) with an annotated assignment
    /// gets an `__annotations__` dict if its namespace has none.
    SetupAnnotations,
    /// Pops TOS, which must be the `sys` module: the check before a folded use of
    /// `sys.version_info` (frontend/version_info.rs).
    ExpectSys,
    Jump(Label),
    /// Pops TOS; jumps if false.
    PopJumpIfFalse(Label),
    /// Pops TOS; jumps if true.
    PopJumpIfTrue(Label),
    /// Jumps (keeping TOS) if false, else pops.
    JumpIfFalseOrPop(Label),
    /// Jumps (keeping TOS) if true, else pops.
    JumpIfTrueOrPop(Label),
    GetIter,
    /// Pushes the next item, or pops the iterator and jumps when it is exhausted.
    ForIter(Label),
    UnpackSequence(u32),
    /// `a, *b, c = …`: before and after counts.
    UnpackEx(u16, u16),
    /// `raise` (0), `raise X` (1), `raise X from Y` (2).
    Raise(u8),
    /// Pushes an exception-handler block: on an exception the stack is cut back to its
    /// depth, the exception pushed, and control jumps to the handler.
    SetupExcept(Label),
    PopBlock,
    /// Checks whether the exception below TOS matches the class (or tuple) on top; pops the
    /// class and pushes a bool.
    CheckExcMatch,
    /// Enters a handler: TOS (the exception) becomes the one being handled.
    PushExcInfo,
    /// Leaves a handler: restores the exception being handled before it.
    PopExcept,
    /// Re-raises TOS.
    Reraise,
    /// `import name`: pushes the simulated module.
    ImportName(u32),
    /// Store or delete a name in the class body's namespace.
    StoreName(u32),
    DeleteName(u32),
    DeleteAttr(u32),
    /// Pops `nbases` bases, runs the class body (code constant `code`) in a fresh
    /// namespace, then creates the class (`__build_class__` + `type.__new__`) and pushes it.
    BuildClass {
        code: u32,
        nbases: u32,
        /// A closure tuple for the body's free variables is on top of the bases.
        closure: bool,
        /// The class keywords' names (a tuple constant, `u32::MAX` for none); their
        /// values are between the bases and the closure.
        kwnames: u32,
    },
    /// Reads an attribute of the module on TOS (`from m import x`), keeping the module.
    ImportFrom(u32),
    /// Marks the start of a source line's code (the trace's line granularity).
    Line(u32),
    /// `LOAD_DEREF i`: the contents of cell i (cellvars first, then freevars).
    LoadDeref(u32),
    /// `STORE_DEREF i`.
    StoreDeref(u32),
    /// `DELETE_DEREF i`.
    DeleteDeref(u32),
    /// `LOAD_CLOSURE i`: the cell object itself, for a closure tuple.
    LoadClosure(u32),
    /// `LOAD_CLASSDEREF i`: a class body reading a free name: the namespace first, then
    /// the cell.
    LoadClassDeref(u32),
    /// `YIELD_VALUE`: suspends the generator frame with TOS; on resume the sent value is
    /// pushed. The flag marks the yield inside a `yield from` loop (`_PyGen_yf`).
    Yield(bool),
    /// `SEND target`: TOS is the value to send, TOS1 the sub-iterator. On a yielded value
    /// it pushes it and goes on (to a `Yield`); on return it pops the sub-iterator, pushes
    /// the return value and jumps.
    Send(Label),
    /// `GET_YIELD_FROM_ITER`.
    GetYieldFromIter,
    /// `assert` failure helper: pushes `AssertionError`.
    LoadAssertionError,
    /// `BEFORE_WITH`: pops the context manager, pushes its bound `__exit__`, then calls
    /// `__enter__()` (whose result lands on the stack).
    BeforeWith,
    /// `WITH_EXCEPT_START`: TOS is the exception, TOS1 the bound `__exit__`: pushes
    /// `__exit__(type(exc), exc, tb)`.
    WithExceptStart,
}

/// Where an instruction came from in the source: the span of the AST node CPython's
/// compiler was visiting when it emitted it (`co_positions()`), 1-based lines and columns
/// counted in characters; `end_col` is one past the last character.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// What kind of code object this is, for tracebacks (`<module>` or the function name).
#[derive(Clone, Debug, PartialEq)]
pub enum CodeKind {
    Module,
    Function,
    Class,
}

/// A compiled code object (CPython's `PyCodeObject`).
#[derive(Clone, Debug)]
pub struct Code {
    pub name: String,
    /// `__qualname__` of the function or class it makes (`C.f`, `f.<locals>.g`).
    pub qualname: String,
    /// The code object whose body defines this one.
    pub parent: Option<usize>,
    pub kind: CodeKind,
    pub instrs: Vec<Instr>,
    pub locs: Vec<Loc>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// Local variable names: parameters first (positional, then keyword-only, then
    /// `*args`, then `**kwargs`), then the other locals, then compiler temporaries.
    pub varnames: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub first_line: u32,
    /// The docstring (`co_consts[0]` when the body starts with a string).
    pub doc: Option<String>,
    /// `co_cellvars`: locals that inner functions read, kept in cells (sorted).
    pub cellvars: Vec<String>,
    /// `co_freevars`: names from enclosing functions, reached through the closure (sorted).
    pub freevars: Vec<String>,
    /// Parameters that are also cells: (cell index, fast slot), copied at frame start as
    /// `MAKE_CELL` does.
    pub cell_params: Vec<(u32, u32)>,
    /// `CO_GENERATOR`: calling it makes a generator instead of running the body.
    pub is_generator: bool,
    /// Handler labels whose code cannot run for a `GeneratorExit` (handlers of `except`
    /// clauses that do not catch it, and the re-raising cleanups): closing a generator
    /// paused inside them shows nothing.
    pub quiet_handlers: Vec<Label>,
    /// Instructions with no line of their own (the implicit `return None` ending a
    /// function body, which 3.11 gives the line of whatever ran before it).
    pub lineless: Vec<Label>,
}

/// A compiled program: code objects, the module's at index 0.
#[derive(Clone, Debug)]
pub struct Program {
    pub codes: Vec<Code>,
    pub path: String,
    pub source: String,
    /// Code indices in the order their code objects were finished (inner functions before
    /// the code that defines them; the module last), as CPython's `makecode()` runs.
    pub finish_order: Vec<usize>,
    /// Every identifier in the source: the parser interns them all before compiling.
    pub identifiers: Vec<String>,
    /// The str constants whose first registration in CPython's module-wide constant cache
    /// came from an identifier, so the interned object itself.
    pub identifier_constants: std::collections::HashSet<String>,
}

impl Program {
    /// The text of a 1-based source line, without its indentation (for tracebacks).
    pub fn source_line(&self, line: u32) -> Option<&str> {
        self.raw_source_line(line).map(str::trim)
    }

    /// Source line `line` as written, indentation included (1-based).
    pub fn raw_source_line(&self, line: u32) -> Option<&str> {
        self.source.lines().nth((line as usize).checked_sub(1)?)
    }
}
