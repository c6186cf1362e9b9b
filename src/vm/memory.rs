//! Reference counts, deallocation and the cycle collector, as CPython 3.11 runs them.
//!
//! In reference-counted mode (a program that imports `gc` or `weakref`, defines `__del__`
//! or asks `sys.getrefcount`) the heap frees each object when its last reference goes,
//! and cycles only when the collector finds them — never by pyxray's own sweep.
//!
//! A reference count is the number of references the VM's state holds: from module
//! globals, frames (locals, cells, the value stack; 3.11 moves call arguments into the
//! callee's frame, and so does the VM), containers, attributes, cells, bound methods,
//! weak references' callbacks. The count is computed by a scan at each instruction
//! boundary rather than kept by increments; what dies is then deallocated in CPython's
//! order: `__del__` first (`subtype_dealloc`, PEP 442: once per object), then the weak
//! references' callbacks (`PyObject_ClearWeakRefs`), then the references the object held,
//! each type in its `tp_dealloc` order (a list from its last item, a dict entry by entry),
//! depth first, so a cascade ripples as in CPython.
//!
//! The collector mirrors `Modules/gcmodule.c`: `_PyObject_GC_Link` counts allocations of
//! container types (through the list, dict and tuple freelists as CPython has them), an
//! allocation that pushes `count0` over its threshold collects at once, and
//! `gc_collect_main()` runs its phases over the generation lists in `models/gc.rs`.

use super::Vm;
use super::object::*;
use crate::frontend::code::{CodeKind, Const};
use crate::models::gc::{self as gcm, GcGraph, GcState, List};

/// What the collector and the view know of an object beyond its value.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// `_PyGC_FINALIZED`: `__del__` ran (PEP 442: never again).
    pub finalized: bool,
    /// Something CPython does not make an object of: a bound method `LOAD_METHOD`
    /// avoids, an instance's attribute storage before `__dict__` is asked for. Never
    /// tracked or counted.
    pub ghost: bool,
    /// Counted in `count0` when allocated (not taken from a freelist).
    pub counted: bool,
    /// The weak references to this object, in `wr_next` list order.
    pub weakrefs: Vec<ObjId>,
    /// For an instance's attribute storage: the instance.
    pub owner: Option<ObjId>,
}

const LIST_FREELIST: u32 = 80;
const DICT_FREELIST: u32 = 80;
const TUPLE_FREELIST: u32 = 2000;
const TUPLE_SAVESIZE: usize = 20;
const RELEASED: ObjId = ObjId(u32::MAX);
/// `_PyTrash_UNWIND_LEVEL` (Include/cpython/object.h).
const TRASHCAN_UNWIND_LEVEL: usize = 50;

/// The collector as `python3 file.py` leaves it when the module's first instruction runs
/// (CPython 3.11.7, measured; docs/heap.md): start-up made 22 collections of generation 0
/// and 2 of generation 1, and none of generation 2.
mod startup {
    /// `gc.get_count()[0]` for a module of top-level statements only:
    /// `import gc; print(gc.get_count())` prints (249, 0, 2), and importing gc allocates
    /// [`GC_IMPORT`] of those.
    pub const COUNT0: i64 = 228;
    /// `gc.get_count()[2]`: generation-1 collections since the last full one.
    pub const COUNT2: i64 = 2;
    /// Containers `import gc` allocates (the module, its dict and spec, its functions):
    /// the first automatic collection of a loop comes 21 allocations sooner after it.
    pub const GC_IMPORT: i64 = 21;
    /// Start-up's survivors in generation 2 (`len(gc.get_objects(2))` at the first line),
    /// which a full collection counts into `long_lived_total`.
    pub const LONG_LIVED: i64 = 10_919;
    /// Objects waiting on the freelists (measured as the allocations that leave count0
    /// unchanged at the start of a program): lists, dicts, and tuples by size.
    pub const LIST_FREE: u32 = 38;
    pub const DICT_FREE: u32 = 19;
    pub const TUPLE_FREE: [(usize, u32); 3] = [(1, 1), (2, 26), (4, 2)];
    /// What compiling the module leaves counted, per code object besides the module's:
    /// its tuples (a function's constants, names and locals; a class body's more), and
    /// the compiler's dicts for each new depth of nesting, which allocating fresh while the
    /// enclosing units hold theirs and freeing onto the dict freelist leaves counted.
    pub const FUNCTION_CODE: i64 = 2;
    pub const CLASS_CODE: i64 = 5;
    pub const FIRST_NESTED_DEPTH: i64 = 8;
    pub const DEEPER_NESTED_DEPTH: i64 = 11;
}

/// The reference-counted heap's state.
#[derive(Clone, Debug)]
pub struct Mem {
    pub gc: GcState,
    pub meta: Vec<Meta>,
    /// References held by deallocations in progress (`RELEASED` once let go).
    pending: Vec<ObjId>,
    /// Objects a return let go of, in the order `_PyFrame_Clear` drops them.
    pub released: Vec<ObjId>,
    list_free: u32,
    dict_free: u32,
    tuple_free: [u32; TUPLE_SAVESIZE],
    /// `import gc` has run once.
    gc_imported: bool,
    /// `gc.callbacks` and `gc.garbage`.
    pub callbacks: Option<ObjId>,
    pub garbage: Option<ObjId>,
    /// `gc.set_debug()` flags (only those that leave the collector's results alone).
    pub debug_flags: i64,
    /// `weakref.finalize._registry`: the live finalizers, oldest first.
    pub finalizers: Vec<ObjId>,
    pub next_finalizer: u32,
    pub next_serial: u32,
    /// `run_sync` depths at which a finalizer or callback runs: boundaries there free.
    allow_depth: Vec<u32>,
    /// Objects an outer reap found dead and will free itself.
    outer_dead: Vec<ObjId>,
    /// The trashcan: `trash_delete_nesting` and `trash_delete_later` (a stack).
    trash_nesting: usize,
    trash_later: Vec<ObjId>,
    /// The counts, kept by diffing what changed (`Heap::take_dirty`) against what each
    /// object referred to when last looked at (`kids`), and the roots against `roots`.
    rc: Vec<i64>,
    kids: Vec<Vec<ObjId>>,
    roots: Vec<ObjId>,
    /// Objects whose count fell to zero (or that were born with none): the only ones that
    /// can be dead.
    zero: Vec<ObjId>,
    /// Dicts changed since the collector's tracking looked (`MAINTAIN_TRACKING`).
    dict_log: Vec<ObjId>,
    /// Objects changed, or whose count changed, since the trace looked (recording only).
    pub trace_log: Vec<ObjId>,
    /// The trace must look at every object (after a collection moved many).
    pub trace_all: bool,
    /// What the trace last showed of the heap.
    pub shown: super::heaptrace::Shown,
}

/// What the heap did, for the trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeapEvent {
    Dealloc(ObjId),
    Finalize(ObjId),
    Callback {
        weakref: ObjId,
    },
    /// Deposited in the trashcan (true), or taken out to be deallocated (false).
    Trashcan {
        obj: ObjId,
        deposit: bool,
    },
    CollectStart {
        generation: u8,
    },
    Phase(gcm::Deduction),
    CollectEnd {
        generation: u8,
        collected: i64,
    },
}

impl Mem {
    /// The count as of the last `Vm::sync_counts`.
    pub fn rc_of(&self, id: ObjId) -> Option<i64> {
        self.rc.get(id.0 as usize).copied()
    }
}

impl Default for Mem {
    fn default() -> Self {
        Mem {
            gc: GcState::default(),
            meta: Vec::new(),
            pending: Vec::new(),
            released: Vec::new(),
            list_free: 0,
            dict_free: 0,
            tuple_free: [0; TUPLE_SAVESIZE],
            gc_imported: false,
            callbacks: None,
            garbage: None,
            debug_flags: 0,
            finalizers: Vec::new(),
            next_finalizer: 0,
            next_serial: 0,
            allow_depth: Vec::new(),
            outer_dead: Vec::new(),
            trash_nesting: 0,
            trash_later: Vec::new(),
            rc: Vec::new(),
            kids: Vec::new(),
            roots: Vec::new(),
            zero: Vec::new(),
            dict_log: Vec::new(),
            trace_log: Vec::new(),
            trace_all: true,
            shown: Default::default(),
        }
    }
}

/// How the collector sees an object type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GcKind {
    /// Not a container (`Py_TPFLAGS_HAVE_GC` unset), or not an object CPython has.
    None,
    /// Tracked from its allocation.
    Tracked,
    /// Allocated untracked: a dict, tracked once it holds a container.
    Dict,
}

fn gc_kind(o: &Obj) -> GcKind {
    match o {
        Obj::Dict(_) => GcKind::Dict,
        Obj::Tuple(_)
        | Obj::List(_)
        | Obj::Set(_)
        | Obj::FrozenSet(_)
        | Obj::Function(_)
        | Obj::Class(_)
        | Obj::Instance(_)
        | Obj::Exception(_)
        | Obj::Cell(_)
        | Obj::Generator(_)
        | Obj::BoundMethod { .. }
        | Obj::Method { .. }
        | Obj::StaticMethod(_)
        | Obj::ClassMethod(_)
        | Obj::Property(_)
        | Obj::Super { .. }
        | Obj::MappingProxy(_)
        | Obj::GetSet { .. }
        | Obj::DictView { .. }
        | Obj::Partial(_)
        | Obj::WeakRef(_)
        | Obj::WeakDict(_)
        | Obj::Opaque(_)
        | Obj::TypeExpr(_)
        | Obj::Finalizer(_)
        | Obj::Traceback(_)
        | Obj::FrameObj(_)
        | Obj::FrameSnap(_) => GcKind::Tracked,
        Obj::Iter(it) => match it.as_ref() {
            IterObj::Range { .. } | IterObj::SmallRange { .. } => GcKind::None,
            _ => GcKind::Tracked,
        },
        _ => GcKind::None,
    }
}

/// Whether `weakref.ref(o)` is allowed (the type has `tp_weaklistoffset`).
pub fn supports_weakrefs(o: &Obj) -> bool {
    match o {
        Obj::Instance(i) => return i.weakrefable(),
        // WeakMethod declares `__weakref__` in its __slots__.
        Obj::WeakRef(w) => return w.kind == WeakKind::Method,
        _ => {}
    }
    matches!(
        o,
        Obj::Class(_)
            | Obj::Function(_)
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::Generator(_)
            | Obj::BoundMethod { .. }
            | Obj::Partial(_)
            | Obj::Type(_)
            | Obj::Code(_)
            | Obj::Exception(_)
            | Obj::WeakDict(_)
            | Obj::Opaque(_)
            | Obj::Finalizer(_)
    )
}

/// The references `o` drops when deallocated, in its `tp_dealloc`'s order.
fn dealloc_order(o: &Obj) -> Vec<ObjId> {
    let mut out = Vec::new();
    match o {
        // list_dealloc and tupledealloc decref from the last item.
        Obj::List(items) => out.extend(items.iter().rev().copied()),
        Obj::Tuple(items) => out.extend(items.iter().rev().copied()),
        Obj::BoundMethod { func, receiver } => out.extend([*func, *receiver]),
        // subtype_dealloc: the member slots (clear_slots), the attribute values (or
        // `__dict__`), then the type.
        Obj::Instance(i) => {
            out.extend(i.slot_values());
            out.extend(i.dict);
            out.push(i.class);
        }
        // type_dealloc(): tp_base, tp_dict, tp_bases, tp_mro.
        Obj::Class(c) => {
            out.extend(c.base_obj);
            out.push(c.dict);
            out.extend(c.bases_obj);
            out.extend(c.mro_obj);
        }
        // frame_dealloc(): an ended frame's function and locals, then f_back.
        Obj::FrameObj(f) => {
            out.extend(f.func);
            out.extend(f.locals_dict);
            out.extend(f.fast.iter().flatten().copied());
            out.extend(f.cells.iter().copied());
            out.extend(f.back);
        }
        // AttributeError_clear (obj, name), NameError_clear (name) and SystemExit_clear
        // (code) go first, then BaseException_clear: dict, args, traceback, cause,
        // context; the class goes last (subtype_dealloc).
        Obj::Exception(e) => {
            out.extend(e.obj);
            out.extend(e.name);
            out.extend(e.code);
            out.extend(e.dict);
            match e.args_obj {
                Some(t) => out.push(t),
                None => out.extend(e.args.iter().copied()),
            }
            out.extend(e.tb);
            out.extend(e.cause);
            out.extend(e.context);
            out.extend(e.class);
        }
        Obj::Function(f) => {
            out.extend(f.defaults_obj);
            out.extend(f.kwdefaults.iter().map(|(_, v)| *v));
            out.extend(f.attrs.iter().map(|(_, v)| *v));
            out.extend(f.dict_obj);
            out.extend(f.closure);
            out.extend(f.class_cell);
        }
        _ => children(o, &mut out),
    }
    out
}

/// How a deallocation in progress counts for the trashcan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trash {
    /// Not a type whose `tp_dealloc` uses `Py_TRASHCAN_BEGIN`.
    No,
    /// Inside `Py_TRASHCAN_BEGIN`/`END`: one level of `trash_delete_nesting`.
    Yes,
    /// `_PyTrash_thread_destroy_chain()` emptying the deferred objects (one level too).
    Chain,
}

/// A deallocation in progress: the references it let go of are `pending[base..end]`,
/// the next to go at `next`.
struct Releasing {
    base: usize,
    next: usize,
    end: usize,
    trash: Trash,
}

/// Types whose `tp_dealloc` is wrapped in `Py_TRASHCAN_BEGIN`/`END` in 3.11.
fn uses_trashcan(o: &Obj) -> bool {
    matches!(
        o,
        Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Dict(_)
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::Instance(_)
            | Obj::Exception(_)
            | Obj::BoundMethod { .. }
            | Obj::Method { .. }
    )
}

/// The adapter `models/gc.rs` sees the heap through.
struct Graph<'a> {
    vm: &'a Vm,
    rc: &'a [i64],
    main_dict: Vec<u32>,
}

impl GcGraph for Graph<'_> {
    fn refcount(&self, id: u32) -> i64 {
        self.rc.get(id as usize).copied().unwrap_or(0)
    }
    fn traverse(&self, id: u32, out: &mut Vec<u32>) {
        let mut ids = Vec::new();
        self.vm.gc_traverse(ObjId(id), &mut ids);
        out.extend(ids.iter().map(|i| i.0));
    }
    fn main_dict_refs(&self) -> Vec<u32> {
        self.main_dict.clone()
    }
}

impl Vm {
    /// Whether a program needs reference counts: it imports `gc` or `weakref`, defines
    /// `__del__`, asks for `sys.getrefcount` or `id()` (whose reuse of a freed object's
    /// address shows when objects die), or has a generator with a `try` block.
    pub(crate) fn needs_refcounts(program: &crate::frontend::code::Program) -> bool {
        use crate::frontend::code::Instr;
        program.identifiers.iter().any(|i| {
            matches!(
                i.as_str(),
                "gc" | "weakref" | "__del__" | "getrefcount" | "id"
            )
        })
            // A generator with a try block: dropped while suspended, its finally or except
            // runs then (`_PyGen_Finalize`), which only reference counts can place.
            || program.codes.iter().any(|c| {
                c.is_generator && c.instrs.iter().any(|i| matches!(i, Instr::SetupExcept(_)))
            })
    }

    pub(crate) fn mem(&mut self) -> &mut Mem {
        self.mem.get_or_insert_with(Default::default)
    }

    pub(crate) fn mem_pending(&mut self) -> &mut Vec<ObjId> {
        &mut self.mem().pending
    }

    /// Holds a reference for Rust code across Python code it runs.
    pub(crate) fn mem_hold(&mut self, id: ObjId) {
        self.mem().pending.push(id);
    }

    /// Lets go of what was held since `start`.
    pub(crate) fn mem_unhold(&mut self, start: usize) {
        self.mem().pending.truncate(start);
    }

    pub(crate) fn meta(&self, id: ObjId) -> Option<&Meta> {
        self.mem.as_ref()?.meta.get(id.0 as usize)
    }

    pub(crate) fn meta_mut(&mut self, id: ObjId) -> &mut Meta {
        let m = self.mem();
        if m.meta.len() <= id.0 as usize {
            m.meta.resize(id.0 as usize + 1, Meta::default());
        }
        &mut m.meta[id.0 as usize]
    }

    /// Marks an object CPython does not have (see [`Meta::ghost`]).
    pub(crate) fn mark_ghost(&mut self, id: ObjId) {
        if self.heap.precise {
            self.meta_mut(id).ghost = true;
            self.mem().gc.lists.remove(id.0);
            self.uncount(id);
        }
    }

    /// Notes whose attribute storage a (ghost) dict is.
    pub(crate) fn set_owner(&mut self, dict: ObjId, owner: ObjId) {
        if self.heap.precise {
            self.meta_mut(dict).owner = Some(owner);
        }
    }

    /// The collector's counts, thresholds' progress and freelists as CPython's start-up
    /// and the compiling of this module leave them (see [`startup`]). The compiler's share
    /// is an estimate from the code objects' shapes: measured programs land within a few
    /// allocations of CPython (docs/heap.md).
    pub(crate) fn model_startup_collector_state(&mut self) {
        let program = self.program.clone();
        let depth_of = |mut i: usize| {
            let mut depth = 0;
            while let Some(p) = program.codes.get(i).and_then(|c| c.parent) {
                depth += 1;
                i = p;
            }
            depth
        };
        let mut compiled = 0;
        let mut deepest = 0;
        for (i, code) in program.codes.iter().enumerate() {
            let cost = match code.kind {
                CodeKind::Module => continue,
                CodeKind::Class => startup::CLASS_CODE,
                CodeKind::Function => {
                    let locals = !code.varnames.is_empty();
                    let constants = code
                        .consts
                        .iter()
                        .any(|k| !matches!(k, Const::None | Const::Code(_) | Const::Str(_)));
                    startup::FUNCTION_CODE + i64::from(locals) + i64::from(constants)
                }
            };
            compiled += cost;
            deepest = deepest.max(depth_of(i));
        }
        if deepest >= 1 {
            compiled += startup::FIRST_NESTED_DEPTH;
            compiled += startup::DEEPER_NESTED_DEPTH * (deepest as i64 - 1);
        }
        let m = self.mem();
        m.gc.generations[0].count = startup::COUNT0 + compiled;
        m.gc.generations[2].count = startup::COUNT2;
        m.gc.startup_long_lived = startup::LONG_LIVED;
        m.list_free = startup::LIST_FREE;
        m.dict_free = startup::DICT_FREE;
        for (size, n) in startup::TUPLE_FREE {
            m.tuple_free[size] = n;
        }
    }

    /// The first `import gc`: the module's containers, counted (not modelled as objects).
    pub(crate) fn count_gc_module_import(&mut self) {
        if self.heap.precise && !std::mem::replace(&mut self.mem().gc_imported, true) {
            self.mem().gc.generations[0].count += startup::GC_IMPORT;
        }
    }

    /// `vars(obj)` / `obj.__dict__` made the instance's dict real
    /// (`make_dict_from_instance_attributes`).
    pub(crate) fn materialize_dict(&mut self, dict: ObjId) {
        if self.heap.precise && self.meta(dict).is_some_and(|m| m.ghost) {
            self.meta_mut(dict).ghost = false;
            self.count_alloc(dict);
            self.mem().dict_log.push(dict);
        }
    }

    fn uncount(&mut self, id: ObjId) {
        if self.meta(id).is_some_and(|m| m.counted) {
            self.meta_mut(id).counted = false;
            let g = &mut self.mem().gc.generations[0];
            if g.count > 0 {
                g.count -= 1;
            }
        }
    }

    /// `_PyObject_GC_Link`'s count, through the freelists CPython allocates these from.
    fn count_alloc(&mut self, id: ObjId) {
        let from_freelist = {
            let o = self.heap.get(id);
            let m = self.mem.as_mut().expect("reference-counted mode");
            match o {
                Obj::List(_) if m.list_free > 0 => {
                    m.list_free -= 1;
                    true
                }
                Obj::Dict(_) if m.dict_free > 0 => {
                    m.dict_free -= 1;
                    true
                }
                Obj::Tuple(t) if t.len() < TUPLE_SAVESIZE && m.tuple_free[t.len()] > 0 => {
                    m.tuple_free[t.len()] -= 1;
                    true
                }
                _ => false,
            }
        };
        if !from_freelist {
            self.meta_mut(id).counted = true;
            self.mem().gc.generations[0].count += 1;
        }
    }

    /// `PyObject_GC_Del`, or a push onto the type's freelist.
    fn count_free(&mut self, id: ObjId, o: &Obj) {
        let to_freelist = {
            let m = self.mem.as_mut().expect("reference-counted mode");
            match o {
                Obj::List(_) if m.list_free < LIST_FREELIST => {
                    m.list_free += 1;
                    true
                }
                Obj::Dict(_) if m.dict_free < DICT_FREELIST => {
                    m.dict_free += 1;
                    true
                }
                Obj::Tuple(t)
                    if !t.is_empty()
                        && t.len() < TUPLE_SAVESIZE
                        && m.tuple_free[t.len()] < TUPLE_FREELIST =>
                {
                    m.tuple_free[t.len()] += 1;
                    true
                }
                _ => false,
            }
        };
        if to_freelist {
            self.meta_mut(id).counted = false;
        } else {
            self.uncount(id);
        }
    }

    /// `_PyObject_GC_Link` for what the last instruction allocated: counts, collects when
    /// `count0` passes its threshold (before the new object is tracked, as in CPython),
    /// then tracks.
    pub(crate) fn link_born(&mut self) {
        if !self.heap.precise {
            return;
        }
        loop {
            let born = std::mem::take(&mut self.heap.born);
            if born.is_empty() {
                return;
            }
            let mut triggered = None;
            for (i, &id) in born.iter().enumerate() {
                let kind = gc_kind(self.heap.get(id));
                if kind == GcKind::None
                    || id.0 < self.permanent
                    || self.meta(id).is_some_and(|m| m.ghost)
                {
                    continue;
                }
                self.count_alloc(id);
                if self.mem().gc.should_collect() && self.can_collect_now() {
                    triggered = Some((i, kind));
                    break;
                }
                if kind == GcKind::Tracked {
                    self.mem().gc.lists.append(id.0, List::Gen0);
                }
            }
            let Some((i, kind)) = triggered else {
                return;
            };
            // The rest of the batch is not linked yet while the collector runs.
            let id = born[i];
            let mut rest = born[i + 1..].to_vec();
            rest.append(&mut self.heap.born);
            self.heap.born = rest;
            self.collect_generations();
            if kind == GcKind::Tracked && !self.heap.get(id).is_free() {
                self.mem().gc.lists.append(id.0, List::Gen0);
            }
        }
    }

    fn can_collect_now(&self) -> bool {
        self.frames.last().is_some()
    }

    /// Whether frees may happen at this boundary: not while a built-in's Rust code holds
    /// objects across Python code it called (only at the top, or inside a finalizer or
    /// callback the heap itself runs).
    fn may_free_here(&self) -> bool {
        let Some(m) = &self.mem else { return false };
        self.sync_depth == 0 || m.allow_depth.last() == Some(&self.sync_depth)
    }

    /// The instruction boundary: link allocations, free what lost its last reference.
    pub(crate) fn heap_boundary(&mut self) {
        if !self.heap.precise || !self.may_free_here() {
            return;
        }
        self.link_born();
        self.update_dict_tracking();
        self.reap();
        self.trace_heap();
    }

    /// Brings the counts up to date: what changed since the last call is diffed.
    pub(crate) fn sync_counts(&mut self) {
        let dirty = self.heap.take_dirty();
        let mut roots: Vec<ObjId> = self
            .live_roots()
            .into_iter()
            .filter(|r| r.0 >= self.permanent)
            .collect();
        let Some(mut m) = self.mem.take() else {
            return;
        };
        roots.extend(m.pending.iter().copied().filter(|&p| p != RELEASED));
        let n = self.heap.len();
        if m.rc.len() < n {
            m.rc.resize(n, 0);
            m.kids.resize(n, Vec::new());
        }
        let recording = self.recorder.is_some();
        let mut buf = Vec::new();
        for i in dirty {
            let i = i as usize;
            let old = std::mem::take(&mut m.kids[i]);
            if recording {
                m.trace_log.push(ObjId(i as u32));
                m.trace_log.extend(old.iter().copied());
            }
            for c in old {
                let c_i = c.0 as usize;
                m.rc[c_i] -= 1;
                if m.rc[c_i] == 0 {
                    m.zero.push(c);
                }
            }
            if (i as u32) < self.permanent {
                continue;
            }
            let o = self.heap.get(ObjId(i as u32));
            if o.is_free() {
                m.rc[i] = 0;
                continue;
            }
            buf.clear();
            children(o, &mut buf);
            for &c in &buf {
                if let Some(x) = m.rc.get_mut(c.0 as usize) {
                    *x += 1;
                }
            }
            m.kids[i] = buf.iter().copied().filter(|c| (c.0 as usize) < n).collect();
            if recording {
                m.trace_log.extend(buf.iter().copied());
            }
            if matches!(o, Obj::Dict(_)) {
                m.dict_log.push(ObjId(i as u32));
            }
            if m.rc[i] == 0 {
                m.zero.push(ObjId(i as u32));
            }
        }
        for &r in &roots {
            m.rc[r.0 as usize] += 1;
        }
        if recording && roots != m.roots {
            m.trace_log.extend(roots.iter().copied());
            m.trace_log.extend(m.roots.iter().copied());
        }
        for r in std::mem::take(&mut m.roots) {
            let r_i = r.0 as usize;
            m.rc[r_i] -= 1;
            if m.rc[r_i] == 0 {
                m.zero.push(r);
            }
        }
        m.roots = roots;
        self.mem = Some(m);
    }

    /// Every object's reference count, as the VM's state holds them.
    pub(crate) fn refcounts(&mut self) -> Vec<i64> {
        self.sync_counts();
        let n = self.heap.len();
        let mut rc = self.mem.as_ref().map(|m| m.rc.clone()).unwrap_or_default();
        rc.resize(n, 0);
        rc
    }

    pub(crate) fn count_of(&mut self, id: ObjId) -> i64 {
        self.sync_counts();
        self.mem.as_ref().and_then(|m| m.rc_of(id)).unwrap_or(0)
    }

    /// What an operation let go of together, in the order CPython's C code drops them
    /// (`_list_clear` from the last item, `list_ass_slice`'s recycled items backwards,
    /// `free_keys_object` key then value): the next reap frees the dead among them in
    /// this order, before anything else.
    pub(crate) fn hint_released(&mut self, ids: impl IntoIterator<Item = ObjId>) {
        if let Some(m) = self.mem.as_mut() {
            m.released.extend(ids);
        }
    }

    /// Frees everything whose count is zero, in the order CPython would. What was
    /// already dead when an outer reap began is left to it: a finalizer running for one
    /// object must not see the next one freed before its own deallocation ends.
    pub(crate) fn reap(&mut self) {
        loop {
            self.sync_counts();
            let dead = self.all_dead();
            if dead.is_empty() {
                break;
            }
            let base = self.mem().outer_dead.len();
            self.mem().outer_dead.extend(dead.iter().copied());
            for (i, &x) in dead.iter().enumerate() {
                // The later ones become the nested reaps' to free once this one is done.
                self.mem().outer_dead.truncate(base + i + 1);
                self.mem().outer_dead.extend(dead[i + 1..].iter().copied());
                if self.heap.get(x).is_free() || self.count_of(x) != 0 {
                    continue;
                }
                self.dealloc(x);
            }
            self.mem().outer_dead.truncate(base);
        }
        if self.mem.as_ref().is_some_and(|m| m.outer_dead.is_empty())
            && let Some(m) = self.mem.as_mut()
        {
            m.released.clear();
        }
    }

    /// The objects without references, hinted ones (a return's locals) first, then by
    /// address.
    fn all_dead(&mut self) -> Vec<ObjId> {
        let Some(m) = self.mem.as_mut() else {
            return Vec::new();
        };
        let zero = std::mem::take(&mut m.zero);
        let m = self.mem.as_ref().expect("reference-counted mode");
        let dead = |id: ObjId| {
            id.0 >= self.permanent
                && !self.heap.get(id).is_free()
                && m.rc.get(id.0 as usize) == Some(&0)
                && !m.outer_dead.contains(&id)
                // Deposited in the trashcan: destroyed when the chain unwinds.
                && !m.trash_later.contains(&id)
        };
        let mut cands: Vec<ObjId> = zero.into_iter().filter(|&id| dead(id)).collect();
        cands.sort();
        cands.dedup();
        let mut out: Vec<ObjId> = Vec::new();
        for &id in &m.released {
            if cands.binary_search(&id).is_ok() && !out.contains(&id) {
                out.push(id);
            }
        }
        let hinted = out.len();
        for id in cands {
            if !out[..hinted].contains(&id) {
                out.push(id);
            }
        }
        out
    }

    /// Deallocates `root` (count zero) and whatever dies with it, depth first.
    fn dealloc(&mut self, root: ObjId) {
        self.release_refs(vec![root]);
    }

    /// Lets go of `refs`, in order, freeing what that leaves without references.
    pub(crate) fn release_refs(&mut self, refs: Vec<ObjId>) {
        let start = self.mem().pending.len();
        self.mem().pending.extend(refs);
        let end = self.mem().pending.len();
        self.cascade(Releasing {
            base: start,
            next: start,
            end,
            trash: Trash::No,
        });
    }

    /// Lets go of the references waiting in `pending` from `first` on, depth first, as
    /// nested `Py_DECREF`s do, with CPython's trashcan: a deallocation of a trashcan type
    /// begun `_PyTrash_UNWIND_LEVEL` deep is deposited (`_PyTrash_thread_deposit_object`)
    /// and the deposits are destroyed last deposited first once the nesting is back to
    /// zero (`_PyTrash_thread_destroy_chain`). The nesting is the thread's, shared by the
    /// deallocations that finalizers started inside this one.
    fn cascade(&mut self, first: Releasing) {
        let mut stack = vec![first];
        while let Some(top) = stack.last_mut() {
            if top.trash == Trash::Chain {
                match self.mem().trash_later.pop() {
                    Some(op) => {
                        self.trace_heap_event(HeapEvent::Trashcan {
                            obj: op,
                            deposit: false,
                        });
                        self.start_dealloc(op, &mut stack)
                    }
                    None => {
                        stack.pop();
                        self.mem().trash_nesting -= 1;
                    }
                }
                continue;
            }
            if top.next >= top.end {
                let (base, trash) = (top.base, top.trash);
                self.mem().pending.truncate(base);
                stack.pop();
                if trash == Trash::Yes {
                    self.trash_end(&mut stack);
                }
                continue;
            }
            let next = top.next;
            top.next += 1;
            let c = std::mem::replace(&mut self.mem().pending[next], RELEASED);
            if c.0 < self.permanent || self.heap.get(c).is_free() || self.count_of(c) != 0 {
                continue;
            }
            self.start_dealloc(c, &mut stack);
        }
    }

    /// `tp_dealloc` of `c`, whose count is zero: deposited for later past the trashcan's
    /// depth, else begun (its references pushed as a new level of `stack`).
    fn start_dealloc(&mut self, c: ObjId, stack: &mut Vec<Releasing>) {
        // A 3.11 instance's attributes live inline: the dict pyxray keeps for them is no
        // object of CPython's, and no level of the trashcan.
        let trashcan = uses_trashcan(self.heap.get(c)) && !self.meta(c).is_some_and(|m| m.ghost);
        if trashcan && self.mem().trash_nesting >= TRASHCAN_UNWIND_LEVEL {
            self.mem().trash_later.push(c);
            self.trace_heap_event(HeapEvent::Trashcan {
                obj: c,
                deposit: true,
            });
            return;
        }
        if trashcan {
            self.mem().trash_nesting += 1;
        }
        match self.begin_dealloc(c) {
            Some((base, next, end)) => stack.push(Releasing {
                base,
                next,
                end,
                trash: if trashcan { Trash::Yes } else { Trash::No },
            }),
            // Resurrected (or freed meanwhile): Py_TRASHCAN_END all the same.
            None if trashcan => self.trash_end(stack),
            None => {}
        }
    }

    /// `_PyTrash_end()`: one level less; back at zero with deposits waiting, destroy them.
    fn trash_end(&mut self, stack: &mut Vec<Releasing>) {
        let m = self.mem();
        m.trash_nesting -= 1;
        if m.trash_nesting == 0 && !m.trash_later.is_empty() {
            m.trash_nesting += 1;
            stack.push(Releasing {
                base: 0,
                next: 0,
                end: 0,
                trash: Trash::Chain,
            });
        }
    }

    /// The start of `tp_dealloc`: `__del__`, weak references, then the slot is freed and
    /// the references it held wait (in `pending`) to be let go. None if resurrected.
    /// While its finalizer or callbacks run, `x` belongs to this deallocation: a reap at
    /// their boundaries must not free it (and what it holds) first.
    fn begin_dealloc(&mut self, x: ObjId) -> Option<(usize, usize, usize)> {
        self.mem().outer_dead.push(x);
        let r = self.begin_dealloc_owned(x);
        let m = self.mem();
        if let Some(i) = m.outer_dead.iter().rposition(|&d| d == x) {
            m.outer_dead.remove(i);
        }
        r
    }

    fn begin_dealloc_owned(&mut self, x: ObjId) -> Option<(usize, usize, usize)> {
        if self.has_del(x) && !self.meta(x).is_some_and(|m| m.finalized) {
            // PyObject_CallFinalizer() marks the object finalized after __del__ returns
            // (gc.is_finalized() is False inside it); finalize_garbage() marks it before.
            self.run_del(x);
            self.meta_mut(x).finalized = true;
            if self.count_of(x) > 0 {
                // Resurrected: it lives on, finalized.
                return None;
            }
        }
        if self.finalize_generator(x) && self.count_of(x) > 0 {
            return None;
        }
        self.clear_weakrefs(x);
        if self.heap.get(x).is_free() {
            return None;
        }
        Some(self.free_now(x))
    }

    /// Frees the slot; its references go to `pending`, in dealloc order.
    fn free_now(&mut self, x: ObjId) -> (usize, usize, usize) {
        self.mem().gc.lists.remove(x.0);
        let old = self.heap.free_slot(x);
        if !self.meta(x).is_some_and(|m| m.ghost) {
            self.count_free(x, &old);
        }
        if let Obj::WeakRef(w) = &old
            && let Some(r) = w.referent
        {
            let m = self.meta_mut(r);
            m.weakrefs.retain(|&w| w != x);
        }
        if let Obj::Finalizer(_) = old {
            self.mem().finalizers.retain(|&f| f != x);
        }
        if let Obj::Str(s) = &old {
            self.forget_interned(&s.s, x);
        }
        let meta = std::mem::take(self.meta_mut(x));
        if meta.ghost {
            self.meta_mut(x).ghost = false;
        }
        self.trace_heap_event(HeapEvent::Dealloc(x));
        let refs = dealloc_order(&old);
        let start = self.mem().pending.len();
        self.mem().pending.extend(refs);
        let end = self.mem().pending.len();
        (start, start, end)
    }

    /// `_PyGen_Finalize`: a suspended generator is closed (GeneratorExit thrown in at its
    /// `yield`, so its `finally` blocks run), once. Whether Python code ran.
    fn finalize_generator(&mut self, x: ObjId) -> bool {
        let suspended = matches!(
            self.heap.get(x),
            Obj::Generator(g) if g.state == super::generators::GenState::Suspended
        );
        if !suspended || self.meta(x).is_some_and(|m| m.finalized) {
            return false;
        }
        if matches!(self.heap.get(x), Obj::Generator(g) if g.seen_by_trace) {
            // A trace function would see the close; that stays refused (generators.rs).
            self.dropped_traced_generator = true;
        }
        self.meta_mut(x).finalized = true;
        let depth = self.sync_depth + 1;
        self.mem().allow_depth.push(depth);
        let r = self.gen_close_sync(x);
        self.mem().allow_depth.pop();
        if let Err(e) = r {
            self.write_unraisable(x, e);
        }
        true
    }

    pub(crate) fn has_del(&mut self, x: ObjId) -> bool {
        matches!(self.heap.get(x), Obj::Instance(_))
            && self
                .quietly(|vm| vm.user_special_fn(x, "__del__"))
                .ok()
                .flatten()
                .is_some()
    }

    /// Runs Python code for the heap (a finalizer or callback), allowing frees inside it.
    pub(crate) fn run_for_heap(&mut self, f: ObjId, args: Vec<ObjId>) {
        let depth = self.sync_depth + 1;
        self.mem().allow_depth.push(depth);
        let r = if let Obj::Finalizer(_) = self.heap.get(f) {
            self.call_weak(f, Vec::new(), Vec::new())
                .map(|r| r.unwrap_or(self.none))
        } else {
            self.call_sync(f, args)
        };
        // Its frame's locals die as the call returns (_PyFrame_Clear), still inside the
        // deallocation that ran it: at this trashcan depth, before what it goes on to free.
        // The exception it raised lives on until PyErr_WriteUnraisable has shown it.
        let held = self.mem().pending.len();
        if let Err(e) = r {
            self.mem().pending.push(e);
        }
        self.reap();
        self.mem().pending.truncate(held);
        self.mem().allow_depth.pop();
        if let Err(e) = r {
            self.write_unraisable(f, e);
        }
    }

    /// `slot_tp_finalize`: calls `__del__`.
    fn run_del(&mut self, x: ObjId) {
        let Some(f) = self
            .quietly(|vm| vm.user_special_fn(x, "__del__"))
            .ok()
            .flatten()
        else {
            return;
        };
        self.trace_heap_event(HeapEvent::Finalize(x));
        self.run_for_heap(f, vec![x]);
    }

    /// `PyErr_WriteUnraisable`: "Exception ignored in: …" and the traceback on stderr.
    pub(crate) fn write_unraisable(&mut self, what: ObjId, exc: ObjId) {
        if self.exc_is(exc, TypeId::Unsupported) {
            if self.pending_unsupported.is_none() {
                self.pending_unsupported = Some(exc);
            }
            return;
        }
        let w = self.short_repr(what);
        let tb = self.format_unraisable(exc);
        self.stderr
            .push_str(&format!("Exception ignored in: {w}\n{tb}"));
    }

    /// `PyObject_ClearWeakRefs`: clears every weak reference to `x`, then runs the
    /// callbacks of those still referenced, in list order (newest first after the basic
    /// ones). Whether any Python code ran.
    fn clear_weakrefs(&mut self, x: ObjId) -> bool {
        let list = match self.mem.as_mut().and_then(|m| m.meta.get_mut(x.0 as usize)) {
            Some(m) => std::mem::take(&mut m.weakrefs),
            None => return false,
        };
        if list.is_empty() {
            return false;
        }
        let mut calls = Vec::new();
        for wr in list {
            let alive = self.count_of(wr) > 0;
            if let Some(Obj::WeakRef(w)) = self.heap.get_mut(wr) {
                w.referent = None;
                if let Some(cb) = w.callback.take()
                    && alive
                {
                    calls.push((wr, cb));
                }
            }
        }
        if calls.is_empty() {
            return false;
        }
        // The tuple of (ref, callback) pairs holds both while the callbacks run.
        let start = self.mem().pending.len();
        for (wr, cb) in &calls {
            self.mem().pending.push(*wr);
            if let WeakCallback::Py(f) = cb {
                self.mem().pending.push(*f);
            }
        }
        for (wr, cb) in calls {
            self.run_weak_callback(wr, cb);
        }
        // Py_DECREF(tuple): the pairs go, last first.
        let held: Vec<ObjId> = self.mem().pending.drain(start..).rev().collect();
        self.release_refs(held);
        true
    }

    fn run_weak_callback(&mut self, wr: ObjId, cb: WeakCallback) {
        self.trace_heap_event(HeapEvent::Callback { weakref: wr });
        match cb {
            WeakCallback::Py(f) if self.is_weak_method_cb(f) => self.weak_method_cb(f),
            WeakCallback::Py(f) => self.run_for_heap(f, vec![wr]),
            WeakCallback::Remove { dict, serial } => {
                self.weak_dict_remove(dict, serial, wr);
            }
        }
    }

    /// `tp_traverse`: what the collector sees `id` refer to, in visiting order.
    pub(crate) fn gc_traverse(&self, id: ObjId, out: &mut Vec<ObjId>) {
        match self.heap.get(id) {
            // subtype_traverse: the member slots (traverse_slots), the attribute values
            // (or the dict), then the type.
            Obj::Instance(i) => {
                out.extend(i.slot_values());
                match i.dict {
                    Some(dict) if self.meta(dict).is_some_and(|m| m.ghost) => {
                        if let Obj::Dict(d) = self.heap.get(dict) {
                            out.extend(d.table.entries().iter().flatten().map(|e| e.value));
                        }
                    }
                    Some(dict) => out.push(dict),
                    None => {}
                }
                out.push(i.class);
            }
            // list_traverse and tupletraverse visit from the last item: the order in which
            // move_unreachable moves rescued items back (and so, at shutdown, the order
            // of their __del__).
            Obj::List(items) => out.extend(items.iter().rev().copied()),
            Obj::Tuple(items) => out.extend(items.iter().rev().copied()),
            // dict_traverse: a unicode-keyed table visits only values.
            Obj::Dict(d) => {
                let unicode = d.table.kind() == crate::models::dict::DictKind::Unicode;
                for e in d.table.entries().iter().flatten() {
                    out.push(e.value);
                    if !unicode {
                        out.push(e.key);
                    }
                }
            }
            o => children(o, out),
        }
    }

    /// `_PyObject_GC_MAY_BE_TRACKED`.
    fn may_be_tracked(&self, id: ObjId) -> bool {
        let o = self.heap.get(id);
        if self.meta(id).is_some_and(|m| m.ghost) {
            return false;
        }
        match gc_kind(o) {
            GcKind::None => false,
            _ if matches!(o, Obj::Tuple(_)) => self.gc_tracked(id),
            _ => true,
        }
    }

    pub(crate) fn gc_tracked(&self, id: ObjId) -> bool {
        self.mem
            .as_ref()
            .is_some_and(|m| m.gc.lists.is_tracked(id.0))
    }

    /// `MAINTAIN_TRACKING`: an untracked dict that now holds a container gets tracked.
    fn update_dict_tracking(&mut self) {
        self.sync_counts();
        let log = std::mem::take(&mut self.mem().dict_log);
        let mut newly = Vec::new();
        for id in log {
            if id.0 < self.permanent || self.gc_tracked(id) || newly.contains(&id) {
                continue;
            }
            if let Obj::Dict(d) = self.heap.get(id)
                && !self.meta(id).is_some_and(|m| m.ghost)
                && d.table
                    .entries()
                    .iter()
                    .flatten()
                    .any(|e| self.may_be_tracked(e.key) || self.may_be_tracked(e.value))
            {
                newly.push(id);
            }
        }
        for id in newly {
            self.mem().gc.lists.append(id.0, List::Gen0);
        }
    }

    /// `gc_collect_generations()` from an allocation.
    fn collect_generations(&mut self) {
        let Some(g) = self.mem().gc.generation_to_collect() else {
            return;
        };
        self.mem().gc.collecting = true;
        self.gc_collect_with_callback(g);
        self.mem().gc.collecting = false;
    }

    /// `gc.collect(generation)`: 0 when a collection is already running.
    pub(crate) fn gc_collect(&mut self, generation: usize) -> i64 {
        if self.mem().gc.collecting {
            return 0;
        }
        self.mem().gc.collecting = true;
        let n = self.gc_collect_with_callback(generation);
        self.mem().gc.collecting = false;
        n
    }

    fn gc_collect_with_callback(&mut self, generation: usize) -> i64 {
        self.invoke_gc_callbacks("start", generation, 0, 0);
        let (m, n) = self.gc_collect_main(generation);
        self.invoke_gc_callbacks("stop", generation, m, n);
        m + n
    }

    /// `invoke_gc_callback()`: each of `gc.callbacks` gets (phase, info).
    fn invoke_gc_callbacks(&mut self, phase: &str, generation: usize, collected: i64, n: i64) {
        let Some(list) = self.mem().callbacks else {
            return;
        };
        let cbs = match self.heap.get(list) {
            Obj::List(l) if !l.is_empty() => l.to_vec(),
            _ => return,
        };
        let info = self.quietly(|vm| {
            let d = vm.new_dict();
            for (k, v) in [
                ("generation", generation as i64),
                ("collected", collected),
                ("uncollectable", n),
            ] {
                let k = vm.str(k);
                let v = vm.int(v);
                let _ = vm.dict_setitem(d, k, v);
            }
            d
        });
        let phase = self.str(phase);
        let start = self.mem().pending.len();
        self.mem().pending.extend([info, phase]);
        for cb in cbs {
            self.run_for_heap(cb, vec![phase, info]);
        }
        self.mem().pending.truncate(start);
        self.reap();
    }

    /// `gc_collect_main()`: returns (collected, uncollectable).
    fn gc_collect_main(&mut self, generation: usize) -> (i64, i64) {
        self.mem().trace_all = true;
        self.link_born_untriggered();
        self.update_dict_tracking();
        self.trace_heap_event(HeapEvent::CollectStart {
            generation: generation as u8,
        });
        self.mem().gc.begin(generation);
        let young = List::generation(generation);
        let old = if generation < 2 {
            List::generation(generation + 1)
        } else {
            young
        };
        self.deduce(young, List::Unreachable);
        self.untrack_tuples(young);
        if young != old {
            if generation == 1 {
                let n = self.mem().gc.lists.len(young) as i64;
                self.mem().gc.long_lived_pending += n;
            }
            self.mem().gc.lists.merge(young, old);
        } else {
            self.untrack_dicts(young);
            let n = self.mem().gc.lists.len(young) as i64;
            let g = &mut self.mem().gc;
            g.long_lived_pending = 0;
            g.long_lived_total = n + g.startup_long_lived;
        }
        let mut m = self.handle_weakrefs(old);
        self.finalize_garbage();
        // handle_resurrected_objects(): what finalizers made reachable again goes to old.
        self.deduce(List::Unreachable, List::Final);
        self.mem().gc.lists.merge(List::Unreachable, old);
        m += self.mem().gc.lists.len(List::Final) as i64;
        self.delete_garbage(old);
        // clear_freelists(): a collection of the oldest generation empties the list,
        // dict and tuple freelists, so the next allocations are new objects again.
        if generation == 2 {
            let m = self.mem();
            m.list_free = 0;
            m.dict_free = 0;
            m.tuple_free = [0; TUPLE_SAVESIZE];
        }
        self.mem().trace_all = true;
        self.trace_heap_event(HeapEvent::CollectEnd {
            generation: generation as u8,
            collected: m,
        });
        (m, 0)
    }

    /// `_PyGC_CollectNoFail`: a full collection, without `gc.callbacks`, whether or not
    /// the collector is enabled (interpreter shutdown).
    pub(crate) fn collect_no_fail(&mut self) -> i64 {
        if self.mem().gc.collecting {
            return 0;
        }
        self.mem().gc.collecting = true;
        let (m, n) = self.gc_collect_main(2);
        self.mem().gc.collecting = false;
        m + n
    }

    /// Links pending allocations without starting a collection (one is running).
    pub(crate) fn link_born_untriggered(&mut self) {
        let was = self.mem().gc.collecting;
        self.mem().gc.collecting = true;
        self.link_born();
        self.mem().gc.collecting = was;
    }

    fn deduce(&mut self, base: List, unreachable: List) {
        let rc = self.refcounts();
        // At shutdown __main__'s dict can be garbage too: its references are internal.
        let main_dict = if self.exit.main_dict_garbage {
            self.globals.iter().map(|(_, v)| v.0).collect()
        } else {
            Vec::new()
        };
        let mut lists = std::mem::take(&mut self.mem().gc.lists);
        let log = gcm::deduce_unreachable(
            &mut lists,
            base,
            unreachable,
            &Graph {
                vm: self,
                rc: &rc,
                main_dict,
            },
        );
        self.mem().gc.lists = lists;
        if self.recorder.is_some() {
            for d in log {
                self.trace_heap_event(HeapEvent::Phase(d));
            }
        }
    }

    /// `untrack_tuples()`: a tuple holding no container is untracked.
    fn untrack_tuples(&mut self, list: List) {
        for id in self.mem().gc.lists.iter(list) {
            let id = ObjId(id);
            if let Obj::Tuple(items) = self.heap.get(id)
                && !items.iter().any(|&i| self.may_be_tracked(i))
            {
                self.mem().gc.lists.remove(id.0);
            }
        }
    }

    /// `untrack_dicts()` (full collections): a dict holding no container is untracked.
    fn untrack_dicts(&mut self, list: List) {
        for id in self.mem().gc.lists.iter(list) {
            let id = ObjId(id);
            if let Obj::Dict(d) = self.heap.get(id)
                && !d
                    .table
                    .entries()
                    .iter()
                    .flatten()
                    .any(|e| self.may_be_tracked(e.key) || self.may_be_tracked(e.value))
            {
                self.mem().gc.lists.remove(id.0);
            }
        }
    }

    /// `handle_weakrefs()`: clears weak references to (and inside) the unreachable set;
    /// runs the callbacks of weak references that are not garbage themselves. Returns how
    /// many such weak references died after their callback.
    fn handle_weakrefs(&mut self, old: List) -> i64 {
        for op in self.mem().gc.lists.iter(List::Unreachable) {
            let op = ObjId(op);
            if let Some(Obj::WeakRef(w)) = self.heap.get_mut(op) {
                let r = w.referent.take();
                if let Some(r) = r {
                    self.meta_mut(r).weakrefs.retain(|&x| x != op);
                }
            }
            let list = std::mem::take(&mut self.meta_mut(op).weakrefs);
            for wr in list {
                let has_cb = match self.heap.get_mut(wr) {
                    Some(Obj::WeakRef(w)) => {
                        w.referent = None;
                        w.callback.is_some()
                    }
                    _ => false,
                };
                let garbage = self.mem().gc.lists.list_of(wr.0) == Some(List::Unreachable);
                if !has_cb || garbage {
                    continue;
                }
                self.mem().pending.push(wr);
                self.mem().gc.lists.append(wr.0, List::WeakCallbacks);
            }
        }
        let mut freed = 0;
        while let Some(wr) = self.mem().gc.lists.first(List::WeakCallbacks) {
            let wr = ObjId(wr);
            let cb = match self.heap.get(wr) {
                Obj::WeakRef(w) => w.callback,
                _ => None,
            };
            if let Some(cb) = cb {
                self.run_weak_callback(wr, cb);
            }
            // Give up the reference taken above.
            if let Some(pos) = self.mem().pending.iter().rposition(|&p| p == wr) {
                self.mem().pending.remove(pos);
            }
            self.reap();
            if self.mem().gc.lists.first(List::WeakCallbacks) == Some(wr.0) {
                self.mem().gc.lists.append(wr.0, old);
            } else {
                freed += 1;
            }
        }
        freed
    }

    /// `finalize_garbage()`: `__del__` of each unreachable object, in list order, once.
    fn finalize_garbage(&mut self) {
        while let Some(op) = self.mem().gc.lists.first(List::Unreachable) {
            let op = ObjId(op);
            self.mem().gc.lists.append(op.0, List::Seen);
            if self.has_del(op) && !self.meta(op).is_some_and(|m| m.finalized) {
                self.meta_mut(op).finalized = true;
                let start = self.mem().pending.len();
                self.mem().pending.push(op);
                self.run_del(op);
                self.mem().pending.truncate(start);
                self.reap();
            } else if matches!(self.heap.get(op), Obj::Generator(_)) {
                let start = self.mem().pending.len();
                self.mem().pending.push(op);
                self.finalize_generator(op);
                self.mem().pending.truncate(start);
                self.reap();
            }
        }
        self.mem().gc.lists.merge(List::Seen, List::Unreachable);
    }

    /// `delete_garbage()`: `tp_clear` on each object; survivors go to `old`.
    fn delete_garbage(&mut self, old: List) {
        if self.exit.main_dict_garbage {
            // The module dict is the oldest object on the list: cleared first.
            self.release_globals_in_order();
            self.reap();
        }
        while let Some(op) = self.mem().gc.lists.first(List::Final) {
            let op = ObjId(op);
            let start = self.mem().pending.len();
            self.mem().pending.push(op);
            let dropped = self.tp_clear(op);
            self.release_refs(dropped);
            if let Some(pos) = self.mem().pending[start..].iter().position(|&p| p == op) {
                self.mem().pending.remove(start + pos);
            }
            self.reap();
            if self.mem().gc.lists.first(List::Final) == Some(op.0) {
                self.mem().gc.lists.append(op.0, old);
            }
        }
    }

    /// `tp_clear`: empties the object, returning the references it dropped in order.
    fn tp_clear(&mut self, op: ObjId) -> Vec<ObjId> {
        if let Some(Obj::Instance(i)) = self.heap.get_mut(op) {
            // subtype_clear: clear_slots() for each class up the line, then the dict.
            let mut dropped: Vec<ObjId> = Vec::new();
            if let Some(l) = i.layout.clone() {
                for &s in l.visit_order.iter() {
                    dropped.extend(i.slots.get_mut(s).and_then(Option::take));
                }
            }
            let Some(dict) = i.dict else {
                return dropped;
            };
            if self.meta(dict).is_some_and(|m| m.ghost) {
                // _PyObject_ClearInstanceAttributes: the values, in order.
                dropped.extend(self.take_dict_entries(dict, true));
                return dropped;
            }
            // Py_CLEAR(dict): the instance gets an empty storage back.
            let fresh = self.new_instance_dict();
            if let Some(Obj::Instance(i)) = self.heap.get_mut(op) {
                i.dict = Some(fresh);
            }
            dropped.push(dict);
            return dropped;
        }
        let Some(o) = self.heap.get_mut(op) else {
            return Vec::new();
        };
        match o {
            Obj::List(items) => items.take_items().into_iter().rev().collect(),
            Obj::Dict(_) => self.take_dict_entries(op, false),
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let keys: Vec<ObjId> = s.iter().collect();
                s.clear();
                keys
            }
            Obj::Function(f) => {
                f.defaults.clear();
                let mut out: Vec<ObjId> = f.defaults_obj.take().into_iter().collect();
                out.extend(
                    std::mem::take(&mut f.kwdefaults)
                        .into_iter()
                        .map(|(_, v)| v),
                );
                out.extend(std::mem::take(&mut f.attrs).into_iter().map(|(_, v)| v));
                out.extend(f.dict_obj.take());
                out.extend(f.closure.take());
                out
            }
            Obj::Cell(c) => c.take().into_iter().collect(),
            // type_clear(): the dict's entries, then tp_mro.
            Obj::Class(c) => {
                let mro = c.mro_obj.take();
                c.mro.clear();
                let dict = c.dict;
                let mut out = self.take_dict_entries(dict, false);
                out.extend(mro);
                out
            }
            Obj::WeakRef(w) => {
                let mut out = Vec::new();
                if let Some(WeakCallback::Py(f)) = w.callback.take() {
                    out.push(f);
                }
                out.extend(w.key.take());
                out.extend(w.method.take().map(|(func_ref, _)| func_ref));
                let r = w.referent.take();
                if let Some(r) = r {
                    self.meta_mut(r).weakrefs.retain(|&x| x != op);
                }
                out
            }
            Obj::Exception(e) => {
                // The subtype's members first (AttributeError_clear: obj, name), then
                // BaseException_clear: dict, args, traceback, cause, context.
                let mut out: Vec<ObjId> = e.obj.take().into_iter().collect();
                out.extend(e.name.take());
                out.extend(e.code.take());
                out.extend(e.dict.take());
                let items = std::mem::take(&mut e.args);
                match e.args_obj.take() {
                    Some(t) => out.push(t),
                    None => out.extend(items),
                }
                out.extend(e.tb.take());
                out.extend(e.cause.take());
                out.extend(e.context.take());
                out
            }
            Obj::Partial(p) => {
                let mut out = std::mem::take(&mut p.args);
                out.extend(std::mem::take(&mut p.keywords).into_iter().map(|(_, v)| v));
                out
            }
            // tb_clear(): tb_next, tb_frame.
            Obj::Traceback(t) => {
                let mut out: Vec<ObjId> = t.next.take().into_iter().collect();
                out.extend(t.frame.take());
                out
            }
            // frame_tp_clear(): the locals and cells an ended frame handed over.
            Obj::FrameObj(f) => {
                let mut out: Vec<ObjId> =
                    std::mem::take(&mut f.fast).into_iter().flatten().collect();
                out.extend(std::mem::take(&mut f.cells));
                out
            }
            _ => Vec::new(),
        }
    }

    /// Empties a dict quietly, returning (key, value) references in entry order (values
    /// only for an instance's attribute storage, whose keys the class's shared keys hold).
    fn take_dict_entries(&mut self, dict: ObjId, values_only: bool) -> Vec<ObjId> {
        let mut out = Vec::new();
        if let Obj::Dict(d) = self.heap.get(dict) {
            for e in d.table.entries().iter().flatten() {
                if !values_only {
                    out.push(e.key);
                }
                out.push(e.value);
            }
        }
        self.quietly(|vm| vm.dict_clear(dict));
        out
    }

    /// `sys.getrefcount(x)`: the count plus the argument's own reference, after letting
    /// go (in the count only) of temporaries the current instruction already dropped.
    pub(crate) fn getrefcount(&mut self, x: ObjId) -> i64 {
        let mut rc = self.refcounts();
        // Objects without references still hold theirs until the boundary frees them.
        let mut work: Vec<ObjId> = self
            .heap
            .objects()
            .map(|(id, _)| id)
            .filter(|&id| id.0 >= self.permanent && rc[id.0 as usize] == 0 && id != x)
            .collect();
        let mut buf = Vec::new();
        while let Some(d) = work.pop() {
            buf.clear();
            children(self.heap.get(d), &mut buf);
            for &c in &buf {
                if let Some(n) = rc.get_mut(c.0 as usize) {
                    *n -= 1;
                    if *n == 0 && c.0 >= self.permanent && c != x {
                        work.push(c);
                    }
                }
            }
        }
        rc.get(x.0 as usize).copied().unwrap_or(0) + 1
    }
}
