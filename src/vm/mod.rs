//! The resumable interpreter.
//!
//! Frames, value stacks, block stacks and instruction pointers are heap data owned by
//! [`Vm`]; [`Vm::step`] executes exactly one instruction and returns, so execution can
//! pause after any instruction and resume later. A Python call pushes a [`Frame`] and
//! returns to the loop — it never recurses on the Rust stack — and a `return` pops it.
//! This is what generators and simulated threads will build on.
//!
//! Python exceptions are values (`Err(ObjId)` of an exception object), never Rust errors
//! or panics. Unwinding walks the frame's block stack (`SetupExcept` pushes a handler).

mod argspec;
pub mod builtins;
mod carets;
pub mod classes;
mod copymod;
mod counter;
mod deque;
mod dict_subclass;
pub mod dictops;
pub mod format;
mod frametrace;
pub mod functional;
pub mod generators;
mod heapq;
pub mod heaptrace;
mod lists;
mod listsort;
mod lru_cache;
mod mathmod;
pub mod memory;
pub(crate) mod namedtuple;
pub mod numeric;
pub mod object;
pub(crate) mod odict;
mod operator;
pub mod ops;
mod random;
pub mod setops;
pub mod shutdown;
mod split;
mod strformat;
mod suggestions;
pub mod threads;
pub mod tracing;
mod translate;
mod typeexpr;
pub mod weakrefs;
mod with_stmt;

use crate::frontend::code::{CodeKind, Const, Instr, Program};
use crate::models::hash::HashSecret;
use crate::models::list::ExtendSource;
use crate::trace::Recorder;
use dictops::UNTRACED_DICT;
use num_bigint::BigInt;
use object::*;
use std::collections::HashMap;
use std::rc::Rc;

/// What a Python operation returns: a value, or a raised exception object.
pub type PyResult<T = ObjId> = Result<T, ObjId>;

/// CPython's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;

/// The built-in functions CPython 3.11 defines METH_O (Python/bltinmodule.c, and
/// `sys.setrecursionlimit`): even their
/// specialized calls enter a recursion guard.
const METH_O_BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "callable",
    "chr",
    "hash",
    "hex",
    "id",
    "len",
    "oct",
    "ord",
    "repr",
    "sys.setrecursionlimit",
];

/// Built-ins pyxray keeps among the functions that are types with vectorcall in CPython
/// 3.11: calling them enters no recursion guard.
const VECTORCALL_TYPES: &[&str] = &["enumerate", "zip", "reversed", "map", "filter"];

/// Options for one run.
#[derive(Clone, Debug)]
pub struct VmOptions {
    /// PYTHONHASHSEED semantics: 0 = zero keys.
    pub hash_seed: u32,
    /// Stop after this many executed instructions (exit code 3).
    pub max_steps: u64,
    /// Record the trace.
    pub trace: bool,
    /// What `input()` reads, line by line (standard input; None: nothing to read).
    pub stdin: Option<String>,
    /// When `input()` finds no line left: stop and ask (the GUI), instead of raising
    /// `EOFError` as CPython does at the end of its input.
    pub ask_for_input: bool,
    /// How simulated threads share the processor (GIL or free-threaded, wake policy).
    pub threads: threads::ThreadOptions,
    /// Stop when the main module ends, before interpreter shutdown (`atexit`, the final
    /// collections, `__main__`'s teardown); `Vm::finish_shutdown` runs it. `inspect`
    /// reads the globals there, as the CPython probe does.
    pub pause_before_shutdown: bool,
    /// `sys.argv[0]` when it is not the program's path (`check` runs python3 on a copy).
    pub argv0: Option<String>,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            hash_seed: 0,
            max_steps: 10_000_000,
            trace: false,
            stdin: None,
            ask_for_input: false,
            threads: threads::ThreadOptions::default(),
            pause_before_shutdown: false,
            argv0: None,
        }
    }
}

/// A handler block (`SetupExcept`): where to go and how deep the stack was.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

/// One activation of a code object (CPython's `_PyInterpreterFrame`).
#[derive(Clone, Debug)]
pub struct Frame {
    pub code: usize,
    pub pc: usize,
    /// `program.codes[code].instrs`, shared: fetching the next instruction reads the
    /// frame, not the program's code table (two dependent loads fewer per instruction).
    pub instrs: Rc<[Instr]>,
    pub stack: Vec<ObjId>,
    pub fast: Vec<Option<ObjId>>,
    /// Cells: one per `co_cellvars` name, then the closure's, one per `co_freevars` name.
    pub cells: Vec<ObjId>,
    /// `sys.settrace` state of this frame.
    pub trace: tracing::FrameTrace,
    pub blocks: Vec<Block>,
    /// Depth of the VM's handled-exception stack when this frame started.
    pub exc_depth: usize,
    /// The function being run (zero-argument `super()` reads its `__class__` cell).
    pub func: Option<ObjId>,
    /// A class body's namespace (`LOAD_NAME`/`STORE_NAME` go here first).
    pub ns: Option<ObjId>,
    /// What happens to the value this frame returns.
    pub on_return: ReturnHook,
    /// Its frame object, once a traceback needed one (`frame_obj`).
    pub frame_obj: Option<ObjId>,
    /// `f_locals`: the dict `locals()` fills, kept by the frame (functions only).
    pub locals_dict: Option<ObjId>,
}

/// What a returning frame's value is for. Calls that CPython makes from C (a class body
/// run by `__build_class__`, `__init__` run by `type.__call__`) continue here, as data,
/// so the interpreter stays resumable.
#[derive(Clone, Debug, Default)]
pub enum ReturnHook {
    /// Push it on the caller's stack.
    #[default]
    Push,
    /// A class body finished: create the class from the frame's namespace.
    BuildClass {
        bases: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    },
    /// `__init__` finished: it must return None; the caller gets the instance.
    Init { instance: ObjId },
    /// A user `__new__` finished: if it made an instance of `class`, run `__init__`.
    New {
        class: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    },
    /// A method a built-in called (`__repr__`, `__eq__`, …): the value goes back to it.
    Sync,
    /// A generator's frame: what its yield or return means depends on who resumed it.
    Gen {
        genr: ObjId,
        mode: generators::GenMode,
    },
}

impl ReturnHook {
    /// The frame is a class's `__init__` or `__new__`, run inside the class call's
    /// recursion guard (`_PyObject_MakeTpCall`: classes have no vectorcall in 3.11).
    pub(crate) fn holds_class_call(&self) -> bool {
        matches!(self, ReturnHook::Init { .. } | ReturnHook::New { .. })
    }
}

/// Where execution stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Running,
    /// The module finished normally.
    Finished,
    /// An exception escaped the module.
    Raised(ObjId),
    /// `max_steps` instructions ran.
    StepCap,
    /// `input()` found no line while `ask_for_input` is set: the program waits there, its
    /// frames intact (the app asks and runs it again with the answer).
    WaitingForInput,
}

/// What the trace already knows of one global slot.
#[derive(Clone, Copy, Debug, Default)]
struct TracedGlobal {
    /// The slot's name, interned.
    name: Option<crate::trace::StrId>,
    /// The big container (and its summary) the trace last showed here: a line start
    /// skips the refresh while it still holds (see `record_line`).
    shown: Option<(ObjId, crate::trace::Summary)>,
}

/// The interpreter state. Cloning it copies the whole simulated world.
#[derive(Clone)]
pub struct Vm {
    pub program: Rc<Program>,
    /// Each code's instructions, shared with the frames running it (`Frame::instrs`).
    code_instrs: Vec<Rc<[Instr]>>,
    pub heap: Heap,
    pub frames: Vec<Frame>,
    /// Module globals in insertion order.
    pub globals: Vec<(Rc<str>, ObjId)>,
    global_index: rustc_hash::FxHashMap<Rc<str>, usize>,
    /// Per code object and name index, the global slot that name was last found in,
    /// stamped with `globals_epoch`: module-level loads and stores skip the hash lookup
    /// (like the dict-version guard of CPython's `LOAD_GLOBAL` cache).
    global_slots: Vec<Vec<(u32, u32)>>,
    /// Bumped whenever a global slot moves or goes (`del`, teardown), which makes every
    /// cached slot stale.
    globals_epoch: u32,
    /// Per global slot, what the trace already knows of it (emptied with the slot cache).
    traced_globals: Vec<TracedGlobal>,
    builtins: HashMap<&'static str, ObjId>,
    /// Constants of each code object, materialised once.
    consts: Vec<Vec<ObjId>>,
    /// The stack of exceptions being handled (`sys.exc_info()`), innermost last.
    pub exc_info: Vec<ObjId>,
    pub stdout: String,
    pub steps: u64,
    pub options: VmOptions,
    pub secret: HashSecret,
    pub status: Status,
    pub recorder: Option<Recorder>,
    pub none: ObjId,
    pub true_: ObjId,
    pub false_: ObjId,
    pub not_implemented: ObjId,
    small_ints: Vec<ObjId>,
    empty_tuple: ObjId,
    /// `""` and the 256 one-character Latin-1 strings: CPython's singletons
    /// (`unicode_get_empty()`, `get_latin1_char()`), so `"abc"[0] is "a"`.
    latin1_strs: Vec<ObjId>,
    empty_str: ObjId,
    /// `b""` and the 256 one-byte bytes objects (CPython's cached singletons).
    byte_singletons: Vec<ObjId>,
    empty_bytes: ObjId,
    /// Ids below this are interpreter singletons that are never freed.
    permanent: u32,
    next_dict_trace_id: u32,
    /// Objects currently being repr'd (to print `[...]` for self-containing lists).
    pub(crate) repr_stack: Vec<ObjId>,
    /// Strings CPython would have interned when the current constant is made.
    interned: std::collections::HashSet<String>,
    /// Raw dict-model events waiting to be recorded.
    pub(crate) dict_scratch: Vec<crate::models::dict::DictEvent<ObjId, ObjId>>,
    /// The answers of the key comparisons that run Python code, made for the dict
    /// operation under way before the model runs it (`Vm::dict_resolve_eq`).
    pub(crate) dict_eq_memo: Vec<(ObjId, bool)>,
    /// `propertyobject.prop_name` of the properties that have one: set by the class
    /// statement that binds them (`property.__set_name__`), copied by `.setter()` & co.
    pub(crate) property_names: rustc_hash::FxHashMap<ObjId, Rc<str>>,
    /// The same events with their texts interned, before they go into the trace.
    pub(crate) dict_mapped:
        Vec<crate::models::dict::DictEvent<crate::trace::StrId, crate::trace::StrId>>,
    /// What the last `ReturnHook::Sync` frame returned, or the exception it raised.
    pub(crate) sync_result: Option<ObjId>,
    pub(crate) sync_exc: Option<ObjId>,
    /// Whether the generator a built-in stepped returned (rather than yielded).
    pub(crate) gen_sync_returned: bool,
    /// `sys.settrace`'s global trace function.
    pub(crate) trace_fn: Option<ObjId>,
    /// A trace function is running (nothing is traced meanwhile).
    pub(crate) in_trace: bool,
    /// Where `sys.settrace` last installed a trace function (code, line).
    pub(crate) trace_set_at: Option<(usize, u32)>,
    /// A generator CPython would have finalized visibly was dropped: where it waited.
    pub(crate) dropped_generator: Option<(usize, u32)>,
    /// A generator a trace function would have seen closing was dropped.
    pub(crate) dropped_traced_generator: bool,
    exit_checked: bool,
    /// Type objects made for built-in types that have no builtin name.
    pub(crate) type_cache: Vec<(TypeId, ObjId)>,
    /// Module-level objects made on first use and kept, as a module's dict keeps them
    /// (`math.pi`, `sys.hash_info`).
    pub(crate) module_consts: Vec<(&'static str, ObjId)>,
    /// The Ellipsis singleton, made when a program first uses it (so the objects made at
    /// start-up keep their addresses).
    ellipsis: Option<ObjId>,
    /// `sys.getrecursionlimit()`: 1000 until the program sets another.
    pub(crate) recursion_limit: usize,
    /// The classes `collections.namedtuple()` made, and the class of each live tuple that
    /// is an instance of one (namedtuple.rs).
    pub(crate) namedtuple_classes: rustc_hash::FxHashMap<ObjId, namedtuple::NamedTupleClass>,
    pub(crate) namedtuples: rustc_hash::FxHashMap<ObjId, ObjId>,
    /// `random`'s Mersenne Twister, once `random.seed(n)` has run.
    pub(crate) random_state: Option<Box<random::Mt>>,
    /// The method descriptors taken from built-in types so far (`str.lower`), and
    /// `object.__new__`, one object each as in the type's dict.
    pub(crate) method_descrs: Vec<(TypeId, &'static str, ObjId)>,
    /// How far `input()` has read into `options.stdin`.
    stdin_pos: usize,
    /// The prompt of an `input()` that found no line while `ask_for_input` is set.
    pub input_wanted: Option<String>,
    /// Classes made so far, in creation order (`inspect`'s `classes`).
    pub classes: Vec<ObjId>,
    /// The reference-counted heap's state (None: pyxray's own sweep reclaims memory).
    pub mem: Option<Box<memory::Mem>>,
    /// How many built-ins are stepping Python code they called (`run_sync`).
    pub(crate) sync_depth: u32,
    /// References a built-in's Rust code holds across Python code it runs, as the C
    /// function's locals do (`list.sort()`'s saved items and keys): roots until released.
    pub(crate) c_held: Vec<ObjId>,
    /// The C-level recursion guards active (`_Py_EnterRecursiveCall`: `PyObject_Repr`,
    /// `PyObject_Str`, a METH_O built-in's call): with the Python frames, what the
    /// recursion limit counts.
    pub(crate) c_depth: usize,
    /// How many times each code object was entered (`_PyCode_Warmup` at RESUME), up to
    /// the 8 after which 3.11 quickens it: its specialized calls skip some recursion
    /// guards. Backward jumps, which warm code too, are not counted.
    code_warmup: Vec<u8>,
    /// A repr for the variables panel is running: it never raises RecursionError (at the
    /// limit, the program's own frames are there already).
    display_repr: bool,
    /// What CPython writes to stderr while running on (`Exception ignored in: …`).
    pub stderr: String,
    /// A refusal found where no exception can be raised (in a finalizer's cleanup).
    pub(crate) pending_unsupported: Option<ObjId>,
    /// `globals()`: the object standing for `__main__`'s dict, made on first use.
    pub(crate) module_dict: Option<ObjId>,
    /// Constants by `_PyCode_ConstantKey`, while the constants are made.
    const_cache: HashMap<String, ObjId>,
    /// The interned strings by value (`sys.intern`).
    pub(crate) intern_map: HashMap<String, ObjId>,
    /// The last number given to a frame a traceback refers to.
    /// `atexit`'s callbacks and how far interpreter shutdown got (shutdown.rs).
    pub exit: shutdown::ExitState,
    /// Simulated threads, threading objects, the GIL and the virtual clock; made when the
    /// program imports `threading`, `time` or `queue`. The running thread's frames are
    /// `frames`; the others' are parked in it.
    pub threads: Option<Box<threads::Threads>>,
}

/// `PyTraceBack_LIMIT`: how many entries a traceback prints (sys.tracebacklimit unset).
const TRACEBACK_LIMIT: usize = 1000;

/// `tb_print_line_repeated()`: the line standing for the repetitions past the cutoff.
fn push_repeated(out: &mut String, count: usize) {
    if count > carets::RECURSIVE_CUTOFF {
        let more = count - carets::RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{}]\n",
            if more > 1 { "s" } else { "" }
        ));
    }
}

/// How many chained exceptions a traceback follows.
const CHAIN_LIMIT: usize = 16;

/// Smallest and largest cached small int (CPython's `_PY_NSMALLNEGINTS`/`_PY_NSMALLPOSINTS`).
const SMALL_INT_MIN: i64 = -5;
const SMALL_INT_MAX: i64 = 256;

impl Vm {
    /// Prepares a VM to run `program` from its first instruction.
    pub fn new(program: Program, options: VmOptions) -> Self {
        let mut heap = Heap::default();
        // First and in this order: `ObjId::address` places these four where CPython's
        // static objects are.
        let none = heap.alloc(Obj::None);
        let true_ = heap.alloc(Obj::Bool(true));
        let false_ = heap.alloc(Obj::Bool(false));
        let not_implemented = heap.alloc(Obj::NotImplemented);
        debug_assert_eq!(
            [none, true_, false_, not_implemented].map(|o| o.0),
            [0, 1, 2, 3]
        );
        let empty_tuple = heap.alloc(Obj::Tuple(Box::new([])));
        let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX)
            .map(|i| heap.alloc(Obj::Int(i)))
            .collect();
        let empty_str = heap.alloc(Obj::Str(PyStr::new(String::new())));
        let latin1_strs = (0u8..=255)
            .map(|c| heap.alloc(Obj::Str(PyStr::new(char::from(c).to_string()))))
            .collect();
        let empty_bytes = heap.alloc(Obj::Bytes(Box::new([])));
        let byte_singletons = (0u8..=255)
            .map(|c| heap.alloc(Obj::Bytes(Box::new([c]))))
            .collect();
        let mut vm = Vm {
            code_instrs: program
                .codes
                .iter()
                .map(|c| Rc::from(c.instrs.as_slice()))
                .collect(),
            program: Rc::new(program),
            heap,
            frames: Vec::new(),
            globals: Vec::new(),
            global_index: Default::default(),
            global_slots: Vec::new(),
            globals_epoch: 1,
            traced_globals: Vec::new(),
            builtins: HashMap::new(),
            consts: Vec::new(),
            exc_info: Vec::new(),
            stdout: String::new(),
            steps: 0,
            secret: HashSecret::from_seed(options.hash_seed),
            recorder: options.trace.then(Recorder::new),
            options,
            status: Status::Running,
            none,
            true_,
            false_,
            not_implemented,
            small_ints,
            empty_tuple,
            latin1_strs,
            empty_str,
            byte_singletons,
            empty_bytes,
            permanent: 0,
            next_dict_trace_id: 0,
            repr_stack: Vec::new(),
            interned: Default::default(),
            dict_scratch: Vec::new(),
            dict_eq_memo: Vec::new(),
            property_names: Default::default(),
            dict_mapped: Vec::new(),
            sync_result: None,
            sync_exc: None,
            gen_sync_returned: false,
            trace_fn: None,
            in_trace: false,
            trace_set_at: None,
            dropped_generator: None,
            dropped_traced_generator: false,
            exit_checked: false,
            exit: Default::default(),
            stdin_pos: 0,
            type_cache: Vec::new(),
            module_consts: Vec::new(),
            ellipsis: None,
            recursion_limit: RECURSION_LIMIT,
            namedtuple_classes: Default::default(),
            namedtuples: Default::default(),
            random_state: None,
            method_descrs: Vec::new(),
            input_wanted: None,
            classes: Vec::new(),
            mem: None,
            sync_depth: 0,
            c_held: Vec::new(),
            c_depth: 0,
            display_repr: false,
            code_warmup: Vec::new(),
            stderr: String::new(),
            pending_unsupported: None,
            module_dict: None,
            const_cache: HashMap::new(),
            intern_map: HashMap::new(),
            threads: None,
        };
        for t in TypeId::BUILTIN_NAMED {
            let id = vm.heap.alloc(Obj::Type(*t));
            vm.builtins.insert(t.name(), id);
        }
        for name in builtins::FUNCTIONS {
            let id = vm.heap.alloc(Obj::Builtin(Builtin(name)));
            vm.builtins.insert(name, id);
        }
        vm.builtins.insert("NotImplemented", vm.not_implemented);
        let program = vm.program.clone();
        // Constants are made in the order CPython's makecode() finishes code objects.
        // Whether interning rebuilds a frozenset constant depends on what was interned
        // before compiling (see const_obj): the interpreter's strings and the program's
        // identifiers. A str constant interned when an earlier code object finished is
        // the same object as every equal constant (the constant cache is module-wide),
        // so it never replaces one.
        vm.interned = crate::models::intern::startup_interned();
        // One-character identifiers interned at startup are objects of their own (the
        // deep-frozen modules' constants), not the Latin-1 singletons: `"a" is chr(97)`
        // is False in CPython 3.11, `"g" is chr(103)` True.
        let mut startup_chars: Vec<&String> = vm.interned.iter().filter(|s| s.len() == 1).collect();
        startup_chars.sort();
        for c in startup_chars {
            let id = vm.heap.alloc(Obj::Str(PyStr::new(c.as_str())));
            vm.intern_map.insert(c.clone(), id);
        }
        vm.interned.extend(program.identifiers.iter().cloned());
        vm.consts = vec![Vec::new(); program.codes.len()];
        for &ci in &program.finish_order {
            let Some(code) = program.codes.get(ci) else {
                continue;
            };
            vm.consts[ci] = code.consts.iter().map(|k| vm.const_obj(k)).collect();
        }
        vm.permanent = vm.heap.len() as u32;
        if Vm::needs_refcounts(&program) {
            vm.heap.precise = true;
            vm.mem = Some(Default::default());
            vm.model_startup_collector_state();
        }
        let nlocals = program.codes.first().map_or(0, |c| c.varnames.len());
        let instrs = vm.code_instrs(0);
        vm.frames.push(Frame {
            code: 0,
            pc: 0,
            instrs,
            stack: Vec::new(),
            fast: vec![None; nlocals],
            cells: Vec::new(),
            // The module frame is running before any trace function can be set.
            trace: tracing::FrameTrace {
                called: true,
                ..Default::default()
            },
            blocks: Vec::new(),
            exc_depth: 0,
            func: None,
            ns: None,
            on_return: ReturnHook::Push,
            frame_obj: None,
            locals_dict: None,
        });
        vm
    }

    fn const_obj(&mut self, k: &Const) -> ObjId {
        // The compiler merges equal constants across the module's code objects
        // (merge_consts_recursive() with _PyCode_ConstantKey): `1000` in two functions
        // is one object.
        let key = k.merge_key();
        if let Some(key) = &key
            && let Some(&id) = self.const_cache.get(key)
        {
            return id;
        }
        let id = self.const_obj_new(k);
        if let Some(key) = key {
            self.const_cache.insert(key, id);
        }
        // intern_string_constants(): identifier-like str constants are interned, and
        // become the string interned before them if there is one.
        if let Const::Str(s) = k
            && !s.is_empty()
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return self.intern(s, Some(id));
        }
        id
    }

    fn const_obj_new(&mut self, k: &Const) -> ObjId {
        match k {
            Const::None | Const::Code(_) => self.none,
            Const::Ellipsis => self.ellipsis(),
            Const::Bool(b) => self.bool(*b),
            Const::Int(i) => self.int_big(i.clone()),
            Const::Float(f) => self.heap.alloc(Obj::Float(*f)),
            // The parser decodes a one-character literal to the Latin-1 singleton.
            Const::Str(s) if s.chars().nth(1).is_none() => match s.chars().next() {
                Some(c) => self.char_str(c),
                None => self.empty_str,
            },
            Const::Str(s) => self.str(s),
            Const::Bytes(b) => self.bytes(b.clone()),
            Const::Tuple(items) => {
                let ids: Vec<ObjId> = items.iter().map(|x| self.const_obj(x)).collect();
                self.tuple(ids)
            }
            Const::FrozenSet(items) => {
                // The compiler makes PyFrozenSet_New(tuple of the items); then
                // merge_consts_recursive() rebuilds it from its own iteration order, and
                // intern_string_constants() rebuilds it once more if interning replaced one
                // of its str members. Each rebuild can reorder colliding items.
                let ids: Vec<ObjId> = items.iter().map(|x| self.const_obj(x)).collect();
                let t = self.tuple(ids);
                let mut set = self.new_set(true, Some(t)).unwrap_or(self.none);
                let rebuilds = 1 + crate::models::intern::rebuilt_by_interning(
                    items,
                    &self.interned,
                    &self.program.identifier_constants,
                ) as usize;
                for _ in 0..rebuilds {
                    let order: Vec<ObjId> = match self.heap.get(set) {
                        Obj::FrozenSet(s) => s.iter().collect(),
                        _ => Vec::new(),
                    };
                    let t = self.tuple(order);
                    set = self.new_set(true, Some(t)).unwrap_or(self.none);
                }
                set
            }
        }
    }

    // ----- object constructors -------------------------------------------------------

    /// `Ellipsis` (`...`).
    pub(crate) fn ellipsis(&mut self) -> ObjId {
        if let Some(e) = self.ellipsis {
            return e;
        }
        let e = self.heap.alloc(Obj::Ellipsis);
        self.ellipsis = Some(e);
        e
    }

    pub fn bool(&self, b: bool) -> ObjId {
        if b { self.true_ } else { self.false_ }
    }

    pub fn int(&mut self, v: i64) -> ObjId {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return self.small_ints[(v - SMALL_INT_MIN) as usize];
        }
        self.heap.alloc(Obj::Int(v))
    }

    pub fn int_big(&mut self, v: BigInt) -> ObjId {
        match i64::try_from(&v) {
            Ok(small) => self.int(small),
            Err(_) => self.heap.alloc(Obj::Long(Box::new(v))),
        }
    }

    pub fn float(&mut self, v: f64) -> ObjId {
        self.heap.alloc(Obj::Float(v))
    }

    /// A new str object; `""` is always CPython's empty singleton (`PyUnicode_New(0)`
    /// hands it back). A one-character result is a new object here, as it is where
    /// CPython writes characters into a fresh string (`str(5)`, `lower()`, `join`);
    /// the paths that hand out the Latin-1 singletons use [`Vm::char_str`] or
    /// [`Vm::substr`].
    pub fn str(&mut self, s: &str) -> ObjId {
        if s.is_empty() {
            return self.empty_str;
        }
        self.heap.alloc(Obj::Str(PyStr::new(s)))
    }

    pub fn string(&mut self, s: String) -> ObjId {
        if s.is_empty() {
            return self.empty_str;
        }
        self.heap.alloc(Obj::Str(PyStr::new(s)))
    }

    /// A one-character str as `unicode_char()` makes it: the cached Latin-1 singleton
    /// below U+0100 (`chr`, indexing, iterating a str), a new object above.
    pub fn char_str(&mut self, c: char) -> ObjId {
        if (c as u32) < 256 {
            return self.latin1_strs[c as usize];
        }
        self.heap.alloc(Obj::Str(PyStr::new(c.to_string())))
    }

    /// `piece`, a contiguous part of the str `whole` (whose text is `text`), as
    /// `PyUnicode_Substring()` returns it: `whole` itself when it is all of it, the empty
    /// or Latin-1 singleton when that short, else a new object (`strip`, `split`,
    /// slices with step 1).
    pub fn substr(&mut self, whole: ObjId, text: &str, piece: &str) -> ObjId {
        if piece.len() == text.len() && matches!(self.heap.get(whole), Obj::Str(_)) {
            return whole;
        }
        let mut chars = piece.chars();
        match (chars.next(), chars.next()) {
            (None, _) => self.empty_str,
            (Some(c), None) => self.char_str(c),
            _ => self.str(piece),
        }
    }

    /// An empty or one-byte bytes object is CPython's cached singleton
    /// (`bytes_get_empty()`, the `characters` cache of `PyBytes_FromStringAndSize`).
    pub fn bytes(&mut self, b: Vec<u8>) -> ObjId {
        match b.as_slice() {
            [] => self.empty_bytes,
            [c] => self.byte_singletons[*c as usize],
            _ => self.heap.alloc(Obj::Bytes(b.into_boxed_slice())),
        }
    }

    pub fn tuple(&mut self, items: Vec<ObjId>) -> ObjId {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.heap.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    /// A list built by a path whose allocation pyxray does not model (`sys.getsizeof`
    /// of it is refused).
    pub fn list(&mut self, items: Vec<ObjId>) -> ObjId {
        self.heap.alloc(Obj::List(ListObj::unmodelled(items)))
    }

    /// `PyList_New(n)` / `list_new_prealloc(n)` filled: `BUILD_LIST`, slices, `copy()`,
    /// `+`, `*`.
    pub fn list_exact(&mut self, items: Vec<ObjId>) -> ObjId {
        self.heap.alloc(Obj::List(ListObj::exact(items)))
    }

    /// `PyList_New(0)` then an append per item: a list comprehension in library code.
    pub fn list_appended(&mut self, items: Vec<ObjId>) -> ObjId {
        let l = self.list_exact(Vec::new());
        self.with_list(l, |v, ev| {
            for x in items {
                v.append(x, ev);
            }
        });
        l
    }

    /// `PyList_New(0)` then `list_extend()` (`list(x)`, `sorted(x)`, `PySequence_List`).
    pub fn list_extended(&mut self, items: Vec<ObjId>, source: Option<ExtendSource>) -> ObjId {
        let mut ev = Vec::new();
        let l = self
            .heap
            .alloc(Obj::List(ListObj::extended(items, source, &mut ev)));
        self.record_list_events(l, &ev);
        l
    }

    pub(crate) fn next_dict_trace_id(&mut self) -> u32 {
        self.next_dict_trace_id += 1;
        self.next_dict_trace_id - 1
    }

    // ----- exceptions ----------------------------------------------------------------

    /// Makes an exception instance of a built-in type with a message argument.
    pub fn new_exc(&mut self, ty: TypeId, msg: impl Into<String>) -> ObjId {
        let m = self.string(msg.into());
        self.new_exc_args(ty, vec![m])
    }

    pub fn new_exc_args(&mut self, ty: TypeId, args: Vec<ObjId>) -> ObjId {
        // The call's argument tuple becomes `self->args` (BaseException_new).
        let args_obj = self.tuple(args.clone());
        self.new_exc_with_args_tuple(ty, args, args_obj)
    }

    /// An exception whose `args` is the tuple `args_obj` (holding `args`) itself.
    pub(crate) fn new_exc_with_args_tuple(
        &mut self,
        ty: TypeId,
        args: Vec<ObjId>,
        args_obj: ObjId,
    ) -> ObjId {
        let args_obj = Some(args_obj);
        // SystemExit_init: no argument leaves `code` NULL, one is the code, several are
        // the argument tuple itself.
        let code = match args.len() {
            _ if !ty.is_subtype(TypeId::SystemExit) => None,
            0 => None,
            1 => Some(args[0]),
            _ => args_obj,
        };
        self.heap.alloc(Obj::Exception(Box::new(ExcObj {
            ty,
            class: None,
            dict: None,
            args,
            args_obj,
            traceback: Vec::new(),
            context: None,
            cause: None,
            suppress_context: false,
            tb: None,
            library: None,
            obj: None,
            name: None,
            code,
        })))
    }

    /// A NameError for an unbound name, carrying it in `name` as `format_exc_check_arg()`
    /// in Python/ceval.c stores it (for the "Did you mean" suggestion).
    pub(crate) fn name_error(&mut self, name: &str, msg: String) -> ObjId {
        let e = self.new_exc(TypeId::NameError, msg);
        let n = self.intern(name, None);
        if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
            x.name = Some(n);
        }
        e
    }

    /// `BaseException_init` and what a built-in subtype's init adds to it:
    /// `AttributeError_init` and `NameError_init` parse the keywords `name` (and `obj`)
    /// and set those members (NULL when not given), `SystemExit_init` sets `code`. Any
    /// other type takes no keywords. `fresh_args`: `self->args` becomes a new tuple even
    /// when the items are the same (an explicit `__init__` call).
    pub(crate) fn exc_init(
        &mut self,
        inst: ObjId,
        args: &[ObjId],
        kwargs: &[(String, ObjId)],
        fresh_args: bool,
    ) -> PyResult<()> {
        let ty = match self.heap.get(inst) {
            Obj::Exception(e) => e.ty,
            _ => return Ok(()),
        };
        let (fname, kwlist): (&str, &[&str]) = if ty.is_subtype(TypeId::AttributeError) {
            ("AttributeError", &["name", "obj"])
        } else if ty.is_subtype(TypeId::NameError) {
            ("NameError", &["name"])
        } else {
            ("", &[])
        };
        if kwlist.is_empty() && !kwargs.is_empty() {
            let n = self.type_name(inst);
            return self.type_error(format!("{n}() takes no keyword arguments"));
        }
        let same = matches!(self.heap.get(inst), Obj::Exception(e) if e.args == args);
        if fresh_args || !same {
            self.set_exc_args(inst, args.to_vec());
        }
        if ty.is_subtype(TypeId::SystemExit) && !args.is_empty() {
            let code = match args {
                [one] => *one,
                _ => match self.heap.get(inst) {
                    Obj::Exception(e) => e.args_obj.unwrap_or(self.none),
                    _ => self.none,
                },
            };
            if let Some(Obj::Exception(x)) = self.heap.get_mut(inst) {
                x.code = Some(code);
            }
        }
        if kwlist.is_empty() {
            return Ok(());
        }
        // PyArg_ParseTupleAndKeywords(empty_tuple, kwds, "|$OO:AttributeError", ...):
        // the count first, then the first keyword (in order) it does not know.
        if kwargs.len() > kwlist.len() {
            let n = kwlist.len();
            return self.type_error(format!(
                "{fname}() takes at most {n} keyword argument{} ({} given)",
                if n == 1 { "" } else { "s" },
                kwargs.len()
            ));
        }
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| !kwlist.contains(&k.as_str())) {
            return self.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            ));
        }
        let get = |n: &str| kwargs.iter().find(|(k, _)| k == n).map(|(_, v)| *v);
        let (name, obj) = (get("name"), get("obj"));
        if let Some(Obj::Exception(x)) = self.heap.get_mut(inst) {
            x.name = name;
            if fname == "AttributeError" {
                x.obj = obj;
            }
        }
        Ok(())
    }

    /// `BaseException.__init__`: `self->args` becomes a new tuple of `args`.
    pub(crate) fn set_exc_args(&mut self, e: ObjId, args: Vec<ObjId>) {
        let t = self.tuple(args.clone());
        if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
            x.args = args;
            x.args_obj = Some(t);
        }
    }

    /// `Err` of a new exception, for `return vm.err(...)`.
    pub fn err<T>(&mut self, ty: TypeId, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc(ty, msg))
    }

    /// Whether calling type `t` enters a recursion guard: a type without vectorcall in
    /// 3.11 is called through `_PyObject_MakeTpCall`, which guards the call, except that
    /// quickened code calls `str(x)` as PRECALL_NO_KW_STR_1.
    fn type_call_guarded(&self, t: TypeId, nargs: usize, has_kwargs: bool) -> bool {
        let vectorcall = matches!(
            t,
            TypeId::Float
                | TypeId::Bool
                | TypeId::Tuple
                | TypeId::List
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Range
                | TypeId::Type
        );
        let str_specialized =
            t == TypeId::Str && nargs == 1 && !has_kwargs && self.running_code_quickened();
        !vectorcall && !str_specialized
    }

    /// `_PyCode_Warmup()`: one more entry into code `code`.
    pub(crate) fn warm_up(&mut self, code: usize) {
        if self.code_warmup.len() <= code {
            self.code_warmup
                .resize(self.program.codes.len().max(code + 1), 0);
        }
        let w = &mut self.code_warmup[code];
        *w = w.saturating_add(1);
    }

    /// Whether the running code is quickened (QUICKENING_WARMUP_DELAY, 8 entries): its
    /// calls are specialized from then on.
    fn running_code_quickened(&self) -> bool {
        self.frames
            .last()
            .and_then(|f| self.code_warmup.get(f.code))
            .is_some_and(|&w| w >= 8)
    }

    /// Whether one more level would pass the recursion limit, which counts the Python
    /// frames, the C-level guards of built-ins running now, and the guard of each class
    /// call (`_PyObject_MakeTpCall`) whose `__init__` or `__new__` frame is on the stack;
    /// `extra` more levels are about to be entered.
    pub(crate) fn recursion_depth_reached(&self, extra: usize) -> bool {
        let levels = self.frames.len() + self.c_depth + extra;
        // A class call's guard is at most one per frame: count them only when they could
        // matter.
        if levels + self.frames.len() < self.recursion_limit {
            return false;
        }
        levels + self.class_call_levels() >= self.recursion_limit
    }

    /// The guards of the class calls whose `__init__` or `__new__` frame is on the stack.
    fn class_call_levels(&self) -> usize {
        self.frames
            .iter()
            .filter(|f| f.on_return.holds_class_call())
            .count()
    }

    /// The recursion depth `sys.setrecursionlimit` checks a new limit against
    /// (`recursion_limit - recursion_remaining`): frames and guards alike.
    pub(crate) fn recursion_depth(&self) -> usize {
        self.frames.len() + self.c_depth + self.class_call_levels()
    }

    /// `_Py_EnterRecursiveCall(where)`: one more level towards the recursion limit, which
    /// counts Python frames and these guards alike (Include/internal/pycore_ceval.h).
    pub(crate) fn enter_recursive_call(&mut self, what: &str) -> PyResult<()> {
        if self.recursion_depth_reached(0) && !self.display_repr {
            return self.err(
                TypeId::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            );
        }
        self.c_depth += 1;
        Ok(())
    }

    /// `_Py_LeaveRecursiveCall()`.
    pub(crate) fn leave_recursive_call(&mut self) {
        self.c_depth = self.c_depth.saturating_sub(1);
    }

    /// Runs `f` inside a recursion guard (`_Py_EnterRecursiveCall(what)` ...
    /// `_Py_LeaveRecursiveCall()`), left however `f` ends.
    pub(crate) fn with_recursion_guard<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_recursive_call(what)?;
        let r = f(self);
        self.leave_recursive_call();
        r
    }

    pub fn type_error<T>(&mut self, msg: impl Into<String>) -> PyResult<T> {
        self.err(TypeId::TypeError, msg)
    }

    // ----- globals -------------------------------------------------------------------

    pub fn get_global(&self, name: &str) -> Option<ObjId> {
        self.global_index.get(name).map(|&i| self.globals[i].1)
    }

    /// The slot of global `name`, which is name `i` of code `code`, through the cache.
    fn global_slot(&mut self, code: usize, i: u32, name: &str) -> Option<usize> {
        if let Some(slot) = self.cached_slot(code, i) {
            return Some(slot);
        }
        let slot = *self.global_index.get(name)?;
        if self.global_slots.len() <= code {
            self.global_slots.resize(code + 1, Vec::new());
        }
        let cache = &mut self.global_slots[code];
        if cache.len() <= i as usize {
            cache.resize(i as usize + 1, (0, 0));
        }
        cache[i as usize] = (self.globals_epoch, slot as u32);
        Some(slot)
    }

    /// The slot cache's answer for name `i` of code `code`, if it is current.
    #[inline(always)]
    fn cached_slot(&self, code: usize, i: u32) -> Option<usize> {
        let &(epoch, slot) = self.global_slots.get(code)?.get(i as usize)?;
        (epoch == self.globals_epoch).then_some(slot as usize)
    }

    /// Forgets every cached global slot.
    pub(crate) fn globals_moved(&mut self) {
        self.globals_epoch = self.globals_epoch.wrapping_add(1).max(1);
        self.traced_globals.clear();
    }

    /// What the trace knows of global slot `slot`, made on first use.
    fn traced_global(&mut self, slot: usize) -> &mut TracedGlobal {
        if self.traced_globals.len() <= slot {
            self.traced_globals
                .resize(slot + 1, TracedGlobal::default());
        }
        &mut self.traced_globals[slot]
    }

    /// `STORE_NAME`/`STORE_GLOBAL` of name `i` of code `code`.
    fn store_global_named(&mut self, code: usize, i: u32, name: &str, v: ObjId) {
        match self.global_slot(code, i, name) {
            Some(slot) => {
                self.globals[slot].1 = v;
                if self.recorder.is_some() {
                    self.record_global_slot(slot, v);
                }
            }
            None => self.set_global(name, v),
        }
    }

    fn set_global(&mut self, name: &str, v: ObjId) {
        if let Some(&i) = self.global_index.get(name) {
            self.globals[i].1 = v;
        } else {
            let rc: Rc<str> = Rc::from(name);
            self.global_index.insert(rc.clone(), self.globals.len());
            self.globals.push((rc, v));
        }
        if self.recorder.is_some() {
            self.record_global(name, Some(v));
        }
    }

    fn del_global(&mut self, name: &str) -> bool {
        let Some(i) = self.global_index.remove(name) else {
            return false;
        };
        self.globals_moved();
        self.globals.remove(i);
        for (j, (n, _)) in self.globals.iter().enumerate().skip(i) {
            self.global_index.insert(n.clone(), j);
        }
        if self.recorder.is_some() {
            self.record_global(name, None);
        }
        true
    }

    /// `record_global` for a global found through its slot: the name is interned once.
    fn record_global_slot(&mut self, slot: usize, v: ObjId) {
        if let Obj::Dict(_) = self.heap.get(v) {
            // Binding a dict also names it (rare enough for the general path).
            let name = self.globals[slot].0.clone();
            return self.record_global(&name, Some(v));
        }
        let text = self.trace_text(v);
        let n = match self.traced_global(slot).name {
            Some(n) => n,
            None => {
                let Some(r) = self.recorder.as_mut() else {
                    return;
                };
                let n = r.intern(&self.globals[slot].0);
                self.traced_global(slot).name = Some(n);
                n
            }
        };
        if let Some(r) = self.recorder.as_mut() {
            r.bind_interned(n, Some(&text));
        }
    }

    fn record_global(&mut self, name: &str, v: Option<ObjId>) {
        let text = v.map(|v| self.trace_text(v));
        // Only a dict the trace numbers gets a name: an instance's attribute dict is made
        // while nothing records, and has no table in the trace.
        let dict = v.and_then(|v| match self.heap.get(v) {
            Obj::Dict(d) if d.trace_id != UNTRACED_DICT => Some(d.trace_id),
            _ => None,
        });
        if let Some(r) = self.recorder.as_mut() {
            r.bind(name, text.as_ref());
            if let Some(d) = dict {
                r.name_dict(d, name);
            }
        }
    }

    /// How the trace shows a value: ints as numbers, big containers as a summary (their
    /// contents are in the dict snapshots), everything else as a bounded repr.
    pub fn trace_text(&mut self, v: ObjId) -> crate::trace::Text {
        use crate::trace::Text;
        if let Obj::Int(i) = self.heap.get(v) {
            return Text::Int(*i);
        }
        match self.summary_of(v) {
            Some(sum) => Text::Summary(sum),
            None => Text::Str(self.short_repr(v)),
        }
    }

    /// The summary the trace shows for a container too big to show whole. The dict view
    /// shows the table; a stable text keeps the variables panel quiet.
    fn summary_of(&self, v: ObjId) -> Option<crate::trace::Summary> {
        use crate::trace::Summary;
        match self.heap.get(v) {
            Obj::Dict(d) if d.table.len() > 8 && d.trace_id != UNTRACED_DICT => {
                Some(Summary::Dict(d.trace_id))
            }
            Obj::List(l) if l.len() > 16 => Some(Summary::List(l.len())),
            Obj::Set(s) if s.len() > 16 => Some(Summary::Set(s.len())),
            _ => None,
        }
    }

    /// A repr cut to a readable length for the variables panel.
    pub fn short_repr(&mut self, v: ObjId) -> String {
        let outer = std::mem::replace(&mut self.display_repr, true);
        let s = self.repr_bounded(v, 100);
        self.display_repr = outer;
        let mut s = s.unwrap_or_else(|_| "<unrepresentable>".to_string());
        if s.chars().count() > 80 {
            s = s.chars().take(77).collect::<String>() + "...";
        }
        s
    }

    pub fn builtin(&self, name: &str) -> Option<ObjId> {
        self.builtins.get(name).copied()
    }

    // ----- the loop ------------------------------------------------------------------

    /// The instructions of code `code`, for a new frame.
    pub(crate) fn code_instrs(&self, code: usize) -> Rc<[Instr]> {
        self.code_instrs[code].clone()
    }

    #[inline(always)]
    fn frame(&mut self) -> &mut Frame {
        let n = self.frames.len();
        debug_assert!(n > 0, "no frame to execute");
        &mut self.frames[n - 1]
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, v: ObjId) {
        self.frame().stack.push(v);
    }

    #[inline(always)]
    pub(crate) fn pop(&mut self) -> ObjId {
        let none = self.none;
        self.frame().stack.pop().unwrap_or(none)
    }

    #[inline(always)]
    fn top(&mut self) -> ObjId {
        let none = self.none;
        self.frame().stack.last().copied().unwrap_or(none)
    }

    fn popn(&mut self, n: usize) -> Vec<ObjId> {
        let f = self.frame();
        let at = f.stack.len().saturating_sub(n);
        f.stack.split_off(at)
    }

    fn peek(&mut self, depth: usize) -> ObjId {
        let none = self.none;
        let f = self.frame();
        f.stack
            .len()
            .checked_sub(depth)
            .and_then(|i| f.stack.get(i).copied())
            .unwrap_or(none)
    }

    /// The 1-based source line the top frame is executing.
    pub fn current_line(&self) -> u32 {
        self.frames.last().map_or(0, |f| self.frame_line(f))
    }

    fn frame_line(&self, f: &Frame) -> u32 {
        let code = &self.program.codes[f.code];
        let pc =
            f.pc.saturating_sub(1)
                .min(code.locs.len().saturating_sub(1));
        code.locs.get(pc).map_or(0, |l| l.line)
    }

    /// Runs until the program finishes, raises out of the module, or hits the step cap.
    pub fn run(&mut self) -> Status {
        while self.status == Status::Running {
            if self.threads.is_some() {
                self.step();
            } else {
                // The loop every single-threaded program spends its time in: the
                // instruction step inlined here, not called per instruction.
                self.step_inline();
            }
        }
        self.status.clone()
    }

    /// Executes one instruction (once the program has threads, of the thread the GIL
    /// model picks).
    pub fn step(&mut self) -> &Status {
        if self.threads.is_some() && self.status == Status::Running {
            self.step_threaded();
            self.exit_hook();
            return &self.status;
        }
        self.step_one()
    }

    /// Executes one instruction of the loaded thread.
    fn step_one(&mut self) -> &Status {
        self.step_inline();
        &self.status
    }

    #[inline(always)]
    fn step_inline(&mut self) -> &Status {
        if self.status != Status::Running {
            return &self.status;
        }
        if self.frames.is_empty() {
            self.status = Status::Finished;
            return &self.status;
        }
        if self.steps >= self.options.max_steps {
            self.status = Status::StepCap;
            return &self.status;
        }
        self.steps += 1;
        if self.heap.precise {
            self.heap_boundary();
            // A refusal found by the heap stops the program at the top, not inside the
            // Python code a finalizer is running.
            if self.sync_depth == 0
                && let Some(e) = self.pending_unsupported.take()
            {
                // Located at the instruction whose effects the boundary finished.
                let at = self
                    .frames
                    .last()
                    .map(|f| (f.code, self.frame_line(f), f.pc.saturating_sub(1) as u32));
                if let (Some(at), Some(Obj::Exception(x))) = (at, self.heap.get_mut(e))
                    && x.traceback.is_empty()
                {
                    x.traceback.push(at);
                }
                self.status = Status::Raised(e);
                return &self.status;
            }
        } else if self.heap.allocs_since_sweep > 200_000
            && self.heap.allocs_since_sweep > self.heap.live
        {
            self.collect_garbage();
        }
        if self.tracing_active()
            && let Err(exc) = self.trace_before_instruction()
        {
            self.unwind(exc, false);
            return &self.status;
        }
        let f = self.frame();
        let (code, pc) = (f.code, f.pc);
        let Some(&instr) = f.instrs.get(pc) else {
            // Falling off the end cannot happen (every code ends in Return); treat as return.
            if let Err(exc) = self.do_return(self.none) {
                self.unwind(exc, false);
            }
            return &self.status;
        };
        f.pc = pc + 1;
        if let Some(r) = self.recorder.as_mut() {
            r.at_instruction(code as u32, pc as u32);
        }
        if let Err(exc) = self.exec(instr) {
            if self.input_wanted.is_some() && self.options.ask_for_input {
                // Stop at the input() as it stands; nothing unwinds.
                self.status = Status::WaitingForInput;
                return &self.status;
            }
            if self.threads.as_ref().is_some_and(|t| t.blocking.is_some()) {
                // A blocking call parks the thread at the call (threads.rs).
                return &self.status;
            }
            self.unwind(exc, false);
        }
        self.exit_hook();
        &self.status
    }

    /// Once the main module has ended: what CPython still does before the process exits.
    fn exit_hook(&mut self) {
        if self.status == Status::Running
            || !self.frames.is_empty()
            || self.exit_checked
            || self.threads.as_ref().is_some_and(|t| t.current() != 0)
        {
            return;
        }
        self.exit_checked = true;
        if let Some(e) = self.pending_unsupported.take() {
            self.status = Status::Raised(e);
        }
        if self.options.pause_before_shutdown {
            return;
        }
        self.check_exit();
        self.shutdown();
        if let Some(e) = self.pending_unsupported.take() {
            self.status = Status::Raised(e);
        }
    }

    fn collect_garbage(&mut self) {
        let marks = self.heap.reachable(self.gc_roots());
        // Generators about to be swept would have been finalized by CPython by now.
        self.note_dropped_generators(&marks);
        self.heap.free_unmarked(&marks, self.permanent);
        let heap = &self.heap;
        self.intern_map.retain(|_, id| !heap.get(*id).is_free());
        self.namedtuples.retain(|t, _| !heap.get(*t).is_free());
    }

    /// The interned string `s` (PyUnicode_InternInPlace): the one already interned, or
    /// `candidate` (made on demand when None) from now on.
    pub(crate) fn intern(&mut self, s: &str, candidate: Option<ObjId>) -> ObjId {
        if let Some(&id) = self.intern_map.get(s) {
            return id;
        }
        let id = candidate.unwrap_or_else(|| self.str(s));
        self.intern_map.insert(s.to_string(), id);
        id
    }

    /// Drops a freed string from the interned table (CPython's interned strings are
    /// mortal in 3.11: `unicode_dealloc` removes them).
    pub(crate) fn forget_interned(&mut self, s: &str, id: ObjId) {
        if self.intern_map.get(s) == Some(&id) {
            self.intern_map.remove(s);
        }
    }

    /// Whether the program can see when collections happen (it names `gc`, `weakref` or
    /// `__del__`): library code CPython runs in Python allocates containers that count
    /// towards them.
    pub(crate) fn program_watches_collector(&self) -> bool {
        self.program
            .identifiers
            .iter()
            .any(|i| matches!(i.as_str(), "gc" | "weakref" | "__del__"))
    }

    /// Everything the running program can still reach.
    pub(crate) fn gc_roots(&self) -> Vec<ObjId> {
        let mut roots: Vec<ObjId> = self.builtins.values().copied().collect();
        for c in &self.consts {
            roots.extend(c.iter().copied());
        }
        roots.extend(self.live_roots());
        // A namedtuple class lives while the run does: its instances name it only here.
        roots.extend(self.namedtuple_classes.keys().copied());
        roots
    }

    /// The roots other than the interpreter's permanent objects (built-ins and
    /// constants, made before `permanent`): what reference counting has to recount at
    /// every instruction boundary.
    pub(crate) fn live_roots(&self) -> Vec<ObjId> {
        let mut roots: Vec<ObjId> = self.globals.iter().map(|(_, v)| *v).collect();
        for f in &self.frames {
            generators::frame_children(f, &mut roots);
            frame_hook_children(f, &mut roots);
        }
        // Every other thread's parked frames and every threading object's contents.
        if let Some(t) = &self.threads {
            t.roots(&mut roots);
        }
        roots.extend(self.sync_result);
        roots.extend(self.sync_exc);
        roots.extend(self.c_held.iter().copied());
        roots.extend(self.trace_fn);
        roots.extend(self.type_cache.iter().map(|(_, id)| *id));
        roots.extend(self.module_consts.iter().map(|(_, id)| *id));
        roots.extend(self.method_descrs.iter().map(|(_, _, id)| *id));
        for f in &self.frames {
            roots.extend(f.trace.f_trace);
        }
        roots.extend(self.exc_info.iter().copied());
        if let Status::Raised(e) = self.status
            && !self.exit.started
        {
            roots.push(e);
        }
        self.exit.roots(&mut roots);
        roots.extend(self.pending_unsupported);
        roots.extend(self.module_dict);
        if let Some(m) = &self.mem {
            roots.extend(m.callbacks);
            roots.extend(m.garbage);
            roots.extend(m.finalizers.iter().copied());
        }
        roots
    }

    fn jump(&mut self, target: u32) {
        self.frame().pc = target as usize;
    }

    /// Executes one instruction. The commonest small ones (and a global read the slot
    /// cache answers) are here, inlined into the loop; the rest are in `exec_rest`, whose
    /// frame is large (a call that sets it up for a `LOAD_FAST` cost more than the load).
    #[inline(always)]
    fn exec(&mut self, instr: Instr) -> PyResult<()> {
        match instr {
            Instr::Nop => {}
            Instr::Line(line) => {
                if self.recorder.is_some() {
                    self.record_line(line);
                }
            }
            Instr::LoadConst(i) => {
                let code = self.frame().code;
                let v = self.consts[code][i as usize];
                self.push(v);
            }
            Instr::LoadFast(i) => {
                let v = self.frame().fast.get(i as usize).copied().flatten();
                match v {
                    Some(v) => self.push(v),
                    None => return Err(self.unbound_local(i)),
                }
            }
            Instr::Pop => {
                self.pop();
            }
            Instr::Jump(t) => self.jump(t),
            // `d[k] = v`: small here, and entering `exec_rest`'s large frame cost more.
            Instr::StoreSubscr => {
                let idx = self.pop();
                let obj = self.pop();
                let v = self.pop();
                self.setitem(obj, idx, v)?;
            }
            Instr::LoadName(i) | Instr::LoadGlobal(i) => {
                match self.cached_global_slot(i, matches!(instr, Instr::LoadName(_))) {
                    Some(slot) => {
                        let v = self.globals[slot].1;
                        self.push(v);
                    }
                    None => return self.exec_rest(instr),
                }
            }
            _ => return self.exec_rest(instr),
        }
        Ok(())
    }

    /// The global slot of name `i` of the running code, when the slot cache holds it
    /// (`cached_slot`: what the `exec_rest` arm of `LOAD_NAME`/`LOAD_GLOBAL` finds first),
    /// without looking at the name: a call into `exec_rest` for each of a loop's global
    /// reads cost 15 % of the insert loop. `in_ns`: the instruction looks in a class
    /// body's namespace first, so a frame that has one is not answered here.
    #[inline(always)]
    fn cached_global_slot(&self, i: u32, in_ns: bool) -> Option<usize> {
        let f = self.frames.last()?;
        if in_ns && f.ns.is_some() {
            return None;
        }
        // Checked against the length so the caller's index needs no panic path.
        self.cached_slot(f.code, i)
            .filter(|&slot| slot < self.globals.len())
    }

    #[inline(never)]
    fn exec_rest(&mut self, instr: Instr) -> PyResult<()> {
        match instr {
            Instr::Nop
            | Instr::Line(_)
            | Instr::LoadConst(_)
            | Instr::LoadFast(_)
            | Instr::Pop
            | Instr::Jump(_)
            | Instr::StoreSubscr => unreachable!("exec runs {instr:?} itself"),
            Instr::LoadName(i) | Instr::LoadGlobal(i) => {
                let program = self.program.clone();
                let code = &program.codes[self.frame().code];
                let name = code.names[i as usize].as_str();
                if matches!(instr, Instr::LoadName(_))
                    && let Some(ns) = self.frame().ns
                {
                    let k = self.str(name);
                    if let Some(v) = self.dict_lookup(ns, k)? {
                        self.push(v);
                        return Ok(());
                    }
                }
                let code_ix = self.frame().code;
                let global = self
                    .global_slot(code_ix, i, name)
                    .map(|slot| self.globals[slot].1);
                let v = match global.or_else(|| self.builtin(name)) {
                    Some(v) => v,
                    None if name == "Ellipsis" => self.ellipsis(),
                    // What the main module's namespace holds from the start (a module
                    // docstring is stored over __doc__ by the module's first instruction).
                    None if name == "__name__" => self.str("__main__"),
                    None if matches!(
                        name,
                        "__doc__" | "__package__" | "__spec__" | "__cached__"
                    ) =>
                    {
                        self.none
                    }
                    // The main module starts with an empty __annotations__ dict; made
                    // at its first use and kept as a global from then on.
                    None if name == "__annotations__" => {
                        let d = self.new_dict();
                        self.set_global(name, d);
                        d
                    }
                    None if matches!(name, "__file__" | "__loader__" | "__builtins__") => {
                        return self.unsupported(&format!("the module attribute {name}"));
                    }
                    // Every other name of CPython's builtins module (the module's own dunders
                    // were answered above): a name pyxray lacks is a refusal, not a NameError.
                    None if suggestions::BUILTINS_DICT_ORDER.contains(&name) => {
                        return self.unsupported(&format!("the built-in '{name}'"));
                    }
                    None => {
                        return Err(self.name_error(name, format!("name '{name}' is not defined")));
                    }
                };
                self.push(v);
            }
            Instr::StoreGlobal(i) => {
                let program = self.program.clone();
                let code_ix = self.frame().code;
                let name = program.codes[code_ix].names[i as usize].as_str();
                let v = self.pop();
                self.store_global_named(code_ix, i, name, v);
            }
            Instr::DeleteGlobal(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                if !self.del_global(name) {
                    return Err(self.name_error(name, format!("name '{name}' is not defined")));
                }
            }
            Instr::StoreFast(i) => {
                let v = self.pop();
                if let Some(slot) = self.frame().fast.get_mut(i as usize) {
                    *slot = Some(v);
                }
                if self.recorder.is_some() {
                    self.trace_local(i);
                }
            }
            Instr::DeleteFast(i) => {
                let old = self.frame().fast.get_mut(i as usize).and_then(|s| s.take());
                if old.is_none() {
                    return Err(self.unbound_local(i));
                }
                if self.recorder.is_some() {
                    self.trace_local(i);
                }
            }
            Instr::LoadAttr(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let obj = self.pop();
                let v = self.get_attr(obj, name)?;
                self.push(v);
            }
            Instr::LoadMethod(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let obj = self.pop();
                let v = self.get_attr(obj, name)?;
                if self.heap.precise
                    && self.heap.born.contains(&v)
                    && matches!(
                        self.heap.get(v),
                        Obj::BoundMethod { .. } | Obj::Method { .. } | Obj::Builtin(_)
                    )
                {
                    self.mark_ghost(v);
                }
                self.push(v);
            }
            Instr::StoreAttr(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let obj = self.pop();
                let value = self.pop();
                self.set_attr(obj, name, value)?;
            }
            Instr::Dup => {
                let v = self.top();
                self.push(v);
            }
            Instr::Dup2 => {
                let a = self.peek(2);
                let b = self.peek(1);
                self.push(a);
                self.push(b);
            }
            Instr::Rot2 => {
                let f = self.frame();
                let n = f.stack.len();
                if n >= 2 {
                    f.stack.swap(n - 1, n - 2);
                }
            }
            Instr::Rot3 => {
                let c = self.pop();
                let b = self.pop();
                let a = self.pop();
                self.push(c);
                self.push(a);
                self.push(b);
            }
            Instr::Unary(op) => {
                let v = self.pop();
                let r = self.unary(op, v)?;
                self.push(r);
            }
            Instr::Binary(op) => {
                let b = self.pop();
                let a = self.pop();
                let r = self.binary(op, a, b)?;
                self.push(r);
            }
            Instr::Inplace(op) => {
                let b = self.pop();
                let a = self.pop();
                let r = self.inplace(op, a, b)?;
                self.push(r);
            }
            Instr::Compare(op) => {
                let b = self.pop();
                let a = self.pop();
                let r = self.compare(op, a, b)?;
                self.push(r);
            }
            Instr::Is(negate) => {
                let b = self.pop();
                let a = self.pop();
                let r = self.bool((a == b) != negate);
                self.push(r);
            }
            Instr::Contains(negate) => {
                let container = self.pop();
                let item = self.pop();
                let found = self.contains(container, item)?;
                let r = self.bool(found != negate);
                self.push(r);
            }
            Instr::BuildTuple(n) => {
                let items = self.popn(n as usize);
                let t = self.tuple(items);
                self.push(t);
            }
            Instr::BuildList(n) => {
                // PyList_New(n), filled.
                let items = self.popn(n as usize);
                let l = self.list_exact(items);
                self.push(l);
            }
            Instr::BuildMap(n) => {
                let items = self.popn(2 * n as usize);
                let d = self.build_map(&items)?;
                self.push(d);
            }
            Instr::BuildConstKeyMap(n) => {
                let keys = self.pop();
                let values = self.popn(n as usize);
                let key_ids: Vec<ObjId> = match self.heap.get(keys) {
                    Obj::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                };
                let mut items = Vec::with_capacity(2 * n as usize);
                for (k, v) in key_ids.into_iter().zip(values) {
                    items.push(k);
                    items.push(v);
                }
                let d = self.build_map(&items)?;
                self.push(d);
            }
            Instr::BuildSet(n) => {
                let items = self.popn(n as usize);
                let s = self.heap.alloc(Obj::Set(Box::default()));
                for it in items {
                    self.set_add(s, it)?;
                }
                self.push(s);
            }
            Instr::MapAdd(depth) => {
                let v = self.pop();
                let k = self.pop();
                let d = self.peek(depth as usize);
                self.dict_setitem(d, k, v)?;
            }
            Instr::ListAppend(depth) => {
                let v = self.pop();
                let l = self.peek(depth as usize);
                self.with_list(l, |items, ev| items.append(v, ev));
            }
            Instr::ListExtend(depth) => {
                let it = self.pop();
                let l = self.peek(depth as usize);
                let (items, source) = match self.read_for_list_extend(it) {
                    Ok(read) => read,
                    Err(e)
                        if self.exc_is(e, TypeId::TypeError)
                            && self.lacks_iter_and_sequence(it)? =>
                    {
                        let tn = self.type_name(it);
                        return self
                            .type_error(format!("Value after * must be an iterable, not {tn}"));
                    }
                    Err(e) => return Err(e),
                };
                self.with_list(l, |v, ev| v.extend(items, source, ev));
            }
            Instr::SetUpdate(depth) => {
                let it = self.pop();
                let s = self.peek(depth as usize);
                self.set_update(s, it)?;
            }
            Instr::SetAdd(depth) => {
                let v = self.pop();
                let s = self.peek(depth as usize);
                self.set_add(s, v)?;
            }
            Instr::DictUpdate(depth) => {
                let other = self.pop();
                let d = self.peek(depth as usize);
                if !matches!(self.heap.get(other), Obj::Dict(_)) {
                    let tn = self.type_name(other);
                    return self.type_error(format!("'{tn}' object is not a mapping"));
                }
                self.dict_merge(d, other)?;
            }
            Instr::DictMerge(depth) => {
                let other = self.pop();
                let d = self.peek(depth as usize);
                // PEEK(2 + oparg): the callable, below the positional arguments.
                let func = self.peek(depth as usize + 2);
                match self.dict_merge_kwargs(d, other) {
                    Ok(None) => {}
                    Ok(Some(key)) => return Err(self.format_kwargs_error(Ok(key), func, other)),
                    Err(e) => return Err(self.format_kwargs_error(Err(e), func, other)),
                }
            }
            Instr::BuildString(n) => {
                let parts = self.popn(n as usize);
                let mut s = String::new();
                for p in parts {
                    if let Obj::Str(x) = self.heap.get(p) {
                        s.push_str(&x.s);
                    }
                }
                let r = self.string(s);
                self.push(r);
            }
            Instr::FormatValue(conv, has_spec) => {
                let spec = if has_spec { Some(self.pop()) } else { None };
                let v = self.pop();
                let r = self.format_value(v, conv, spec)?;
                self.push(r);
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { self.none };
                let stop = self.pop();
                let start = self.pop();
                let s = self.heap.alloc(Obj::Slice { start, stop, step });
                self.push(s);
            }
            Instr::Subscr => {
                let idx = self.pop();
                let obj = self.pop();
                let r = self.getitem(obj, idx)?;
                self.push(r);
            }
            Instr::DeleteSubscr => {
                let idx = self.pop();
                let obj = self.pop();
                self.delitem(obj, idx)?;
            }
            Instr::Call { argc, kwnames } => {
                let kwnames: Vec<ObjId> = if kwnames == u32::MAX {
                    Vec::new()
                } else {
                    let code = self.frame().code;
                    let t = self.consts[code][kwnames as usize];
                    match self.heap.get(t) {
                        Obj::Tuple(items) => items.to_vec(),
                        _ => Vec::new(),
                    }
                };
                let nk = kwnames.len();
                let mut args = self.popn(argc as usize + nk);
                let kwvalues = args.split_off(argc as usize);
                let func = self.pop();
                let mut kwargs = Vec::with_capacity(nk);
                for (k, v) in kwnames.into_iter().zip(kwvalues) {
                    kwargs.push((self.str_value(k), v));
                }
                self.call(func, args, kwargs)?;
            }
            Instr::CallEx(has_kw) => {
                let kw = if has_kw { Some(self.pop()) } else { None };
                let args = self.pop();
                let func = self.pop();
                // check_args_iterable(): `f(*x)` passes x itself.
                if !matches!(self.heap.get(args), Obj::List(_) | Obj::Tuple(_))
                    && self.lacks_iter_and_sequence(args)?
                {
                    let f = self.function_str(func)?;
                    let tn = self.type_name(args);
                    return self.type_error(format!(
                        "{f} argument after * must be an iterable, not {tn}"
                    ));
                }
                // PySequence_Tuple() of anything but a tuple.
                let args = self.read_for_tuple(args)?;
                let mut kwargs = Vec::new();
                if let Some(kw) = kw {
                    for (k, v) in self.dict_items(kw) {
                        match self.heap.get(k) {
                            Obj::Str(s) => kwargs.push((s.s.to_string(), v)),
                            _ => return self.type_error("keywords must be strings"),
                        }
                    }
                }
                self.call(func, args, kwargs)?;
            }
            Instr::MakeFunction { code: ci, flags } => {
                let cur = self.frame().code;
                let code_idx = {
                    let code = &self.program.codes[cur];
                    match code.consts.get(ci as usize) {
                        Some(Const::Code(i)) => *i,
                        _ => 0,
                    }
                };
                let closure = if flags & 4 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let annotations = if flags & 8 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let kwdefaults = if flags & 2 != 0 {
                    let d = self.pop();
                    let mut out = Vec::new();
                    for (k, v) in self.dict_items(d) {
                        out.push((self.str_value(k), v));
                    }
                    out
                } else {
                    Vec::new()
                };
                let (defaults, defaults_obj) = if flags & 1 != 0 {
                    let t = self.pop();
                    match self.heap.get(t) {
                        Obj::Tuple(items) => (items.to_vec(), Some(t)),
                        _ => (Vec::new(), None),
                    }
                } else {
                    (Vec::new(), None)
                };
                let name = self.program.codes[code_idx].name.clone();
                let qualname = self.program.codes[code_idx].qualname.clone();
                let f = self.heap.alloc(Obj::Function(Box::new(Function {
                    code: code_idx,
                    name,
                    qualname,
                    defaults,
                    defaults_obj,
                    kwdefaults,
                    class_cell: None,
                    closure,
                    attrs: Vec::new(),
                    dict_obj: None,
                    annotations_unknown: false,
                    annotations,
                })));
                if self.recorder.is_some()
                    && let Some(c) = closure
                {
                    self.trace_closure(c, code_idx, f);
                }
                self.push(f);
            }
            // SETUP_ANNOTATIONS: `__annotations__` in the namespace, made if missing.
            Instr::SetupAnnotations => {
                let k = self.intern("__annotations__", None);
                match self.frame().ns {
                    Some(ns) => {
                        if self.dict_lookup(ns, k)?.is_none() {
                            let d = self.new_dict();
                            self.dict_setitem(ns, k, d)?;
                        }
                    }
                    None => {
                        if !self.global_index.contains_key("__annotations__") {
                            let d = self.new_dict();
                            self.set_global("__annotations__", d);
                        }
                    }
                }
            }
            Instr::ExpectSys => {
                let v = self.pop();
                if !matches!(self.heap.get(v), Obj::Module("sys")) {
                    return self.unsupported("`.version_info` of anything but the sys module");
                }
            }
            Instr::Return => {
                let v = self.pop();
                self.do_return(v)?;
            }
            Instr::StoreName(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let v = self.pop();
                match self.frame().ns {
                    Some(ns) => {
                        let k = self.str(name);
                        self.dict_setitem(ns, k, v)?;
                        if self.recorder.is_some() {
                            self.trace_named_local(name, Some(v));
                        }
                    }
                    None => {
                        let code_ix = self.frame().code;
                        self.store_global_named(code_ix, i, name, v);
                    }
                }
            }
            Instr::DeleteName(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                if let Some(ns) = self.frame().ns {
                    let k = self.str(name);
                    if self.dict_pop(ns, k)?.is_none() {
                        return Err(self.name_error(name, format!("name '{name}' is not defined")));
                    }
                }
            }
            Instr::DeleteAttr(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let obj = self.pop();
                self.del_attr(obj, name)?;
            }
            Instr::BuildClass {
                code,
                nbases,
                closure,
                kwnames,
            } => {
                let closure = if closure { Some(self.pop()) } else { None };
                let kwnames: Vec<ObjId> = if kwnames == u32::MAX {
                    Vec::new()
                } else {
                    let code = self.frame().code;
                    let t = self.consts[code][kwnames as usize];
                    match self.heap.get(t) {
                        Obj::Tuple(items) => items.to_vec(),
                        _ => Vec::new(),
                    }
                };
                let kwvalues = self.popn(kwnames.len());
                let mut kwargs = Vec::with_capacity(kwnames.len());
                for (k, v) in kwnames.into_iter().zip(kwvalues) {
                    kwargs.push((self.str_value(k), v));
                }
                let bases = self.popn(nbases as usize);
                let ci = self.frame().code;
                let body = match self.program.codes[ci].consts.get(code as usize) {
                    Some(Const::Code(c)) => *c,
                    _ => return self.err(TypeId::Unsupported, "a class body is missing"),
                };
                self.start_class_body(body, bases, kwargs, closure)?;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = self.pop();
                if !self.truthy(v)? {
                    self.jump(t);
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = self.pop();
                if self.truthy(v)? {
                    self.jump(t);
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                let v = self.top();
                if !self.truthy(v)? {
                    self.jump(t);
                } else {
                    self.pop();
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                let v = self.top();
                if self.truthy(v)? {
                    self.jump(t);
                } else {
                    self.pop();
                }
            }
            Instr::GetIter => {
                let v = self.pop();
                let it = self.get_iter(v)?;
                self.push(it);
            }
            Instr::ForIter(t) => {
                let it = self.top();
                if matches!(self.heap.get(it), Obj::Generator(_)) {
                    let none = self.none;
                    return self.gen_resume(
                        it,
                        generators::Resume::Send(none),
                        generators::GenMode::ForIter(t),
                    );
                }
                if self.tracing_active()
                    && let Some(f) = self.user_special_fn(it, "__next__")?
                {
                    // FOR_ITER reports a __next__'s StopIteration to a trace function.
                    match self.call_sync(f, vec![it]) {
                        Ok(v) => self.push(v),
                        Err(e) if self.exc_is(e, TypeId::StopIteration) => {
                            self.trace_exception(e);
                            self.pop();
                            self.jump(t);
                        }
                        Err(e) => return Err(e),
                    }
                    return Ok(());
                }
                match self.iter_next(it)? {
                    Some(v) => self.push(v),
                    None => {
                        self.pop();
                        self.jump(t);
                    }
                }
            }
            Instr::UnpackSequence(n) => {
                let v = self.pop();
                let items = self.unpack(v, n as usize)?;
                for it in items.into_iter().rev() {
                    self.push(it);
                }
            }
            Instr::UnpackEx(before, after) => {
                // unpack_iterable(): the first `before` items one by one, then
                // PySequence_List() of the iterator (list_extend(), which asks its length
                // hint), then the last `after` items are cut off by setting the size, not
                // by list_resize().
                let v = self.pop();
                let (b, a) = (before as usize, after as usize);
                if self.lacks_iter_and_sequence(v)? {
                    let tn = self.type_name(v);
                    return self.type_error(format!("cannot unpack non-iterable {tn} object"));
                }
                let it = self.get_iter(v)?;
                let mut out: Vec<ObjId> = Vec::with_capacity(b + 1 + a);
                while out.len() < b {
                    match self.iter_next(it)? {
                        Some(x) => out.push(x),
                        None => {
                            return self.err(
                                TypeId::ValueError,
                                format!(
                                    "not enough values to unpack (expected at least {}, got {})",
                                    b + a,
                                    out.len()
                                ),
                            );
                        }
                    }
                }
                let (rest, source) = self.read_for_list_extend(it)?;
                if rest.len() < a {
                    return self.err(
                        TypeId::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            b + rest.len()
                        ),
                    );
                }
                let mut ev = Vec::new();
                let alloc = source.map(|source| {
                    let mut alloc = crate::models::list::ListAlloc::EMPTY;
                    alloc.extend(0, source, rest.len(), &mut ev);
                    alloc
                });
                let mid_end = rest.len() - a;
                let middle = self.heap.alloc(Obj::List(ListObj::with_alloc(
                    rest[..mid_end].to_vec(),
                    alloc,
                )));
                self.record_list_events(middle, &ev);
                out.push(middle);
                out.extend_from_slice(&rest[mid_end..]);
                for it in out.into_iter().rev() {
                    self.push(it);
                }
            }
            Instr::Raise(0) => match self.exc_info.last().copied() {
                // A bare `raise` re-raises without a new traceback entry.
                Some(e) => self.unwind(e, true),
                None => return self.err(TypeId::RuntimeError, "No active exception to reraise"),
            },
            Instr::Raise(n) => return Err(self.do_raise(n)?),
            Instr::SetupExcept(handler) => {
                let f = self.frame();
                let depth = f.stack.len() as u32;
                f.blocks.push(Block { handler, depth });
            }
            Instr::PopBlock => {
                self.frame().blocks.pop();
            }
            Instr::CheckExcMatch => {
                let cls = self.pop();
                let exc = self.top();
                let r = self.exception_matches(exc, cls)?;
                let b = self.bool(r);
                self.push(b);
            }
            Instr::PushExcInfo => {
                let exc = self.top();
                self.exc_info.push(exc);
            }
            Instr::PopExcept => {
                self.exc_info.pop();
            }
            Instr::Reraise => {
                let exc = self.pop();
                self.unwind(exc, true);
            }
            Instr::ImportName(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let m = match name {
                    "sys" => self.heap.alloc(Obj::Module("sys")),
                    "functools" => self.heap.alloc(Obj::Module("functools")),
                    "itertools" => self.heap.alloc(Obj::Module("itertools")),
                    "math" => self.heap.alloc(Obj::Module("math")),
                    "collections" => self.heap.alloc(Obj::Module("collections")),
                    "string" => self.heap.alloc(Obj::Module("string")),
                    "heapq" => self.heap.alloc(Obj::Module("heapq")),
                    "copy" => self.heap.alloc(Obj::Module("copy")),
                    "bisect" => self.heap.alloc(Obj::Module("bisect")),
                    "random" => self.heap.alloc(Obj::Module("random")),
                    "operator" => self.heap.alloc(Obj::Module("operator")),
                    "inspect" => self.heap.alloc(Obj::Module("inspect")),
                    "gc" => {
                        self.count_gc_module_import();
                        self.heap.alloc(Obj::Module("gc"))
                    }
                    "weakref" => self.heap.alloc(Obj::Module("weakref")),
                    "atexit" => self.heap.alloc(Obj::Module("atexit")),
                    "__future__" => self.heap.alloc(Obj::Module("__future__")),
                    "typing" => {
                        // Importing it allocates thousands of containers in CPython (when
                        // site has not imported it already), so collections run: a program
                        // that can see when collections happen sees that.
                        if self.program_watches_collector() {
                            return self.unsupported(
                                "the module 'typing' in a program that watches the garbage collector",
                            );
                        }
                        self.heap.alloc(Obj::Module("typing"))
                    }
                    n if threads::MODULES.contains(&n) => match self.import_thread_module(n) {
                        Some(m) => m,
                        None => self.none,
                    },
                    _ => {
                        return self.err(TypeId::NameError, format!("No module named '{name}'"));
                    }
                };
                self.push(m);
            }
            Instr::ImportFrom(i) => {
                let program = self.program.clone();
                let name = program.codes[self.frame().code].names[i as usize].as_str();
                let m = self.top();
                let v = self.get_attr(m, name)?;
                self.push(v);
            }
            Instr::LoadDeref(i) => {
                let v = self.load_deref(i)?;
                if self.recorder.is_some() {
                    self.trace_deref(i, false);
                }
                self.push(v);
            }
            Instr::LoadClassDeref(i) => {
                let v = self.load_class_deref(i)?;
                self.push(v);
            }
            Instr::StoreDeref(i) => {
                let v = self.pop();
                self.store_deref(i, Some(v))?;
                if self.recorder.is_some() {
                    self.trace_deref(i, true);
                }
            }
            Instr::DeleteDeref(i) => {
                self.store_deref(i, None)?;
                if self.recorder.is_some() {
                    self.trace_deref(i, true);
                }
            }
            Instr::LoadClosure(i) => {
                let c = self.frame_cell(i)?;
                self.push(c);
            }
            Instr::Yield(delegating) => self.do_yield(delegating)?,
            Instr::Send(t) => self.do_send(t)?,
            Instr::GetYieldFromIter => {
                let v = self.pop();
                let it = self.yield_from_iter(v)?;
                self.push(it);
            }
            Instr::BeforeWith => {
                let mgr = self.pop();
                self.before_with(mgr)?;
            }
            Instr::WithExceptStart => {
                let exc = self.top();
                let exit = self.peek(2);
                self.with_except_start(exit, exc)?;
            }
            Instr::LoadAssertionError => {
                let t = self
                    .builtins
                    .get("AssertionError")
                    .copied()
                    .unwrap_or(self.none);
                self.push(t);
            }
        }
        Ok(())
    }

    fn unbound_local(&mut self, i: u32) -> ObjId {
        let code = self.frame().code;
        let name = self.program.codes[code]
            .varnames
            .get(i as usize)
            .cloned()
            .unwrap_or_default();
        self.new_exc(
            TypeId::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn record_line(&mut self, line: u32) {
        // Containers (and threads, locks: their reprs show their state) bound to globals
        // change without a rebinding; refresh their reprs at
        // each line so the variables panel stays true.
        for i in 0..self.globals.len() {
            let v = self.globals[i].1;
            if !matches!(
                self.heap.get(v),
                Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Sync(_)
            ) {
                continue;
            }
            // A big container's summary changes only with its size: while it matches what
            // the trace shows, nothing needs formatting or interning.
            let summary = self.summary_of(v).map(|sum| (v, sum));
            if summary.is_some()
                && self
                    .traced_globals
                    .get(i)
                    .is_some_and(|g| g.shown == summary)
            {
                continue;
            }
            let text = self.trace_text(v);
            // A repr may run Python code in principle; index afresh.
            if let (Some(r), Some((name, _))) = (self.recorder.as_mut(), self.globals.get(i)) {
                r.refresh(name, &text);
                self.traced_global(i).shown = summary;
            }
        }
        if let Some(r) = self.recorder.as_mut() {
            r.line(line);
        }
    }

    fn do_return(&mut self, v: ObjId) -> PyResult<()> {
        if self.tracing_active() {
            self.trace_return(v)?;
        }
        let Some(f) = self.frames.pop() else {
            self.status = Status::Finished;
            return Ok(());
        };
        if self.recorder.is_some() {
            self.trace_frame_popped(false);
        }
        self.frame_objects_take_locals(&f, Some(v));
        if let Some(m) = self.mem.as_mut() {
            // _PyFrame_Clear drops the locals, cells, then the stack, in order.
            m.released.extend(f.fast.iter().flatten().copied());
            m.released.extend(f.cells.iter().copied());
            m.released.extend(f.stack.iter().copied());
        }
        self.exc_info.truncate(f.exc_depth);
        if let ReturnHook::Sync = f.on_return {
            self.sync_result = Some(v);
            return Ok(());
        }
        if let ReturnHook::Gen { genr, mode } = f.on_return {
            return self.gen_frame_returned(genr, mode, v);
        }
        if self.frames.is_empty() {
            self.status = Status::Finished;
            return Ok(());
        }
        self.finish_call(f.on_return, v, f.ns, f.code)
    }

    /// What a call's result is for, once the callee's frame is gone (or, for a generator
    /// function, once the generator is made).
    fn finish_call(
        &mut self,
        hook: ReturnHook,
        v: ObjId,
        ns: Option<ObjId>,
        code: usize,
    ) -> PyResult<()> {
        match hook {
            ReturnHook::Push => self.push(v),
            ReturnHook::Sync => self.sync_result = Some(v),
            ReturnHook::Gen { genr, mode } => return self.gen_frame_returned(genr, mode, v),
            ReturnHook::BuildClass { bases, kwargs } => {
                // Back on the class statement's line: the class is made there.
                if self.recorder.is_some() {
                    let line = self.current_line();
                    self.record_line(line);
                }
                let ns = ns.unwrap_or(self.none);
                let code_obj = &self.program.codes[code];
                let (name, qualname) = (code_obj.name.clone(), code_obj.qualname.clone());
                let cls = self.new_class(&name, &qualname, &bases, ns, Some(code))?;
                self.init_subclass(cls, kwargs)?;
                self.push(cls);
            }
            ReturnHook::Init { instance } => {
                if v != self.none {
                    let tn = self.type_name(v);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
                self.push(instance);
            }
            ReturnHook::New {
                class,
                args,
                kwargs,
            } => self.after_new(class, v, args, kwargs)?,
        }
        Ok(())
    }

    /// `raise X`, `raise X from Y`: builds the exception to raise.
    fn do_raise(&mut self, n: u8) -> PyResult<ObjId> {
        let cause = if n == 2 { Some(self.pop()) } else { None };
        let v = self.pop();
        let exc = self.make_exception(v)?;
        if let Some(c) = cause {
            let is_exc = match self.heap.get(c) {
                Obj::Exception(_) => true,
                Obj::Type(t) => t.is_exception(),
                Obj::Class(k) => k.layout.is_exception(),
                _ => false,
            };
            let cause_exc = if c == self.none {
                None
            } else if is_exc {
                Some(self.make_exception(c)?)
            } else {
                return self.type_error("exception causes must derive from BaseException");
            };
            if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
                e.cause = cause_exc;
                e.suppress_context = true;
            }
        }
        Ok(exc)
    }

    /// An exception instance from `raise X`: instances pass, classes are called.
    fn make_exception(&mut self, v: ObjId) -> PyResult<ObjId> {
        match self.heap.get(v) {
            Obj::Exception(_) => Ok(v),
            Obj::Type(t) if t.is_exception() => {
                let t = *t;
                Ok(self.new_exc_args(t, Vec::new()))
            }
            Obj::Class(c) if c.layout.is_exception() => {
                let e = self.instantiate_sync(v, Vec::new())?;
                if matches!(self.heap.get(e), Obj::Exception(_)) {
                    Ok(e)
                } else {
                    self.type_error("exceptions must derive from BaseException")
                }
            }
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    fn exception_matches(&mut self, exc: ObjId, cls: ObjId) -> PyResult<bool> {
        let ety = match self.heap.get(exc) {
            Obj::Exception(e) => e.ty,
            _ => return Ok(false),
        };
        match self.heap.get(cls) {
            Obj::Type(t) if t.is_exception() => {
                Ok(ety != TypeId::Unsupported && ety.is_subtype(*t))
            }
            Obj::Class(c) if c.layout.is_exception() => {
                let ec = self.class_of(exc);
                Ok(self.is_subclass(ec, ClassRef::User(cls)))
            }
            Obj::Tuple(items) => {
                let items = items.to_vec();
                for c in items {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ),
        }
    }

    /// Propagates `exc`: to the innermost handler block of the top frame, else out of the
    /// frame into its caller, else out of the module. `reraise` keeps the traceback as is.
    fn unwind(&mut self, mut exc: ObjId, reraise: bool) {
        if !reraise {
            // Implicit chaining: the exception being handled becomes __context__.
            if let Some(&handled) = self.exc_info.last()
                && handled != exc
                && let Some(Obj::Exception(e)) = self.heap.get_mut(exc)
                && e.context.is_none()
            {
                e.context = Some(handled);
            }
            self.add_traceback(exc);
        }
        if let Some(r) = self.recorder.as_mut() {
            r.raised();
        }
        // A re-raise goes to ceval.c's exception_unwind, past the `exception` trace event;
        // frames the exception then leaves into get one (their call "failed").
        let mut first = true;
        loop {
            if self.tracing_active() && !(reraise && first) {
                self.trace_exception(exc);
            }
            first = false;
            let Some(f) = self.frames.last_mut() else {
                self.status = Status::Raised(exc);
                return;
            };
            if let Some(b) = f.blocks.pop() {
                f.stack.truncate(b.depth as usize);
                f.stack.push(exc);
                f.pc = b.handler as usize;
                return;
            }
            if self.tracing_active() {
                self.trace_unwound();
            }
            let Some(f) = self.frames.last() else {
                return;
            };
            let depth = f.exc_depth;
            let sync = matches!(f.on_return, ReturnHook::Sync);
            let genr = match f.on_return {
                ReturnHook::Gen { genr, mode } => Some((genr, mode)),
                _ => None,
            };
            if let Some(p) = self.frames.pop() {
                self.frame_objects_take_locals(&p, None);
            }
            if self.recorder.is_some() {
                self.trace_frame_popped(true);
            }
            self.exc_info.truncate(depth);
            if sync {
                // Back to the built-in that called this method: it gets the exception.
                self.sync_exc = Some(exc);
                return;
            }
            if let Some((genr, mode)) = genr {
                match self.gen_frame_raised(genr, mode, exc) {
                    None => return,
                    Some(e) => exc = e,
                }
                if mode == generators::GenMode::Sync {
                    self.sync_exc = Some(exc);
                    return;
                }
            }
            if self.frames.is_empty() {
                self.status = Status::Raised(exc);
                return;
            }
            self.add_traceback(exc);
        }
    }

    /// `_PyFrame_Clear` of an ended frame (already off the stack) that has a frame object:
    /// if anything else still holds that object, `take_ownership()` gives it the frame's
    /// function, locals and cells and links it to the caller's frame object (made if
    /// needed); otherwise it goes with the frame.
    /// `returned` is the value a return hands back (the caller does not hold it yet).
    pub(crate) fn frame_objects_take_locals(&mut self, f: &Frame, returned: Option<ObjId>) {
        let Some(fo) = f.frame_obj else { return };
        if !self.heap.precise || (returned != Some(fo) && self.count_of(fo) == 0) {
            return;
        }
        let line = self.frame_line(f);
        let back = match self.frames.len() {
            0 => None,
            n => Some(self.frame_object_at(n - 1)),
        };
        if let Some(Obj::FrameObj(o)) = self.heap.get_mut(fo) {
            o.locals_dict = f.locals_dict;
            o.func = f.func;
            o.fast = f.fast.clone();
            o.cells = f.cells.clone();
            o.back = back;
            o.live = false;
            o.line = line;
        }
    }

    /// `frame.f_locals` of an ended frame: `_PyFrame_FastToLocalsWithError()` fills the
    /// dict the frame keeps, local by local in `co_localsplusnames` order (a cell's
    /// contents for a cell), dropping names that are unbound.
    pub(crate) fn ended_frame_locals(&mut self, fo: ObjId) -> PyResult {
        let Obj::FrameObj(f) = self.heap.get(fo) else {
            return Ok(self.none);
        };
        let (code, fast, cells, dict) = (f.code, f.fast.clone(), f.cells.clone(), f.locals_dict);
        let d = match dict {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                if let Some(Obj::FrameObj(f)) = self.heap.get_mut(fo) {
                    f.locals_dict = Some(d);
                }
                d
            }
        };
        self.fill_locals_dict(d, code, &fast, &cells)?;
        Ok(d)
    }

    /// `locals()` (and a running frame's `f_locals`): the module's dict at module level, the
    /// namespace in a class body, else the dict the frame keeps, refreshed.
    pub(crate) fn frame_locals(&mut self, i: usize) -> PyResult {
        let code = self.frames[i].code;
        match self.program.codes[code].kind {
            CodeKind::Module => return Ok(self.module_dict_obj()),
            CodeKind::Class => return Ok(self.frames[i].ns.unwrap_or(self.none)),
            CodeKind::Function => {}
        }
        let d = match self.frames[i].locals_dict {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                self.frames[i].locals_dict = Some(d);
                d
            }
        };
        let (fast, cells) = (self.frames[i].fast.clone(), self.frames[i].cells.clone());
        self.fill_locals_dict(d, code, &fast, &cells)?;
        Ok(d)
    }

    fn fill_locals_dict(
        &mut self,
        d: ObjId,
        code: usize,
        fast: &[Option<ObjId>],
        cells: &[ObjId],
    ) -> PyResult<()> {
        let program = self.program.clone();
        let c = &program.codes[code];
        let cell_value = |vm: &Vm, i: usize| match cells.get(i).map(|&c| vm.heap.get(c)) {
            Some(Obj::Cell(v)) => *v,
            _ => None,
        };
        let mut entries: Vec<(&str, Option<ObjId>)> = Vec::new();
        for (i, name) in c.varnames.iter().enumerate() {
            let v = match c.cell_params.iter().find(|&&(_, fi)| fi as usize == i) {
                Some(&(ci, _)) => cell_value(self, ci as usize),
                None => fast.get(i).copied().flatten(),
            };
            entries.push((name, v));
        }
        for (ci, name) in c.cellvars.iter().enumerate() {
            if c.cell_params.iter().any(|&(x, _)| x as usize == ci) {
                continue;
            }
            entries.push((name, cell_value(self, ci)));
        }
        for (j, name) in c.freevars.iter().enumerate() {
            entries.push((name, cell_value(self, c.cellvars.len() + j)));
        }
        for (name, v) in entries {
            let k = self.intern(name, None);
            match v {
                Some(v) => self.dict_setitem(d, k, v)?,
                None => {
                    if self.dict_lookup(d, k)?.is_some() {
                        self.dict_delitem(d, k)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// `_PyFrame_GetFrameObject()`: the frame object of `self.frames[i]`, made on first
    /// use.
    pub(crate) fn frame_object_at(&mut self, i: usize) -> ObjId {
        if let Some(fo) = self.frames[i].frame_obj {
            return fo;
        }
        let code = self.frames[i].code;
        let line = self.frame_line(&self.frames[i]);
        let fo = self.heap.alloc(Obj::FrameObj(Box::new(FrameObjData {
            code,
            line,
            func: None,
            fast: Vec::new(),
            cells: Vec::new(),
            locals_dict: None,
            back: None,
            live: true,
        })));
        self.frames[i].frame_obj = Some(fo);
        fo
    }

    fn add_traceback(&mut self, exc: ObjId) {
        let Some(f) = self.frames.last() else { return };
        let (code, line, pc) = (f.code, self.frame_line(f), f.pc.saturating_sub(1) as u32);
        // PyTraceBack_Here(): a new traceback object for this frame heads the chain.
        let tb = if self.heap.precise {
            let fo = self.frame_object_at(self.frames.len() - 1);
            let next = match self.heap.get(exc) {
                Obj::Exception(e) => e.tb,
                _ => None,
            };
            Some(self.heap.alloc(Obj::Traceback(Box::new(TracebackObj {
                next,
                frame: Some(fo),
                line,
            }))))
        } else {
            None
        };
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            if tb.is_some() {
                e.tb = tb;
            }
            e.traceback.insert(0, (code, line, pc));
        }
    }

    // ----- calls ---------------------------------------------------------------------

    /// Calls `func`. A Python function gets a new frame (its result arrives on the caller's
    /// stack when it returns); a built-in runs at once and pushes its result.
    pub(crate) fn call(
        &mut self,
        func: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult<()> {
        match self.heap.get(func) {
            Obj::Function(f) => {
                let f = (**f).clone();
                self.call_function(func, &f, args, kwargs, ReturnHook::Push)
            }
            Obj::BoundMethod {
                func: inner,
                receiver,
            } => {
                let (inner, receiver) = (*inner, *receiver);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(receiver);
                all.extend(args);
                self.call(inner, all, kwargs)
            }
            Obj::Class(_) => self.call_class(func, args, kwargs),
            // ga_call(): the origin's constructor (whose instances, built-in here, take
            // no `__orig_class__`).
            Obj::TypeExpr(t) => {
                let t = (**t).clone();
                let target = self.type_expr_call_target(&t)?;
                self.call(target, args, kwargs)
            }
            Obj::Partial(p) => {
                let (f, args, kwargs) = self.partial_arguments(&p.clone(), args, kwargs);
                self.call(f, args, kwargs)
            }
            Obj::Getter(_) => {
                let r = self.call_getter(func, args, &kwargs)?;
                self.push(r);
                Ok(())
            }
            Obj::LruCache(_) => {
                let r = self.lru_call(func, args, kwargs)?;
                self.push(r);
                Ok(())
            }
            Obj::WeakRef(w) if w.kind == WeakKind::Proxy && !w.callable => {
                self.type_error("'weakref.ProxyType' object is not callable")
            }
            Obj::WeakRef(w) if w.kind == WeakKind::Proxy => {
                let r = self.unproxy(func)?;
                self.call(r, args, kwargs)
            }
            Obj::WeakRef(_) | Obj::Finalizer(_) => {
                let r = self.call_weak(func, args, kwargs)?.unwrap_or(self.none);
                self.push(r);
                Ok(())
            }
            Obj::Method { receiver, name }
                if matches!(self.heap.get(*receiver), Obj::Generator(_)) =>
            {
                let (receiver, name) = (*receiver, *name);
                self.call_generator_method(receiver, name, args, kwargs)
            }
            Obj::Builtin(Builtin("next"))
                if kwargs.is_empty()
                    && matches!(args.len(), 1 | 2)
                    && matches!(self.heap.get(args[0]), Obj::Generator(_)) =>
            {
                let mode = match args.get(1) {
                    Some(&d) => generators::GenMode::NextDefault(d),
                    None => generators::GenMode::Call,
                };
                let none = self.none;
                self.gen_resume(args[0], generators::Resume::Send(none), mode)
            }
            Obj::Instance(_) | Obj::Dict(_) => match self.user_special_fn(func, "__call__")? {
                Some(f) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(func);
                    all.extend(args);
                    self.call(f, all, kwargs)
                }
                None => {
                    let tn = self.type_name(func);
                    self.type_error(format!("'{tn}' object is not callable"))
                }
            },
            _ => {
                let r = self.call_native(func, args, kwargs)?;
                self.push(r);
                Ok(())
            }
        }
    }

    pub(crate) fn call_function(
        &mut self,
        func: ObjId,
        f: &Function,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
        on_return: ReturnHook,
    ) -> PyResult<()> {
        let class_call = usize::from(on_return.holds_class_call());
        if self.recursion_depth_reached(class_call) {
            return self.err(TypeId::RecursionError, "maximum recursion depth exceeded");
        }
        let program = self.program.clone();
        let code = &program.codes[f.code];
        let mut fast = self.bind_arguments(f, code, args, kwargs)?;
        let cells = self.make_cells(f.code, &mut fast, f.closure);
        let exc_depth = self.exc_info.len();
        let frame = Frame {
            code: f.code,
            pc: 0,
            instrs: self.code_instrs(f.code),
            stack: Vec::new(),
            fast,
            cells,
            trace: Default::default(),
            blocks: Vec::new(),
            exc_depth,
            func: Some(func),
            ns: None,
            on_return: ReturnHook::Push,
            frame_obj: None,
            locals_dict: None,
        };
        if code.is_generator {
            // RETURN_GENERATOR: the caller gets a generator owning the unstarted frame.
            let genr = self.make_generator(frame);
            if self.recorder.is_some() {
                self.trace_generator_made(genr);
            }
            if let ReturnHook::Sync = on_return {
                self.sync_result = Some(genr);
                return Ok(());
            }
            return self.finish_call(on_return, genr, None, f.code);
        }
        self.warm_up(frame.code);
        self.frames.push(Frame { on_return, ..frame });
        if self.recorder.is_some() {
            self.trace_frame_pushed();
        }
        Ok(())
    }

    /// Mirrors the argument binding of `initialize_locals()` in Python/ceval.c, with its
    /// error messages.
    // Index loops read like the C they mirror: parameter i is varnames[i] is fast[i].
    #[allow(clippy::needless_range_loop)]
    fn bind_arguments(
        &mut self,
        f: &Function,
        code: &crate::frontend::code::Code,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult<Vec<Option<ObjId>>> {
        let name = &f.qualname;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let mut fast: Vec<Option<ObjId>> = vec![None; code.varnames.len()];
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argcount {
                fast[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        let mut slot = argcount + kwonly;
        if code.has_varargs {
            let t = self.tuple(extra.clone());
            fast[slot] = Some(t);
            slot += 1;
            extra.clear();
        }
        let varkw_slot = code.has_varkw.then_some(slot);
        let mut varkw: Vec<(ObjId, ObjId)> = Vec::new();
        for (k, v) in &kwargs {
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| n == k)
                .filter(|&p| p >= posonly);
            match pos {
                Some(p) => {
                    if fast[p].is_some() {
                        return self.type_error(format!(
                            "{name}() got multiple values for argument '{k}'"
                        ));
                    }
                    fast[p] = Some(*v);
                }
                None => {
                    if varkw_slot.is_some() {
                        let ks = self.string(k.clone());
                        varkw.push((ks, *v));
                    } else {
                        // positional_only_passed_as_keyword(): every positional-only
                        // name among all the keywords, in parameter order, before the
                        // unexpected keyword itself.
                        let names: Vec<&str> = code.varnames[..posonly]
                            .iter()
                            .filter(|n| kwargs.iter().any(|(k2, _)| k2 == *n))
                            .map(String::as_str)
                            .collect();
                        if !names.is_empty() {
                            return self.type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                                names.join(", ")
                            ));
                        }
                        return self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{k}'"
                        ));
                    }
                }
            }
        }
        if !extra.is_empty() {
            // too_many_positional(): keyword-only arguments given by keyword are counted.
            let ndefaults = f.defaults.len();
            let given = nargs;
            let kwonly_given = fast[argcount..argcount + kwonly]
                .iter()
                .filter(|x| x.is_some())
                .count();
            let takes = if ndefaults > 0 {
                format!("from {} to {}", argcount - ndefaults, argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && ndefaults == 0 {
                ""
            } else {
                "s"
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    if given != 1 { "s" } else { "" },
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            return self.type_error(format!(
                "{name}() takes {takes} positional argument{plural} but {given}{kwonly_sig} {was} given"
            ));
        }
        // Defaults fill the last positional parameters.
        let first_default = argcount - f.defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(f.defaults[i - first_default]);
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return self.type_error(missing_message(name, "positional", &missing));
        }
        let mut missing_kw = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let pname = &code.varnames[i];
                match f.kwdefaults.iter().find(|(n, _)| n == pname) {
                    Some((_, v)) => fast[i] = Some(*v),
                    None => missing_kw.push(pname.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return self.type_error(missing_message(name, "keyword-only", &missing_kw));
        }
        if let Some(s) = varkw_slot {
            let d = self.new_dict();
            for (k, v) in varkw {
                self.dict_setitem(d, k, v)?;
            }
            fast[s] = Some(d);
        }
        Ok(fast)
    }

    /// Runs a built-in callable.
    fn call_native(
        &mut self,
        func: ObjId,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult {
        match self.heap.get(func).clone() {
            // The generic call of a built-in function enters a recursion guard
            // (cfunction_vectorcall_*, or _PyObject_MakeTpCall); quickened code's
            // specialized calls keep it only for METH_O ones (PRECALL_NO_KW_BUILTIN_O; not
            // len(), PRECALL_NO_KW_LEN) and the unspecialized min() and max(). The types
            // pyxray keeps among the functions have vectorcall and no guard.
            Obj::Builtin(Builtin(name))
                if !VECTORCALL_TYPES.contains(&name)
                    && (!self.running_code_quickened()
                        || (args.len() == 1
                            && kwargs.is_empty()
                            && METH_O_BUILTINS.contains(&name)
                            && name != "len")
                        || name == "min"
                        || name == "max") =>
            {
                self.with_recursion_guard(" while calling a Python object", |vm| {
                    vm.call_builtin(name, args, kwargs)
                })
            }
            Obj::Builtin(Builtin(name)) => self.call_builtin(name, args, kwargs),
            // A built-in method's generic call guards too (method_vectorcall_*); quickened
            // code's specialized calls without keywords (PRECALL_NO_KW_METHOD_DESCRIPTOR_*)
            // are taken as unguarded.
            Obj::Method { receiver, name }
                if !self.running_code_quickened() || !kwargs.is_empty() =>
            {
                self.with_recursion_guard(" while calling a Python object", |vm| {
                    vm.call_method(receiver, name, args, kwargs)
                })
            }
            Obj::Method { receiver, name } => self.call_method(receiver, name, args, kwargs),
            Obj::MethodDescr {
                ty: TypeId::Counter,
                name,
            } => self.call_counter_function(name, args, kwargs),
            // method_descriptor: the instance comes first and must be of the type.
            // wrapper_descriptor: wrapperdescr_call()'s checks, then the slot.
            Obj::MethodDescr { ty, name } if classes::is_slot_wrapper(ty, name) => {
                let tn = ty.name();
                let Some((&recv, rest)) = args.split_first() else {
                    return self.type_error(format!(
                        "descriptor '{name}' of '{tn}' object needs an argument"
                    ));
                };
                if !self.type_of(recv).is_subtype(ty) {
                    let other = self.type_name(recv);
                    return self.type_error(format!(
                        "descriptor '{name}' requires a '{tn}' object but received a '{other}'"
                    ));
                }
                let dispatch = classes::descr_dispatch(ty, name);
                self.call_method(recv, dispatch, rest.to_vec(), kwargs)
            }
            Obj::MethodDescr { ty, name } => {
                let tn = ty.name();
                let Some((&recv, rest)) = args.split_first() else {
                    return self
                        .type_error(format!("unbound method {tn}.{name}() needs an argument"));
                };
                if !self.type_of(recv).is_subtype(ty) {
                    let other = self.type_name(recv);
                    // descr_check(): the descriptor's type by its tp_name.
                    return self.type_error(format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to a '{other}' object",
                        ty.tp_name()
                    ));
                }
                // object's and type's methods dispatch on their owner-qualified names;
                // through the descriptor, `type.mro`'s messages name `type`.
                let dispatch = match ty {
                    TypeId::Type if name == "mro" => {
                        if !kwargs.is_empty() {
                            return self.type_error("type.mro() takes no keyword arguments");
                        }
                        if !rest.is_empty() {
                            return self.type_error(format!(
                                "type.mro() takes no arguments ({} given)",
                                rest.len()
                            ));
                        }
                        "type.mro"
                    }
                    _ => classes::descr_dispatch(ty, name),
                };
                self.call_method(recv, dispatch, rest.to_vec(), kwargs)
            }
            Obj::Type(t) if self.type_call_guarded(t, args.len(), !kwargs.is_empty()) => self
                .with_recursion_guard(" while calling a Python object", |vm| {
                    vm.call_type(t, args, kwargs)
                }),
            Obj::Type(t) => self.call_type(t, args, kwargs),
            _ => {
                let tn = self.type_name(func);
                self.type_error(format!("'{tn}' object is not callable"))
            }
        }
    }

    // ----- results -------------------------------------------------------------------

    /// CPython's traceback text for an exception that escaped the module.
    pub fn format_traceback(&mut self, exc: ObjId) -> String {
        let mut out = String::new();
        self.format_exception_chain(exc, &mut out, 0, true);
        out
    }

    /// The traceback of `exc` alone, without its `__cause__`/`__context__` chain: what
    /// `PyErr_WriteUnraisable`'s default hook (`write_unraisable_exc_file`) prints.
    pub(crate) fn format_unraisable(&mut self, exc: ObjId) -> String {
        let mut out = String::new();
        self.format_exception_chain(exc, &mut out, CHAIN_LIMIT, false);
        out
    }

    /// `suggest`: the "Did you mean" suggestions `print_exception()` adds (not
    /// `PyErr_WriteUnraisable`'s hook).
    fn format_exception_chain(
        &mut self,
        exc: ObjId,
        out: &mut String,
        depth: usize,
        suggest: bool,
    ) {
        let (cause, context, suppress, tb) = match self.heap.get(exc) {
            Obj::Exception(e) => (e.cause, e.context, e.suppress_context, e.traceback.clone()),
            _ => return,
        };
        if depth < CHAIN_LIMIT {
            if let Some(c) = cause {
                self.format_exception_chain(c, out, depth + 1, suggest);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let (Some(c), false) = (context, suppress) {
                self.format_exception_chain(c, out, depth + 1, suggest);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        if !tb.is_empty() {
            // CPython 3.11 names the main script by its absolute path (sys.argv[0] made
            // absolute, symlinks kept).
            let path = std::path::absolute(&self.program.path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| self.program.path.clone());
            out.push_str("Traceback (most recent call last):\n");
            // tb_printinternal(): the last PyTraceBack_LIMIT entries; a frame and line
            // repeated more than TB_RECURSIVE_CUTOFF times in a row is elided.
            let skip = tb.len().saturating_sub(TRACEBACK_LIMIT);
            let mut last: Option<(u32, &str)> = None;
            let mut repeated = 0;
            for &(code, line, pc) in &tb[skip..] {
                let c = &self.program.codes[code];
                let name = match c.kind {
                    CodeKind::Module => "<module>",
                    CodeKind::Function | CodeKind::Class => c.name.as_str(),
                };
                if last != Some((line, name)) {
                    push_repeated(out, repeated);
                    last = Some((line, name));
                    repeated = 0;
                }
                repeated += 1;
                if repeated > carets::RECURSIVE_CUTOFF {
                    continue;
                }
                out.push_str(&format!("  File \"{path}\", line {line}, in {name}\n"));
                // After sys.modules is emptied at shutdown no source line can be read.
                if let Some(raw) = self.program.raw_source_line(line)
                    && !raw.trim().is_empty()
                    && !self.exit.modules_gone
                {
                    out.push_str(&format!("    {}\n", raw.trim()));
                    if let Some(loc) = c.locs.get(pc as usize)
                        && loc.line == line
                        && let Some(carets) = carets::caret_line(raw, loc)
                    {
                        out.push_str(&carets);
                        out.push('\n');
                    }
                }
            }
            push_repeated(out, repeated);
        }
        out.push_str(&self.exception_line(exc));
        // print_exception_suggestions() in Python/pythonrun.c: the display's own
        // addition, not part of str(exc); PyErr_WriteUnraisable's hook has none.
        if suggest {
            match self.offer_suggestions(exc) {
                Ok(Some(s)) => out.push_str(&format!(". Did you mean: '{s}'?")),
                Ok(None) => {}
                Err(e) if self.exc_is(e, TypeId::Unsupported) => {
                    // Reported where the displayed exception was raised.
                    if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
                        x.traceback = tb.last().copied().into_iter().collect();
                    }
                    if self.pending_unsupported.is_none() {
                        self.pending_unsupported = Some(e);
                    }
                }
                // PyErr_Clear(): a failing dir() only loses the suggestion.
                Err(_) => {}
            }
        }
        out.push('\n');
    }

    /// `Type: message` as the last line of a traceback.
    /// The class of an exception as the traceback's last line names it.
    // mirrors print_exception_message() in Python/pythonrun.c
    fn exception_class_name(&mut self, exc: ObjId) -> String {
        let class = match self.heap.get(exc) {
            Obj::Exception(e) => e.class,
            _ => None,
        };
        let Some(class) = class else {
            return self.type_name(exc);
        };
        let text = |vm: &mut Vm, attr: &str| match vm.get_attr(class, attr) {
            Ok(v) => match vm.heap.get(v) {
                Obj::Str(s) => Some(s.s.to_string()),
                _ => None,
            },
            Err(_) => None,
        };
        let Some(qualname) = text(self, "__qualname__") else {
            return self.type_name(exc);
        };
        match text(self, "__module__") {
            Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{qualname}"),
            Some(_) => qualname,
            None => format!("<unknown>.{qualname}"),
        }
    }

    pub fn exception_line(&mut self, exc: ObjId) -> String {
        if !matches!(self.heap.get(exc), Obj::Exception(_)) {
            return "<not an exception>".into();
        }
        // print_exception() names the class by its qualname, after its module unless
        // that is __main__ or builtins: `Outer.Inner: nested`, `f.<locals>.E: x`.
        let name = self.exception_class_name(exc);
        let msg = match self.str_of(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

/// What a frame's [`ReturnHook`] keeps alive.
pub(crate) fn frame_hook_children(f: &Frame, roots: &mut Vec<ObjId>) {
    match &f.on_return {
        ReturnHook::BuildClass { bases, kwargs } => {
            roots.extend(bases.iter().copied());
            roots.extend(kwargs.iter().map(|(_, v)| *v));
        }
        ReturnHook::Init { instance } => roots.push(*instance),
        ReturnHook::New {
            class,
            args,
            kwargs,
        } => {
            roots.push(*class);
            roots.extend(args.iter().copied());
            roots.extend(kwargs.iter().map(|(_, v)| *v));
        }
        ReturnHook::Gen { genr, mode } => {
            roots.push(*genr);
            if let generators::GenMode::NextDefault(d) = mode {
                roots.push(*d);
            }
        }
        ReturnHook::Push | ReturnHook::Sync => {}
    }
}

pub(crate) fn missing_message(name: &str, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let plural = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{name}() missing {} required {kind} argument{plural}: {list}",
        missing.len()
    )
}
