//! The trace: every micro-event the VM and the models report, grouped into steps at three
//! granularities, and a [`Timeline`] that can rebuild the picture at any step.
//!
//! - [`Recorder`] is fed by the VM while it runs (only when tracing is on). Events are
//!   small plain data ([`Event`], at most 32 bytes); text (reprs, names, output) is
//!   interned once and referred to by [`StrId`].
//! - [`State`] is what a view draws at one step: every dict's table, the globals, the
//!   current line and output. It is rebuilt by applying events ([`State::apply`]); its big
//!   parts are persistent vectors, so a clone is cheap.
//! - [`Timeline`] keeps a [`State`] checkpoint every [`CHECKPOINT_EVERY`] events; seeking
//!   clones the nearest checkpoint before the target and replays at most that many
//!   events, so the cost of a seek does not grow with the length of the trace.
//!
//! **Invariant:** restoring a checkpoint and replaying events gives exactly the state a
//! replay from event 0 gives (tested).

pub mod frames;
pub mod heap;
pub mod log;
pub mod narrate;
pub mod threads;

pub use frames::{CellState, FrameState, GenPhase, GeneratorState};

use crate::frontend::code::Program;
use crate::models::dict::{Dict, DictEvent, DictSnapshot};
use crate::vm::object::ObjId;
use std::rc::Rc;

/// An interned string.
pub type StrId = u32;
/// "No string" (an unbound variable).
pub const NO_STR: StrId = u32::MAX;

/// Events between two checkpoints.
pub const CHECKPOINT_EVERY: usize = 4096;

/// One micro-event.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Event {
    /// A source line starts executing (the line granularity's boundary).
    Line {
        line: u32,
    },
    /// An instruction with visible effects starts (the operation granularity's boundary).
    Op {
        code: u32,
        pc: u32,
    },
    /// `hash(key)` was computed.
    Hash {
        hash: i64,
        key: StrId,
    },
    /// A dict came into being; its first table is `Trace::dict_inits[dict]`.
    DictNew {
        dict: u32,
    },
    /// The following dict events concern this dict.
    DictFocus {
        dict: u32,
    },
    Dict(DictEvent<StrId, StrId>),
    /// A global was bound (or, with `NO_STR`, deleted).
    Bind {
        name: StrId,
        value: StrId,
    },
    /// A global name was bound to a dict (so views can call the dict by its name).
    NameDict {
        dict: u32,
        name: StrId,
    },
    /// Text was printed.
    Output {
        text: StrId,
    },
    /// An exception was raised.
    Raise,
    /// A defaultdict's subscript missed `key`: `__missing__` calls `factory` (its repr)
    /// and stores the result (`defdict_missing()`).
    DictMissing {
        key: StrId,
        factory: StrId,
    },
    /// A Counter's subscript missed `key`: `Counter.__missing__` returns 0, storing
    /// nothing.
    CounterMissing {
        key: StrId,
    },
    /// A list's item array changed (models/list.rs); `list` is the list as it is after.
    List {
        list: StrId,
        ev: crate::models::list::ListEvent,
    },
    /// The linked list of the focused dict, an OrderedDict, changed (odict.rs).
    ODict {
        op: OdOp,
        key: StrId,
    },
    /// A class's MRO is being computed; `Trace::classes[class]` names it and the lists
    /// the merge works on.
    ClassBegin {
        class: u32,
    },
    /// One step of the C3 merge (`models::mro::MroEvent`); `name` is the class it is about.
    Mro {
        step: MroStep,
        name: StrId,
    },
    /// An attribute lookup on an instance, a class or `super()`: the MRO of `start` is
    /// walked (after class `after` for `super()`, else from the start) and `attr` found in
    /// class `found` (`NO_STR`: not found); `instance` when the instance `__dict__` had it.
    Lookup {
        attr: StrId,
        start: StrId,
        after: StrId,
        found: StrId,
        instance: bool,
    },
    /// A Python frame was pushed (`_PyEval_EvalFrameDefault` starts on it): trace number
    /// `frame` (the module's frame is 0 and never announced), running code `code` as
    /// function `name`, at call-stack depth `depth` (the module is depth 0).
    FramePush {
        frame: u32,
        code: u32,
        name: StrId,
        depth: u32,
    },
    /// The top frame is gone: it returned, or (`raised`) an exception left it.
    FramePop {
        frame: u32,
        raised: bool,
    },
    /// `RETURN_GENERATOR`: generator number `generator` now owns the not-yet-started
    /// frame `frame` of code `code` (function `name`); `repr` is the generator object's
    /// repr (its address tells it apart from other generators of the same function).
    GenNew {
        generator: u32,
        frame: u32,
        code: u32,
        name: StrId,
        repr: StrId,
    },
    /// `gen_send_ex2`: the generator's frame goes back on top of the stack, at depth `depth`
    /// (`thrown`: to raise an exception at its `yield`, for `throw()` or `close()`).
    GenResume {
        generator: u32,
        depth: u32,
        thrown: bool,
    },
    /// `YIELD_VALUE`: the generator's frame leaves the stack and is parked in the
    /// generator; it will resume at `line` with `stack` values on its value stack, after
    /// handing out `value`.
    GenSuspend {
        generator: u32,
        line: u32,
        stack: u32,
        value: StrId,
    },
    /// The generator is finished (returned, raised, or was closed); its frame is gone.
    GenClose {
        generator: u32,
    },
    /// A local variable of frame `frame` was bound (`STORE_FAST`, argument binding, a
    /// class body's `STORE_NAME`), or with `NO_STR` deleted.
    Local {
        frame: u32,
        name: StrId,
        value: StrId,
    },
    /// `MAKE_CELL`: cell number `cell` for variable `name` of frame `frame`, holding `value`.
    CellNew {
        cell: u32,
        frame: u32,
        name: StrId,
        value: StrId,
    },
    /// `COPY_FREE_VARS`: frame `frame` reaches cell `cell` through its closure.
    CellShare {
        frame: u32,
        cell: u32,
    },
    /// `MAKE_FUNCTION` with a closure: function `func` keeps cell `cell` in `__closure__`.
    Closure {
        cell: u32,
        func: StrId,
    },
    /// `STORE_DEREF` (or, with `NO_STR`, `DELETE_DEREF`) through a cell.
    CellSet {
        cell: u32,
        value: StrId,
    },
    /// `LOAD_DEREF`: a read through a cell.
    CellGet {
        cell: u32,
    },
    /// Heap object number `node` exists now (see `heap.rs`).
    HeapNew {
        node: u32,
        kind: StrId,
        label: StrId,
    },
    HeapLabel {
        node: u32,
        label: StrId,
    },
    /// The object was deallocated.
    HeapFree {
        node: u32,
    },
    HeapRefcount {
        node: u32,
        refcount: i32,
    },
    /// The collector list the object is on (`heap::gen`).
    HeapGen {
        node: u32,
        list: u8,
    },
    /// The object's references are now `Trace::heap_edges[list]`.
    HeapEdges {
        node: u32,
        list: u32,
    },
    /// The roots are now `Trace::heap_roots[list]`.
    HeapRoots {
        list: u32,
    },
    /// The generations' counts and thresholds.
    GcCounts {
        counts: [u32; 3],
        thresholds: [u32; 3],
    },
    /// `gc_collect_main(generation)` starts.
    GcStart {
        generation: u8,
    },
    /// A step of `deduce_unreachable` on `node` (`heap::step`), `other` the object whose
    /// reference it concerns.
    GcStep {
        node: u32,
        other: u32,
        gc_refs: i32,
        step: u8,
    },
    /// The collection found `collected` objects.
    GcDone {
        generation: u8,
        collected: i32,
    },
    /// `__del__` of the object runs.
    Finalize {
        node: u32,
    },
    /// The callback of weak reference `node` runs.
    WeakCallback {
        node: u32,
    },
    /// The trashcan deposits `node` (its deallocation began 50 deep) or, once the
    /// nesting is back to zero, takes it out to deallocate it (`deposit` false).
    Trashcan {
        node: u32,
        deposit: bool,
    },
    /// A thread or GIL event at virtual time `at` (ns); see `threads.rs`.
    Thread {
        at: u64,
        ev: threads::ThreadEv,
    },
    /// The main module has ended and interpreter shutdown (`Py_FinalizeEx`) enters a
    /// phase; a line and operation boundary.
    Shutdown {
        phase: ShutdownPhase,
    },
}

/// The phases of interpreter shutdown the trace marks (`vm/shutdown.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ShutdownPhase {
    /// `PyErr_Print`: the uncaught exception's traceback goes to stderr.
    Traceback,
    /// `_PyAtExit_Call`: the atexit callbacks, newest first.
    AtExit,
    /// `_PyGC_CollectIfEnabled`: one last full collection.
    Collect,
    /// `sys.last_value` and `sys.last_traceback` are cleared.
    LastException,
    /// `__main__`'s dict is part of a cycle: `_PyGC_CollectNoFail` frees it.
    TeardownCycle,
    /// `__main__`'s dict is freed by reference counting, its values in insertion order.
    TeardownRefcount,
    /// `gc.callbacks` or `gc.garbage` keeps `__main__`'s dict alive past the end.
    TeardownKept,
}

/// A C3 step as recorded (see [`crate::models::mro::MroEvent`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MroStep {
    SingleBase,
    MergeBegin { lists: u16 },
    TryHead { list: u16, index: u16 },
    InTail { list: u16, at: u16 },
    Pick { position: u16 },
    Done,
    Conflict,
}

/// A class as the trace knows it: its name and the lists its MRO merge starts from (each
/// base's MRO, then the bases), by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassInfo {
    pub name: StrId,
    pub lists: Vec<Vec<StrId>>,
    /// The names in the class `__dict__` once it was made (empty if the MRO failed).
    pub attrs: Vec<StrId>,
}

impl Event {
    /// Events that only route the ones after them (which dict they concern, which name a
    /// dict goes by): nothing to see or narrate on their own.
    pub fn is_silent(&self) -> bool {
        matches!(self, Event::DictFocus { .. } | Event::NameDict { .. })
    }
}

/// The three granularities a user steps at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Granularity {
    /// One source line at a time.
    Line,
    /// One operation (an instruction that did something visible) at a time.
    Op,
    /// One micro-event at a time.
    Micro,
}

/// Text the VM hands the recorder: small ints stay numbers (stored inline in the id, so
/// the hot path formats and hashes nothing), everything else is a repr.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Int(i64),
    Str(String),
    /// A container too big to show, as its stable summary (`<dict #3>`,
    /// `<list of 20 items>`): formatted once, then found by number.
    Summary(Summary),
}

/// The summaries [`Text::Summary`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Summary {
    Dict(u32),
    List(usize),
    Set(usize),
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Summary::Dict(n) => write!(f, "<dict #{n}>"),
            Summary::List(n) => write!(f, "<list of {n} items>"),
            Summary::Set(n) => write!(f, "<set of {n} items>"),
        }
    }
}

/// Ids with this bit set hold a small int inline.
const INLINE_INT: u32 = 0x8000_0000;

/// Interned text.
#[derive(Clone, Debug, Default)]
pub struct Strings {
    // FxHash: interning is on the tracing hot path, and these keys are not attacker-chosen.
    map: rustc_hash::FxHashMap<Rc<str>, StrId>,
    list: Vec<Rc<str>>,
    summaries: rustc_hash::FxHashMap<Summary, StrId>,
}

impl Strings {
    /// Interns a [`Text`]; ints in -2**30..2**30 need no storage at all, except -1:
    /// its inline id (all ones) is `NO_STR`, which would show the value as unbound.
    pub fn intern_text(&mut self, t: &Text) -> StrId {
        match t {
            Text::Int(v) if *v != -1 && (-(1i64 << 30)..(1i64 << 30)).contains(v) => {
                INLINE_INT | (*v as u32 & 0x7fff_ffff)
            }
            Text::Int(v) => self.intern(&v.to_string()),
            Text::Str(s) => self.intern(s),
            Text::Summary(sum) => match self.summaries.get(sum) {
                Some(&id) => id,
                None => {
                    let id = self.intern(&sum.to_string());
                    self.summaries.insert(*sum, id);
                    id
                }
            },
        }
    }

    pub fn intern(&mut self, s: &str) -> StrId {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let rc: Rc<str> = Rc::from(s);
        let id = self.list.len() as StrId;
        self.list.push(rc.clone());
        self.map.insert(rc, id);
        id
    }

    pub fn get(&self, id: StrId) -> std::borrow::Cow<'_, str> {
        if id != NO_STR && id & INLINE_INT != 0 {
            // Sign-extend the 31-bit value.
            let v = ((id << 1) as i32) >> 1;
            return std::borrow::Cow::Owned(v.to_string());
        }
        std::borrow::Cow::Borrowed(self.list.get(id as usize).map_or("", |s| s))
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A finished recording.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub events: log::EventLog,
    pub strings: Strings,
    /// Each dict's table when it was created, by dict number.
    pub dict_inits: Vec<DictSnapshot>,
    /// Each dict's class, by dict number (missing: a plain dict).
    pub dict_classes: Vec<DictClass>,
    /// Every class statement (and `type()` call) reached, by class number.
    pub classes: Vec<ClassInfo>,
    /// Heap objects' reference lists and the roots, by the index events give.
    pub heap_edges: Vec<Vec<heap::HeapEdge>>,
    pub heap_roots: Vec<Vec<(StrId, u32)>>,
}

/// What happened to an OrderedDict's linked list of nodes (Objects/odictobject.c). The
/// table is the dict's and changes by its own events; these are the list's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OdOp {
    /// `_odict_add_new_node()`: the key's node joins the tail.
    NodeAdded,
    /// `_odict_clear_node()`: the key's node leaves the list.
    NodeRemoved,
    /// `move_to_end(key)`: the node moves to the tail.
    MovedToEnd,
    /// `move_to_end(key, last=False)`: the node moves to the head.
    MovedToFront,
    /// `_odict_resize()`: the table's keys object changed, so `od_fast_nodes` (a node
    /// pointer per entry slot) is rebuilt with `size` slots, one lookup per node.
    FastNodes { size: u32, nodes: u32 },
    /// `_odict_clear_nodes()`: every node and `od_fast_nodes` are freed.
    Cleared,
}

/// The class of a dict object: its table is a dict's either way, but the object is larger
/// and its subscript answers a missing key differently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DictClass {
    #[default]
    Dict,
    DefaultDict,
    Counter,
    OrderedDict,
    /// An instance of a Python subclass of dict, by its class's name.
    User(StrId),
    /// An instance of a Python subclass of OrderedDict, by its class's name.
    UserOrdered(StrId),
}

impl DictClass {
    /// `type(d).__name__`.
    pub fn name(self) -> &'static str {
        match self {
            DictClass::Dict => "dict",
            DictClass::DefaultDict => "defaultdict",
            DictClass::Counter => "Counter",
            DictClass::OrderedDict => "OrderedDict",
            DictClass::User(_) => "dict subclass",
            DictClass::UserOrdered(_) => "OrderedDict subclass",
        }
    }

    /// `type(d).__name__`, a Python subclass's name read from the trace's strings.
    pub fn label(self, strings: &Strings) -> String {
        match self {
            DictClass::User(name) | DictClass::UserOrdered(name) => strings.get(name).into_owned(),
            c => c.name().to_string(),
        }
    }

    /// What `sys.getsizeof` counts beyond a dict's: defaultdict's `default_factory`
    /// pointer; a Python subclass's weakref slot and managed-dict pointers; an
    /// OrderedDict's eight fields, its `od_fast_nodes` pointers and its 32-byte nodes
    /// (`odict_sizeof()`), given its size and `od_fast_nodes_size`.
    pub fn extra_bytes(self, used: usize, od_fast_nodes: usize) -> usize {
        match self {
            DictClass::Dict => 0,
            DictClass::DefaultDict => 8,
            DictClass::Counter => 24,
            DictClass::OrderedDict => 64 + 8 * od_fast_nodes + 32 * used,
            // A Python subclass: the managed-dict pointers before the object and a
            // weak-reference slot, as Counter's.
            DictClass::User(_) => 24,
            // OrderedDict already has its __dict__ and weakref slots: a subclass adds none.
            DictClass::UserOrdered(_) => 64 + 8 * od_fast_nodes + 32 * used,
        }
    }
}

/// Collects events while the VM runs.
#[derive(Clone, Debug, Default)]
pub struct Recorder {
    pub trace: Trace,
    at: (u32, u32),
    last_op: Option<(u32, u32)>,
    last_line: Option<(u32, (u32, u32))>,
    focus: Option<u32>,
    /// Each global's current value text, by name: keyed by interned id so a rebinding
    /// allocates nothing.
    globals: rustc_hash::FxHashMap<StrId, StrId>,
    /// Frame bookkeeping for the frame events (see `frames.rs`).
    frames: frames::FrameBook,
    /// The thread whose frames `frames` tracks, and the other threads' frame numbers.
    thread: u32,
    parked_stacks: rustc_hash::FxHashMap<u32, Vec<u32>>,
    /// The virtual time of the last thread event or clock mark.
    last_clock: u64,
}

impl Recorder {
    pub fn new() -> Self {
        Self::default()
    }

    /// The VM is about to execute instruction `pc` of code `code`.
    #[inline]
    pub fn at_instruction(&mut self, code: u32, pc: u32) {
        self.at = (code, pc);
    }

    fn push(&mut self, e: Event) {
        self.op_boundary();
        self.trace.events.push(e);
    }

    /// The first event of an instruction is preceded by its `Op` event.
    #[inline(always)]
    fn op_boundary(&mut self) {
        if self.last_op != Some(self.at) {
            self.last_op = Some(self.at);
            self.trace.events.push_op(self.at.0, self.at.1);
        }
    }

    /// A `Line` instruction ran. Another statement further along the same line (no jump
    /// back in between) continues the current step, as CPython's line tracing does.
    pub fn line(&mut self, line: u32) {
        let continues = matches!(self.last_line,
            Some((l, at)) if l == line && at.0 == self.at.0 && at.1 < self.at.1);
        self.last_line = Some((line, self.at));
        if continues {
            return;
        }
        self.trace.events.push_line(line);
        self.last_op = None;
    }

    pub fn bind(&mut self, name: &str, value: Option<&Text>) {
        let n = self.trace.strings.intern(name);
        self.bind_interned(n, value);
    }

    /// [`Self::bind`] with the name already interned.
    pub fn bind_interned(&mut self, n: StrId, value: Option<&Text>) {
        let v = value.map_or(NO_STR, |v| self.trace.strings.intern_text(v));
        match value {
            Some(_) => self.globals.insert(n, v),
            None => self.globals.remove(&n),
        };
        self.op_boundary();
        self.trace.events.push_bind(n, v);
    }

    /// A container bound to a global may have changed: rebind only if its text did.
    pub fn refresh(&mut self, name: &str, value: &Text) {
        let v = self.trace.strings.intern_text(value);
        let n = self.trace.strings.intern(name);
        if self.globals.insert(n, v) != Some(v) {
            self.push(Event::Bind { name: n, value: v });
        }
    }

    pub fn hash(&mut self, key: &Text, hash: i64) {
        let k = self.trace.strings.intern_text(key);
        self.op_boundary();
        self.trace.events.push_hash(hash, k);
    }

    /// A new dict with its initial table (empty, presized, or a copy's clone).
    pub fn dict_new(
        &mut self,
        dict: u32,
        class: DictClass,
        table: &Dict<ObjId, ObjId>,
        texts: &[(Text, Text)],
    ) {
        let mut ids = Vec::with_capacity(texts.len());
        for (k, v) in texts {
            ids.push((
                self.trace.strings.intern_text(k),
                self.trace.strings.intern_text(v),
            ));
        }
        let snap = DictSnapshot::from_table(table, &ids);
        debug_assert_eq!(self.trace.dict_inits.len(), dict as usize);
        self.trace.dict_inits.push(snap);
        if class != DictClass::Dict {
            self.trace
                .dict_classes
                .resize(dict as usize + 1, DictClass::Dict);
            self.trace.dict_classes[dict as usize] = class;
        }
        self.push(Event::DictNew { dict });
        self.focus = Some(dict);
    }

    /// A dict model event, its keys and values already interned.
    #[inline(always)]
    /// Makes `dict` the one the next dict events concern.
    fn focus_dict(&mut self, dict: u32) {
        if self.focus != Some(dict) {
            self.push(Event::DictFocus { dict });
            self.focus = Some(dict);
        }
    }

    pub fn dict_event(&mut self, dict: u32, ev: DictEvent<StrId, StrId>) {
        self.focus_dict(dict);
        self.op_boundary();
        self.trace.events.push_dict(ev);
    }

    pub fn name_dict(&mut self, dict: u32, name: &str) {
        let n = self.trace.strings.intern(name);
        self.push(Event::NameDict { dict, name: n });
    }

    pub fn output(&mut self, text: &str) {
        let t = self.trace.strings.intern(text);
        self.push(Event::Output { text: t });
    }

    pub fn raised(&mut self) {
        self.push(Event::Raise);
    }

    pub fn odict(&mut self, dict: u32, op: OdOp, key: &Text) {
        let key = self.trace.strings.intern_text(key);
        self.focus_dict(dict);
        self.push(Event::ODict { op, key });
    }

    pub fn list_array(&mut self, list: &Text, ev: crate::models::list::ListEvent) {
        let list = self.trace.strings.intern_text(list);
        self.push(Event::List { list, ev });
    }

    pub fn counter_missing(&mut self, key: &Text) {
        let key = self.trace.strings.intern_text(key);
        self.push(Event::CounterMissing { key });
    }

    pub fn dict_missing(&mut self, key: &Text, factory: &str) {
        let key = self.trace.strings.intern_text(key);
        let factory = self.trace.strings.intern(factory);
        self.push(Event::DictMissing { key, factory });
    }

    pub fn shutdown(&mut self, phase: ShutdownPhase) {
        self.push(Event::Shutdown { phase });
    }

    pub fn lookup(
        &mut self,
        attr: &str,
        start: &str,
        after: Option<&str>,
        found: Option<&str>,
        instance: bool,
    ) {
        let attr = self.trace.strings.intern(attr);
        let start = self.trace.strings.intern(start);
        let after = after.map_or(NO_STR, |a| self.trace.strings.intern(a));
        let found = found.map_or(NO_STR, |f| self.trace.strings.intern(f));
        self.push(Event::Lookup {
            attr,
            start,
            after,
            found,
            instance,
        });
    }

    /// The names in the last class's `__dict__`, once `type_new` finished it.
    pub fn class_attrs(&mut self, names: &[String]) {
        let ids: Vec<StrId> = names.iter().map(|n| self.trace.strings.intern(n)).collect();
        if let Some(c) = self.trace.classes.last_mut() {
            c.attrs = ids;
        }
    }

    /// The steps of one class's C3 merge.
    pub fn mro_steps(
        &mut self,
        _object: u32,
        class_name: &str,
        lists: &[Vec<String>],
        steps: &[(
            crate::models::mro::MroEvent<crate::vm::object::ClassRef>,
            String,
        )],
    ) {
        use crate::models::mro::MroEvent as M;
        let name = self.trace.strings.intern(class_name);
        let lists = lists
            .iter()
            .map(|l| l.iter().map(|n| self.trace.strings.intern(n)).collect())
            .collect();
        let class = self.trace.classes.len() as u32;
        self.trace.classes.push(ClassInfo {
            name,
            lists,
            attrs: Vec::new(),
        });
        self.push(Event::ClassBegin { class });
        for (e, n) in steps {
            let step = match *e {
                M::SingleBase { .. } => MroStep::SingleBase,
                M::MergeBegin { lists } => MroStep::MergeBegin { lists },
                M::TryHead { list, index, .. } => MroStep::TryHead { list, index },
                M::InTail { list, at, .. } => MroStep::InTail { list, at },
                M::Pick { position, .. } => MroStep::Pick { position },
                M::Done => MroStep::Done,
                M::Conflict => MroStep::Conflict,
            };
            let name = self.trace.strings.intern(n);
            self.push(Event::Mro { step, name });
        }
    }

    pub fn finish(self) -> Trace {
        self.trace
    }
}

/// One global in the variables panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub name: StrId,
    pub value: StrId,
}

/// What the views draw at one step.
#[derive(Clone, Debug, Default)]
pub struct State {
    /// Dict tables by dict number (`None` before creation).
    pub dicts: imbl::Vector<Option<DictSnapshot>>,
    /// Module globals in binding order.
    pub globals: imbl::Vector<Binding>,
    /// The global name last bound to each dict, by dict number.
    pub dict_names: imbl::Vector<Option<StrId>>,
    pub line: u32,
    /// The dict the last dict event concerned.
    pub focus: Option<u32>,
    /// The last computed hash and the key it was for.
    pub last_hash: Option<(i64, StrId)>,
    /// How many `Output` events have been applied.
    pub outputs: u32,
    /// Index of the last applied event (`None` before the first).
    pub applied: Option<usize>,
    pub raised: bool,
    /// Every class whose MRO has been computed (or attempted), by class number.
    pub classes: imbl::Vector<ClassState>,
    /// The class the last MRO event concerned.
    pub class_focus: Option<u32>,
    /// The call stack, oldest (the module) first.
    pub frames: imbl::Vector<FrameState>,
    /// Every generator made so far, by generator number.
    pub generators: imbl::Vector<GeneratorState>,
    /// Every cell made so far, by cell number.
    pub cells: imbl::Vector<CellState>,
    /// How many frame, generator and cell events have been applied (the frames view
    /// applies once there was one).
    pub frame_events: u32,
    /// The heap (reference-counted runs).
    pub heap: heap::HeapState,
    /// The thread whose frames `frames` is (0: the main thread).
    pub thread: u32,
    /// The other threads' call stacks, by thread number.
    pub parked: imbl::Vector<imbl::Vector<FrameState>>,
    /// The virtual time (ns) of the last thread event applied.
    pub clock: u64,
    /// The shutdown phase under way (None while the program runs).
    pub shutdown: Option<ShutdownPhase>,
}

/// Where a class's C3 merge stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassState {
    /// Index into `Trace::classes`.
    pub class: u32,
    /// The MRO so far (the class itself first).
    pub mro: Vec<StrId>,
    /// For each merged list, the position of its head (classes before it are placed).
    pub heads: Vec<u16>,
    /// The head being tried: (list, position).
    pub trying: Option<(u16, u16)>,
    /// Where the tried head was found in a tail: (list, position).
    pub blocked_at: Option<(u16, u16)>,
    pub outcome: ClassOutcome,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClassOutcome {
    #[default]
    Merging,
    Done,
    /// No consistent MRO: the class statement raised TypeError.
    Failed,
}

impl State {
    /// Applies one event.
    pub fn apply(&mut self, index: usize, e: &Event, trace: &Trace) {
        if index == 0 && self.frames.is_empty() {
            self.frames.push_back(FrameState::module());
        }
        match *e {
            Event::Line { line } => {
                self.line = line;
                self.last_hash = None;
                if let Some(f) = self.frames.back_mut() {
                    f.line = line;
                }
            }
            Event::FramePush { .. }
            | Event::FramePop { .. }
            | Event::GenNew { .. }
            | Event::GenResume { .. }
            | Event::GenSuspend { .. }
            | Event::GenClose { .. }
            | Event::Local { .. }
            | Event::CellNew { .. }
            | Event::CellShare { .. }
            | Event::Closure { .. }
            | Event::CellSet { .. }
            | Event::CellGet { .. } => self.apply_frame_event(e, trace),
            Event::HeapNew { .. }
            | Event::HeapLabel { .. }
            | Event::HeapFree { .. }
            | Event::HeapRefcount { .. }
            | Event::HeapGen { .. }
            | Event::HeapEdges { .. }
            | Event::HeapRoots { .. }
            | Event::GcCounts { .. }
            | Event::GcStart { .. }
            | Event::GcStep { .. }
            | Event::GcDone { .. }
            | Event::Finalize { .. }
            | Event::WeakCallback { .. }
            | Event::Trashcan { .. } => self.apply_heap_event(index, e, trace),
            Event::Op { .. } => {
                // A new operation: the last one's probe is over and no longer shown.
                if let Some(d) = self.focus
                    && self
                        .dicts
                        .get(d as usize)
                        .and_then(Option::as_ref)
                        .is_some_and(|s| s.activity != Default::default())
                    && let Some(Some(snap)) = self.dicts.get_mut(d as usize)
                {
                    snap.activity = Default::default();
                }
            }
            Event::Hash { hash, key } => self.last_hash = Some((hash, key)),
            Event::DictNew { dict } => {
                let d = dict as usize;
                while self.dicts.len() <= d {
                    self.dicts.push_back(None);
                }
                self.dicts.set(d, trace.dict_inits.get(d).cloned());
                self.focus = Some(dict);
            }
            Event::DictFocus { dict } => self.focus = Some(dict),
            Event::Dict(ev) => {
                if let Some(d) = self.focus
                    && let Some(Some(snap)) = self.dicts.get_mut(d as usize)
                {
                    snap.apply(&ev);
                }
            }
            Event::Bind { name, value } => {
                let pos = self.globals.iter().position(|b| b.name == name);
                match (pos, value) {
                    (Some(i), NO_STR) => {
                        self.globals.remove(i);
                    }
                    (Some(i), v) => {
                        self.globals.set(i, Binding { name, value: v });
                    }
                    (None, NO_STR) => {}
                    (None, v) => self.globals.push_back(Binding { name, value: v }),
                }
            }
            // Names only a dict the trace has a table for (no filler up to a bogus number:
            // one of u32::MAX once meant four billion pushes).
            Event::NameDict { dict, name } if (dict as usize) < trace.dict_inits.len() => {
                while self.dict_names.len() <= dict as usize {
                    self.dict_names.push_back(None);
                }
                self.dict_names.set(dict as usize, Some(name));
            }
            Event::NameDict { .. } => {}
            Event::Output { .. } => self.outputs += 1,
            Event::Raise => self.raised = true,
            Event::DictMissing { .. } | Event::CounterMissing { .. } | Event::List { .. } => {}
            Event::ODict { op, key } => {
                if let Some(d) = self.focus
                    && let Some(Some(snap)) = self.dicts.get_mut(d as usize)
                {
                    let at = snap.od_order.iter().position(|&k| k == key);
                    match op {
                        OdOp::FastNodes { size, .. } => snap.od_fast_nodes = size,
                        OdOp::Cleared => {
                            snap.od_fast_nodes = 0;
                            snap.od_order.clear();
                        }
                        OdOp::NodeAdded => snap.od_order.push_back(key),
                        OdOp::NodeRemoved => {
                            if let Some(i) = at {
                                snap.od_order.remove(i);
                            }
                        }
                        OdOp::MovedToEnd | OdOp::MovedToFront => {
                            if let Some(i) = at {
                                snap.od_order.remove(i);
                                if op == OdOp::MovedToEnd {
                                    snap.od_order.push_back(key);
                                } else {
                                    snap.od_order.push_front(key);
                                }
                            }
                        }
                    }
                }
            }
            Event::Lookup { .. } => {}
            Event::Thread { at, ev } => self.apply_thread_event(at, &ev),
            Event::Shutdown { phase } => self.shutdown = Some(phase),
            Event::ClassBegin { class } => {
                let info = trace.classes.get(class as usize);
                let lists = info.map_or(0, |c| c.lists.len());
                self.classes.push_back(ClassState {
                    class,
                    mro: info.map(|c| vec![c.name]).unwrap_or_default(),
                    heads: vec![0; lists],
                    ..ClassState::default()
                });
                self.class_focus = Some(class);
            }
            Event::Mro { step, name } => {
                let Some(c) = self.classes.back_mut() else {
                    return;
                };
                let lists = trace
                    .classes
                    .get(c.class as usize)
                    .map(|i| i.lists.as_slice())
                    .unwrap_or_default();
                match step {
                    MroStep::SingleBase => {
                        if let Some(base_mro) = lists.first() {
                            c.mro.extend(base_mro.iter().copied());
                        }
                        c.heads = lists.iter().map(|l| l.len() as u16).collect();
                        c.outcome = ClassOutcome::Done;
                    }
                    MroStep::MergeBegin { .. } => {}
                    MroStep::TryHead { list, index } => {
                        c.trying = Some((list, index));
                        c.blocked_at = None;
                    }
                    MroStep::InTail { list, at } => c.blocked_at = Some((list, at)),
                    MroStep::Pick { .. } => {
                        c.mro.push(name);
                        for (j, l) in lists.iter().enumerate() {
                            if let Some(h) = c.heads.get_mut(j)
                                && l.get(*h as usize) == Some(&name)
                            {
                                *h += 1;
                            }
                        }
                        c.trying = None;
                        c.blocked_at = None;
                    }
                    MroStep::Done => {
                        c.outcome = ClassOutcome::Done;
                        c.trying = None;
                    }
                    MroStep::Conflict => {
                        c.outcome = ClassOutcome::Failed;
                        c.trying = None;
                        c.blocked_at = None;
                    }
                }
            }
        }
        self.applied = Some(index);
    }
}

/// A recording plus everything needed to seek through it.
pub struct Timeline {
    pub program: Rc<Program>,
    pub trace: Trace,
    checkpoints: Vec<State>,
    /// Event indices where each line step starts.
    line_starts: Vec<usize>,
    /// The source line of each line step (0 for a shutdown phase): read here, since
    /// fetching an event from the log means decoding it.
    line_numbers: Vec<u32>,
    /// Event indices where each operation step starts.
    op_starts: Vec<usize>,
    /// Event index and text of every `Output` event, for the output panel.
    outputs: Vec<(usize, StrId)>,
}

impl Timeline {
    /// Builds the timeline of a finished traced run.
    pub fn from_vm(vm: crate::vm::Vm) -> Self {
        let trace = vm.recorder.map(Recorder::finish).unwrap_or_default();
        Self::new(vm.program, trace)
    }

    pub fn new(program: Rc<Program>, trace: Trace) -> Self {
        let mut line_starts = Vec::new();
        let mut line_numbers = Vec::new();
        let mut op_starts = Vec::new();
        let mut outputs = Vec::new();
        let mut checkpoints = Vec::with_capacity(trace.events.len() / CHECKPOINT_EVERY + 1);
        let mut state = State::default();
        for (i, e) in trace.events.iter().enumerate() {
            if i % CHECKPOINT_EVERY == 0 {
                checkpoints.push(state.clone());
            }
            match e {
                Event::Line { .. } | Event::Shutdown { .. } => {
                    line_starts.push(i);
                    line_numbers.push(match e {
                        Event::Line { line } => line,
                        _ => 0,
                    });
                    op_starts.push(i);
                }
                Event::Op { .. } => op_starts.push(i),
                Event::Output { text } => outputs.push((i, text)),
                _ => {}
            }
            state.apply(i, &e, &trace);
        }
        Timeline {
            program,
            trace,
            checkpoints,
            line_starts,
            line_numbers,
            op_starts,
            outputs,
        }
    }

    /// Number of events (micro-steps).
    pub fn len(&self) -> usize {
        self.trace.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.trace.events.is_empty()
    }

    /// The state after applying events `0..=at` (clamped to the trace).
    pub fn state_at(&self, at: usize) -> State {
        if self.trace.events.is_empty() {
            return State::default();
        }
        let at = at.min(self.len() - 1);
        let cp = at / CHECKPOINT_EVERY;
        let mut state = self.checkpoints.get(cp).cloned().unwrap_or_default();
        let from = cp * CHECKPOINT_EVERY;
        for (i, e) in (from..=at).zip(self.trace.events.iter_from(from)) {
            state.apply(i, &e, &self.trace);
        }
        state
    }

    fn starts(&self, g: Granularity) -> Option<&[usize]> {
        match g {
            Granularity::Line => Some(&self.line_starts),
            Granularity::Op => Some(&self.op_starts),
            Granularity::Micro => None,
        }
    }

    /// The step groups at a granularity as event ranges `[start, end)`.
    pub fn groups(&self, g: Granularity) -> Vec<(usize, usize)> {
        self.group_iter(g).collect()
    }

    /// The position (last event of a group) one step after `at` at granularity `g`.
    pub fn next_stop(&self, at: usize, g: Granularity) -> usize {
        let last = self.len().saturating_sub(1);
        match self.starts(g) {
            None => {
                // Micro-steps skip events that only route others (they change nothing a
                // user can see), so every micro-step has something to show and say.
                let mut i = (at + 1).min(last);
                while i < last && self.says_nothing(i) {
                    i += 1;
                }
                i
            }
            Some(starts) => {
                // The group containing at+1 ends just before the next start after at+1.
                let i = starts.partition_point(|&s| s <= at + 1);
                starts.get(i).map_or(last, |&s| s - 1).max(at.min(last))
            }
        }
    }

    /// Whether event `i` has nothing to show or say at a micro-step: it only routes others
    /// (`DictFocus`, `NameDict`), or it marks an instruction the narration has no words
    /// for (the events that follow tell what it did).
    fn says_nothing(&self, i: usize) -> bool {
        match self.trace.events.get(i) {
            Some(Event::Op { code, pc }) => narrate::op_is_unnarrated(self, code, pc),
            Some(e) => e.is_silent(),
            None => false,
        }
    }

    /// The position one step before `at` at granularity `g`.
    pub fn prev_stop(&self, at: usize, g: Granularity) -> usize {
        match self.starts(g) {
            None => {
                let mut i = at.saturating_sub(1);
                while i > 0 && self.says_nothing(i) {
                    i -= 1;
                }
                i
            }
            Some(starts) => {
                // End of the group before the one containing `at`.
                let i = starts.partition_point(|&s| s <= at);
                if i < 2 {
                    return starts.first().map_or(0, |&s| s.saturating_sub(1)).min(at);
                }
                starts[i - 1] - 1
            }
        }
    }

    /// The source line at a position.
    /// The source line a step of `[start, end)` is about: a line's or an operation's
    /// first event, a micro-step's last (the one that speaks).
    fn step_line(&self, g: Granularity, start: usize, end: usize) -> u32 {
        match g {
            Granularity::Micro => self.line_at(end.saturating_sub(1).max(start)),
            _ => self.line_at(start),
        }
    }

    pub fn line_at(&self, at: usize) -> u32 {
        let i = self.line_starts.partition_point(|&s| s <= at);
        if i == 0 {
            return 0;
        }
        self.line_numbers[i - 1]
    }

    /// Everything printed up to and including event `at`.
    pub fn output_until(&self, at: usize) -> String {
        let n = self.outputs.partition_point(|&(i, _)| i <= at);
        let mut s = String::new();
        for &(_, text) in &self.outputs[..n] {
            s.push_str(&self.trace.strings.get(text));
        }
        s
    }

    /// The trace as text: one block per step with its narration.
    pub fn render_text(&self, g: Granularity) -> String {
        let mut out = Vec::new();
        self.write_text(g, &mut out)
            .expect("writing to a Vec cannot fail");
        String::from_utf8(out).expect("narrations are UTF-8")
    }

    /// [`Timeline::render_text`] written to `out` a step at a time, so a long trace is
    /// never held whole in memory.
    pub fn write_text(
        &self,
        g: Granularity,
        out: &mut (impl std::io::Write + ?Sized),
    ) -> std::io::Result<()> {
        let mut state = State::default();
        // Groups are consecutive and cover the trace: one pass decodes every event once.
        let mut events = self.trace.events.iter().peekable();
        for (gi, (start, end)) in self.group_iter(g).enumerate() {
            if let Some(Event::Shutdown { .. }) = events.peek() {
                writeln!(out, "step {gi} · shutdown")?;
            } else {
                let line = self.step_line(g, start, end);
                let src = self.program.source_line(line).unwrap_or("");
                writeln!(out, "step {gi} · line {line}: {src}")?;
            }
            for (i, e) in (start..end).zip(events.by_ref()) {
                let text = narrate::narrate(self, &state, &e);
                state.apply(i, &e, &self.trace);
                if !text.is_empty() {
                    writeln!(out, "    {text}")?;
                }
            }
        }
        Ok(())
    }

    /// The trace as JSON: steps with their line and narration.
    pub fn render_json(&self, g: Granularity) -> String {
        let mut out = Vec::new();
        self.write_json(g, &mut out)
            .expect("writing to a Vec cannot fail");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    /// [`Timeline::render_json`] written to `out` a step at a time (a 10M-event trace
    /// built as one `serde_json::Value` took gigabytes).
    pub fn write_json(&self, g: Granularity, out: impl std::io::Write) -> std::io::Result<()> {
        let doc = JsonTrace {
            granularity: match g {
                Granularity::Line => "line",
                Granularity::Op => "op",
                Granularity::Micro => "micro",
            },
            events: self.len(),
            steps: JsonSteps { timeline: self, g },
        };
        serde_json::to_writer_pretty(out, &doc).map_err(std::io::Error::from)
    }

    /// The `(first, end)` event ranges of the steps at granularity `g`, in order.
    pub fn group_iter(&self, g: Granularity) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.len();
        let starts = self.starts(g);
        let lead = starts
            .and_then(|s| s.first())
            .filter(|&&first| first > 0)
            .map(|&first| (0, first));
        let grouped = starts.map(move |starts| {
            starts
                .iter()
                .enumerate()
                .map(move |(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(n)))
        });
        // A micro-step ends at each event that says something (and at the last), taking
        // the silent ones before it: the steps `next_stop` walks, as the app shows them.
        let micro = starts.is_none().then(|| {
            let mut start = 0;
            (0..n).filter_map(move |i| {
                if i + 1 < n && self.says_nothing(i) {
                    return None;
                }
                let group = (start, i + 1);
                start = i + 1;
                Some(group)
            })
        });
        lead.into_iter()
            .chain(grouped.into_iter().flatten())
            .chain(micro.into_iter().flatten())
    }
}

/// `pyxray trace --format json`'s document (keys in this order, as design.md shows).
#[derive(serde::Serialize)]
struct JsonTrace<'a> {
    granularity: &'static str,
    events: usize,
    steps: JsonSteps<'a>,
}

/// The steps, narrated while they are written.
struct JsonSteps<'a> {
    timeline: &'a Timeline,
    g: Granularity,
}

#[derive(serde::Serialize)]
struct JsonStep {
    first_event: usize,
    last_event: usize,
    line: u32,
    events: Vec<JsonEvent>,
}

#[derive(serde::Serialize)]
struct JsonEvent {
    event: usize,
    narration: String,
}

impl serde::Serialize for JsonSteps<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let t = self.timeline;
        let mut seq = s.serialize_seq(None)?;
        let mut state = State::default();
        let mut all = t.trace.events.iter();
        for (start, end) in t.group_iter(self.g) {
            let mut events = Vec::new();
            for (i, e) in (start..end).zip(all.by_ref()) {
                let narration = narrate::narrate(t, &state, &e);
                state.apply(i, &e, &t.trace);
                if !narration.is_empty() {
                    events.push(JsonEvent {
                        event: i,
                        narration,
                    });
                }
            }
            seq.serialize_element(&JsonStep {
                first_event: start,
                last_event: end.saturating_sub(1),
                line: t.step_line(self.g, start, end),
                events,
            })?;
        }
        seq.end()
    }
}
