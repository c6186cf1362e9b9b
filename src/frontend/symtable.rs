//! Which scope every name belongs to, computed before compiling — mirrors
//! `Python/symtable.c` (`symtable_visit_*` to collect, then `analyze_block()` /
//! `analyze_name()` / `analyze_cells()` / `update_symbols()` to resolve).
//!
//! Functions, lambdas, comprehensions, generator expressions and class bodies each get a
//! scope, keyed by the source range of the node that makes it. A name is *local*, a *cell*
//! (local, and read by an inner function), *free* (bound in an enclosing function), or
//! *global* (declared, or implicit). `co_cellvars` and `co_freevars` are sorted by name, as
//! `dictbytype()` sorts them.

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Where a name lives in one scope (`symtable.c`'s scope flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sym {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Function,
    Class,
}

/// The key of a scope: the byte range of the node that defines it.
pub type ScopeKey = (u32, u32);

/// One analysed scope.
#[derive(Clone, Debug)]
pub struct ScopeInfo {
    pub kind: BlockKind,
    symbols: HashMap<String, Sym>,
    /// `co_cellvars`, sorted.
    pub cellvars: Vec<String>,
    /// `co_freevars`, sorted.
    pub freevars: Vec<String>,
    /// The body contains `yield` (or this is a generator expression).
    pub is_generator: bool,
    /// Parameter names in order (a parameter can also be a cell).
    pub params: Vec<String>,
}

impl ScopeInfo {
    /// The scope of `name` here; a name never mentioned is an implicit global.
    pub fn lookup(&self, name: &str) -> Sym {
        self.symbols
            .get(name)
            .copied()
            .unwrap_or(Sym::GlobalImplicit)
    }

    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }
}

/// A name-resolution error CPython reports at compile time (a `SyntaxError`).
#[derive(Clone, Debug)]
pub struct SymtableError {
    pub offset: u32,
    pub message: String,
}

/// Every scope of a module.
#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: HashMap<ScopeKey, ScopeInfo>,
}

impl SymbolTable {
    pub fn get(&self, key: ScopeKey) -> Option<&ScopeInfo> {
        self.scopes.get(&key)
    }
}

pub fn key_of<T: Ranged + ?Sized>(node: &T) -> ScopeKey {
    (node.start().to_u32(), node.end().to_u32())
}

/// Mirrors `_Py_Mangle()`: inside class `C`, `__x` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(private) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// A scope as collected, before analysis.
struct Raw {
    key: ScopeKey,
    kind: BlockKind,
    /// Names bound here (assignment, def, import, parameter …), in first-binding order.
    bound: Vec<String>,
    bound_set: HashSet<String>,
    params: Vec<String>,
    used: HashSet<String>,
    /// Names annotated in this scope (`x: int`), for the `global`/`nonlocal` check.
    annotated: HashSet<String>,
    globals: HashMap<String, u32>,
    nonlocals: HashMap<String, u32>,
    children: Vec<usize>,
    is_generator: bool,
    private: Option<String>,
    /// A comprehension's scope, and the names its `for` clauses bind.
    is_comprehension: bool,
    comp_iter_targets: HashSet<String>,
}

struct Builder {
    raws: Vec<Raw>,
    stack: Vec<usize>,
    errors: Vec<SymtableError>,
    /// Inside a comprehension's iterable expression (`ste_comp_iter_expr`).
    in_comp_iter: usize,
}

/// Builds and analyses the symbol table of a module body.
pub fn build(body: &[Stmt]) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder {
        raws: Vec::new(),
        stack: Vec::new(),
        errors: Vec::new(),
        in_comp_iter: 0,
    };
    b.enter((0, 0), BlockKind::Module, None);
    for s in body {
        b.stmt(s);
    }
    b.stack.pop();
    if let Some(e) = b.errors.into_iter().next() {
        return Err(e);
    }
    let mut table = SymbolTable::default();
    analyze(&b.raws, 0, &HashSet::new(), &mut table)?;
    Ok(table)
}

impl Builder {
    fn enter(&mut self, key: ScopeKey, kind: BlockKind, private: Option<String>) -> usize {
        let i = self.raws.len();
        self.raws.push(Raw {
            key,
            kind,
            bound: Vec::new(),
            bound_set: HashSet::new(),
            params: Vec::new(),
            used: HashSet::new(),
            annotated: HashSet::new(),
            globals: HashMap::new(),
            nonlocals: HashMap::new(),
            children: Vec::new(),
            is_generator: false,
            private,
            is_comprehension: false,
            comp_iter_targets: HashSet::new(),
        });
        if let Some(&parent) = self.stack.last() {
            self.raws[parent].children.push(i);
        }
        self.stack.push(i);
        i
    }

    fn cur(&mut self) -> &mut Raw {
        let i = *self.stack.last().expect("a scope is always open");
        &mut self.raws[i]
    }

    fn private(&self) -> Option<String> {
        self.stack
            .last()
            .and_then(|&i| self.raws[i].private.clone())
    }

    fn bind(&mut self, name: &str) {
        let name = mangle(self.private().as_deref(), name);
        let r = self.cur();
        if r.bound_set.insert(name.clone()) {
            r.bound.push(name);
        }
    }

    fn param(&mut self, name: &str) {
        let name = mangle(self.private().as_deref(), name);
        let r = self.cur();
        r.params.push(name.clone());
        if r.bound_set.insert(name.clone()) {
            r.bound.push(name);
        }
    }

    fn use_name(&mut self, name: &str) {
        let name = mangle(self.private().as_deref(), name);
        self.cur().used.insert(name);
    }

    /// A `global`/`nonlocal` declaration of a name the scope already used, bound or took
    /// as a parameter is a SyntaxError (checked at the declaration, in source order).
    // mirrors the Global_kind / Nonlocal_kind checks of symtable_visit_stmt() in
    // Python/symtable.c
    fn declared_after_use(&mut self, name: &str, what: &str, at: u32) {
        let r = self.cur();
        let message = if r.params.iter().any(|p| p == name) {
            format!("name '{name}' is parameter and {what}")
        } else if r.used.contains(name) {
            format!("name '{name}' is used prior to {what} declaration")
        } else if r.annotated.contains(name) {
            format!("annotated name '{name}' can't be {what}")
        } else if r.bound_set.contains(name) {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return;
        };
        self.errors.push(SymtableError {
            offset: at,
            message,
        });
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn arguments_defaults(&mut self, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn arguments_annotations(&mut self, args: &ast::Arguments) {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| &a.def);
        for a in params
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
        {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }

    fn arguments_params(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.param(a.def.arg.as_str());
        }
        for a in &args.kwonlyargs {
            self.param(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            self.param(v.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            self.param(k.arg.as_str());
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arguments_defaults(&f.args);
                // symtable_visit_annotations(): in the enclosing scope, where they run.
                self.arguments_annotations(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(f.name.as_str());
                let private = self.private();
                self.enter(key_of(s), BlockKind::Function, private);
                self.arguments_params(&f.args);
                self.stmts(&f.body);
                self.stack.pop();
            }
            Stmt::AsyncFunctionDef(f) => {
                self.bind(f.name.as_str());
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(c.name.as_str());
                self.enter(key_of(s), BlockKind::Class, Some(c.name.to_string()));
                self.stmts(&c.body);
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), true) = (a.target.as_ref(), a.simple) {
                    let name = mangle(self.private().as_deref(), n.id.as_str());
                    self.cur().annotated.insert(name);
                }
                // The annotation is visited in every scope (a name it uses can become a
                // free variable), though only module and class bodies evaluate it.
                self.expr(&a.annotation);
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                self.target(&a.target);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    let first = n.as_str().split('.').next().unwrap_or("").to_string();
                    self.bind(&first);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    if n.as_str() != "*" {
                        self.bind(n.as_str());
                    }
                }
            }
            Stmt::Global(g) => {
                let at = s.start().to_u32();
                for n in &g.names {
                    let name = mangle(self.private().as_deref(), n.as_str());
                    self.declared_after_use(&name, "global", at);
                    let r = self.cur();
                    if r.kind != BlockKind::Module {
                        r.globals.insert(name, at);
                    }
                }
            }
            Stmt::Nonlocal(g) => {
                let at = s.start().to_u32();
                if self.cur().kind == BlockKind::Module {
                    self.errors.push(SymtableError {
                        offset: at,
                        message: "nonlocal declaration not allowed at module level".into(),
                    });
                }
                for n in &g.names {
                    let name = mangle(self.private().as_deref(), n.as_str());
                    self.declared_after_use(&name, "nonlocal", at);
                    self.cur().nonlocals.insert(name, at);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            _ => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.target(e);
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(&mut self, node: &Expr, gens: &[ast::Comprehension], elts: &[&Expr]) {
        let Some(first) = gens.first() else {
            return;
        };
        // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
        self.in_comp_iter += 1;
        self.expr(&first.iter);
        self.in_comp_iter -= 1;
        let private = self.private();
        self.enter(key_of(node), BlockKind::Function, private);
        self.cur().is_comprehension = true;
        if matches!(node, Expr::GeneratorExp(_)) {
            self.cur().is_generator = true;
        }
        self.param(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                self.expr(&g.iter);
                self.in_comp_iter -= 1;
            }
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            let private = self.private();
            let names: Vec<String> = names
                .iter()
                .map(|n| mangle(private.as_deref(), n))
                .collect();
            // symtable_add_def_helper(): an iteration variable that an earlier `:=` of
            // this comprehension made global or nonlocal.
            let at = g.target.start().to_u32();
            for n in &names {
                let r = self.cur();
                if r.globals.contains_key(n) || r.nonlocals.contains_key(n) {
                    self.errors.push(SymtableError {
                        offset: at,
                        message: format!(
                            "comprehension inner loop cannot rebind assignment expression \
                             target '{n}'"
                        ),
                    });
                }
            }
            self.cur().comp_iter_targets.extend(names);
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.stack.pop();
    }

    /// A `:=` target inside a comprehension binds in the nearest enclosing scope that is
    /// not one: a function's local (nonlocal to the comprehension), or a module global.
    // mirrors symtable_extend_namedexpr_scope() in Python/symtable.c
    fn extend_namedexpr_scope(&mut self, name: &str, at: u32) {
        let name = mangle(self.private().as_deref(), name);
        let innermost = *self.stack.last().expect("a scope is always open");
        for &i in self.stack.iter().rev() {
            let r = &self.raws[i];
            if r.is_comprehension {
                if r.comp_iter_targets.contains(&name) {
                    self.errors.push(SymtableError {
                        offset: at,
                        message: format!(
                            "assignment expression cannot rebind comprehension iteration \
                             variable '{name}'"
                        ),
                    });
                    return;
                }
                continue;
            }
            match r.kind {
                BlockKind::Function => {
                    if r.globals.contains_key(&name) {
                        self.raws[innermost].globals.insert(name.clone(), at);
                    } else {
                        self.raws[innermost].nonlocals.insert(name.clone(), at);
                    }
                }
                BlockKind::Module => {
                    self.raws[innermost].globals.insert(name.clone(), at);
                }
                BlockKind::Class => {
                    self.errors.push(SymtableError {
                        offset: at,
                        message: "assignment expression within a comprehension cannot be \
                                  used in a class body"
                            .into(),
                    });
                    return;
                }
            }
            let r = &mut self.raws[i];
            if r.bound_set.insert(name.clone()) {
                r.bound.push(name);
            }
            return;
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v);
                }
            }
            Expr::NamedExpr(n) => {
                if self.in_comp_iter > 0 {
                    self.errors.push(SymtableError {
                        offset: n.range.start().to_u32(),
                        message: "assignment expression cannot be used in a comprehension \
                                  iterable expression"
                            .into(),
                    });
                }
                self.expr(&n.value);
                match n.target.as_ref() {
                    Expr::Name(t) if self.cur().is_comprehension => {
                        self.extend_namedexpr_scope(t.id.as_str(), n.range.start().to_u32());
                    }
                    _ => self.target(&n.target),
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arguments_defaults(&l.args);
                let private = self.private();
                self.enter(key_of(e), BlockKind::Function, private);
                self.arguments_params(&l.args);
                self.expr(&l.body);
                self.stack.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                for v in &d.values {
                    self.expr(v);
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v);
                }
            }
            Expr::ListComp(c) => self.comprehension(e, &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(e, &c.generators, &[&c.elt]),
            Expr::GeneratorExp(c) => self.comprehension(e, &c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(e, &c.generators, &[&c.key, &c.value]),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                for x in &c.comparators {
                    self.expr(x);
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                for a in &c.args {
                    self.expr(a);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v);
                }
            }
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v);
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.expr(v);
                }
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}

/// Mirrors `analyze_block()`: resolves scope `i` given the names bound in enclosing
/// function scopes, and returns the names it (or its children) need from outside.
fn analyze(
    raws: &[Raw],
    i: usize,
    enclosing_bound: &HashSet<String>,
    out: &mut SymbolTable,
) -> Result<BTreeSet<String>, SymtableError> {
    let r = &raws[i];
    let mut symbols: HashMap<String, Sym> = HashMap::new();
    let mut free: BTreeSet<String> = BTreeSet::new();
    let mut newbound: HashSet<String> = enclosing_bound.clone();
    // analyze_name() for every name the scope mentions.
    let mut names: Vec<&String> = r.bound.iter().collect();
    let mut used: Vec<&String> = r
        .used
        .iter()
        .filter(|n| !r.bound_set.contains(*n))
        .collect();
    used.sort();
    names.extend(used);
    let mut declared: Vec<&String> = r
        .globals
        .keys()
        .chain(r.nonlocals.keys())
        .filter(|n| !r.bound_set.contains(*n) && !r.used.contains(*n))
        .collect();
    declared.sort();
    names.extend(declared);
    for name in names {
        if let Some(&at) = r.globals.get(name) {
            if r.nonlocals.contains_key(name) {
                return Err(SymtableError {
                    offset: at,
                    message: format!("name '{name}' is nonlocal and global"),
                });
            }
            if r.params.contains(name) {
                return Err(SymtableError {
                    offset: at,
                    message: format!("name '{name}' is parameter and global"),
                });
            }
            symbols.insert(name.clone(), Sym::GlobalExplicit);
            newbound.remove(name);
        } else if let Some(&at) = r.nonlocals.get(name) {
            if r.params.contains(name) {
                return Err(SymtableError {
                    offset: at,
                    message: format!("name '{name}' is parameter and nonlocal"),
                });
            }
            if !enclosing_bound.contains(name) {
                return Err(SymtableError {
                    offset: at,
                    message: format!("no binding for nonlocal '{name}' found"),
                });
            }
            symbols.insert(name.clone(), Sym::Free);
            free.insert(name.clone());
        } else if r.bound_set.contains(name) {
            symbols.insert(name.clone(), Sym::Local);
            if r.kind == BlockKind::Function {
                newbound.insert(name.clone());
            }
        } else if enclosing_bound.contains(name) {
            symbols.insert(name.clone(), Sym::Free);
            free.insert(name.clone());
        } else {
            symbols.insert(name.clone(), Sym::GlobalImplicit);
        }
    }
    // Module names are globals to every inner scope, not cells.
    if r.kind == BlockKind::Module {
        newbound.clear();
    }
    let mut child_free: BTreeSet<String> = BTreeSet::new();
    for &c in &r.children {
        child_free.extend(analyze(raws, c, &newbound, out)?);
    }
    let mut cellvars = Vec::new();
    // analyze_cells(): a local that some inner scope reads as free becomes a cell.
    if r.kind == BlockKind::Function {
        for name in &child_free {
            if symbols.get(name) == Some(&Sym::Local) {
                symbols.insert(name.clone(), Sym::Cell);
                cellvars.push(name.clone());
            }
        }
    }
    // update_symbols(): what the children need and this scope does not hold passes
    // through as free here too (a class keeps its own binding of the name).
    for name in child_free {
        match symbols.get(&name) {
            Some(Sym::Cell) => {}
            Some(Sym::GlobalExplicit) => {}
            Some(Sym::Local) if r.kind == BlockKind::Class => {
                free.insert(name);
            }
            Some(Sym::Free) => {}
            _ => {
                if r.kind != BlockKind::Module {
                    symbols.insert(name.clone(), Sym::Free);
                    free.insert(name);
                }
            }
        }
    }
    // co_cellvars lists cells that are parameters first, in parameter order
    // (compute_localsplus_info() walks the arguments before the other cells), then the
    // rest sorted.
    cellvars.sort();
    let (mut arg_cells, other_cells): (Vec<String>, Vec<String>) =
        cellvars.into_iter().partition(|c| r.params.contains(c));
    arg_cells.sort_by_key(|c| r.params.iter().position(|p| p == c));
    arg_cells.extend(other_cells);
    let cellvars = arg_cells;
    let freevars: Vec<String> = free.iter().cloned().collect();
    out.scopes.insert(
        r.key,
        ScopeInfo {
            kind: r.kind,
            symbols,
            cellvars,
            freevars,
            is_generator: r.is_generator,
            params: r.params.clone(),
        },
    );
    Ok(free)
}

/// The names an assignment or `for` target binds.
pub(crate) fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            for e in elts {
                target_names(e, out);
            }
        }
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}
