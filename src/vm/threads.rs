//! Simulated threads: `threading`, `queue`, `time` and the switch interval, over the GIL
//! model in `models/gil.rs`.
//!
//! A Python thread is its own frame stack plus its handled-exception stack
//! ([`PyThread`]). The stack of the thread that runs is the VM's `frames`/`exc_info`; the
//! others' are parked in their `PyThread` and swapped in when the scheduler picks them
//! (frames are data, so a switch is two `mem::swap`s). The scheduler is
//! [`GilModel::poll`]: it says which thread runs the next instruction, fires timers in
//! virtual time, and hands back blocked threads the operating system would look at.
//!
//! CPython implements `Thread`, `Event`, `Condition` and `Queue` in Python
//! (Lib/threading.py, Lib/queue.py) over `_thread` locks; pyxray implements them natively
//! with the same observable behaviour (results, errors, reprs, the order threads are
//! woken in) but without their Python frames, so each such call costs what one call does.
//! What shows in timing is kept: `Thread.start()` waits for the new thread to signal
//! `_started` (so the starter queues for the GIL behind it), and every blocking call
//! releases the GIL and takes it back.
//!
//! A blocking call made from a built-in's nested Python call (`__repr__` that waits on a
//! lock) cannot park the thread, and is refused.

use super::object::{Builtin, Obj, ObjId, TypeId};
use super::{Frame, PyResult, Status, Vm};
use crate::frontend::code::Instr;
use crate::models::gil::{Costs, GilEvent, GilModel, Mode, Poll, Tid, WakePolicy};
use crate::trace::threads::{BlockKind, ThreadEv};
use std::collections::VecDeque;

/// Which simulated object an [`Obj::Sync`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncKind {
    Thread,
    Lock,
    RLock,
    Event,
    Queue,
    Semaphore,
}

/// A handle to a simulated threading object: its kind and its index in [`Threads`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyncRef {
    pub kind: SyncKind,
    pub idx: u32,
}

/// How threads run (the app's setting; the command line uses the default).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThreadOptions {
    pub mode: Mode,
    pub policy: WakePolicy,
    pub seed: u64,
    pub costs: Costs,
}

impl Default for ThreadOptions {
    fn default() -> Self {
        ThreadOptions {
            mode: Mode::Gil,
            policy: WakePolicy::Fifo,
            seed: 0,
            costs: Costs::default(),
        }
    }
}

/// A thread's life, as `Thread.is_alive()` and the repr see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Life {
    Initial,
    Started,
    Stopped,
}

/// What a blocked thread waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    Sleep,
    Lock(u32),
    RLock(u32),
    Semaphore(u32),
    Join(u32),
    Event(u32),
    Get(u32),
    Put(u32, ObjId),
    QueueJoin(u32),
    /// `Thread.start()` waiting for the new thread's `_started` event.
    Started(u32),
    /// The main thread at exit, in `threading._shutdown()`, joining non-daemon threads.
    Shutdown,
}

impl Wait {
    /// What the timeline calls this wait.
    pub fn label(self) -> &'static str {
        match self {
            Wait::Sleep => "sleep",
            Wait::Lock(_) | Wait::RLock(_) | Wait::Semaphore(_) => "lock",
            Wait::Join(_) | Wait::Shutdown => "join",
            Wait::Event(_) => "event",
            Wait::Get(_) | Wait::Put(..) | Wait::QueueJoin(_) => "queue",
            Wait::Started(_) => "start",
        }
    }
}

/// A blocking call in progress.
#[derive(Clone, Copy, Debug)]
pub struct Blocked {
    pub wait: Wait,
    /// The virtual time its timeout (or a sleep) ends.
    pub deadline: Option<u64>,
    pub since: u64,
}

/// One Python thread.
#[derive(Clone, Debug)]
pub struct PyThread {
    pub name: String,
    pub daemon: bool,
    pub life: Life,
    pub target: Option<ObjId>,
    pub args: Vec<ObjId>,
    pub kwargs: Vec<(String, ObjId)>,
    /// The GIL model's number, once started.
    pub tid: Option<Tid>,
    /// Parked frames (the VM's `frames` while this thread is loaded).
    pub frames: Vec<Frame>,
    pub exc_info: Vec<ObjId>,
    pub blocked: Option<Blocked>,
    /// What the blocking call returns (or raises) once the thread runs again.
    pub resume: Option<PyResult>,
    /// Its target has not been called yet.
    pub bootstrap: bool,
    /// Has run at least once (its `_started` event is set).
    pub ran: bool,
    /// Notified while blocked (like a waiter `Condition.notify` removed from its list):
    /// the next notification goes to another waiter.
    pub notified: bool,
    pub obj: ObjId,
}

#[derive(Clone, Debug, Default)]
pub struct LockState {
    pub owner: Option<u32>,
    pub count: u32,
    /// Semaphores: the counter and its bound (BoundedSemaphore).
    pub value: i64,
    pub bound: Option<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct QueueState {
    pub items: VecDeque<ObjId>,
    pub maxsize: i64,
    pub unfinished: i64,
    pub lifo: bool,
}

/// Every thread and threading object of a run, the GIL model and the virtual clock.
#[derive(Clone, Debug)]
pub struct Threads {
    pub gil: GilModel,
    pub threads: Vec<PyThread>,
    /// Thread index by model tid.
    pub by_tid: Vec<u32>,
    /// Whose frames are in `Vm::frames`.
    pub loaded: u32,
    pub locks: Vec<LockState>,
    pub events: Vec<bool>,
    pub queues: Vec<QueueState>,
    /// Set by a blocking built-in for the instruction running now.
    pub(crate) blocking: Option<Blocked>,
    in_step: bool,
    /// `threading._counter`, for `Thread-N` names.
    counter: u32,
    /// What threads wrote to stderr (uncaught exceptions in threads).
    pub stderr: String,
    /// The main thread's own end, held while `_shutdown` joins the others.
    exit_status: Option<Status>,
    /// Classes made for `queue.Empty` and `queue.Full`.
    pub(crate) queue_errors: Option<(ObjId, ObjId)>,
    /// Per thread (by model tid): virtual picoseconds spent running bytecode.
    pub cpu: Vec<u64>,
    /// `gil->interval` as `sys.setswitchinterval` stored it, in µs.
    pub interval_us: u64,
    /// The thread the trace last said was running.
    recorded_thread: u32,
    /// `threading.Thread` as a class, made when a class statement subclasses it.
    pub(crate) thread_base: Option<ObjId>,
    /// Instances of `Thread` subclasses and their thread, by thread index.
    pub(crate) instances: Vec<(ObjId, u32)>,
}

const IDENT_BASE: u64 = 139_872_471_406_144;

impl Threads {
    pub fn new(opts: ThreadOptions, main: ObjId) -> Self {
        let gil = GilModel::new(opts.mode, opts.costs, opts.policy, opts.seed);
        Threads {
            gil,
            threads: vec![PyThread {
                name: "MainThread".into(),
                daemon: false,
                life: Life::Started,
                target: None,
                args: Vec::new(),
                kwargs: Vec::new(),
                tid: Some(0),
                frames: Vec::new(),
                exc_info: Vec::new(),
                blocked: None,
                resume: None,
                bootstrap: false,
                ran: true,
                notified: false,
                obj: main,
            }],
            by_tid: vec![0],
            loaded: 0,
            locks: Vec::new(),
            events: Vec::new(),
            queues: Vec::new(),
            blocking: None,
            in_step: false,
            counter: 0,
            stderr: String::new(),
            exit_status: None,
            queue_errors: None,
            cpu: vec![0],
            interval_us: 5000,
            recorded_thread: 0,
            thread_base: None,
            instances: Vec::new(),
        }
    }

    fn thread_of_tid(&self, tid: Tid) -> u32 {
        self.by_tid.get(tid as usize).copied().unwrap_or(0)
    }

    /// The thread that runs now (whose frames are loaded).
    pub fn current(&self) -> u32 {
        self.loaded
    }

    fn ident(&self, t: u32) -> Option<u64> {
        let th = self.threads.get(t as usize)?;
        th.tid.map(|tid| IDENT_BASE + 8_392_704 * tid as u64)
    }

    /// Every object a parked thread or a threading object keeps alive.
    pub fn roots(&self, out: &mut Vec<ObjId>) {
        for (i, t) in self.threads.iter().enumerate() {
            out.push(t.obj);
            out.extend(t.target);
            out.extend(t.args.iter().copied());
            out.extend(t.kwargs.iter().map(|(_, v)| *v));
            if i as u32 != self.loaded {
                for f in &t.frames {
                    super::generators::frame_children(f, out);
                    super::frame_hook_children(f, out);
                    out.extend(f.trace.f_trace);
                }
                out.extend(t.exc_info.iter().copied());
            }
            if let Some(Ok(v) | Err(v)) = t.resume {
                out.push(v);
            }
            if let Some(Blocked {
                wait: Wait::Put(_, item),
                ..
            }) = t.blocked
            {
                out.push(item);
            }
        }
        for q in &self.queues {
            out.extend(q.items.iter().copied());
        }
        if let Some((a, b)) = self.queue_errors {
            out.extend([a, b]);
        }
        if let Some(Status::Raised(e)) = self.exit_status {
            out.push(e);
        }
        out.extend(self.thread_base);
        out.extend(self.instances.iter().map(|(o, _)| *o));
    }
}

/// What a subclass of `threading.Thread` inherits (as `threading.Thread.<name>`).
const THREAD_BASE: &[&str] = &[
    "threading.Thread.__init__",
    "threading.Thread.start",
    "threading.Thread.join",
    "threading.Thread.is_alive",
    "threading.Thread.run",
    "threading.Thread.getName",
    "threading.Thread.setName",
    "threading.Thread.isDaemon",
    "threading.Thread.setDaemon",
    "threading.Thread.name",
    "threading.Thread.daemon",
    "threading.Thread.ident",
    "threading.Thread.native_id",
];

/// Modules and names this file simulates.
pub const MODULES: &[&str] = &["threading", "time", "queue"];

const QUALIFIED: &[&str] = &[
    "threading.Thread",
    "threading.Lock",
    "threading.RLock",
    "threading.Event",
    "threading.Semaphore",
    "threading.BoundedSemaphore",
    "threading.current_thread",
    "threading.main_thread",
    "threading.active_count",
    "threading.enumerate",
    "threading.get_ident",
    "time.sleep",
    "time.perf_counter",
    "time.perf_counter_ns",
    "time.monotonic",
    "time.monotonic_ns",
    "time.time",
    "time.time_ns",
    "queue.Queue",
    "queue.LifoQueue",
    "sys.setswitchinterval",
    "sys.getswitchinterval",
];

/// Whether a built-in's name is one of this file's.
pub fn is_thread_builtin(name: &str) -> bool {
    QUALIFIED.contains(&name)
}

const THREAD_METHODS: &[&str] = &[
    "start",
    "join",
    "is_alive",
    "run",
    "getName",
    "setName",
    "isDaemon",
    "setDaemon",
];
const LOCK_METHODS: &[&str] = &["acquire", "release", "locked", "__enter__", "__exit__"];
const EVENT_METHODS: &[&str] = &["set", "clear", "is_set", "isSet", "wait"];
const QUEUE_METHODS: &[&str] = &[
    "put",
    "get",
    "put_nowait",
    "get_nowait",
    "qsize",
    "empty",
    "full",
    "task_done",
    "join",
];

/// The virtual epoch `time.time()` counts from (2026-01-01 00:00:00 UTC).
const EPOCH_S: f64 = 1_767_225_600.0;

type Kw = Vec<(String, ObjId)>;

fn kw_arg(kwargs: &Kw, name: &str) -> Option<ObjId> {
    kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
}

impl Vm {
    fn th(&mut self) -> &mut Threads {
        if self.threads.is_none() {
            let main = self.heap.alloc(Obj::Sync(SyncRef {
                kind: SyncKind::Thread,
                idx: 0,
            }));
            let opts = self.options.threads;
            self.threads = Some(Box::new(Threads::new(opts, main)));
        }
        match self.threads.as_deref_mut() {
            Some(t) => t,
            None => unreachable!("threads were just made"),
        }
    }

    /// `import threading` / `time` / `queue`: the module object (and the thread machinery,
    /// which the virtual clock needs even with one thread).
    pub(crate) fn import_thread_module(&mut self, name: &str) -> Option<ObjId> {
        let m = MODULES.iter().find(|m| **m == name)?;
        self.th();
        Some(self.heap.alloc(Obj::Module(m)))
    }

    /// `threading.X`, `time.X`, `queue.X`.
    pub(crate) fn thread_module_attr(
        &mut self,
        module: &str,
        name: &str,
    ) -> PyResult<Option<ObjId>> {
        if !MODULES.contains(&module) {
            return Ok(None);
        }
        if module == "queue" && (name == "Empty" || name == "Full") {
            let (e, f) = self.queue_error_classes()?;
            return Ok(Some(if name == "Empty" { e } else { f }));
        }
        let full = format!("{module}.{name}");
        match QUALIFIED.iter().find(|q| **q == full) {
            Some(q) => Ok(Some(self.heap.alloc(Obj::Builtin(Builtin(q))))),
            // The real module has more (threading.Condition, time.strftime …): refuse
            // rather than raise an AttributeError CPython would not.
            None => self.unsupported(&full),
        }
    }

    /// `sys.setswitchinterval` / `sys.getswitchinterval` as attributes of `sys`.
    pub(crate) fn sys_thread_attr(&mut self, name: &str) -> Option<ObjId> {
        match name {
            "setswitchinterval" => Some(
                self.heap
                    .alloc(Obj::Builtin(Builtin("sys.setswitchinterval"))),
            ),
            "getswitchinterval" => Some(
                self.heap
                    .alloc(Obj::Builtin(Builtin("sys.getswitchinterval"))),
            ),
            _ => None,
        }
    }

    fn queue_error_classes(&mut self) -> PyResult<(ObjId, ObjId)> {
        if let Some(p) = self.th().queue_errors {
            return Ok(p);
        }
        let base = self.builtin("Exception").unwrap_or(self.none);
        let mut made = Vec::new();
        for n in ["Empty", "Full"] {
            let ns = self.new_dict();
            let c = self.quietly(|vm| vm.new_class(n, n, &[base], ns, None))?;
            made.push(c);
        }
        let p = (made[0], made[1]);
        self.th().queue_errors = Some(p);
        Ok(p)
    }

    fn now_ns(&mut self) -> u64 {
        let th = self.th();
        let tid = th
            .threads
            .get(th.loaded as usize)
            .and_then(|t| t.tid)
            .unwrap_or(0);
        th.gil.clock_of(tid)
    }

    fn seconds_arg(&mut self, v: ObjId, what: &str) -> PyResult<f64> {
        match self.num(v) {
            Some(super::ops::Num::I(i)) => Ok(i as f64),
            Some(super::ops::Num::F(f)) => Ok(f),
            Some(super::ops::Num::B(b)) => {
                Ok(num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY))
            }
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as {what}"))
            }
        }
    }

    fn one_arg(&mut self, fname: &str, args: &[ObjId]) -> PyResult<ObjId> {
        match args {
            [a] => Ok(*a),
            _ => self.type_error(format!(
                "{fname}() takes exactly one argument ({} given)",
                args.len()
            )),
        }
    }

    fn sync_ref(&self, obj: ObjId) -> Option<SyncRef> {
        match self.heap.get(obj) {
            Obj::Sync(r) => Some(*r),
            // An instance of a Thread subclass, once Thread.__init__ ran for it.
            Obj::Instance(_) => {
                let th = self.threads.as_deref()?;
                th.instances
                    .iter()
                    .find(|(o, _)| *o == obj)
                    .map(|&(_, idx)| SyncRef {
                        kind: SyncKind::Thread,
                        idx,
                    })
            }
            _ => None,
        }
    }

    /// A class statement's base: `threading.Thread` becomes the class
    /// [`Vm::thread_base_class`] (others are returned as they are).
    pub(crate) fn substitute_thread_base(&mut self, b: ObjId) -> PyResult<ObjId> {
        if matches!(self.heap.get(b), Obj::Builtin(Builtin("threading.Thread"))) {
            return self.thread_base_class();
        }
        Ok(b)
    }

    /// `threading.Thread` as a class to inherit from: its namespace holds the methods
    /// and properties as built-ins (`threading.Thread.start` …), which bind to the
    /// instance like `Thread`'s Python methods do.
    pub(crate) fn thread_base_class(&mut self) -> PyResult<ObjId> {
        if let Some(c) = self.th().thread_base {
            return Ok(c);
        }
        let ns = self.new_dict();
        let object = self.heap.alloc(Obj::Type(TypeId::Object));
        let c = self.quietly(|vm| -> PyResult<ObjId> {
            for &full in THREAD_BASE {
                let short = full.trim_start_matches("threading.Thread.");
                let k = vm.str(short);
                let v = vm.heap.alloc(Obj::Builtin(Builtin(full)));
                vm.dict_setitem(ns, k, v)?;
            }
            vm.new_class("Thread", "Thread", &[object], ns, None)
        })?;
        self.classes.retain(|&x| x != c);
        self.th().thread_base = Some(c);
        Ok(c)
    }

    /// What a `threading.Thread.*` built-in found on a class means for `receiver`: a
    /// property's value (`name`, `daemon`, `ident`), or the method bound to it.
    pub(crate) fn thread_base_bind(
        &mut self,
        full: &'static str,
        receiver: Option<ObjId>,
        found: ObjId,
    ) -> PyResult {
        let Some(r) = receiver else {
            return Ok(found);
        };
        let short = full.trim_start_matches("threading.Thread.");
        if matches!(short, "name" | "daemon" | "ident" | "native_id") {
            if self.sync_ref(r).is_none() {
                return self.err(TypeId::AssertionError, "Thread.__init__() not called");
            }
            return match self.sync_getattr(r, short)? {
                Some(v) => Ok(v),
                None => Ok(self.none),
            };
        }
        Ok(self.heap.alloc(Obj::Method {
            receiver: r,
            name: full,
        }))
    }

    /// Calls a `threading.Thread.*` method on `recv` (an instance of a subclass).
    pub(crate) fn call_thread_base(
        &mut self,
        full: &str,
        recv: ObjId,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        let short = full.trim_start_matches("threading.Thread.");
        if short == "__init__" {
            self.thread_init(Some(recv), args, kwargs)?;
            return Ok(self.none);
        }
        if self.sync_ref(recv).is_none() {
            return self.err(TypeId::AssertionError, "Thread.__init__() not called");
        }
        match self.call_sync_method(recv, short, args, kwargs)? {
            Some(v) => Ok(v),
            None => self.unsupported(&format!("Thread.{short}")),
        }
    }

    fn new_sync(&mut self, kind: SyncKind, idx: u32) -> ObjId {
        self.heap.alloc(Obj::Sync(SyncRef { kind, idx }))
    }

    /// Calls one of [`QUALIFIED`].
    pub(crate) fn call_thread_builtin(
        &mut self,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        match name {
            "threading.Thread" => self.thread_new(args, kwargs),
            "threading.Lock" => {
                let th = self.th();
                th.locks.push(LockState::default());
                let i = th.locks.len() as u32 - 1;
                Ok(self.new_sync(SyncKind::Lock, i))
            }
            "threading.RLock" => {
                let th = self.th();
                th.locks.push(LockState::default());
                let i = th.locks.len() as u32 - 1;
                Ok(self.new_sync(SyncKind::RLock, i))
            }
            "threading.Semaphore" | "threading.BoundedSemaphore" => {
                let v = match args.first().copied().or(kw_arg(&kwargs, "value")) {
                    Some(v) => self.as_i64(v).unwrap_or(1),
                    None => 1,
                };
                if v < 0 {
                    return self.err(TypeId::ValueError, "semaphore initial value must be >= 0");
                }
                let bounded = name == "threading.BoundedSemaphore";
                let th = self.th();
                th.locks.push(LockState {
                    value: v,
                    bound: bounded.then_some(v),
                    ..Default::default()
                });
                let i = th.locks.len() as u32 - 1;
                Ok(self.new_sync(SyncKind::Semaphore, i))
            }
            "threading.Event" => {
                let th = self.th();
                th.events.push(false);
                let i = th.events.len() as u32 - 1;
                Ok(self.new_sync(SyncKind::Event, i))
            }
            "queue.Queue" | "queue.LifoQueue" => {
                let maxsize = match args.first().copied().or(kw_arg(&kwargs, "maxsize")) {
                    Some(v) => self.as_i64(v).unwrap_or(0),
                    None => 0,
                };
                let th = self.th();
                th.queues.push(QueueState {
                    maxsize,
                    lifo: name == "queue.LifoQueue",
                    ..Default::default()
                });
                let i = th.queues.len() as u32 - 1;
                Ok(self.new_sync(SyncKind::Queue, i))
            }
            "threading.current_thread" => {
                let th = self.th();
                let t = th.loaded;
                Ok(th.threads[t as usize].obj)
            }
            "threading.main_thread" => Ok(self.th().threads[0].obj),
            "threading.active_count" => {
                let n = self
                    .th()
                    .threads
                    .iter()
                    .filter(|t| t.life == Life::Started)
                    .count();
                Ok(self.int(n as i64))
            }
            "threading.enumerate" => {
                let objs: Vec<ObjId> = self
                    .th()
                    .threads
                    .iter()
                    .filter(|t| t.life == Life::Started)
                    .map(|t| t.obj)
                    .collect();
                Ok(self.list(objs))
            }
            "threading.get_ident" => {
                let th = self.th();
                let t = th.loaded;
                let id = th.ident(t).unwrap_or(0);
                Ok(self.int(id as i64))
            }
            "time.perf_counter" | "time.monotonic" => {
                // CLOCK_MONOTONIC: seconds since boot; the run starts 1000 s after it.
                let ns = self.now_ns();
                Ok(self.float(1000.0 + ns as f64 / 1e9))
            }
            "time.perf_counter_ns" | "time.monotonic_ns" => {
                let ns = self.now_ns();
                Ok(self.int(1_000_000_000_000 + ns as i64))
            }
            "time.time" => {
                let ns = self.now_ns();
                Ok(self.float(EPOCH_S + ns as f64 / 1e9))
            }
            "time.time_ns" => {
                let ns = self.now_ns();
                Ok(self.int((EPOCH_S as i64) * 1_000_000_000 + ns as i64))
            }
            "time.sleep" => {
                let a = self.one_arg("sleep", &args)?;
                let s = self.seconds_arg(a, "an integer")?;
                if s.is_nan() {
                    return self.err(TypeId::ValueError, "Invalid value NaN (not a number)");
                }
                if s < 0.0 {
                    return self.err(TypeId::ValueError, "sleep length must be non-negative");
                }
                let costs = self.th().gil.costs;
                let d = (s * 1e9) as u64;
                let extra = if d == 0 {
                    1_000
                } else {
                    costs.timer_slack + costs.sleep_extra
                };
                let now = self.now_ns();
                self.start_blocking(Wait::Sleep, Some(now + d + extra))
            }
            "sys.setswitchinterval" => {
                let a = self.one_arg("setswitchinterval", &args)?;
                let s = self.seconds_arg(a, "a float")?;
                if s <= 0.0 {
                    return self.err(
                        TypeId::ValueError,
                        "switch interval must be strictly positive",
                    );
                }
                // _PyEval_SetSwitchInterval((unsigned long) (1e6 * interval))
                let us = (1e6 * s) as u64;
                self.th().gil.set_interval_us(us);
                self.th().interval_us = us;
                Ok(self.none)
            }
            "sys.getswitchinterval" => {
                // sys_getswitchinterval_impl: 1e-6 * _PyEval_GetSwitchInterval() (the µs
                // as stored, 0 included; waits use at least 1 µs).
                let us = self.th().interval_us;
                Ok(self.float(1e-6 * us as f64))
            }
            _ => self.unsupported(&format!("the built-in '{name}'")),
        }
    }

    /// `threading.Thread(group=None, target=None, name=None, args=(), kwargs=None, *,
    /// daemon=None)`, naming it as `Thread.__init__` does.
    fn thread_new(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        self.thread_init(None, args, kwargs)
    }

    /// `Thread.__init__` for a new `Thread` (`instance` None) or for an instance of a
    /// subclass.
    fn thread_init(&mut self, instance: Option<ObjId>, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        const PARAMS: [&str; 5] = ["group", "target", "name", "args", "kwargs"];
        if args.len() > 5 {
            return self.type_error(format!(
                "Thread.__init__() takes from 1 to 6 positional arguments but {} were given",
                args.len() + 1
            ));
        }
        let mut vals: [Option<ObjId>; 6] = [None; 6];
        for (i, a) in args.iter().enumerate() {
            vals[i] = Some(*a);
        }
        for (k, v) in &kwargs {
            match PARAMS.iter().position(|p| p == k) {
                Some(i) => vals[i] = Some(*v),
                None if k == "daemon" => vals[5] = Some(*v),
                None => {
                    return self.type_error(format!(
                        "Thread.__init__() got an unexpected keyword argument '{k}'"
                    ));
                }
            }
        }
        let none = self.none;
        if vals[0].is_some_and(|g| g != none) {
            return self.err(
                TypeId::AssertionError,
                "group argument must be None for now",
            );
        }
        let target = vals[1].filter(|t| *t != none);
        let name = match vals[2].filter(|n| *n != none) {
            Some(n) => self.str_of(n)?,
            None => {
                let th = self.th();
                th.counter += 1;
                let mut n = format!("Thread-{}", th.counter);
                if let Some(t) = target
                    && let Ok(tn) = self.get_attr(t, "__name__")
                    && let Ok(s) = self.str_of(tn)
                {
                    n.push_str(&format!(" ({s})"));
                }
                n
            }
        };
        let targs = match vals[3] {
            Some(a) => self.collect_iterable(a)?,
            None => Vec::new(),
        };
        let mut tkw = Vec::new();
        if let Some(kw) = vals[4].filter(|k| *k != none) {
            for (k, v) in self.dict_items(kw) {
                tkw.push((self.str_value(k), v));
            }
        }
        let daemon = match vals[5].filter(|d| *d != none) {
            Some(d) => self.truthy(d)?,
            None => {
                let th = self.th();
                th.threads[th.loaded as usize].daemon
            }
        };
        let th = self.th();
        let idx = th.threads.len() as u32;
        let obj_placeholder = ObjId(0);
        th.threads.push(PyThread {
            name,
            daemon,
            life: Life::Initial,
            target,
            args: targs,
            kwargs: tkw,
            tid: None,
            frames: Vec::new(),
            exc_info: Vec::new(),
            blocked: None,
            resume: None,
            bootstrap: true,
            ran: false,
            notified: false,
            obj: obj_placeholder,
        });
        let obj = match instance {
            Some(i) => {
                self.th().instances.push((i, idx));
                i
            }
            None => self.new_sync(SyncKind::Thread, idx),
        };
        self.th().threads[idx as usize].obj = obj;
        Ok(obj)
    }

    /// Attributes of a threading object (methods are bound built-in methods).
    pub(crate) fn sync_getattr(&mut self, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        let Some(r) = self.sync_ref(obj) else {
            return Ok(None);
        };
        let table: &[&'static str] = match r.kind {
            SyncKind::Thread => THREAD_METHODS,
            SyncKind::Lock | SyncKind::RLock | SyncKind::Semaphore => LOCK_METHODS,
            SyncKind::Event => EVENT_METHODS,
            SyncKind::Queue => QUEUE_METHODS,
        };
        if let Some(m) = table.iter().copied().find(|m| *m == name) {
            return Ok(Some(self.heap.alloc(Obj::Method {
                receiver: obj,
                name: m,
            })));
        }
        if r.kind == SyncKind::Thread {
            let th = self.th();
            let ident = th.ident(r.idx);
            let t = &th.threads[r.idx as usize];
            let (tname, daemon) = (t.name.clone(), t.daemon);
            return Ok(Some(match name {
                "name" => self.string(tname),
                "daemon" => self.bool(daemon),
                "ident" | "native_id" => match ident {
                    Some(i) => self.int(i as i64),
                    None => self.none,
                },
                _ => return Ok(None),
            }));
        }
        if r.kind == SyncKind::Queue && name == "maxsize" {
            let m = self.th().queues[r.idx as usize].maxsize;
            return Ok(Some(self.int(m)));
        }
        Ok(None)
    }

    /// `t.name = …`, `t.daemon = …`.
    pub(crate) fn sync_setattr(&mut self, obj: ObjId, name: &str, value: ObjId) -> PyResult<bool> {
        let Some(r) = self.sync_ref(obj) else {
            return Ok(false);
        };
        if r.kind != SyncKind::Thread {
            return Ok(false);
        }
        match name {
            "name" => {
                let s = self.str_of(value)?;
                self.th().threads[r.idx as usize].name = s;
                Ok(true)
            }
            "daemon" => {
                let b = self.truthy(value)?;
                let t = &mut self.th().threads[r.idx as usize];
                if t.life != Life::Initial {
                    return self.err(
                        TypeId::RuntimeError,
                        "cannot set daemon status of active thread",
                    );
                }
                t.daemon = b;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The type name and repr of a threading object.
    pub(crate) fn sync_type_name(r: SyncRef) -> &'static str {
        match r.kind {
            SyncKind::Thread if r.idx == 0 => "_MainThread",
            SyncKind::Thread => "Thread",
            SyncKind::Lock => "lock",
            SyncKind::RLock => "RLock",
            SyncKind::Event => "Event",
            SyncKind::Queue => "Queue",
            SyncKind::Semaphore => "Semaphore",
        }
    }

    pub(crate) fn sync_repr(&mut self, obj: ObjId, r: SyncRef) -> String {
        let addr = obj.address();
        let class_name = match self.heap.get(obj) {
            Obj::Instance(_) => Some(self.type_name(obj)),
            _ => None,
        };
        let th = self.th();
        match r.kind {
            SyncKind::Thread => {
                let ident = th.ident(r.idx);
                let t = &th.threads[r.idx as usize];
                // Thread.__repr__ (Lib/threading.py).
                let mut status = match t.life {
                    Life::Initial => "initial",
                    Life::Started => "started",
                    Life::Stopped => "stopped",
                }
                .to_string();
                if t.daemon {
                    status.push_str(" daemon");
                }
                if let Some(i) = ident {
                    status.push_str(&format!(" {i}"));
                }
                let cls = class_name.unwrap_or_else(|| Self::sync_type_name(r).to_string());
                format!("<{cls}({}, {status})>", t.name)
            }
            SyncKind::Lock => {
                let l = &th.locks[r.idx as usize];
                let state = if l.owner.is_some() {
                    "locked"
                } else {
                    "unlocked"
                };
                format!("<{state} _thread.lock object at {addr:#x}>")
            }
            SyncKind::RLock => {
                let l = &th.locks[r.idx as usize];
                let owner = l.owner.and_then(|o| th.ident(o)).unwrap_or(0);
                let state = if l.owner.is_some() {
                    "locked"
                } else {
                    "unlocked"
                };
                format!(
                    "<{state} _thread.RLock object owner={owner} count={} at {addr:#x}>",
                    l.count
                )
            }
            SyncKind::Event => format!("<threading.Event object at {addr:#x}>"),
            SyncKind::Queue => format!("<queue.Queue object at {addr:#x}>"),
            SyncKind::Semaphore => format!("<threading.Semaphore object at {addr:#x}>"),
        }
    }

    /// A blocking call that must wait: the thread parks here with the GIL released.
    /// The `Err` is a marker the step loop recognises (nothing unwinds).
    fn start_blocking(&mut self, wait: Wait, deadline: Option<u64>) -> PyResult {
        if self.in_nested_call() {
            return self.unsupported("a blocking call inside a method a built-in called");
        }
        let since = self.now_ns();
        self.th().blocking = Some(Blocked {
            wait,
            deadline,
            since,
        });
        Err(self.none)
    }

    /// Whether Python code is running nested inside a built-in (`Vm::call_sync`), where a
    /// thread cannot be parked.
    fn in_nested_call(&self) -> bool {
        self.frames.iter().any(|f| {
            matches!(
                f.on_return,
                super::ReturnHook::Sync
                    | super::ReturnHook::Gen {
                        mode: super::generators::GenMode::Sync,
                        ..
                    }
            )
        })
    }

    /// `timeout` as a deadline: None blocks for ever; negative is an error unless -1
    /// (locks use -1 for "no timeout").
    fn deadline(&mut self, timeout: Option<ObjId>, lock_style: bool) -> PyResult<Option<u64>> {
        let Some(t) = timeout.filter(|t| *t != self.none) else {
            return Ok(None);
        };
        let s = self.seconds_arg(t, "a float")?;
        if lock_style && s == -1.0 {
            return Ok(None);
        }
        if s < 0.0 {
            return if lock_style {
                self.err(
                    TypeId::ValueError,
                    "timeout value must be a non-negative number",
                )
            } else {
                self.err(
                    TypeId::ValueError,
                    "'timeout' must be a non-negative number",
                )
            };
        }
        let now = self.now_ns();
        Ok(Some(
            now + (s * 1e9) as u64 + self.th().gil.costs.timer_slack,
        ))
    }

    /// A method of a threading object.
    pub(crate) fn call_sync_method(
        &mut self,
        recv: ObjId,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult<Option<ObjId>> {
        let Some(r) = self.sync_ref(recv) else {
            return Ok(None);
        };
        let me = self.th().loaded;
        let v = match (r.kind, name) {
            (SyncKind::Thread, "start") => self.thread_start(r.idx)?,
            (SyncKind::Thread, "join") => {
                let th = self.th();
                let t = &th.threads[r.idx as usize];
                if t.life == Life::Initial {
                    return self
                        .err(
                            TypeId::RuntimeError,
                            "cannot join thread before it is started",
                        )
                        .map(Some);
                }
                if r.idx == me {
                    return self
                        .err(TypeId::RuntimeError, "cannot join current thread")
                        .map(Some);
                }
                let done = t.life == Life::Stopped;
                let timeout = args.first().copied().or(kw_arg(&kwargs, "timeout"));
                let dl = self.deadline(timeout, false)?;
                if done || dl.is_some_and(|d| d <= self.now_ns()) {
                    self.none
                } else {
                    self.start_blocking(Wait::Join(r.idx), dl)?
                }
            }
            (SyncKind::Thread, "is_alive") => {
                let l = self.th().threads[r.idx as usize].life;
                self.bool(l == Life::Started)
            }
            (SyncKind::Thread, "run") => {
                let t = self.th().threads[r.idx as usize].clone();
                // Thread.run() calls the target once, then drops it.
                let th = self.th();
                th.threads[r.idx as usize].target = None;
                if let Some(f) = t.target {
                    self.call_sync_kw(f, t.args, t.kwargs)?;
                }
                self.none
            }
            (SyncKind::Thread, "getName") => {
                let n = self.th().threads[r.idx as usize].name.clone();
                self.string(n)
            }
            (SyncKind::Thread, "isDaemon") => {
                let d = self.th().threads[r.idx as usize].daemon;
                self.bool(d)
            }
            (SyncKind::Thread, "setName") => {
                let v = args.first().copied().unwrap_or(self.none);
                self.sync_setattr(recv, "name", v)?;
                self.none
            }
            (SyncKind::Thread, "setDaemon") => {
                let v = args.first().copied().unwrap_or(self.none);
                self.sync_setattr(recv, "daemon", v)?;
                self.none
            }
            (SyncKind::Lock | SyncKind::RLock | SyncKind::Semaphore, "acquire" | "__enter__") => {
                let blocking = match args.first().copied().or(kw_arg(&kwargs, "blocking")) {
                    Some(b) => self.truthy(b)?,
                    None => true,
                };
                let timeout = args.get(1).copied().or(kw_arg(&kwargs, "timeout"));
                let dl = if name == "__enter__" {
                    None
                } else {
                    if !blocking && timeout.is_some_and(|t| self.as_i64(t) != Some(-1)) {
                        return self
                            .err(
                                TypeId::ValueError,
                                "can't specify a timeout for a non-blocking call",
                            )
                            .map(Some);
                    }
                    self.deadline(timeout, r.kind != SyncKind::Semaphore)?
                };
                if self.try_acquire(r, me) {
                    self.true_
                } else if !blocking || dl.is_some_and(|d| d <= self.now_ns()) {
                    self.false_
                } else {
                    let w = match r.kind {
                        SyncKind::Lock => Wait::Lock(r.idx),
                        SyncKind::RLock => Wait::RLock(r.idx),
                        _ => Wait::Semaphore(r.idx),
                    };
                    self.start_blocking(w, dl)?
                }
            }
            (SyncKind::Lock | SyncKind::RLock | SyncKind::Semaphore, "release" | "__exit__") => {
                self.release(r, me)?;
                if name == "__exit__" {
                    self.false_
                } else {
                    self.none
                }
            }
            (SyncKind::Lock | SyncKind::RLock, "locked") => {
                let o = self.th().locks[r.idx as usize].owner.is_some();
                self.bool(o)
            }
            (SyncKind::Event, "set") => {
                self.th().events[r.idx as usize] = true;
                self.wake_waiters(|w| w == Wait::Event(r.idx), usize::MAX);
                self.none
            }
            (SyncKind::Event, "clear") => {
                self.th().events[r.idx as usize] = false;
                self.none
            }
            (SyncKind::Event, "is_set" | "isSet") => {
                let s = self.th().events[r.idx as usize];
                self.bool(s)
            }
            (SyncKind::Event, "wait") => {
                let timeout = args.first().copied().or(kw_arg(&kwargs, "timeout"));
                let dl = self.deadline(timeout, false)?;
                if self.th().events[r.idx as usize] {
                    self.true_
                } else if dl.is_some_and(|d| d <= self.now_ns()) {
                    self.false_
                } else {
                    self.start_blocking(Wait::Event(r.idx), dl)?
                }
            }
            (SyncKind::Queue, "put" | "put_nowait") => {
                let item = match args.first().copied().or(kw_arg(&kwargs, "item")) {
                    Some(i) => i,
                    None => {
                        return self
                            .type_error(
                                "Queue.put() missing 1 required positional argument: 'item'",
                            )
                            .map(Some);
                    }
                };
                let block = name == "put"
                    && match args.get(1).copied().or(kw_arg(&kwargs, "block")) {
                        Some(b) => self.truthy(b)?,
                        None => true,
                    };
                let timeout = args.get(2).copied().or(kw_arg(&kwargs, "timeout"));
                let dl = if block {
                    self.deadline(timeout, false)?
                } else {
                    None
                };
                if self.try_put(r.idx, item) {
                    self.none
                } else if !block || dl.is_some_and(|d| d <= self.now_ns()) {
                    let (_, full) = self.queue_error_classes()?;
                    let e = self.instantiate_sync(full, Vec::new())?;
                    return Err(e);
                } else {
                    self.start_blocking(Wait::Put(r.idx, item), dl)?
                }
            }
            (SyncKind::Queue, "get" | "get_nowait") => {
                let block = name == "get"
                    && match args.first().copied().or(kw_arg(&kwargs, "block")) {
                        Some(b) => self.truthy(b)?,
                        None => true,
                    };
                let timeout = args.get(1).copied().or(kw_arg(&kwargs, "timeout"));
                let dl = if block {
                    self.deadline(timeout, false)?
                } else {
                    None
                };
                if let Some(v) = self.try_get(r.idx) {
                    v
                } else if !block || dl.is_some_and(|d| d <= self.now_ns()) {
                    let (empty, _) = self.queue_error_classes()?;
                    let e = self.instantiate_sync(empty, Vec::new())?;
                    return Err(e);
                } else {
                    self.start_blocking(Wait::Get(r.idx), dl)?
                }
            }
            (SyncKind::Queue, "qsize") => {
                let n = self.th().queues[r.idx as usize].items.len();
                self.int(n as i64)
            }
            (SyncKind::Queue, "empty") => {
                let e = self.th().queues[r.idx as usize].items.is_empty();
                self.bool(e)
            }
            (SyncKind::Queue, "full") => {
                let q = &self.th().queues[r.idx as usize];
                let f = q.maxsize > 0 && q.items.len() as i64 >= q.maxsize;
                self.bool(f)
            }
            (SyncKind::Queue, "task_done") => {
                let q = &mut self.th().queues[r.idx as usize];
                if q.unfinished <= 0 {
                    return self
                        .err(TypeId::ValueError, "task_done() called too many times")
                        .map(Some);
                }
                q.unfinished -= 1;
                if q.unfinished == 0 {
                    self.wake_waiters(|w| w == Wait::QueueJoin(r.idx), usize::MAX);
                }
                self.none
            }
            (SyncKind::Queue, "join") => {
                if self.th().queues[r.idx as usize].unfinished == 0 {
                    self.none
                } else {
                    self.start_blocking(Wait::QueueJoin(r.idx), None)?
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn try_acquire(&mut self, r: SyncRef, me: u32) -> bool {
        let l = &mut self.th().locks[r.idx as usize];
        match r.kind {
            SyncKind::Lock => {
                if l.owner.is_none() {
                    l.owner = Some(me);
                    return true;
                }
                false
            }
            SyncKind::RLock => match l.owner {
                None => {
                    l.owner = Some(me);
                    l.count = 1;
                    true
                }
                Some(o) if o == me => {
                    l.count += 1;
                    true
                }
                Some(_) => false,
            },
            _ => {
                if l.value > 0 {
                    l.value -= 1;
                    return true;
                }
                false
            }
        }
    }

    fn release(&mut self, r: SyncRef, me: u32) -> PyResult<()> {
        let l = &mut self.th().locks[r.idx as usize];
        let freed = match r.kind {
            SyncKind::Lock => {
                if l.owner.is_none() {
                    return self.err(TypeId::RuntimeError, "release unlocked lock");
                }
                l.owner = None;
                true
            }
            SyncKind::RLock => {
                if l.owner != Some(me) {
                    return self.err(TypeId::RuntimeError, "cannot release un-acquired lock");
                }
                l.count -= 1;
                if l.count == 0 {
                    l.owner = None;
                    true
                } else {
                    false
                }
            }
            _ => {
                if l.bound.is_some_and(|b| l.value >= b) {
                    return self.err(TypeId::ValueError, "Semaphore released too many times");
                }
                l.value += 1;
                true
            }
        };
        if freed {
            let idx = r.idx;
            // PyThread_release_lock: sem_post wakes one waiter, which retries when the OS
            // runs it (the releaser may take the lock again first).
            self.wake_waiters(
                |w| matches!(w, Wait::Lock(i) | Wait::RLock(i) | Wait::Semaphore(i) if i == idx),
                1,
            );
        }
        Ok(())
    }

    fn try_put(&mut self, q: u32, item: ObjId) -> bool {
        let qs = &mut self.th().queues[q as usize];
        if qs.maxsize > 0 && qs.items.len() as i64 >= qs.maxsize {
            return false;
        }
        qs.items.push_back(item);
        qs.unfinished += 1;
        // Queue.put: self.not_empty.notify()
        self.wake_waiters(|w| w == Wait::Get(q), 1);
        true
    }

    fn try_get(&mut self, q: u32) -> Option<ObjId> {
        let qs = &mut self.th().queues[q as usize];
        let v = if qs.lifo {
            qs.items.pop_back()
        } else {
            qs.items.pop_front()
        }?;
        // Queue.get: self.not_full.notify()
        self.wake_waiters(|w| matches!(w, Wait::Put(i, _) if i == q), 1);
        Some(v)
    }

    /// Asks the OS to run up to `n` threads blocked on something matching `pred`, oldest
    /// first, one wake-up latency from now.
    fn wake_waiters(&mut self, pred: impl Fn(Wait) -> bool, n: usize) {
        let now = self.now_ns();
        let th = self.th();
        let mut waiting: Vec<(u64, u32)> = th
            .threads
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let b = t.blocked?;
                // A thread already woken and not yet back does not count twice.
                (pred(b.wait) && t.resume.is_none() && !t.notified).then_some((b.since, i as u32))
            })
            .collect();
        waiting.sort();
        let at = now + th.gil.costs.wake;
        for (_, i) in waiting.into_iter().take(n) {
            th.threads[i as usize].notified = true;
            if let Some(tid) = th.threads[i as usize].tid {
                th.gil.wake_at(tid, at);
            }
        }
    }

    /// `Thread.start()`: `_start_new_thread`, then wait for `_started`.
    fn thread_start(&mut self, idx: u32) -> PyResult {
        let th = self.th();
        if th.threads[idx as usize].life != Life::Initial {
            return self.err(TypeId::RuntimeError, "threads can only be started once");
        }
        let tid = th.gil.spawn();
        th.by_tid.push(idx);
        th.cpu.push(0);
        let t = &mut th.threads[idx as usize];
        t.tid = Some(tid);
        t.life = Life::Started;

        self.start_blocking(Wait::Started(idx), None)
    }

    /// Whether the wait of blocked thread `i` is over (and with what), or `None` to keep
    /// waiting.
    fn try_complete(&mut self, i: u32, b: Blocked) -> Option<PyResult> {
        let now = self.now_ns();
        let timed_out = b.deadline.is_some_and(|d| now >= d);
        let th = self.th();
        match b.wait {
            Wait::Sleep => timed_out.then_some(Ok(self.none)),
            Wait::Lock(l) | Wait::RLock(l) | Wait::Semaphore(l) => {
                let kind = match b.wait {
                    Wait::Lock(_) => SyncKind::Lock,
                    Wait::RLock(_) => SyncKind::RLock,
                    _ => SyncKind::Semaphore,
                };
                if self.try_acquire(SyncRef { kind, idx: l }, i) {
                    Some(Ok(self.true_))
                } else {
                    timed_out.then_some(Ok(self.false_))
                }
            }
            Wait::Join(t) => {
                (th.threads[t as usize].life == Life::Stopped || timed_out).then_some(Ok(self.none))
            }
            Wait::Event(e) => {
                if th.events[e as usize] {
                    Some(Ok(self.true_))
                } else {
                    timed_out.then_some(Ok(self.false_))
                }
            }
            Wait::Get(q) => match self.try_get(q) {
                Some(v) => Some(Ok(v)),
                None if timed_out => Some(self.queue_error(true)),
                None => None,
            },
            Wait::Put(q, item) => {
                if self.try_put(q, item) {
                    Some(Ok(self.none))
                } else if timed_out {
                    Some(self.queue_error(false))
                } else {
                    None
                }
            }
            Wait::QueueJoin(q) => (th.queues[q as usize].unfinished == 0).then_some(Ok(self.none)),
            Wait::Started(t) => th.threads[t as usize].ran.then_some(Ok(self.none)),
            Wait::Shutdown => th
                .threads
                .iter()
                .skip(1)
                .all(|t| t.daemon || t.life != Life::Started)
                .then_some(Ok(self.none)),
        }
    }

    fn queue_error(&mut self, empty: bool) -> PyResult {
        let (e, f) = self.queue_error_classes()?;
        let exc = self.instantiate_sync(if empty { e } else { f }, Vec::new())?;
        Err(exc)
    }

    /// Loads thread `i`'s frames into the VM (parking the current one's).
    fn switch_to(&mut self, i: u32) {
        let Some(th) = self.threads.as_deref_mut() else {
            return;
        };
        if th.loaded == i {
            return;
        }
        let cur = th.loaded as usize;
        std::mem::swap(&mut self.frames, &mut th.threads[cur].frames);
        std::mem::swap(&mut self.exc_info, &mut th.threads[cur].exc_info);
        std::mem::swap(&mut self.frames, &mut th.threads[i as usize].frames);
        std::mem::swap(&mut self.exc_info, &mut th.threads[i as usize].exc_info);
        th.loaded = i;
    }

    /// [`Vm::step`] once threads exist: the scheduler picks the thread, then one of its
    /// instructions runs and is charged to the virtual clock.
    pub(crate) fn step_threaded(&mut self) {
        let nested = self.threads.as_ref().is_some_and(|t| t.in_step);
        if nested {
            // Python code run to completion inside a built-in: no thread switch here.
            let cost = self.instr_cost();
            self.step_one();
            if let Some(th) = self.threads.as_deref_mut() {
                let tid = th.threads[th.loaded as usize].tid.unwrap_or(0);
                th.gil.executed(tid, cost.0, false);
            }
            return;
        }
        // The common case: the GIL holder runs on, nothing due before its next instruction.
        if let Some(th) = self.threads.as_deref_mut() {
            let loaded = th.loaded as usize;
            if let Some(t) = th.threads.get(loaded)
                && t.resume.is_none()
                && !t.bootstrap
                && t.tid.is_some()
                && th.gil.fast_run() == t.tid
                && !self.frames.is_empty()
            {
                let tid = t.tid.unwrap_or(0);
                th.in_step = true;
                let cost = self.instr_cost();
                self.step_one();
                self.after_instruction(loaded as u32, tid, cost);
                if let Some(th) = self.threads.as_deref_mut() {
                    th.in_step = false;
                }
                self.flush_thread_events();
                return;
            }
        }
        if let Some(th) = self.threads.as_deref_mut() {
            th.in_step = true;
        }
        self.schedule_and_step();
        if let Some(th) = self.threads.as_deref_mut() {
            th.in_step = false;
        }
        self.flush_thread_events();
    }

    /// Hands the GIL model's events to the recorder (with the names and kinds only the VM
    /// knows), and marks the clock after a line.
    #[inline]
    fn flush_thread_events(&mut self) {
        let Some(th) = self.threads.as_deref_mut() else {
            return;
        };
        if self.recorder.is_none() {
            th.gil.events.clear();
            return;
        }
        let events = std::mem::take(&mut th.gil.events);
        let now = th.gil.wall();
        let Some(r) = self.recorder.as_mut() else {
            return;
        };
        for (at, e) in events {
            let ev = match e {
                GilEvent::Take { tid, switched } => ThreadEv::Take { tid, switched },
                GilEvent::Drop { tid, forced } => ThreadEv::Drop { tid, forced },
                GilEvent::Timeout { tid, request } => ThreadEv::Timeout { tid, request },
                GilEvent::Wait { tid } => ThreadEv::Wait { tid },
                GilEvent::Signal { tid } => ThreadEv::Signal { tid },
                GilEvent::ForcedWait { tid } => ThreadEv::ForcedWait { tid },
                GilEvent::Block { tid } => {
                    let i = th.by_tid.get(tid as usize).copied().unwrap_or(0);
                    let label = th.threads[i as usize]
                        .blocked
                        .map_or("sleep", |b| b.wait.label());
                    ThreadEv::Block {
                        tid,
                        kind: BlockKind::from_label(label),
                    }
                }
                GilEvent::Unblock { tid } => ThreadEv::Unblock { tid },
                GilEvent::Start { tid } => {
                    let i = th.by_tid.get(tid as usize).copied().unwrap_or(0);
                    let name = r.intern(&th.threads[i as usize].name);
                    ThreadEv::Start { tid, name }
                }
                GilEvent::End { tid } => ThreadEv::End { tid },
                GilEvent::OnCore { tid } => ThreadEv::OnCore { tid },
            };
            r.thread_event(at, ev);
        }
        if th.recorded_thread != th.loaded {
            th.recorded_thread = th.loaded;
            let tid = th.threads[th.loaded as usize].tid.unwrap_or(0);
            r.thread_event(now, ThreadEv::Switch { tid });
        }
        r.mark_clock(now);
    }

    /// (cost in ps, eval-breaker check) of the instruction about to run.
    fn instr_cost(&self) -> (u64, bool) {
        let Some(f) = self.frames.last() else {
            return (0, false);
        };
        let ps = self.threads.as_ref().map_or(0, |t| t.gil.costs.instr_ps);
        match self.program.codes[f.code].instrs.get(f.pc) {
            Some(Instr::Line(_) | Instr::Nop) => (0, f.pc == 0),
            Some(Instr::Call { .. } | Instr::CallEx(_)) => (ps, true),
            Some(Instr::Jump(t)) => (ps, (*t as usize) <= f.pc),
            Some(_) => (ps, f.pc == 0),
            None => (0, false),
        }
    }

    fn schedule_and_step(&mut self) {
        loop {
            if self.status != Status::Running {
                // The program ended while the scheduler looked (the main thread's wait
                // in _shutdown was over).
                return;
            }
            let Some(th) = self.threads.as_deref_mut() else {
                return;
            };
            match th.gil.poll() {
                Poll::Run(tid) => {
                    let i = th.thread_of_tid(tid);
                    self.switch_to(i);
                    self.flush_thread_events();
                    if self.prepare_thread(i) {
                        break;
                    }
                }
                Poll::Check { tid, .. } => {
                    let i = th.thread_of_tid(tid);
                    let Some(b) = th.threads[i as usize].blocked else {
                        th.gil.unblock(tid);
                        continue;
                    };
                    match self.try_complete(i, b) {
                        Some(r) => {
                            let th = self.th();
                            let t = &mut th.threads[i as usize];
                            t.blocked = None;
                            t.notified = false;
                            t.resume = Some(r);
                            th.gil.unblock(tid);
                        }
                        None => {
                            let th = self.th();
                            th.threads[i as usize].notified = false;
                            th.gil.block(tid, b.deadline);
                        }
                    }
                }
                Poll::Done => {
                    let th = self.th();
                    match th.exit_status.take() {
                        Some(s) => self.status = s,
                        None if self.status == Status::Running => self.status = Status::Finished,
                        None => {}
                    }
                    return;
                }
                Poll::Deadlock => {
                    self.switch_to(0);
                    let e = self.new_exc(
                        TypeId::Unsupported,
                        "a program whose threads all wait for ever (a deadlock; CPython would hang)",
                    );
                    self.status = Status::Raised(e);
                    return;
                }
            }
        }
        let i = self.th().loaded;
        let tid = self.th().threads[i as usize].tid.unwrap_or(0);
        let cost = self.instr_cost();
        self.step_one();
        self.after_instruction(i, tid, cost);
    }

    /// Charges the instruction thread `i` just ran, or parks it if it blocked.
    #[inline]
    fn after_instruction(&mut self, i: u32, tid: Tid, cost: (u64, bool)) {
        let Some(th) = self.threads.as_deref_mut() else {
            return;
        };
        if let Some(b) = th.blocking.take() {
            th.threads[i as usize].blocked = Some(b);
            th.threads[i as usize].notified = false;
            th.gil.block(tid, b.deadline);
            // A wait that may already be over (a lock released meanwhile) is looked at
            // once the OS would run the thread again.
            return;
        }
        th.gil.executed(tid, cost.0, cost.1);
        if let Some(c) = th.cpu.get_mut(tid as usize) {
            *c += cost.0;
        }
        if self.frames.is_empty() && self.status != Status::Running {
            self.thread_ended(i);
        }
    }

    /// Before thread `i` runs an instruction: deliver a finished blocking call's result,
    /// or call its target the first time. False when there is nothing to run (it ended).
    fn prepare_thread(&mut self, i: u32) -> bool {
        let th = self.th();
        let t = &mut th.threads[i as usize];
        let first = !t.ran;
        t.ran = true;
        if first {
            // _bootstrap_inner sets _started: the starter may go on.
            self.wake_waiters(|w| w == Wait::Started(i), usize::MAX);
        }
        let th = self.th();
        let t = &mut th.threads[i as usize];
        if let Some(r) = t.resume.take() {
            match r {
                Ok(v) => {
                    if !self.frames.is_empty() {
                        self.push(v);
                    } else {
                        // The main thread's wait in _shutdown is over: the program ends.
                        self.finish_thread(i);
                        return false;
                    }
                }
                Err(e) => {
                    self.unwind_from_thread(e);
                    if self.frames.is_empty() {
                        self.thread_ended(i);
                        return false;
                    }
                }
            }
            return true;
        }
        if t.bootstrap {
            t.bootstrap = false;
            let (target, args, kwargs) = (t.target, t.args.clone(), t.kwargs.clone());
            let obj = t.obj;
            // _bootstrap_inner calls self.run(): a subclass's own run, or Thread.run,
            // which calls the target.
            let (target, args, kwargs) = if matches!(self.heap.get(obj), Obj::Instance(_)) {
                match self.get_attr(obj, "run") {
                    Ok(run) => (Some(run), Vec::new(), Vec::new()),
                    Err(e) => {
                        self.report_thread_exception(i, e);
                        self.finish_thread(i);
                        return false;
                    }
                }
            } else {
                (target, args, kwargs)
            };
            let Some(f) = target else {
                self.finish_thread(i);
                return false;
            };
            let pushes_frame = match self.heap.get(f) {
                Obj::Function(_) => true,
                Obj::BoundMethod { func, .. } => matches!(self.heap.get(*func), Obj::Function(_)),
                _ => false,
            };
            let r = if pushes_frame {
                self.call(f, args, kwargs)
            } else {
                self.call_sync_kw(f, args, kwargs).map(|_| ())
            };
            if let Err(e) = r {
                let th = self.th();
                if let Some(b) = th.blocking.take() {
                    // A built-in target that blocks (time.sleep, q.get …): the thread
                    // waits with no frame; when the wait is over it ends.
                    let tid = th.threads[i as usize].tid.unwrap_or(0);
                    th.threads[i as usize].blocked = Some(b);
                    th.threads[i as usize].notified = false;
                    th.gil.block(tid, b.deadline);
                    return false;
                }
                self.report_thread_exception(i, e);
                self.finish_thread(i);
                return false;
            }
            if self.frames.is_empty() {
                self.finish_thread(i);
                return false;
            }
        }
        !self.frames.is_empty()
    }

    fn unwind_from_thread(&mut self, e: ObjId) {
        self.unwind(e, false);
    }

    /// A thread's last frame is gone (or the main module ended).
    fn thread_ended(&mut self, i: u32) {
        if i == 0 {
            // Py_FinalizeEx → threading._shutdown(): join every non-daemon thread.
            let status = std::mem::replace(&mut self.status, Status::Running);
            if let Status::Raised(e) = status
                && matches!(self.heap.get(e), Obj::Exception(x) if x.ty == TypeId::Unsupported)
            {
                self.status = status;
                return;
            }
            let th = self.th();
            th.exit_status = Some(status);
            let waiting = th
                .threads
                .iter()
                .skip(1)
                .any(|t| !t.daemon && t.life == Life::Started);
            if waiting {
                let now = th.gil.now;
                th.threads[0].blocked = Some(Blocked {
                    wait: Wait::Shutdown,
                    deadline: None,
                    since: now,
                });
                th.gil.block(0, None);
            } else {
                self.finish_thread(0);
            }
            return;
        }
        let status = std::mem::replace(&mut self.status, Status::Running);
        if let Status::Raised(e) = status {
            if matches!(self.heap.get(e), Obj::Exception(x) if x.ty == TypeId::Unsupported) {
                // Unsupported in a thread stops the whole run.
                self.status = status;
                return;
            }
            self.report_thread_exception(i, e);
        }
        self.finish_thread(i);
    }

    /// `threading.excepthook`'s report of an exception that ended a thread.
    fn report_thread_exception(&mut self, i: u32, e: ObjId) {
        if matches!(self.heap.get(e), Obj::Exception(x) if x.ty == TypeId::Unsupported) {
            self.status = Status::Raised(e);
            return;
        }
        // thread_excepthook() in Modules/_threadmodule.c: "silently ignore SystemExit".
        if self.exc_is(e, TypeId::SystemExit) {
            return;
        }
        let name = self.th().threads[i as usize].name.clone();
        let tb = self.format_traceback(e);
        if let Some(x) = self.pending_unsupported.take() {
            self.status = Status::Raised(x);
            return;
        }
        self.th()
            .stderr
            .push_str(&format!("Exception in thread {name}:\n{tb}"));
    }

    fn finish_thread(&mut self, i: u32) {
        let th = self.th();
        let t = &mut th.threads[i as usize];
        t.life = Life::Stopped;
        // Thread.run()'s finally: `del self._target, self._args, self._kwargs`, so what
        // the target was given dies when the thread ends.
        t.target = None;
        t.args.clear();
        t.kwargs.clear();
        let tid = t.tid.unwrap_or(0);
        th.gil.finish(tid);
        if i == 0 {
            // The whole program is over; daemon threads die with it.
            let others: Vec<Tid> = th
                .threads
                .iter()
                .skip(1)
                .filter(|t| t.life == Life::Started)
                .filter_map(|t| t.tid)
                .collect();
            for o in others {
                th.gil.finish(o);
            }
            self.status = th.exit_status.take().unwrap_or(Status::Finished);
            return;
        }
        self.wake_waiters(|w| w == Wait::Join(i) || w == Wait::Shutdown, usize::MAX);
    }

    /// The repr of an instance of a Thread subclass without a `__repr__` of its own.
    pub(crate) fn thread_instance_repr(&mut self, obj: ObjId) -> Option<String> {
        let r = self.sync_ref(obj)?;
        Some(self.sync_repr(obj, r))
    }

    /// The virtual clock now, in ns (0 when the program uses no threads or time).
    pub fn virtual_ns(&self) -> u64 {
        self.threads.as_ref().map_or(0, |t| t.gil.wall())
    }
}
