//! Compiles rustpython-parser's AST into pyxray's [`Code`].
//!
//! What it mirrors: the parts of CPython 3.11's `Python/compile.c` whose choices show up in
//! the internals — `compiler_dict` (which displays presize with `BUILD_MAP n` /
//! `BUILD_CONST_KEY_MAP n`, and which go through chunks of 17 with `MAP_ADD` and
//! `DICT_UPDATE`), comprehensions building with `BUILD_MAP 0` + `MAP_ADD`, and `finally`
//! bodies inlined on every exit path.
//!
//! What it leaves out (rejected with a `file:line:col` diagnostic): classes, closures
//! (a nested function reading an enclosing function's local), generators, `with`,
//! `async`, `match`, and imports of modules pyxray does not simulate. Comprehensions are
//! compiled inline with hidden loop variables instead of as nested functions (as CPython
//! 3.12 does); that changes nothing a 3.11 program can observe in this subset except the
//! `<listcomp>` line of a traceback.

use super::code::*;
use super::symtable::{self, ScopeInfo, Sym, SymbolTable, key_of, target_names};
use super::version_info::{self, Folded};
use super::{CompileError, CompileErrorKind, Located};
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use std::collections::{HashMap, HashSet};

/// CPython's `STACK_USE_GUIDELINE` (compile.c): displays above it are built in chunks.
const STACK_USE_GUIDELINE: usize = 30;

/// Modules a program may `import`; everything else is rejected at compile time.
pub const SIMULATED_MODULES: &[&str] = &[
    "atexit",
    "gc",
    "weakref",
    "sys",
    "functools",
    "itertools",
    "inspect",
    "math",
    "collections",
    "string",
    "heapq",
    "bisect",
    "random",
    "operator",
    "threading",
    "time",
    "queue",
    "typing",
    "copy",
];

const NO_KWNAMES: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function,
    Class,
}

/// An enclosing construct that `break`, `continue` and `return` must unwind through
/// (CPython's `fblockinfo`).
#[derive(Clone)]
enum FBlock {
    Loop {
        head: Label,
        exit: Vec<usize>,
        is_for: bool,
    },
    /// Inside `try:` with an `except` (a handler block is pushed).
    TryExcept,
    /// Inside `try:` of a `try/finally`: the body to run on the way out.
    Finally(Vec<Stmt>),
    /// Inside an `except` body (a cleanup block is pushed and the handled exception set).
    Handler { name: Option<String> },
    /// Inside a `with` body: the bound `__exit__` sits on the stack and a handler block is
    /// pushed; leaving calls `__exit__(None, None, None)`.
    With,
    /// Inside a finally body run by a `return`: its value waits on the stack, and a
    /// `break`/`continue` out of the body drops it (CPython's `POP_VALUE`).
    PopValue,
}

struct Scope {
    kind: ScopeKind,
    code: Code,
    /// Names that live in fast slots (function locals, and hidden comprehension variables).
    fast: HashMap<String, u32>,
    /// Locals without a slot yet: as compiler_nameop() does, a local's slot (its place in
    /// `co_varnames`, and so in `locals()`) comes with the first instruction that uses it.
    unslotted: HashSet<String>,
    globals_declared: HashSet<String>,
    fblocks: Vec<FBlock>,
    loc: Loc,
    /// The innermost enclosing class's name, for private-name mangling (`__x` -> `_C__x`).
    private: Option<String>,
    /// This scope's index in the program's code objects.
    index: usize,
    /// What the symbol table says about this scope's names.
    info: Option<ScopeInfo>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, first_line: u32) -> Self {
        Scope {
            kind,
            code: Code {
                name: name.to_string(),
                qualname: name.to_string(),
                parent: None,
                kind: match kind {
                    ScopeKind::Module => CodeKind::Module,
                    ScopeKind::Function => CodeKind::Function,
                    ScopeKind::Class => CodeKind::Class,
                },
                instrs: Vec::new(),
                locs: Vec::new(),
                consts: Vec::new(),
                names: Vec::new(),
                varnames: Vec::new(),
                argcount: 0,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                has_varargs: false,
                has_varkw: false,
                first_line,
                doc: None,
                cellvars: Vec::new(),
                freevars: Vec::new(),
                cell_params: Vec::new(),
                is_generator: false,
                quiet_handlers: Vec::new(),
                lineless: Vec::new(),
            },
            fast: HashMap::new(),
            unslotted: HashSet::new(),
            globals_declared: HashSet::new(),
            fblocks: Vec::new(),
            private: None,
            index: 0,
            info: None,
            loc: Loc {
                line: first_line,
                col: 1,
                end_line: first_line,
                end_col: 1,
            },
        }
    }
}

/// The compiler's state: finished code objects and the stack of scopes being compiled.
pub struct Compiler<'a> {
    src: &'a Located,
    codes: Vec<Option<Code>>,
    scopes: Vec<Scope>,
    finish_order: Vec<usize>,
    symtable: SymbolTable,
    /// `from __future__ import annotations` (`CO_FUTURE_ANNOTATIONS`): annotations are
    /// stored as their source text, never evaluated.
    future_annotations: bool,
    /// The first frozenset constant of each merge key, in compile order: CPython's
    /// `merge_consts_recursive()` keeps the first equal frozenset it is given, across the
    /// module's code objects, so every later equal display iterates in its order.
    first_frozensets: HashMap<String, Const>,
    /// Every str constant registered so far (`merge_consts_recursive()`'s cache is
    /// module-wide: the first object registered for a string is the one every equal
    /// constant of the module uses).
    registered_strs: HashSet<String>,
    /// The str constants first registered from an identifier (a keyword name, a class
    /// name, an imported name, an annotated name): that object is the one the parser
    /// interned, so `intern_string_constants()` never replaces it in a frozenset.
    identifier_strs: HashSet<String>,
}

/// What [`Compiler::compile_module`] makes: the code objects, the order they were
/// finished in, and the str constants first registered from identifiers.
pub type Compiled = (Vec<Code>, Vec<usize>, HashSet<String>);

type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    pub fn new(src: &'a Located) -> Self {
        Compiler {
            src,
            codes: vec![None],
            scopes: Vec::new(),
            finish_order: Vec::new(),
            symtable: SymbolTable::default(),
            future_annotations: false,
            first_frozensets: HashMap::new(),
            registered_strs: HashSet::new(),
            identifier_strs: HashSet::new(),
        }
    }

    /// Compiles a module body into a program whose code 0 is the module; also returns
    /// the order in which code objects were finished.
    /// `compiler_body()` of a module or class body: a leading string is the docstring,
    /// stored as `__doc__`. Returns the statements after it.
    fn store_docstring<'b>(&mut self, body: &'b [Stmt]) -> &'b [Stmt] {
        if let Some(Stmt::Expr(e)) = body.first()
            && let Expr::Constant(k) = e.value.as_ref()
            && let ast::Constant::Str(doc) = &k.value
        {
            self.set_loc(&body[0]);
            self.load_const(Const::Str(doc.clone()));
            let i = self.name_index("__doc__");
            self.emit(Instr::StoreName(i));
            return &body[1..];
        }
        body
    }

    pub fn compile_module(mut self, body: &[Stmt]) -> CResult<Compiled> {
        self.symtable = symtable::build(body).map_err(|e| {
            let (line, col) = self.src.line_col(e.offset as usize);
            CompileError {
                line,
                col,
                message: e.message,
                kind: CompileErrorKind::Syntax,
            }
        })?;
        let mut module = Scope::new(ScopeKind::Module, "<module>", 1);
        module.info = self.symtable.get((0, 0)).cloned();
        self.scopes.push(module);
        let body_after_doc = self.store_docstring(body);
        self.future_annotations = self.future_features(body_after_doc)?;
        for s in body_after_doc {
            self.stmt(s)?;
        }
        self.load_const(Const::None);
        self.emit(Instr::Return);
        let scope = self.scopes.pop().ok_or_else(|| self.internal())?;
        self.codes[0] = Some(scope.code);
        self.finish_order.push(0);
        let codes = self
            .codes
            .into_iter()
            .map(|c| c.ok_or_else(|| CompileError::internal("a code object was not finished")))
            .collect::<CResult<Vec<Code>>>()?;
        Ok((codes, self.finish_order, self.identifier_strs))
    }

    fn internal(&self) -> CompileError {
        CompileError::internal("compiler scope stack is empty")
    }

    /// A `yield` or `await` in an annotation (and, under `from __future__ import
    /// annotations`, a `:=`) is a SyntaxError in some places and turns the enclosing
    /// function into a generator in others: refused either way.
    fn check_annotation_expr(&self, e: &Expr) -> CResult {
        struct Finder {
            found: Option<&'static str>,
            walrus_too: bool,
        }
        impl rustpython_ast::Visitor for Finder {
            fn visit_expr_yield(&mut self, _: ast::ExprYield) {
                self.found = Some("'yield' inside an annotation");
            }
            fn visit_expr_yield_from(&mut self, _: ast::ExprYieldFrom) {
                self.found = Some("'yield' inside an annotation");
            }
            fn visit_expr_await(&mut self, _: ast::ExprAwait) {
                self.found = Some("'await' inside an annotation");
            }
            fn visit_expr_named_expr(&mut self, node: ast::ExprNamedExpr) {
                if self.walrus_too {
                    self.found = Some("':=' inside an annotation");
                }
                self.generic_visit_expr_named_expr(node);
            }
        }
        let mut finder = Finder {
            found: None,
            walrus_too: self.future_annotations,
        };
        rustpython_ast::Visitor::visit_expr(&mut finder, e.clone());
        match finder.found {
            Some(what) => Err(self.unsupported(e, what)),
            None => Ok(()),
        }
    }

    /// Mirrors `future_parse()` (Python/future.c): the `from __future__ import` statements
    /// at the top of the module (after the docstring). Every feature but `annotations`
    /// is mandatory in 3.11 and changes nothing; `barry_as_FLUFL` (`<>`) is refused, and
    /// so is a `__future__` import further down (a SyntaxError in CPython). True when
    /// `annotations` is among them.
    fn future_features(&self, body: &[Stmt]) -> CResult<bool> {
        let mut annotations = false;
        let mut at_top = true;
        for s in body {
            let Stmt::ImportFrom(i) = s else {
                at_top = false;
                continue;
            };
            if i.module.as_ref().map(|m| m.as_str()) != Some("__future__") {
                at_top = false;
                continue;
            }
            if !at_top {
                return Err(self.unsupported(s, "a __future__ import after other statements"));
            }
            for alias in &i.names {
                match alias.name.as_str() {
                    "annotations" => annotations = true,
                    "nested_scopes" | "generators" | "division" | "absolute_import"
                    | "with_statement" | "print_function" | "unicode_literals"
                    | "generator_stop" => {}
                    other => {
                        return Err(
                            self.unsupported(s, &format!("the __future__ feature '{other}'"))
                        );
                    }
                }
            }
        }
        Ok(annotations)
    }

    /// An annotation as the code that runs sees it: evaluated, or under
    /// `from __future__ import annotations` its text (`_PyAST_ExprAsUnicode`).
    fn annotation(&mut self, e: &Expr) -> CResult {
        if self.future_annotations {
            self.load_const(Const::Str(e.to_string()));
            return Ok(());
        }
        self.expr(e)
    }

    fn scope(&mut self) -> &mut Scope {
        // The scope stack is never empty while compiling: compile_module pushes first.
        let n = self.scopes.len();
        &mut self.scopes[n - 1]
    }

    fn unsupported<T: Ranged + ?Sized>(&self, node: &T, what: &str) -> CompileError {
        let (line, col) = self.src.line_col(node.start().to_usize());
        CompileError::unsupported(line, col, what)
    }

    fn set_loc<T: Ranged + ?Sized>(&mut self, node: &T) {
        let (line, col) = self.src.line_col(node.start().to_usize());
        let (end_line, end_col) = self.src.line_col(node.end().to_usize());
        self.scope().loc = Loc {
            line,
            col,
            end_line,
            end_col,
        };
    }

    /// Runs `f` with the location of `node`, then puts the location back: what
    /// `compiler_visit_expr()` does around every expression it compiles.
    fn at_node<T: Ranged + ?Sized, R>(
        &mut self,
        node: &T,
        f: impl FnOnce(&mut Self) -> CResult<R>,
    ) -> CResult<R> {
        let saved = self.scope().loc;
        self.set_loc(node);
        let r = f(self);
        self.scope().loc = saved;
        r
    }

    fn emit(&mut self, i: Instr) -> usize {
        let s = self.scope();
        s.code.instrs.push(i);
        s.code.locs.push(s.loc);
        s.code.instrs.len() - 1
    }

    fn here(&mut self) -> Label {
        self.scope().code.instrs.len() as Label
    }

    fn patch(&mut self, at: usize, target: Label) {
        let s = self.scope();
        if let Some(i) = s.code.instrs.get_mut(at) {
            *i = match *i {
                Instr::Jump(_) => Instr::Jump(target),
                Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
                Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
                Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
                Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
                Instr::ForIter(_) => Instr::ForIter(target),
                Instr::SetupExcept(_) => Instr::SetupExcept(target),
                Instr::Send(_) => Instr::Send(target),
                other => other,
            };
        }
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn const_index(&mut self, c: Const) -> u32 {
        self.register_strs(&c, false);
        self.const_slot(c)
    }

    /// [`Self::const_index`] of a constant made of identifiers (a call's keyword names,
    /// a class's `__qualname__`, an annotated name).
    fn identifier_const_index(&mut self, c: Const) -> u32 {
        self.register_strs(&c, true);
        self.const_slot(c)
    }

    /// Notes the strs of a constant CPython registers in its constant cache without
    /// pyxray emitting it (a class's name for `__build_class__`, an import's fromlist).
    fn register_identifiers<'n>(&mut self, names: impl IntoIterator<Item = &'n str>) {
        for n in names {
            self.register_strs(&Const::Str(n.to_string()), true);
        }
    }

    // mirrors the order merge_consts_recursive() in Python/compile.c registers items
    fn register_strs(&mut self, c: &Const, identifier: bool) {
        match c {
            Const::Str(s) if self.registered_strs.insert(s.clone()) && identifier => {
                self.identifier_strs.insert(s.clone());
            }
            Const::Tuple(items) | Const::FrozenSet(items) => {
                for i in items {
                    self.register_strs(i, identifier);
                }
            }
            _ => {}
        }
    }

    fn const_slot(&mut self, c: Const) -> u32 {
        // Only frozensets need their key here (the other constants merge by equality);
        // making it formats the constant.
        let c = match c {
            Const::FrozenSet(_) => match c.merge_key() {
                Some(key) => self.first_frozensets.entry(key).or_insert(c).clone(),
                None => c,
            },
            c => c,
        };
        let s = self.scope();
        if let Some(i) = s.code.consts.iter().position(|k| same_constant(k, &c)) {
            return i as u32;
        }
        s.code.consts.push(c);
        (s.code.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Instr::LoadConst(i));
    }

    fn load_identifier_const(&mut self, c: Const) {
        let i = self.identifier_const_index(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let s = self.scope();
        if let Some(i) = s.code.names.iter().position(|n| n == name) {
            return i as u32;
        }
        s.code.names.push(name.to_string());
        (s.code.names.len() - 1) as u32
    }

    /// Where a name lives in the current scope.
    fn resolve(&mut self, name: &str) -> NameLoc {
        let s = self.scope();
        let sym = s.info.as_ref().map(|i| i.lookup(name));
        let cell = s.info.as_ref().and_then(|i| i.cell_index(name));
        match (s.kind, sym) {
            (ScopeKind::Module, _) => NameLoc::Name,
            (ScopeKind::Class, Some(Sym::Free)) => match cell {
                Some(i) => NameLoc::ClassDeref(i),
                None => NameLoc::Name,
            },
            (ScopeKind::Class, Some(Sym::GlobalExplicit)) => NameLoc::Global,
            (ScopeKind::Class, _) => NameLoc::Name,
            (ScopeKind::Function, Some(Sym::Cell | Sym::Free)) => match cell {
                Some(i) => NameLoc::Deref(i),
                None => NameLoc::Global,
            },
            (ScopeKind::Function, _) => {
                if s.globals_declared.contains(name) {
                    NameLoc::Global
                } else if let Some(&i) = s.fast.get(name) {
                    NameLoc::Fast(i)
                } else if s.unslotted.remove(name) {
                    add_param(s, name);
                    NameLoc::Fast(s.code.varnames.len() as u32 - 1)
                } else {
                    NameLoc::Global
                }
            }
        }
    }

    fn load_name<T: Ranged + ?Sized>(&mut self, name: &str, node: &T) -> CResult {
        let name = &self.mangle(name);
        match self.resolve(name) {
            NameLoc::Fast(i) => {
                self.emit(Instr::LoadFast(i));
            }
            NameLoc::Name => {
                let i = self.name_index(name);
                self.emit(Instr::LoadName(i));
            }
            NameLoc::Global => {
                let i = self.name_index(name);
                self.emit(Instr::LoadGlobal(i));
            }
            NameLoc::Deref(i) => {
                self.emit(Instr::LoadDeref(i));
            }
            NameLoc::ClassDeref(i) => {
                // LOAD_CLASSDEREF looks in the namespace by name first.
                self.name_index(name);
                self.emit(Instr::LoadClassDeref(i));
            }
        }
        let _ = node;
        Ok(())
    }

    fn store_name(&mut self, name: &str) {
        let name = &self.mangle(name);
        match self.resolve(name) {
            NameLoc::Fast(i) => {
                self.emit(Instr::StoreFast(i));
            }
            NameLoc::Name if self.scope().kind == ScopeKind::Class => {
                let i = self.name_index(name);
                self.emit(Instr::StoreName(i));
            }
            NameLoc::Name | NameLoc::Global => {
                let i = self.name_index(name);
                self.emit(Instr::StoreGlobal(i));
            }
            NameLoc::Deref(i) | NameLoc::ClassDeref(i) => {
                self.emit(Instr::StoreDeref(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let name = &self.mangle(name);
        match self.resolve(name) {
            NameLoc::Fast(i) => {
                self.emit(Instr::DeleteFast(i));
            }
            NameLoc::Name if self.scope().kind == ScopeKind::Class => {
                let i = self.name_index(name);
                self.emit(Instr::DeleteName(i));
            }
            NameLoc::Name | NameLoc::Global => {
                let i = self.name_index(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            NameLoc::Deref(i) | NameLoc::ClassDeref(i) => {
                self.emit(Instr::DeleteDeref(i));
            }
        }
    }

    /// Mirrors `_Py_Mangle()` in Python/compile.c: inside a class, `__x` becomes `_C__x`
    /// (not dunder names, not names with a dot, not when the class name is all `_`).
    fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.scopes.last().and_then(|s| s.private.as_deref()), name)
    }

    /// The `__qualname__` of a function or class named `name` defined in the current scope
    /// (compiler_set_qualname(): `.<locals>` only under a function or lambda, not under a
    /// class or a comprehension).
    fn qualname_for(&self, name: &str) -> String {
        let comprehension = |s: &Scope| {
            matches!(
                s.code.name.as_str(),
                "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>"
            )
        };
        match self.scopes.last() {
            Some(s) if s.kind == ScopeKind::Class || comprehension(s) => {
                format!("{}.{name}", s.code.qualname)
            }
            Some(s) if s.kind == ScopeKind::Function => {
                format!("{}.<locals>.{name}", s.code.qualname)
            }
            _ => name.to_string(),
        }
    }

    /// The index of the code object being compiled (module = 0).
    fn current_code_index(&self) -> usize {
        self.scopes.last().map_or(0, |s| s.index)
    }

    fn line<T: Ranged + ?Sized>(&mut self, node: &T) {
        self.set_loc(node);
        let line = self.scope().loc.line;
        self.emit(Instr::Line(line));
    }

    // ----- statements -------------------------------------------------------------------

    fn block(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult {
        // `global` and `nonlocal` compile to nothing, so no line starts there.
        if !matches!(s, Stmt::Global(_) | Stmt::Nonlocal(_)) {
            self.line(s);
        }
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.block(&i.body)?;
                if i.orelse.is_empty() {
                    self.patch_here(jf);
                } else {
                    let j = self.emit(Instr::Jump(0));
                    self.patch_here(jf);
                    self.block(&i.orelse)?;
                    self.patch_here(j);
                }
            }
            Stmt::While(w) => {
                let head = self.here();
                self.line(w);
                self.expr(&w.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.scope().fblocks.push(FBlock::Loop {
                    head,
                    exit: Vec::new(),
                    is_for: false,
                });
                self.block(&w.body)?;
                self.emit_loop_back(head);
                let fb = self.scope().fblocks.pop();
                self.patch_here(jf);
                self.block(&w.orelse)?;
                self.patch_loop_exits(fb);
            }
            Stmt::For(f) => {
                self.iterable(&f.iter)?;
                self.emit(Instr::GetIter);
                let head = self.here();
                self.line(f);
                let fi = self.emit(Instr::ForIter(0));
                self.store_target(&f.target)?;
                self.scope().fblocks.push(FBlock::Loop {
                    head,
                    exit: Vec::new(),
                    is_for: true,
                });
                self.block(&f.body)?;
                self.emit_loop_back(head);
                let fb = self.scope().fblocks.pop();
                self.patch_here(fi);
                self.block(&f.orelse)?;
                self.patch_loop_exits(fb);
            }
            Stmt::Break(_) => self.break_continue(s, true)?,
            Stmt::Continue(_) => self.break_continue(s, false)?,
            Stmt::Return(r) => {
                if matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class) {
                    return Err(self.unsupported(s, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_all_for_return()?;
                self.emit(Instr::Return);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Global(g) => {
                if self.scope().kind == ScopeKind::Function {
                    for n in &g.names {
                        self.scope().globals_declared.insert(n.to_string());
                    }
                }
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                // compiler_jump_if() leaves a comparison's location set: the
                // AssertionError is raised there.
                if matches!(a.test.as_ref(), Expr::Compare(_)) {
                    self.set_loc(a.test.as_ref());
                }
                let jt = self.emit(Instr::PopJumpIfTrue(0));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call {
                        argc: 1,
                        kwnames: NO_KWNAMES,
                    });
                }
                self.emit(Instr::Raise(1));
                self.patch_here(jt);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if !SIMULATED_MODULES.contains(&name) {
                        return Err(self.unsupported(s, &format!("the module '{name}'")));
                    }
                    let ni = self.name_index(name);
                    self.emit(Instr::ImportName(ni));
                    let bind = alias.asname.as_ref().map(|a| a.as_str()).unwrap_or(name);
                    self.store_name(bind);
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                if !SIMULATED_MODULES.contains(&module) && module != "__future__" {
                    return Err(self.unsupported(s, &format!("the module '{module}'")));
                }
                // compiler_from_import() loads the fromlist, a tuple of the names.
                self.register_identifiers(i.names.iter().map(|a| a.name.as_str()));
                let mi = self.name_index(module);
                self.emit(Instr::ImportName(mi));
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        return Err(self.unsupported(s, "'from … import *'"));
                    }
                    let ai = self.name_index(alias.name.as_str());
                    self.emit(Instr::ImportFrom(ai));
                    let bind = alias
                        .asname
                        .as_ref()
                        .map(|a| a.as_str())
                        .unwrap_or(alias.name.as_str())
                        .to_string();
                    self.store_name(&bind);
                }
                self.emit(Instr::Pop);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body)?,
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => {
                return Err(self.unsupported(s, "async code"));
            }
            Stmt::Match(_) => return Err(self.unsupported(s, "'match' statements")),
            Stmt::TryStar(_) => return Err(self.unsupported(s, "'except*'")),
            Stmt::Nonlocal(_) => {}
            Stmt::TypeAlias(_) => return Err(self.unsupported(s, "'type' aliases")),
        }
        Ok(())
    }

    fn patch_loop_exits(&mut self, fb: Option<FBlock>) {
        if let Some(FBlock::Loop { exit, .. }) = fb {
            for e in exit {
                self.patch_here(e);
            }
        }
    }

    fn break_continue(&mut self, s: &Stmt, is_break: bool) -> CResult {
        let blocks = self.scope().fblocks.clone();
        let Some(loop_pos) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let what = if is_break { "'break'" } else { "'continue'" };
            return Err(self.unsupported(s, &format!("{what} outside loop")));
        };
        for idx in (loop_pos + 1..blocks.len()).rev() {
            self.unwind_fblock(idx, &blocks[idx], false)?;
        }
        if let FBlock::Loop { head, is_for, .. } = blocks[loop_pos] {
            if is_break {
                if is_for {
                    self.emit(Instr::Pop);
                }
                let j = self.emit(Instr::Jump(0));
                if let Some(FBlock::Loop { exit, .. }) = self.scope().fblocks.get_mut(loop_pos) {
                    exit.push(j);
                }
            } else {
                self.emit(Instr::Jump(head));
            }
        }
        Ok(())
    }

    fn unwind_all_for_return(&mut self) -> CResult {
        let blocks = self.scope().fblocks.clone();
        for idx in (0..blocks.len()).rev() {
            // Loops need no unwinding for a return: the frame and its stack go away.
            if !matches!(blocks[idx], FBlock::Loop { .. }) {
                self.unwind_fblock(idx, &blocks[idx], true)?;
            }
        }
        Ok(())
    }

    /// Emits what leaving one enclosing block needs (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, idx: usize, b: &FBlock, preserve_tos: bool) -> CResult {
        match b {
            FBlock::Loop { .. } => {}
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                // The finally body runs with the blocks outside it only, and over the
                // return value when a return runs it.
                let saved = self.scope().fblocks.split_off(idx);
                if preserve_tos {
                    self.scope().fblocks.push(FBlock::PopValue);
                }
                let r = self.block(body);
                if preserve_tos {
                    self.scope().fblocks.pop();
                }
                self.scope().fblocks.extend(saved);
                r?;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::With => {
                // compiler_unwind_fblock's WITH case: POP_BLOCK, then call __exit__ with
                // Nones (under a return value, if any).
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.call_exit_with_nones();
            }
            FBlock::Handler { name } => {
                if name.is_some() {
                    // The named handler's own cleanup block (compiler_unwind_fblock's
                    // HANDLER_CLEANUP with a name).
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                // Drop the handled exception, which sits under a return value if any.
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
        }
        Ok(())
    }

    /// `__exit__(None, None, None)` on the bound `__exit__` at TOS, result dropped
    /// (`compiler_call_exit_with_nones`).
    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Instr::Call {
            argc: 3,
            kwnames: u32::MAX,
        });
        self.emit(Instr::Pop);
    }

    /// `with a as x, b: body` as CPython 3.11's `compiler_with` emits it: one
    /// `BEFORE_WITH` + handler block per item, nested; the normal exit calls `__exit__`
    /// with Nones, the exceptional one `WITH_EXCEPT_START` and re-raises unless the
    /// result is true.
    fn with_stmt(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.block(body);
        };
        self.expr(&item.context_expr)?;
        self.set_loc(&item.context_expr);
        self.emit(Instr::BeforeWith);
        // The target is bound before the handler block is pushed, so the block's depth
        // is the one with only `__exit__` on the stack (CPython's SETUP_WITH pushes its
        // block under `__enter__`'s result instead; only an exception while binding the
        // target, which pyxray then does not pass to `__exit__`, tells them apart).
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.scope().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.block(body)?;
        } else {
            self.with_stmt(rest, body)?;
        }
        self.scope().fblocks.pop();
        self.emit(Instr::PopBlock);
        // The exit runs on the `with` line, as CPython 3.11 marks it.
        self.set_loc(&item.context_expr);
        self.call_exit_with_nones();
        let jend = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        self.emit_handler_entry();
        let cleanup = self.emit(Instr::SetupExcept(0));
        self.mark_lineless(cleanup);
        self.emit(Instr::WithExceptStart);
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.patch_here(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        let jend2 = self.emit(Instr::Jump(0));
        self.patch_here(cleanup);
        self.mark_quiet_handler();
        self.emit_handler_cleanup();
        self.patch_here(jend);
        self.patch_here(jend2);
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.scope()
            .fblocks
            .push(FBlock::Finally(finalbody.to_vec()));
        if handlers.is_empty() {
            self.block(body)?;
            self.block(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.scope().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.block(finalbody)?;
        let jend = self.emit(Instr::Jump(0));
        // The exceptional path: run the finally body while the exception is being handled,
        // then re-raise it.
        self.patch_here(setup);
        self.emit_handler_entry();
        let cleanup = self.emit(Instr::SetupExcept(0));
        self.mark_lineless(cleanup);
        self.scope().fblocks.push(FBlock::Handler { name: None });
        self.block(finalbody)?;
        self.scope().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.patch_here(cleanup);
        self.mark_quiet_handler();
        self.emit_handler_cleanup();
        self.patch_here(jend);
        Ok(())
    }

    /// The jump back to a loop's head. CPython's optimizer threads jumps that land on it
    /// (an `if` without `else` at the end of the body) straight to the head, so it never
    /// shows a line of its own.
    fn emit_loop_back(&mut self, head: Label) {
        let at = self.emit(Instr::Jump(head)) as u32;
        self.scope().code.lineless.push(at);
    }

    /// `PUSH_EXC_INFO` at a handler's start: it has no line of its own in 3.11, so the
    /// handler's first line event is the `except` clause's (or the finally body's).
    fn emit_handler_entry(&mut self) {
        let at = self.emit(Instr::PushExcInfo);
        self.mark_lineless(at);
    }

    fn mark_lineless(&mut self, at: usize) {
        self.scope().code.lineless.push(at as u32);
    }

    /// Notes that the handler starting here cannot run code for a `GeneratorExit`.
    fn mark_quiet_handler(&mut self) {
        let here = self.here();
        self.scope().code.quiet_handlers.push(here);
    }

    /// An exception escaping a handler: restore the previously handled exception, drop the
    /// one that was being handled, re-raise the new one.
    fn emit_handler_cleanup(&mut self) {
        self.emit(Instr::PopExcept);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.emit(Instr::Reraise);
    }

    fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
    ) -> CResult {
        let setup = self.emit(Instr::SetupExcept(0));
        self.scope().fblocks.push(FBlock::TryExcept);
        self.block(body)?;
        self.scope().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.block(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch_here(setup);
        if !handlers.iter().any(catches_generator_exit) {
            self.mark_quiet_handler();
        }
        self.emit_handler_entry();
        let cleanup = self.emit(Instr::SetupExcept(0));
        self.mark_lineless(cleanup);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h);
            let mut next = None;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                next = Some(self.emit(Instr::PopJumpIfFalse(0)));
            }
            // 3.11's STORE_NAME (or POP_TOP) takes the exception off the stack; only
            // `exc_info` and the name hold it while the handler runs. Its slot stays,
            // holding None, so the cleanup path and `break`/`return` unwinding find the
            // stack as they expect (CPython keeps the previous exception there).
            let name = h.name.as_ref().map(|n| n.to_string());
            if let Some(n) = &name {
                self.store_name(n);
            } else {
                self.emit(Instr::Pop);
            }
            self.load_const(Const::None);
            // A named handler's body has a cleanup of its own: an exception leaving the
            // body first unbinds the name (`name = None; del name`), as 3.11 compiles it.
            let named_cleanup = name.as_ref().map(|_| {
                let at = self.emit(Instr::SetupExcept(0));
                self.mark_lineless(at);
                at
            });
            self.scope()
                .fblocks
                .push(FBlock::Handler { name: name.clone() });
            self.block(&h.body)?;
            self.scope().fblocks.pop();
            let mut skip_named_cleanup = None;
            if let (Some(setup), Some(n)) = (named_cleanup, &name) {
                self.emit(Instr::PopBlock);
                skip_named_cleanup = Some(self.emit(Instr::Jump(0)));
                self.patch_here(setup);
                self.mark_quiet_handler();
                self.load_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Instr::Reraise);
            }
            if let Some(j) = skip_named_cleanup {
                self.patch_here(j);
            }
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            self.emit(Instr::Pop);
            if let Some(n) = &name {
                self.load_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            match next {
                Some(n) => self.patch_here(n),
                None => break,
            }
        }
        // No clause matched: re-raise with the handled-exception state restored.
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.patch_here(cleanup);
        self.mark_quiet_handler();
        self.emit_handler_cleanup();
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Mirrors compiler_augassign(): reading and writing the target happen at the
    /// target's location, the operation at the statement's.
    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult {
        let op = binop(&a.op);
        let target = a.target.as_ref();
        match target {
            Expr::Name(n) => {
                self.at_node(target, |c| c.load_name(n.id.as_str(), n))?;
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.at_node(target, |c| {
                    c.store_name(n.id.as_str());
                    Ok(())
                })?;
            }
            Expr::Subscript(s) => {
                self.at_node(target, |c| {
                    c.expr(&s.value)?;
                    c.subscript_index(&s.slice)?;
                    c.emit(Instr::Dup2);
                    c.emit(Instr::Subscr);
                    Ok(())
                })?;
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.at_node(target, |c| {
                    c.emit(Instr::Rot3);
                    c.emit(Instr::StoreSubscr);
                    Ok(())
                })?;
            }
            Expr::Attribute(at) => {
                let attr = self.mangle(at.attr.as_str());
                let i = self.name_index(&attr);
                self.at_node(target, |c| {
                    c.expr(&at.value)?;
                    c.emit(Instr::Dup);
                    c.emit(Instr::LoadAttr(i));
                    Ok(())
                })?;
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.at_node(target, |c| {
                    c.emit(Instr::Rot2);
                    c.emit(Instr::StoreAttr(i));
                    Ok(())
                })?;
            }
            other => return Err(self.unsupported(other, "this augmented assignment target")),
        }
        Ok(())
    }

    fn store_target(&mut self, t: &Expr) -> CResult {
        self.at_node(t, |c| c.store_target_here(t))
    }

    fn store_target_here(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(a.attr.as_str());
                let i = self.name_index(&attr);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(p) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(
                                self.unsupported(t, "multiple starred expressions in assignment")
                            );
                        }
                        self.emit(Instr::UnpackEx(p as u16, (elts.len() - p - 1) as u16));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.unsupported(s, "a starred assignment target outside a tuple"));
            }
            other => return Err(self.unsupported(other, "this assignment target")),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        self.at_node(t, |c| c.delete_target_here(t))
    }

    fn delete_target_here(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(a.attr.as_str());
                let i = self.name_index(&attr);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.unsupported(other, "this 'del' target")),
        }
        Ok(())
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        // Decorators are evaluated first, applied innermost (last written) first.
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let code_idx = self.function_code(
            f.name.as_str(),
            &f.args,
            FuncBody::Stmts(&f.body),
            // co_firstlineno is the first decorator's line.
            f.decorator_list.first().map_or(f.start(), |d| d.start()),
            key_of(f),
        )?;
        self.set_loc(f);
        self.make_function(&f.args, f.returns.as_deref(), code_idx)?;
        self.apply_decorators(&f.decorator_list)?;
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// compiler_apply_decorators(): each call at its decorator's location, innermost
    /// (last written) first.
    fn apply_decorators(&mut self, decorators: &[Expr]) -> CResult {
        for d in decorators.iter().rev() {
            self.at_node(d, |c| {
                c.emit(Instr::Call {
                    argc: 1,
                    kwnames: NO_KWNAMES,
                });
                Ok(())
            })?;
        }
        Ok(())
    }

    /// `class C(B1, B2): body` — mirrors `compiler_class()`: the body is a code object run
    /// in a fresh namespace; the VM then creates the class from it.
    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        if let Some(k) = c
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_none_or(|a| a.as_str() == "metaclass"))
        {
            let what = if k.arg.is_none() {
                "** in a class statement"
            } else {
                "metaclass="
            };
            return Err(self.unsupported(k, what));
        }
        if let Some(b) = c.bases.iter().find(|b| matches!(b, Expr::Starred(_))) {
            return Err(self.unsupported(b, "starred class bases"));
        }
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let start = c.decorator_list.first().map_or(c.start(), |d| d.start());
        let (first_line, _) = self.src.line_col(start.to_usize());
        let mut scope = Scope::new(ScopeKind::Class, c.name.as_str(), first_line);
        scope.info = self.symtable.get(key_of(c)).cloned();
        Self::apply_cells(&mut scope);
        scope.code.qualname = self.qualname_for(c.name.as_str());
        scope.code.parent = Some(self.current_code_index());
        scope.private = Some(c.name.to_string());
        let idx = self.codes.len();
        scope.index = idx;
        self.codes.push(None);
        self.scopes.push(scope);
        // compiler_class(): the body starts by storing __module__ and __qualname__, on the
        // class line.
        self.set_loc(c);
        self.load_const(Const::Str("__main__".into()));
        let i = self.name_index("__module__");
        self.emit(Instr::StoreName(i));
        // A top-level class's qualname is its name, the parser's identifier.
        let qualname = self.scope().code.qualname.clone();
        self.load_identifier_const(Const::Str(qualname));
        let i = self.name_index("__qualname__");
        self.emit(Instr::StoreName(i));
        // compiler_body(): SETUP_ANNOTATIONS before the docstring.
        if find_ann(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        for s in self.store_docstring(&c.body) {
            self.stmt(s)?;
        }
        self.load_const(Const::None);
        self.emit(Instr::Return);
        let scope = self.scopes.pop().ok_or_else(|| self.internal())?;
        self.codes[idx] = Some(scope.code);
        self.finish_order.push(idx);
        self.set_loc(c);
        for b in &c.bases {
            self.expr(b)?;
        }
        // __build_class__(func, name, *bases, **kwds): the keywords go to
        // __init_subclass__.
        let mut names = Vec::new();
        for k in &c.keywords {
            self.expr(&k.value)?;
            names.push(Const::Str(
                k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
            ));
        }
        // compiler_class() loads the class's name for __build_class__ after its body.
        self.register_identifiers([c.name.as_str()]);
        let kwnames = if names.is_empty() {
            NO_KWNAMES
        } else {
            self.identifier_const_index(Const::Tuple(names))
        };
        let closure = self.load_closure(idx)?;
        let ci = self.const_index(Const::Code(idx));
        self.emit(Instr::BuildClass {
            code: ci,
            nbases: c.bases.len() as u32,
            closure,
            kwnames,
        });
        self.apply_decorators(&c.decorator_list)?;
        self.store_name(c.name.as_str());
        Ok(())
    }

    /// Mirrors `compiler_annassign()`: the value is stored first; in a module or class
    /// body a simple name's annotation is then evaluated into `__annotations__[name]`.
    /// A function body evaluates no annotation; an attribute or subscript target without
    /// a value still evaluates its object (and subscript), and in a module or class body
    /// its annotation, each result discarded.
    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult {
        self.check_annotation_expr(&a.annotation)?;
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let evaluates = self.scope().kind != ScopeKind::Function;
        match a.target.as_ref() {
            Expr::Name(n) => {
                if a.simple && evaluates {
                    self.annotation(&a.annotation)?;
                    self.load_name("__annotations__", a)?;
                    let key = self.mangle(n.id.as_str());
                    self.load_identifier_const(Const::Str(key));
                    self.emit(Instr::StoreSubscr);
                }
                if a.simple {
                    return Ok(());
                }
            }
            Expr::Attribute(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.emit(Instr::Pop);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                // check_ann_subscr(): the object, then each part of the subscript.
                self.expr(&t.value)?;
                self.emit(Instr::Pop);
                self.ann_subscript_parts(&t.slice)?;
            }
            _ => {}
        }
        // check_annotation(): a complex target's annotation, evaluated and dropped (not
        // at all under `from __future__ import annotations`).
        if evaluates && !self.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Instr::Pop);
        }
        Ok(())
    }

    /// `check_ann_subscr()`: a slice's bounds, a tuple's items, or the index itself.
    fn ann_subscript_parts(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                    self.emit(Instr::Pop);
                }
            }
            Expr::Tuple(t) => {
                for item in &t.elts {
                    self.ann_subscript_parts(item)?;
                }
            }
            other => {
                self.expr(other)?;
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    /// Pushes defaults, keyword defaults and annotations, then makes the function object.
    fn make_function(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&Expr>,
        code_idx: usize,
    ) -> CResult {
        let mut flags = 0u8;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            // fold_tuple_on_constants() (the CFG optimizer): constant defaults are one
            // constant tuple, not a tuple built at each `def`.
            match defaults
                .iter()
                .map(|d| fold_const(d))
                .collect::<Option<Vec<_>>>()
            {
                Some(items) => self.load_const(Const::Tuple(items)),
                None => {
                    for d in &defaults {
                        self.expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                self.load_identifier_const(Const::Str(name.to_string()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        if self.function_annotations(args, returns)? {
            flags |= 8;
        }
        if self.load_closure(code_idx)? {
            flags |= 4;
        }
        let ci = self.const_index(Const::Code(code_idx));
        self.emit(Instr::MakeFunction { code: ci, flags });
        Ok(())
    }

    /// Mirrors `compiler_visit_annotations()`: pushes the (name, annotation) pairs a
    /// function keeps as one tuple, in 3.11's order — positional-or-keyword parameters
    /// before positional-only ones, then `*args`, keyword-only, `**kwargs` and `return`.
    /// False when there are none.
    fn function_annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&Expr>,
    ) -> CResult<bool> {
        let mut pairs: Vec<(String, &Expr)> = Vec::new();
        for a in args.args.iter().chain(&args.posonlyargs) {
            if let Some(an) = &a.def.annotation {
                pairs.push((self.mangle(a.def.arg.as_str()), an));
            }
        }
        if let Some(v) = &args.vararg
            && let Some(an) = &v.annotation
        {
            if let Expr::Starred(st) = an.as_ref() {
                return Err(self.unsupported(st, "a starred *args annotation"));
            }
            pairs.push((self.mangle(v.arg.as_str()), an));
        }
        for a in &args.kwonlyargs {
            if let Some(an) = &a.def.annotation {
                pairs.push((self.mangle(a.def.arg.as_str()), an));
            }
        }
        if let Some(k) = &args.kwarg
            && let Some(an) = &k.annotation
        {
            pairs.push((self.mangle(k.arg.as_str()), an));
        }
        if let Some(r) = returns {
            pairs.push(("return".to_string(), r));
        }
        if pairs.is_empty() {
            return Ok(false);
        }
        for (_, e) in &pairs {
            self.check_annotation_expr(e)?;
        }
        // fold_tuple_on_constants(): constant annotations make one constant tuple (as
        // every one is under `from __future__ import annotations`: its text).
        let future = self.future_annotations;
        match pairs
            .iter()
            .map(|(_, e)| {
                if future {
                    Some(Const::Str(e.to_string()))
                } else {
                    fold_const(e)
                }
            })
            .collect::<Option<Vec<_>>>()
        {
            Some(values) => {
                // compiler_visit_argannotation() loads each name, then its annotation;
                // the optimizer folds the tuple afterwards.
                for ((n, _), v) in pairs.iter().zip(&values) {
                    self.register_identifiers([n.as_str()]);
                    self.register_strs(v, false);
                }
                let items = pairs
                    .iter()
                    .zip(values)
                    .flat_map(|((n, _), v)| [Const::Str(n.clone()), v])
                    .collect();
                self.load_const(Const::Tuple(items));
            }
            None => {
                for (n, e) in &pairs {
                    self.load_identifier_const(Const::Str(n.clone()));
                    self.expr(e)?;
                }
                self.emit(Instr::BuildTuple(2 * pairs.len() as u32));
            }
        }
        Ok(true)
    }

    /// Gives each name the body binds a fast slot, except globals and the names the
    /// symbol table put in cells (cell and free variables live in `Frame::cells`).
    fn add_locals(&self, scope: &mut Scope, bound: Vec<String>, globals: &HashSet<String>) {
        for n in bound {
            let n = self.mangle(&n);
            let in_cell = scope
                .info
                .as_ref()
                .is_some_and(|i| matches!(i.lookup(&n), Sym::Cell | Sym::Free));
            if !globals.contains(&n) && !in_cell && !scope.fast.contains_key(&n) {
                scope.unslotted.insert(n);
            }
        }
    }

    /// Copies the symbol table's cells and frees into the code object being started.
    fn apply_cells(scope: &mut Scope) {
        let Some(info) = &scope.info else {
            return;
        };
        scope.code.cellvars = info.cellvars.clone();
        scope.code.freevars = info.freevars.clone();
        scope.code.is_generator = info.is_generator;
        scope.code.cell_params = info
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| scope.fast.get(n).map(|&fi| (ci as u32, fi)))
            .collect();
    }

    /// Pushes the closure tuple a nested code object needs (`LOAD_CLOSURE`s +
    /// `BUILD_TUPLE`), if it has free variables; says whether it did.
    fn load_closure(&mut self, code_idx: usize) -> CResult<bool> {
        let frees = match self.codes.get(code_idx) {
            Some(Some(c)) => c.freevars.clone(),
            _ => return Err(self.internal()),
        };
        if frees.is_empty() {
            return Ok(false);
        }
        for name in &frees {
            let cell = self
                .scope()
                .info
                .as_ref()
                .and_then(|i| i.cell_index(name))
                .ok_or_else(|| CompileError::internal("a free variable has no cell"))?;
            self.emit(Instr::LoadClosure(cell));
        }
        self.emit(Instr::BuildTuple(frees.len() as u32));
        Ok(true)
    }

    fn function_code(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        body: FuncBody,
        start: rustpython_parser::text_size::TextSize,
        key: symtable::ScopeKey,
    ) -> CResult<usize> {
        let (first_line, _) = self.src.line_col(start.to_usize());
        let mut scope = Scope::new(ScopeKind::Function, name, first_line);
        scope.info = self.symtable.get(key).cloned();
        scope.code.qualname = self.qualname_for(name);
        scope.code.parent = Some(self.current_code_index());
        scope.private = self.scopes.last().and_then(|s| s.private.clone());
        for a in &args.posonlyargs {
            add_param(&mut scope, &self.mangle(a.def.arg.as_str()));
        }
        for a in &args.args {
            add_param(&mut scope, &self.mangle(a.def.arg.as_str()));
        }
        for a in &args.kwonlyargs {
            add_param(&mut scope, &self.mangle(a.def.arg.as_str()));
        }
        if let Some(v) = &args.vararg {
            add_param(&mut scope, &self.mangle(v.arg.as_str()));
        }
        if let Some(k) = &args.kwarg {
            add_param(&mut scope, &self.mangle(k.arg.as_str()));
        }
        scope.code.posonlyargcount = args.posonlyargs.len() as u32;
        scope.code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        scope.code.kwonlyargcount = args.kwonlyargs.len() as u32;
        scope.code.has_varargs = args.vararg.is_some();
        scope.code.has_varkw = args.kwarg.is_some();
        // Locals: every name bound in the body and not declared global (symtable.c).
        let mut bound = Vec::new();
        let mut globals = HashSet::new();
        match &body {
            FuncBody::Stmts(stmts) => collect_bindings(stmts, &mut bound, &mut globals),
            FuncBody::Expr(_) => {}
        }
        self.add_locals(&mut scope, bound, &globals);
        scope.globals_declared = globals;
        Self::apply_cells(&mut scope);
        let idx = self.codes.len();
        scope.index = idx;
        self.codes.push(None);
        self.scopes.push(scope);
        match body {
            FuncBody::Stmts(stmts) => {
                let mut stmts = stmts;
                if let Some(Stmt::Expr(e)) = stmts.first()
                    && let Expr::Constant(k) = e.value.as_ref()
                    && let ast::Constant::Str(doc) = &k.value
                {
                    // The docstring is co_consts[0], not code.
                    self.scope().code.doc = Some(doc.clone());
                    stmts = &stmts[1..];
                }
                for s in stmts {
                    self.stmt(s)?;
                }
                let at = self.here();
                self.load_const(Const::None);
                self.emit(Instr::Return);
                self.scope().code.lineless.extend([at, at + 1]);
            }
            FuncBody::Expr(e) => {
                self.set_loc(e);
                self.expr(e)?;
                self.emit(Instr::Return);
            }
        }
        let scope = self.scopes.pop().ok_or_else(|| self.internal())?;
        self.codes[idx] = Some(scope.code);
        self.finish_order.push(idx);
        Ok(idx)
    }

    // ----- expressions ------------------------------------------------------------------

    fn subscript_index(&mut self, slice: &Expr) -> CResult {
        if let Expr::Slice(s) = slice {
            let mut n = 2;
            match &s.lower {
                Some(e) => self.expr(e)?,
                None => self.load_const(Const::None),
            }
            match &s.upper {
                Some(e) => self.expr(e)?,
                None => self.load_const(Const::None),
            }
            if let Some(st) = &s.step {
                self.expr(st)?;
                n = 3;
            }
            self.emit(Instr::BuildSlice(n));
            Ok(())
        } else {
            self.expr(slice)
        }
    }

    fn expr(&mut self, e: &Expr) -> CResult {
        self.at_node(e, |c| c.expr_here(e))
    }

    fn expr_here(&mut self, e: &Expr) -> CResult {
        // ast_opt.c folds constant arithmetic and tuples of constants before compiling:
        // `256 + 1` and `(1, 2)` are LOAD_CONSTs, merged with equal constants (identity).
        if matches!(
            e,
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_) | Expr::Subscript(_)
        ) && let Some(k) = fold_const(e)
        {
            self.load_const(k);
            return Ok(());
        }
        if matches!(
            e,
            Expr::Attribute(_) | Expr::Subscript(_) | Expr::Compare(_)
        ) && let Some((sys, folded)) = version_info::fold(e)
        {
            self.load_name(sys.id.as_str(), sys)?;
            self.set_loc(e);
            self.emit(Instr::ExpectSys);
            match folded {
                Folded::Value(k) => self.load_const(k),
                Folded::Tuple(items) if items.is_empty() => self.load_const(Const::Tuple(items)),
                // A slice is a new tuple each time, as `tupleslice()` makes it.
                Folded::Tuple(items) => {
                    let n = items.len() as u32;
                    for k in items {
                        self.load_const(k);
                    }
                    self.emit(Instr::BuildTuple(n));
                }
            }
            return Ok(());
        }
        match e {
            Expr::Constant(c) => {
                let k = self.constant(&c.value, e)?;
                self.load_const(k);
            }
            Expr::Name(n) => self.load_name(n.id.as_str(), n)?,
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_loc(e);
                self.emit(Instr::Binary(binop(&b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                }));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let j = self.emit(Instr::Jump(0));
                self.patch_here(jf);
                self.expr(&i.orelse)?;
                self.patch_here(j);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(e);
                let attr = self.mangle(a.attr.as_str());
                let i = self.name_index(&attr);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_loc(e);
                self.emit(Instr::Subscr);
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    self.list_display(&t.elts)?;
                    let i = self.name_index("tuple");
                    self.emit(Instr::LoadGlobal(i));
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Call {
                        argc: 1,
                        kwnames: NO_KWNAMES,
                    });
                } else {
                    for x in &t.elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::List(l) => self.list_display(&l.elts)?,
            Expr::Set(s) => {
                if let Some(st) = s.elts.iter().find(|x| matches!(x, Expr::Starred(_))) {
                    return Err(self.unsupported(st, "starred items in a set display"));
                }
                // starunpack_helper(): more than two constant items become a frozenset
                // constant merged into an empty set, which sizes and orders the table
                // differently from adding the items one by one.
                if s.elts.len() > 2 {
                    let folded: Option<Vec<Const>> = s.elts.iter().map(fold_const).collect();
                    if let Some(items) = folded {
                        self.emit(Instr::BuildSet(0));
                        self.load_const(Const::FrozenSet(items));
                        self.emit(Instr::SetUpdate(1));
                        return Ok(());
                    }
                }
                for x in &s.elts {
                    self.expr(x)?;
                }
                self.emit(Instr::BuildSet(s.elts.len() as u32));
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::ListComp(l) => {
                self.comprehension(e, "<listcomp>", &l.generators, CompKind::List(&l.elt))?;
            }
            Expr::SetComp(l) => {
                self.comprehension(e, "<setcomp>", &l.generators, CompKind::Set(&l.elt))?;
            }
            Expr::DictComp(d) => {
                self.comprehension(
                    e,
                    "<dictcomp>",
                    &d.generators,
                    CompKind::Dict(&d.key, &d.value),
                )?;
            }
            Expr::GeneratorExp(g) => {
                self.comprehension(e, "<genexpr>", &g.generators, CompKind::Gen(&g.elt))?;
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.set_loc(e);
                self.emit(Instr::Yield(false));
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(e)?;
                self.expr(&y.value)?;
                self.set_loc(e);
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                let head = self.here();
                let send = self.emit(Instr::Send(0));
                self.emit(Instr::Yield(true));
                self.emit(Instr::Jump(head));
                self.patch_here(send);
            }
            Expr::JoinedStr(j) => {
                let n = self.joined_str(j)?;
                if n != 1 {
                    self.emit(Instr::BuildString(n));
                }
            }
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::Lambda(l) => {
                let idx = self.function_code(
                    "<lambda>",
                    &l.args,
                    FuncBody::Expr(&l.body),
                    l.start(),
                    key_of(l),
                )?;
                self.set_loc(e);
                self.make_function(&l.args, None, idx)?;
            }
            Expr::Slice(_) => {
                self.subscript_index(e)?;
            }
            Expr::Starred(s) => return Err(self.unsupported(s, "a starred expression here")),
            Expr::NamedExpr(n) => {
                // Inside a comprehension the symbol table has made the target the
                // enclosing scope's (symtable_extend_namedexpr_scope()): the store below
                // follows it.
                let Expr::Name(target) = n.target.as_ref() else {
                    return Err(self.unsupported(e, "this assignment expression target"));
                };
                // compiler_visit_expr1(): the value, COPY 1, then the store.
                self.expr(&n.value)?;
                self.set_loc(e);
                self.emit(Instr::Dup);
                self.store_name(target.id.as_str());
            }
            Expr::Await(_) => return Err(self.unsupported(e, "async code")),
        }
        Ok(())
    }

    /// A list display, as `starunpack_helper()` compiles it. The instructions decide
    /// how big the list's item array is (`sys.getsizeof()` shows it): more than two
    /// constants are a tuple constant extended into an empty list (rounded up to an
    /// even size); items before the first `*` are built at once (`BUILD_LIST i`, exact);
    /// a display of more than 15 items is built empty and appended to, item by item.
    fn list_display(&mut self, elts: &[Expr]) -> CResult {
        let n = elts.len();
        if n > 2
            && let Some(items) = elts.iter().map(fold_const).collect::<Option<Vec<_>>>()
        {
            self.emit(Instr::BuildList(0));
            self.load_const(Const::Tuple(items));
            self.emit(Instr::ListExtend(1));
            return Ok(());
        }
        let big = n * 2 > STACK_USE_GUIDELINE;
        let starred = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        if !starred && !big {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(Instr::BuildList(n as u32));
            return Ok(());
        }
        let mut built = big;
        if big {
            self.emit(Instr::BuildList(0));
        }
        for (i, x) in elts.iter().enumerate() {
            match x {
                Expr::Starred(s) => {
                    if !built {
                        self.emit(Instr::BuildList(i as u32));
                        built = true;
                    }
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(x)?;
                    if built {
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant, at: &Expr) -> CResult<Const> {
        Ok(match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Int(i) => Const::Int(i.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Tuple(t) => Const::Tuple(
                t.iter()
                    .map(|x| self.constant(x, at))
                    .collect::<CResult<Vec<_>>>()?,
            ),
            Constant::Complex { .. } => return Err(self.unsupported(at, "complex numbers")),
            Constant::Ellipsis => Const::Ellipsis,
        })
    }

    /// An expression CPython's AST optimizer may rewrite because it is only iterated (a
    /// `for` loop's or comprehension's iterable, the right side of `in`): a list display
    /// becomes a tuple (a constant when all its items are), a set display of constants a
    /// frozenset constant. Iterating `{3, 20, 5, 7, 9}` then walks the 32-slot table
    /// `PyFrozenSet_New` builds, not the 16-slot one a set display merges into.
    // mirrors fold_iter() in Python/ast_opt.c
    fn iterable(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::List(l) if !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                match l.elts.iter().map(fold_const).collect::<Option<Vec<_>>>() {
                    Some(items) => self.load_const(Const::Tuple(items)),
                    None => {
                        for x in &l.elts {
                            self.expr(x)?;
                        }
                        self.set_loc(e);
                        self.emit(Instr::BuildTuple(l.elts.len() as u32));
                    }
                }
                Ok(())
            }
            Expr::Set(st) => match st.elts.iter().map(fold_const).collect::<Option<Vec<_>>>() {
                Some(items) => {
                    self.load_const(Const::FrozenSet(items));
                    Ok(())
                }
                None => self.expr(e),
            },
            _ => self.expr(e),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            // fold_compare(): only the last operand, and only for `in` / `not in`.
            if i + 1 == n && matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                self.iterable(right)?;
            } else {
                self.expr(right)?;
            }
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
            }
            self.emit(match op {
                ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
                ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
                ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
                ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
                ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
                ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
                ast::CmpOp::Is => Instr::Is(false),
                ast::CmpOp::IsNot => Instr::Is(true),
                ast::CmpOp::In => Instr::Contains(false),
                ast::CmpOp::NotIn => Instr::Contains(true),
            });
            if i + 1 < n {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let j = self.emit(Instr::Jump(0));
            for c in cleanups {
                self.patch_here(c);
            }
            // The false result is on top of the leftover operand.
            self.emit(Instr::Rot2);
            self.emit(Instr::Pop);
            self.patch_here(j);
        }
        Ok(())
    }

    /// `compiler_subkwargs()`: a dict of named keyword arguments, `BUILD_CONST_KEY_MAP`
    /// for several (unless big), else `BUILD_MAP`.
    fn subkwargs(&mut self, kws: &[ast::Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let name = |k: &ast::Keyword| k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default();
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let keys = kws.iter().map(|k| Const::Str(name(k))).collect();
            self.load_identifier_const(Const::Tuple(keys));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for k in kws {
            self.load_identifier_const(Const::Str(name(k)));
            self.expr(&k.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult {
        let starred = c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            // maybe_optimize_method_call(): LOAD_METHOD when no */** arguments.
            Expr::Attribute(a) if !starred => {
                self.expr(&a.value)?;
                self.set_loc(&*c.func);
                let attr = self.mangle(a.attr.as_str());
                let i = self.name_index(&attr);
                self.emit(Instr::LoadMethod(i));
            }
            _ => self.expr(&c.func)?,
        }
        if starred {
            // compiler_call_helper(): a lone `*x` is passed as it is; CALL_FUNCTION_EX
            // makes the tuple (and names a non-iterable x).
            match c.args.as_slice() {
                [Expr::Starred(s)] => self.expr(&s.value)?,
                _ => self.list_display(&c.args)?,
            }
            let has_kw = !c.keywords.is_empty();
            if has_kw {
                // compiler_call_helper(): runs of named keywords become one dict each
                // (compiler_subkwargs), merged with DICT_MERGE like each ** argument.
                let mut have_dict = false;
                let mut nseen = 0;
                for (i, k) in c.keywords.iter().enumerate() {
                    if k.arg.is_some() {
                        nseen += 1;
                        continue;
                    }
                    if nseen > 0 {
                        self.subkwargs(&c.keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
                if nseen > 0 {
                    let n = c.keywords.len();
                    self.subkwargs(&c.keywords[n - nseen..])?;
                    if have_dict {
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            self.set_loc(c);
            self.emit(Instr::CallEx(has_kw));
            return Ok(());
        }
        for a in &c.args {
            self.expr(a)?;
        }
        let mut names = Vec::new();
        for k in &c.keywords {
            if let Some(n) = &k.arg {
                names.push(Const::Str(n.to_string()));
            }
            self.expr(&k.value)?;
        }
        let kwnames = if names.is_empty() {
            NO_KWNAMES
        } else {
            self.identifier_const_index(Const::Tuple(names))
        };
        self.set_loc(c);
        self.emit(Instr::Call {
            argc: c.args.len() as u32,
            kwnames,
        });
        Ok(())
    }

    /// Mirrors `compiler_dict` and `compiler_subdict` in Python/compile.c (3.11).
    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult {
        let n = d.values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            let is_unpacking = d.keys.get(i).is_none_or(|k| k.is_none());
            if is_unpacking {
                if elements > 0 {
                    self.subdict(d, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&d.values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(d, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(d, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn subdict(&mut self, d: &ast::ExprDict, begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let keys: Vec<&Expr> = (begin..end)
            .filter_map(|i| d.keys.get(i).and_then(|k| k.as_ref()))
            .collect();
        let all_const = keys.iter().all(|k| matches!(k, Expr::Constant(_)));
        if n > 1 && !big && all_const {
            for i in begin..end {
                self.expr(&d.values[i])?;
            }
            let mut consts = Vec::new();
            for k in &keys {
                if let Expr::Constant(c) = k {
                    consts.push(self.constant(&c.value, k)?);
                }
            }
            self.load_const(Const::Tuple(consts));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for (i, k) in (begin..end).zip(keys.iter()) {
            self.expr(k)?;
            self.expr(&d.values[i])?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    /// A comprehension or generator expression, as 3.11 compiles it
    /// (`compiler_comprehension()`): its own function (`<listcomp>`, `<genexpr>` …) with the
    /// first iterable's iterator passed in as `.0`, called at once — or, for a generator
    /// expression, returning the generator.
    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        gens: &[ast::Comprehension],
        kind: CompKind,
    ) -> CResult {
        if let Some(g) = gens.iter().find(|g| g.is_async) {
            return Err(self.unsupported(&g.iter, "async comprehensions"));
        }
        let Some(first) = gens.first() else {
            return Err(self.internal());
        };
        let (first_line, _) = self.src.line_col(node.start().to_usize());
        let mut scope = Scope::new(ScopeKind::Function, name, first_line);
        scope.info = self.symtable.get(key_of(node)).cloned();
        scope.code.qualname = self.qualname_for(name);
        scope.code.parent = Some(self.current_code_index());
        scope.private = self.scopes.last().and_then(|s| s.private.clone());
        scope.loc = self.scope().loc;
        add_param(&mut scope, ".0");
        scope.code.argcount = 1;
        let mut bound = Vec::new();
        for g in gens {
            target_names(&g.target, &mut bound);
        }
        self.add_locals(&mut scope, bound, &HashSet::new());
        Self::apply_cells(&mut scope);
        let idx = self.codes.len();
        scope.index = idx;
        self.codes.push(None);
        self.scopes.push(scope);
        let r = self.comprehension_body(gens, &kind);
        let scope = self.scopes.pop().ok_or_else(|| self.internal())?;
        r?;
        self.codes[idx] = Some(scope.code);
        self.finish_order.push(idx);
        self.set_loc(node);
        let mut flags = 0;
        if self.load_closure(idx)? {
            flags |= 4;
        }
        let ci = self.const_index(Const::Code(idx));
        self.emit(Instr::MakeFunction { code: ci, flags });
        // The first iterable is evaluated here, in the enclosing scope.
        self.iterable(&first.iter)?;
        self.set_loc(node);
        self.emit(Instr::GetIter);
        self.emit(Instr::Call {
            argc: 1,
            kwnames: NO_KWNAMES,
        });
        Ok(())
    }

    fn comprehension_body(&mut self, gens: &[ast::Comprehension], kind: &CompKind) -> CResult {
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => 0,
        };
        let mut exits = Vec::new();
        let mut heads = Vec::new();
        for (gi, g) in gens.iter().enumerate() {
            if gi == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.iterable(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            let head = self.here();
            heads.push(head);
            exits.push(self.emit(Instr::ForIter(0)));
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Instr::PopJumpIfFalse(head));
            }
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(elt) => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set(elt) => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth));
            }
            CompKind::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Instr::Yield(false));
                self.emit(Instr::Pop);
            }
        }
        for (head, exit) in heads.into_iter().zip(exits).rev() {
            self.emit(Instr::Jump(head));
            self.patch_here(exit);
        }
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Const::None);
        }
        self.emit(Instr::Return);
        Ok(())
    }

    /// `yield` outside a function is a SyntaxError in CPython.
    fn check_yield_allowed(&self, e: &Expr) -> CResult {
        match self.scopes.last().map(|s| s.kind) {
            Some(ScopeKind::Function) => Ok(()),
            _ => {
                let (line, col) = self.src.line_col(e.start().to_usize());
                Err(CompileError {
                    line,
                    col,
                    message: "'yield' outside function".into(),
                    kind: CompileErrorKind::Syntax,
                })
            }
        }
    }

    fn joined_str(&mut self, j: &ast::ExprJoinedStr) -> CResult<u32> {
        let mut n = 0;
        for v in &j.values {
            match v {
                Expr::Constant(c) => {
                    if let Constant::Str(s) = &c.value {
                        if s.is_empty() {
                            continue;
                        }
                        self.load_const(Const::Str(s.clone()));
                    } else {
                        self.expr(v)?;
                    }
                }
                Expr::FormattedValue(f) => self.formatted_value(f)?,
                Expr::JoinedStr(inner) => {
                    let k = self.joined_str(inner)?;
                    if k != 1 {
                        self.emit(Instr::BuildString(k));
                    }
                }
                other => self.expr(other)?,
            }
            n += 1;
        }
        if n == 0 {
            self.load_const(Const::Str(String::new()));
            n = 1;
        }
        Ok(n)
    }

    fn formatted_value(&mut self, f: &ast::ExprFormattedValue) -> CResult {
        self.expr(&f.value)?;
        let conv = match f.conversion {
            ast::ConversionFlag::None => 0u8,
            ast::ConversionFlag::Str => b's',
            ast::ConversionFlag::Repr => b'r',
            ast::ConversionFlag::Ascii => b'a',
        };
        let has_spec = match &f.format_spec {
            Some(spec) => {
                match spec.as_ref() {
                    Expr::JoinedStr(j) => {
                        let k = self.joined_str(j)?;
                        if k != 1 {
                            self.emit(Instr::BuildString(k));
                        }
                    }
                    other => self.expr(other)?,
                }
                true
            }
            None => false,
        };
        self.emit(Instr::FormatValue(conv, has_spec));
        Ok(())
    }
}

enum NameLoc {
    Fast(u32),
    Name,
    Global,
    /// A cell (`LOAD_DEREF`): a cellvar or freevar index.
    Deref(u32),
    /// A class body's free name (`LOAD_CLASSDEREF`).
    ClassDeref(u32),
}

enum FuncBody<'b> {
    Stmts(&'b [Stmt]),
    Expr(&'b Expr),
}

enum CompKind<'b> {
    List(&'b Expr),
    Set(&'b Expr),
    Dict(&'b Expr, &'b Expr),
    Gen(&'b Expr),
}

/// The constant an expression folds to under CPython's AST optimizer (`ast_opt.c`):
/// literals, tuples of constants, unary minus/plus/invert on numbers, and small arithmetic
/// on numbers and strings. `None` when CPython would not fold it.
pub fn fold_const(e: &Expr) -> Option<Const> {
    match e {
        Expr::Constant(c) => match &c.value {
            Constant::None => Some(Const::None),
            Constant::Bool(b) => Some(Const::Bool(*b)),
            Constant::Str(s) => Some(Const::Str(s.clone())),
            Constant::Bytes(b) => Some(Const::Bytes(b.clone())),
            Constant::Int(i) => Some(Const::Int(i.clone())),
            Constant::Float(f) => Some(Const::Float(*f)),
            Constant::Ellipsis => Some(Const::Ellipsis),
            Constant::Tuple(_) | Constant::Complex { .. } => None,
        },
        // fold_tuple(): a tuple display of constants is one constant (no size limit).
        Expr::Tuple(t) => t
            .elts
            .iter()
            .map(fold_const)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        Expr::UnaryOp(u) => fold_unaryop(u.op, fold_const(&u.operand)?),
        Expr::BinOp(b) => fold_binop(b.op, fold_const(&b.left)?, fold_const(&b.right)?),
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
            fold_subscr(fold_const(&s.value)?, fold_const(&s.slice)?)
        }
        _ => None,
    }
}

/// mirrors fold_subscr() in Python/ast_opt.c: a constant indexed by a constant (never a
/// slice) is the item, unless getting it would raise.
fn fold_subscr(value: Const, index: Const) -> Option<Const> {
    use num_traits::ToPrimitive;
    let i = match index {
        Const::Int(i) => i.to_i64()?,
        Const::Bool(b) => b as i64,
        _ => return None,
    };
    let at = |len: usize| -> Option<usize> {
        let i = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&i).then_some(i as usize)
    };
    match value {
        Const::Str(s) => {
            let n = s.chars().count();
            s.chars().nth(at(n)?).map(|c| Const::Str(c.to_string()))
        }
        Const::Bytes(b) => Some(Const::Int(BigInt::from(b[at(b.len())?]))),
        Const::Tuple(t) => {
            let k = at(t.len())?;
            t.into_iter().nth(k)
        }
        _ => None,
    }
}

// The limits of ast_opt.c (3.11): results bigger than these are left to run time.
const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: usize = 256; // items
const MAX_STR_SIZE: usize = 4096; // characters or bytes
const MAX_TOTAL_ITEMS: usize = 1024; // including nested collections

/// A constant as a number, the way `PyNumber_*` sees it (bool is an int).
enum FoldNum {
    Int(BigInt),
    Float(f64),
}

fn fold_num(c: &Const) -> Option<FoldNum> {
    match c {
        Const::Bool(b) => Some(FoldNum::Int(BigInt::from(*b as u8))),
        Const::Int(i) => Some(FoldNum::Int(i.clone())),
        Const::Float(f) => Some(FoldNum::Float(*f)),
        _ => None,
    }
}

fn const_truth(c: &Const) -> Option<bool> {
    use num_traits::Zero;
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => !i.is_zero(),
        Const::Float(f) => *f != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Code(_) => return None,
        Const::Ellipsis => true,
    })
}

/// mirrors fold_unaryop() in Python/ast_opt.c: `~`, `not`, `+`, `-` on a constant, or no
/// fold where the operation would raise.
fn fold_unaryop(op: ast::UnaryOp, v: Const) -> Option<Const> {
    if op == ast::UnaryOp::Not {
        return const_truth(&v).map(|t| Const::Bool(!t));
    }
    match (op, fold_num(&v)?) {
        (ast::UnaryOp::USub, FoldNum::Int(i)) => Some(Const::Int(-i)),
        (ast::UnaryOp::USub, FoldNum::Float(f)) => Some(Const::Float(-f)),
        (ast::UnaryOp::UAdd, FoldNum::Int(i)) => Some(Const::Int(i)),
        (ast::UnaryOp::UAdd, FoldNum::Float(f)) => Some(Const::Float(f)),
        (ast::UnaryOp::Invert, FoldNum::Int(i)) => Some(Const::Int(-i - 1)),
        _ => None,
    }
}

/// Whether two constants are one object in CPython's `co_consts` (`_PyCode_ConstantKey`):
/// floats compare by bits, so 0.0 and -0.0 stay distinct, inside tuples too.
fn same_constant(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_constant(p, q))
        }
        _ => a == b,
    }
}

/// How many items a constant holds, nested collections included (check_complexity()).
fn total_items(c: &Const) -> usize {
    match c {
        Const::Tuple(t) | Const::FrozenSet(t) => t.len() + t.iter().map(total_items).sum::<usize>(),
        _ => 0,
    }
}

/// mirrors fold_binop() in Python/ast_opt.c with its safe_multiply(), safe_power(),
/// safe_lshift() and safe_mod(): the operation's value as a constant, or no fold where
/// CPython's would raise or the result would pass the size limits above.
fn fold_binop(op: ast::Operator, l: Const, r: Const) -> Option<Const> {
    use ast::Operator as O;
    use num_traits::{Signed, ToPrimitive, Zero};
    // Sequences: concatenation, and repetition by an int (either side).
    let count = |c: &Const| match c {
        Const::Int(i) => Some(i.clone()),
        Const::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    };
    let repeat = |seq: &Const, n: &BigInt| -> Option<Const> {
        let (size, limit) = match seq {
            Const::Str(s) => (s.chars().count(), MAX_STR_SIZE),
            Const::Bytes(b) => (b.len(), MAX_STR_SIZE),
            Const::Tuple(t) => (t.len(), MAX_COLLECTION_SIZE),
            _ => return None,
        };
        // PyLong_AsLong fails past a C long: no fold. A negative count repeats to empty,
        // but safe_multiply() refuses it when the sequence is not empty.
        let n = n.to_i64()?;
        if size > 0 && (n < 0 || n as usize > limit / size) {
            return None;
        }
        if matches!(seq, Const::Tuple(_))
            && n > 0
            && size > 0
            && total_items(seq) > MAX_TOTAL_ITEMS / n as usize
        {
            return None;
        }
        let n = n.max(0) as usize;
        Some(match seq {
            Const::Str(s) => Const::Str(s.repeat(n)),
            Const::Bytes(b) => Const::Bytes(b.repeat(n)),
            Const::Tuple(t) => Const::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()),
            _ => return None,
        })
    };
    match (op, &l, &r) {
        (O::Add, Const::Str(x), Const::Str(y)) => return Some(Const::Str(format!("{x}{y}"))),
        (O::Add, Const::Bytes(x), Const::Bytes(y)) => {
            return Some(Const::Bytes([x.as_slice(), y.as_slice()].concat()));
        }
        (O::Add, Const::Tuple(x), Const::Tuple(y)) => {
            return Some(Const::Tuple([x.as_slice(), y.as_slice()].concat()));
        }
        (O::Mult, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), _) => {
            return repeat(&l, &count(&r)?);
        }
        (O::Mult, _, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => {
            return repeat(&r, &count(&l)?);
        }
        // safe_mod(): `%` on str/bytes is formatting, never folded.
        _ => {}
    }
    // bool & | ^ bool stays a bool (bool_and() and friends).
    if let (Const::Bool(x), Const::Bool(y)) = (&l, &r) {
        match op {
            O::BitAnd => return Some(Const::Bool(x & y)),
            O::BitOr => return Some(Const::Bool(x | y)),
            O::BitXor => return Some(Const::Bool(x ^ y)),
            _ => {}
        }
    }
    let (x, y) = (fold_num(&l)?, fold_num(&r)?);
    if let (FoldNum::Int(x), FoldNum::Int(y)) = (&x, &y) {
        let r = match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => {
                if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_SIZE {
                    return None;
                }
                x * y
            }
            O::Div => {
                return crate::vm::numeric::int_true_div(x, y)
                    .ok()
                    .map(Const::Float);
            }
            O::FloorDiv if !y.is_zero() => num_integer::Integer::div_floor(x, y),
            O::Mod if !y.is_zero() => num_integer::Integer::mod_floor(x, y),
            O::Pow if y.is_negative() => {
                // long_pow() with a negative exponent is float_pow() of both.
                let xf = crate::vm::numeric::int_to_f64(x).ok()?;
                let yf = crate::vm::numeric::int_to_f64(y).ok()?;
                return crate::vm::numeric::float_pow(xf, yf).ok().map(Const::Float);
            }
            O::Pow => {
                let e = y.to_u32()?;
                if !x.is_zero() && e > 0 && x.bits() > MAX_INT_SIZE / e as u64 {
                    return None;
                }
                num_traits::pow::Pow::pow(x, e)
            }
            O::LShift => {
                if y.is_negative() {
                    return None;
                }
                if !x.is_zero() && !y.is_zero() {
                    let s = y.to_u64()?;
                    if s > MAX_INT_SIZE || x.bits() > MAX_INT_SIZE - s {
                        return None;
                    }
                }
                x << y.to_usize()?
            }
            O::RShift => {
                if y.is_negative() {
                    return None;
                }
                match y.to_usize() {
                    Some(s) => x >> s,
                    None if x.is_negative() => BigInt::from(-1),
                    None => BigInt::zero(),
                }
            }
            O::BitOr => x | y,
            O::BitXor => x ^ y,
            O::BitAnd => x & y,
            _ => return None,
        };
        return Some(Const::Int(r));
    }
    let as_f64 = |n: &FoldNum| match n {
        FoldNum::Int(i) => crate::vm::numeric::int_to_f64(i).ok(),
        FoldNum::Float(f) => Some(*f),
    };
    let (x, y) = (as_f64(&x)?, as_f64(&y)?);
    let r = match op {
        O::Add => x + y,
        O::Sub => x - y,
        O::Mult => x * y,
        O::Div if y != 0.0 => x / y,
        O::FloorDiv => crate::vm::numeric::float_floordiv(x, y).ok()?,
        O::Mod => crate::vm::numeric::float_mod(x, y).ok()?,
        O::Pow => crate::vm::numeric::float_pow(x, y).ok()?,
        _ => return None,
    };
    Some(Const::Float(r))
}

/// Whether an `except` clause could catch `GeneratorExit` (bare, or naming
/// `BaseException` or `GeneratorExit`, or an expression pyxray cannot judge).
fn catches_generator_exit(h: &ast::ExceptHandler) -> bool {
    let ast::ExceptHandler::ExceptHandler(h) = h;
    fn names_exit(e: &Expr) -> bool {
        match e {
            Expr::Name(n) => matches!(n.id.as_str(), "BaseException" | "GeneratorExit"),
            Expr::Tuple(t) => t.elts.iter().any(names_exit),
            _ => true,
        }
    }
    h.type_.as_deref().is_none_or(names_exit)
}

fn add_param(scope: &mut Scope, name: &str) {
    if !scope.fast.contains_key(name) {
        let i = scope.code.varnames.len() as u32;
        scope.code.varnames.push(name.to_string());
        scope.fast.insert(name.to_string(), i);
    }
}

fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// The names a function body binds (symtable.c's DEF_LOCAL), not looking into nested
/// functions' bodies or comprehensions (whose variables are their own).
fn collect_bindings(body: &[Stmt], out: &mut Vec<String>, globals: &mut HashSet<String>) {
    for s in body {
        match s {
            Stmt::Assign(a) => {
                for t in &a.targets {
                    target_names(t, out);
                }
            }
            Stmt::AnnAssign(a) => target_names(&a.target, out),
            Stmt::AugAssign(a) => target_names(&a.target, out),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    target_names(t, out);
                }
            }
            Stmt::For(f) => {
                target_names(&f.target, out);
                collect_bindings(&f.body, out, globals);
                collect_bindings(&f.orelse, out, globals);
            }
            Stmt::While(w) => {
                collect_bindings(&w.body, out, globals);
                collect_bindings(&w.orelse, out, globals);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        target_names(v, out);
                    }
                }
                collect_bindings(&w.body, out, globals);
            }
            Stmt::If(i) => {
                collect_bindings(&i.body, out, globals);
                collect_bindings(&i.orelse, out, globals);
            }
            Stmt::Try(t) => {
                collect_bindings(&t.body, out, globals);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.push(n.to_string());
                    }
                    collect_bindings(&h.body, out, globals);
                }
                collect_bindings(&t.orelse, out, globals);
                collect_bindings(&t.finalbody, out, globals);
            }
            Stmt::FunctionDef(f) => out.push(f.name.to_string()),
            Stmt::ClassDef(c) => out.push(c.name.to_string()),
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    out.push(n.as_str().split('.').next().unwrap_or("").to_string());
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    out.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    globals.insert(n.to_string());
                }
            }
            _ => {}
        }
    }
}

/// Mirrors `find_ann()`: whether a body has an annotated assignment, looking into `for`,
/// `while`, `if`, `with` and `try` bodies (not `match`, nor nested functions and classes).
fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || find_ann(&i.orelse),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::AsyncWith(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            t.handlers.iter().any(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                find_ann(&h.body)
            }) || find_ann(&t.body)
                || find_ann(&t.finalbody)
                || find_ann(&t.orelse)
        }
        // (`except*` is refused wherever it is compiled.)
        _ => false,
    })
}
