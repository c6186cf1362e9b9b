//! The library's face for running a program: compile, execute, and report what
//! `pyxray run` / `inspect` print and which exit code they return.

use crate::frontend::{self, CompileError};
use crate::models::dict::DictKind;
use crate::vm::object::{Obj, ObjId, TypeId};
use crate::vm::{Status, Vm, VmOptions};
use serde_json::{Map, Value, json};

/// Exit codes of the command line (design.md).
pub mod exit {
    pub const OK: i32 = 0;
    pub const EXCEPTION: i32 = 1;
    pub const UNSUPPORTED: i32 = 2;
    pub const STEP_CAP: i32 = 3;
    /// An uncaught `KeyboardInterrupt`: `Py_RunMain()` ends by `exit_sigint()`, which kills
    /// the process with SIGINT, so a shell reports 128 + SIGINT (and 130 is what
    /// `exit_sigint()` returns where it cannot kill itself).
    pub const KEYBOARD_INTERRUPT: i32 = 130;
}

/// What running a program produced.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// pyxray refused the program (a `SystemExit` may ask for exit code 2 too).
    pub refused: bool,
    /// The finished VM (absent when the program did not compile).
    pub vm: Option<Vm>,
}

/// `file:line:col: message` for a compile error.
pub fn describe_compile_error(path: &str, e: &CompileError) -> String {
    format!("{path}:{}:{}: {}", e.line, e.col, e.message)
}

/// Compiles and runs `source` to the end.
pub fn run_source(source: &str, path: &str, options: VmOptions) -> Outcome {
    let program = match frontend::compile(source, path) {
        Ok(p) => p,
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr: describe_compile_error(path, &e) + "\n",
                exit_code: exit::UNSUPPORTED,
                refused: true,
                vm: None,
            };
        }
    };
    let mut vm = Vm::new(program, options);
    let status = vm.run();
    finish(vm, status)
}

/// Compiles and runs `source`, reading the `inspect` JSON where the CPython probe reads
/// it: after the main module, before interpreter shutdown tears the globals down.
pub fn run_source_inspected(source: &str, path: &str, options: VmOptions) -> (Outcome, Value) {
    let program = match frontend::compile(source, path) {
        Ok(p) => p,
        Err(_) => return (run_source(source, path, options), Value::Null),
    };
    let mut vm = Vm::new(
        program,
        VmOptions {
            pause_before_shutdown: true,
            ..options
        },
    );
    vm.run();
    let inspect = inspect_json(&mut vm);
    let status = vm.finish_shutdown();
    (finish(vm, status), inspect)
}

/// Turns a stopped VM into an [`Outcome`].
pub fn finish(mut vm: Vm, status: Status) -> Outcome {
    let mut by_system_exit = false;
    let (stderr, exit_code) = match status {
        Status::Finished | Status::Running | Status::WaitingForInput => (String::new(), exit::OK),
        Status::Raised(exc) => {
            let unsupported = matches!(
                vm.heap.get(exc),
                Obj::Exception(e) if e.ty == TypeId::Unsupported
            );
            // After handle_system_exit() the exception may be freed already.
            let library = match vm.exit.system_exit {
                Some(_) if !unsupported => None,
                _ => library_in_chain(&vm, exc),
            };
            if let Some((library, code, line)) = library {
                // CPython's traceback would show the library's frames, at lines that
                // differ between 3.11 releases: refused rather than printed without them.
                let col = statement_column(&vm, code, line);
                (
                    format!(
                        "{}:{line}:{col}: pyxray does not simulate the traceback of an \
                         exception raised inside the {library} module yet (it shows \
                         {library}.py's lines, which differ between CPython 3.11 releases)\n",
                        vm.program.path
                    ),
                    exit::UNSUPPORTED,
                )
            } else if unsupported {
                let msg = vm.str_of(exc).unwrap_or_default();
                let (line, col) = unsupported_location(&vm, exc);
                (
                    format!("{}:{line}:{col}: {msg}\n", vm.program.path),
                    exit::UNSUPPORTED,
                )
            } else if let Some(code) = vm.exit.system_exit {
                // handle_system_exit() wrote what it had to at the start of shutdown.
                by_system_exit = true;
                (String::new(), code)
            } else if vm.exc_is(exc, TypeId::SystemExit) {
                // A run that ended without the shutdown (threads still running).
                by_system_exit = true;
                vm.handle_system_exit(exc)
            } else if vm.exit.traceback_written {
                // Written at the start of shutdown, before what the shutdown wrote.
                let code = if vm.exit.keyboard_interrupt {
                    exit::KEYBOARD_INTERRUPT
                } else {
                    exit::EXCEPTION
                };
                (String::new(), code)
            } else {
                let tb = vm.format_traceback(exc);
                let code = if vm.is_exact_keyboard_interrupt(exc) {
                    exit::KEYBOARD_INTERRUPT
                } else {
                    exit::EXCEPTION
                };
                match vm.pending_unsupported.take() {
                    Some(x) => {
                        // The suggestion's candidates could not be listed.
                        let msg = vm.str_of(x).unwrap_or_default();
                        let (line, col) = unsupported_location(&vm, exc);
                        (
                            format!("{}:{line}:{col}: {msg}\n", vm.program.path),
                            exit::UNSUPPORTED,
                        )
                    }
                    None => (tb, code),
                }
            }
        }
        Status::StepCap => (
            format!(
                "pyxray: stopped after {} steps (the --max-steps cap); the program may not terminate\n",
                vm.steps
            ),
            exit::STEP_CAP,
        ),
    };
    let refused = exit_code == exit::UNSUPPORTED && !by_system_exit;
    // What threads reported (threading.excepthook) comes before the main thread's end;
    // what the interpreter wrote while running ("Exception ignored in: …", the uncaught
    // exception once shutdown began, what shutdown wrote) before a refusal or traceback.
    let stderr = if refused {
        stderr
    } else {
        format!("{}{stderr}", vm.stderr)
    };
    let stderr = match &vm.threads {
        Some(t) if !t.stderr.is_empty() => format!("{}{stderr}", t.stderr),
        _ => stderr,
    };
    Outcome {
        stdout: vm.stdout.clone(),
        stderr,
        exit_code,
        refused,
        vm: Some(vm),
    }
}

fn unsupported_location(vm: &Vm, exc: crate::vm::object::ObjId) -> (u32, u32) {
    if let Obj::Exception(e) = vm.heap.get(exc)
        && let Some(&(code, line, _)) = e.traceback.last()
    {
        return (line, statement_column(vm, code, line));
    }
    (1, 1)
}

/// The first exception of `exc`'s printed chain (itself, its `__cause__` or
/// `__context__`, and theirs) that passed through a library CPython runs in Python.
fn library_in_chain(vm: &Vm, exc: ObjId) -> Option<(&'static str, usize, u32)> {
    let mut todo = vec![exc];
    let mut seen = Vec::new();
    while let Some(e) = todo.pop() {
        if seen.contains(&e) {
            continue;
        }
        seen.push(e);
        if let Obj::Exception(x) = vm.heap.get(e) {
            if x.library.is_some() {
                return x.library;
            }
            todo.extend(x.cause);
            todo.extend(x.context);
        }
    }
    None
}

/// The column of the first instruction of `line` in `code`: where its statement starts.
fn statement_column(vm: &Vm, code: usize, line: u32) -> u32 {
    vm.program.codes[code]
        .locs
        .iter()
        .filter(|l| l.line == line)
        .map(|l| l.col)
        .min()
        .unwrap_or(1)
}

/// `inspect`'s `layout` for a dict whose CPython table pyxray does not model.
pub const NOT_MODELLED: &str = "not modelled";
const INSTANCE_DICT_WHY: &str = "the __dict__ of an instance whose attribute table pyxray \
     does not model (an OrderedDict subclass's keeps a dict of its own): its items are \
     modelled, not its table";

/// The `inspect` JSON (design.md): every global (not starting with `__`) whose value is
/// exactly a dict, with CPython's table fields; `classes` every global bound to a class the
/// program made, with its MRO.
pub fn inspect_json(vm: &mut Vm) -> Value {
    let mut dicts = Map::new();
    let globals = vm.globals.clone();
    let mut names: Vec<_> = globals
        .iter()
        .filter(|(n, v)| !n.starts_with("__") && matches!(vm.heap.get(*v), Obj::Dict(_)))
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, id) in names {
        if let Some(table) = vm.split_table_json(*id) {
            dicts.insert(name.to_string(), table);
            continue;
        }
        let (table, instance_attrs) = match vm.heap.get(*id) {
            Obj::Dict(d) => (d.table.clone(), d.instance_attrs),
            _ => continue,
        };
        let mut entries = Vec::new();
        for e in table.entries() {
            match e {
                Some(e) => {
                    let key = vm.repr(e.key).unwrap_or_default();
                    let value = vm.repr(e.value).unwrap_or_default();
                    entries.push(json!({"hash": e.hash, "key": key, "value": value}));
                }
                None => entries.push(Value::Null),
            }
        }
        if instance_attrs {
            // CPython's table for it is a split one (or what it converted that to): not
            // modelled, so no layout is claimed; its items are, in iteration order.
            entries.retain(|e| !e.is_null());
            dicts.insert(
                name.to_string(),
                json!({ "layout": NOT_MODELLED, "why": INSTANCE_DICT_WHY, "entries": entries }),
            );
            continue;
        }
        let kind = match table.kind() {
            DictKind::General => "general",
            DictKind::Unicode => "unicode",
            DictKind::Split => "split",
        };
        let indices: Vec<i64> = table.indices().collect();
        dicts.insert(
            name.to_string(),
            json!({
                "log2_size": table.log2_size(),
                "kind": kind,
                "usable": table.usable(),
                "nentries": table.nentries(),
                "indices": indices,
                "entries": entries,
            }),
        );
    }
    // Every global bound to a class the program made, with its MRO by name.
    let mut classes = Map::new();
    let mut class_globals: Vec<_> = globals
        .iter()
        .filter(|(n, v)| !n.starts_with("__") && matches!(vm.heap.get(*v), Obj::Class(_)))
        .collect();
    class_globals.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, id) in class_globals {
        let mro: Vec<String> = match vm.heap.get(*id) {
            Obj::Class(c) => c.mro.clone(),
            _ => continue,
        }
        .into_iter()
        .map(|c| vm.ref_name(c))
        .collect();
        classes.insert(name.to_string(), json!({ "mro": mro }));
    }
    let mut out = json!({
        "python": "3.11",
        "hash_seed": vm.options.hash_seed,
        "dicts": Value::Object(dicts),
        "classes": Value::Object(classes),
    });
    // Reference-counted runs add the heap (docs/heap.md).
    if let Some(heap) = vm.heap_json()
        && let Value::Object(m) = &mut out
    {
        m.insert("heap".into(), heap);
    }
    if let (Some(t), Value::Object(m)) = (&vm.threads, &mut out) {
        m.insert("threads".into(), threads_json(t));
    }
    out
}

/// `inspect`'s `threads` key (docs/gil.md): every thread and the GIL's counters, in
/// pyxray's virtual time.
fn threads_json(t: &crate::vm::threads::Threads) -> Value {
    use crate::vm::threads::Life;
    let threads: Vec<Value> = t
        .threads
        .iter()
        .map(|th| {
            let cpu = th
                .tid
                .and_then(|tid| t.cpu.get(tid as usize))
                .map_or(0, |ps| ps / 1000);
            json!({
                "name": th.name,
                "daemon": th.daemon,
                "state": match th.life {
                    Life::Initial => "initial",
                    Life::Started => "started",
                    Life::Stopped => "stopped",
                },
                "cpu_ns": cpu,
            })
        })
        .collect();
    json!({
        "threads": threads,
        "handoffs": t.gil.handoffs,
        "switch_number": t.gil.switch_number,
        "switch_interval_us": t.interval_us,
        "virtual_ns": t.gil.wall(),
        "mode": match t.gil.mode {
            crate::models::gil::Mode::Gil => "gil".to_string(),
            crate::models::gil::Mode::FreeThreaded { cores } => format!("free-threaded, {cores} cores"),
        },
    })
}

/// Pretty JSON with sorted keys and two-space indentation, as the probe writes it.
pub fn to_pretty_json(v: &Value) -> String {
    fn sort(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<_> = m.keys().collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    out.insert(k.clone(), sort(&m[k]));
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(sort).collect()),
            other => other.clone(),
        }
    }
    serde_json::to_string_pretty(&sort(v)).unwrap_or_default()
}
