//! Interpreter shutdown, as `Py_FinalizeEx()` (Python/pylifecycle.c) runs it in CPython
//! 3.11 once the main module has finished or raised:
//!
//! 1. `wait_for_thread_shutdown()`: `threading._shutdown` joins the non-daemon threads
//!    (threads.rs does this before the program counts as ended).
//! 2. `_PyAtExit_Call()`: the `atexit` callbacks, newest first (`atexit_callfuncs()` in
//!    Modules/atexitmodule.c; an exception is reported as "Exception ignored in atexit
//!    callback"). `weakref.finalize` registers its `_exitfunc` with `atexit` when the
//!    first finalizer is made; it calls the live finalizers whose `atexit` is true,
//!    newest first, with the collector disabled, then sets `finalize._shutdown`, after
//!    which no finalizer calls its function any more.
//! 3. `_PyGC_CollectIfEnabled()`: a full collection, `gc.callbacks` included.
//! 4. `finalize_modules()`: `finalize_modules_delete_special()` clears
//!    `sys.last_value`/`sys.last_traceback`, so an uncaught exception and the frames its
//!    traceback holds die first; then `sys.modules` is emptied and `__main__` goes. Its
//!    dict is freed by reference counting (`free_keys_object()`: each entry's key, then
//!    value, in insertion order) unless a function (through `__globals__`) or a suspended
//!    generator (through its frame's function) is still alive: that makes the dict part
//!    of a cycle, and `_PyGC_CollectNoFail()` frees it with all other garbage (no
//!    `gc.callbacks`; `__del__` in the collector's list order, the dict cleared first).
//!    If `gc.callbacks` or `gc.garbage` still reaches such a function, the dict outlives
//!    everything that could print.
//!
//! From step 4 on `sys.modules` is gone, so a traceback printed then (an exception in a
//! `__del__`) has no source lines: `_Py_DisplaySourceLine` can no longer import `io`.

use super::object::*;
use super::{PyResult, Status, Vm};
use crate::trace::ShutdownPhase;

type Kw = Vec<(String, ObjId)>;

/// One entry of `atexit`'s callback list.
#[derive(Clone, Debug)]
pub enum AtExit {
    /// `atexit.register(func, *args, **kwargs)`.
    Call {
        func: ObjId,
        args: Vec<ObjId>,
        kwargs: Kw,
    },
    /// `weakref.finalize._exitfunc`, registered with the first finalizer.
    FinalizeExit,
}

/// What the end of the program has to do, and how far it got.
#[derive(Clone, Debug, Default)]
pub struct ExitState {
    /// `atexit`'s callbacks, oldest first.
    pub callbacks: Vec<AtExit>,
    /// `finalize._registered_with_atexit`.
    pub finalize_hooked: bool,
    /// `finalize._shutdown`: finalizers no longer call their function.
    pub finalize_shutdown: bool,
    /// `Py_FinalizeEx` has begun.
    pub started: bool,
    /// `sys.last_value`: the uncaught exception, held until `finalize_modules` lets go.
    pub exception: Option<ObjId>,
    /// The uncaught exception's traceback is already in `Vm::stderr` (`PyErr_Print` runs
    /// before the shutdown, so what the shutdown writes comes after it).
    pub traceback_written: bool,
    /// `sys.modules` has been emptied: tracebacks print no source lines.
    pub modules_gone: bool,
    /// The collection running at teardown counts `__main__`'s dict as garbage: the
    /// globals' references to their values are internal to it.
    pub main_dict_garbage: bool,
    /// The exit status an uncaught `SystemExit` asked for (`_Py_HandleSystemExit()`).
    pub system_exit: Option<i32>,
    /// The module ended by an exact `KeyboardInterrupt` (`_Py_UnhandledKeyboardInterrupt`,
    /// set by `run_eval_code_obj()`): the process ends as if by SIGINT.
    pub keyboard_interrupt: bool,
}

impl ExitState {
    /// What the callback list keeps alive.
    pub(crate) fn roots(&self, out: &mut Vec<ObjId>) {
        for cb in &self.callbacks {
            if let AtExit::Call { func, args, kwargs } = cb {
                out.push(*func);
                out.extend(args.iter().copied());
                out.extend(kwargs.iter().map(|(_, v)| *v));
            }
        }
        out.extend(self.exception);
    }
}

impl Vm {
    /// `atexit.register(func, *args, **kwargs)`: returns `func`.
    pub(crate) fn atexit_register(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let Some((&func, rest)) = args.split_first() else {
            return self.type_error("register() takes at least 1 argument (0 given)");
        };
        if !self.is_callable(func) {
            return self.type_error("the first argument must be callable");
        }
        self.exit.callbacks.push(AtExit::Call {
            func,
            args: rest.to_vec(),
            kwargs,
        });
        Ok(func)
    }

    /// `atexit.unregister(func)`: drops every registration of a callable equal to `func`.
    pub(crate) fn atexit_unregister(&mut self, args: Vec<ObjId>) -> PyResult {
        if args.len() != 1 {
            return self.type_error(format!(
                "atexit.unregister() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        let mut i = 0;
        while i < self.exit.callbacks.len() {
            let same = match self.exit.callbacks[i] {
                AtExit::Call { func, .. } => func == args[0] || self.eq(func, args[0])?,
                AtExit::FinalizeExit => false,
            };
            if same {
                self.exit.callbacks.remove(i);
            } else {
                i += 1;
            }
        }
        Ok(self.none)
    }

    /// `finalize.__init__`'s first run registers `finalize._exitfunc` with atexit.
    pub(crate) fn finalize_made(&mut self) {
        if !self.exit.finalize_hooked {
            self.exit.finalize_hooked = true;
            self.exit.callbacks.push(AtExit::FinalizeExit);
        }
    }

    fn record_shutdown(&mut self, phase: ShutdownPhase) {
        if let Some(r) = self.recorder.as_mut() {
            r.shutdown(phase);
        }
    }

    fn refuse_shutdown(&mut self, what: &str) {
        let exc = self.new_exc(
            TypeId::Unsupported,
            format!("pyxray does not simulate {what} yet"),
        );
        self.status = Status::Raised(exc);
    }

    fn refused(&self) -> bool {
        matches!(self.status, Status::Raised(e) if self.exc_is(e, TypeId::Unsupported))
    }

    /// `Py_FinalizeEx` after the main module finished (or raised `status`'s exception).
    pub(crate) fn shutdown(&mut self) {
        let exception = match self.status {
            Status::Finished => None,
            Status::Raised(e) if !self.exc_is(e, TypeId::Unsupported) => Some(e),
            _ => return,
        };
        if self.exit.started {
            return;
        }
        if self.threads.is_some() {
            if !self.exit.callbacks.is_empty() || self.shutdown_would_finalize() {
                self.refuse_shutdown(
                    "interpreter shutdown (atexit callbacks, objects finalized at exit) in a \
                     program that uses threads",
                );
            }
            return;
        }
        self.exit.started = true;
        if let Some(e) = exception
            && self.exc_is(e, TypeId::SystemExit)
        {
            // PyErr_Print() hands a SystemExit to handle_system_exit(): no traceback and no
            // sys.last_value; the exception is released, then Py_Exit() finalizes.
            let (text, code) = self.handle_system_exit(e);
            if self.refused() {
                return;
            }
            if !text.is_empty() {
                self.record_shutdown(ShutdownPhase::Traceback);
                if let Some(r) = self.recorder.as_mut() {
                    r.output(&text);
                }
                self.stderr.push_str(&text);
            }
            self.exit.traceback_written = true;
            self.exit.system_exit = Some(code);
            if self.heap.precise {
                self.heap_boundary();
            }
        } else if let Some(e) = exception {
            // PyErr_Print: the traceback first, then sys.last_value holds the exception.
            let tb = self.format_traceback(e);
            if self.pending_unsupported.is_some() {
                // Its "Did you mean" line could not be made as CPython makes it.
                return;
            }
            // The app's Output shows it where a terminal would, after what was printed.
            self.record_shutdown(ShutdownPhase::Traceback);
            if let Some(r) = self.recorder.as_mut() {
                r.output(&tb);
            }
            self.stderr.push_str(&tb);
            self.exit.traceback_written = true;
            self.exit.keyboard_interrupt = self.is_exact_keyboard_interrupt(e);
            self.exit.exception = Some(e);
        }
        self.run_atexit();
        if self.refused() || !self.heap.precise {
            return;
        }
        self.heap_boundary();
        if self.mem().gc.enabled {
            self.record_shutdown(ShutdownPhase::Collect);
            self.gc_collect(2);
        }
        if self.exit.exception.take().is_some() {
            self.record_shutdown(ShutdownPhase::LastException);
            self.heap_boundary();
        }
        if self.refused() {
            return;
        }
        self.exit.modules_gone = true;
        self.teardown_main();
    }

    /// `_PyErr_Occurred(tstate) == PyExc_KeyboardInterrupt` in `run_eval_code_obj()`:
    /// the exception's type is KeyboardInterrupt itself, not a subclass.
    pub(crate) fn is_exact_keyboard_interrupt(&self, exc: ObjId) -> bool {
        matches!(
            self.heap.get(exc),
            Obj::Exception(e) if e.ty == TypeId::KeyboardInterrupt && e.class.is_none()
        )
    }

    /// `_Py_HandleSystemExit()` in Python/pythonrun.c: what an uncaught `SystemExit`
    /// writes to stderr and the exit status. Its `code` (read with `PyObject_GetAttr`,
    /// the exception itself when that fails) decides: None exits 0, an int exits with
    /// it (`(int)PyLong_AsLong()`, -1 when it overflows, as the operating system keeps
    /// the low 8 bits), anything else is written as its `str()` and exits 1.
    pub(crate) fn handle_system_exit(&mut self, e: ObjId) -> (String, i32) {
        let code = self.get_attr(e, "code").unwrap_or(e);
        if code == self.none {
            return (String::new(), 0);
        }
        if matches!(
            self.heap.get(code),
            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)
        ) {
            let v = self
                .as_bigint(code)
                .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
                .unwrap_or(-1);
            return (String::new(), (v as i32) & 0xff);
        }
        match self.str_of(code) {
            Ok(s) => (format!("{s}\n"), 1),
            Err(x) => {
                if self.exc_is(x, TypeId::Unsupported) {
                    self.status = Status::Raised(x);
                } else {
                    self.refuse_shutdown("a SystemExit code whose str() raises");
                }
                (String::new(), 1)
            }
        }
    }

    /// `_PyAtExit_Call`: every callback, newest first; then the list lets go of them.
    fn run_atexit(&mut self) {
        let n = self.exit.callbacks.len();
        if n > 0 {
            self.record_shutdown(ShutdownPhase::AtExit);
        }
        for i in (0..n).rev() {
            let Some(cb) = self.exit.callbacks.get(i).cloned() else {
                continue;
            };
            match cb {
                AtExit::Call { func, args, kwargs } => {
                    if let Err(e) = self.call_sync_kw(func, args, kwargs) {
                        if self.exc_is(e, TypeId::Unsupported) {
                            self.status = Status::Raised(e);
                            return;
                        }
                        let w = self.short_repr(func);
                        let tb = self.format_unraisable(e);
                        self.stderr
                            .push_str(&format!("Exception ignored in atexit callback: {w}\n{tb}"));
                    }
                }
                AtExit::FinalizeExit => self.finalize_exitfunc(),
            }
            if self.refused() {
                return;
            }
            if self.heap.precise {
                self.heap_boundary();
            }
        }
        // atexit_cleanup(): each callback's function, then its arguments, oldest first.
        let mut held = Vec::new();
        for cb in std::mem::take(&mut self.exit.callbacks) {
            if let AtExit::Call { func, args, kwargs } = cb {
                held.push(func);
                held.extend(args.into_iter().rev());
                held.extend(kwargs.into_iter().map(|(_, v)| v));
            }
        }
        if self.heap.precise {
            self.release_refs(held);
            self.heap_boundary();
        }
    }

    /// `finalize._exitfunc`: the live finalizers with `atexit` set, newest first, with the
    /// collector disabled; afterwards no finalizer runs.
    fn finalize_exitfunc(&mut self) {
        let reenable = self.mem.as_ref().is_some_and(|m| m.gc.enabled);
        if self.mem.as_ref().is_some_and(|m| !m.finalizers.is_empty()) {
            self.mem().gc.enabled = false;
            loop {
                let next = self
                    .mem()
                    .finalizers
                    .clone()
                    .into_iter()
                    .filter_map(|f| match self.heap.get(f) {
                        Obj::Finalizer(x) if x.atexit => Some((x.index, f)),
                        _ => None,
                    })
                    .max();
                let Some((_, fin)) = next else { break };
                if let Err(e) = self.finalizer_call(fin) {
                    if !self.exc_is(e, TypeId::Unsupported) {
                        // sys.excepthook prints a traceback through Lib/weakref.py's own
                        // frames, whose paths are the machine's.
                        self.refuse_shutdown(
                            "an exception raised by a weakref.finalize function at exit",
                        );
                    } else {
                        self.status = Status::Raised(e);
                    }
                    break;
                }
                self.heap_boundary();
            }
        }
        self.exit.finalize_shutdown = true;
        if reenable {
            self.mem().gc.enabled = true;
        }
    }

    /// `finalize_modules()` for `__main__`.
    fn teardown_main(&mut self) {
        let remaining: Vec<ObjId> = self.mem().finalizers.clone();
        for f in remaining {
            let keeps = match self.heap.get(f) {
                Obj::Finalizer(x) => {
                    x.func.is_some_and(|g| !self.is_atom(g))
                        || x.args.iter().any(|&a| !self.is_atom(a))
                }
                _ => false,
            };
            if keeps {
                self.refuse_shutdown(
                    "interpreter shutdown with a weakref.finalize (atexit=False) still alive \
                     that holds objects (weakref's own module lets go of them later)",
                );
                return;
            }
        }
        if self.globals_kept_alive() {
            // The dict (and all it holds) outlives the printing machinery.
            self.record_shutdown(ShutdownPhase::TeardownKept);
            self.collect_no_fail();
            return;
        }
        if self.main_dict_in_cycle() {
            self.record_shutdown(ShutdownPhase::TeardownCycle);
            self.exit.main_dict_garbage = true;
            self.collect_no_fail();
            // If the collection could not run, the dict still goes.
            if self.exit.main_dict_garbage {
                self.release_globals_in_order();
            }
        } else {
            self.record_shutdown(ShutdownPhase::TeardownRefcount);
            self.release_globals_in_order();
            self.collect_no_fail();
        }
        if self.refused() {
            return;
        }
        if let Some(what) = self.outlived_shutdown() {
            self.refuse_shutdown(&what);
        }
    }

    /// The `__main__` dict lets go of its values in insertion order (`free_keys_object`).
    pub(crate) fn release_globals_in_order(&mut self) {
        self.exit.main_dict_garbage = false;
        let globals = std::mem::take(&mut self.globals);
        if let Some(r) = self.recorder.as_mut() {
            // The variables panel empties as the dict does.
            for (name, _) in &globals {
                r.bind(name, None);
            }
        }
        let values: Vec<ObjId> = globals.into_iter().map(|(_, v)| v).collect();
        self.global_index.clear();
        self.globals_moved();
        self.release_refs(values);
        self.heap_boundary();
    }

    fn is_atom(&self, id: ObjId) -> bool {
        id.0 < self.permanent
            || matches!(
                self.heap.get(id),
                Obj::Int(_)
                    | Obj::Long(_)
                    | Obj::Float(_)
                    | Obj::Str(_)
                    | Obj::Bytes(_)
                    | Obj::None
                    | Obj::Bool(_)
                    | Obj::Builtin(_)
            )
    }

    /// An object that holds `__main__`'s dict: a function (`__globals__`) or a generator
    /// that has not finished (its frame's function).
    fn holds_main_dict(o: &Obj) -> bool {
        match o {
            Obj::Function(_) => true,
            Obj::Generator(g) => g.frame.is_some(),
            _ => false,
        }
    }

    fn main_dict_in_cycle(&self) -> bool {
        self.heap
            .objects()
            .any(|(id, o)| id.0 >= self.permanent && Self::holds_main_dict(o))
    }

    /// Whether something the interpreter keeps past `__main__`'s teardown (`gc.callbacks`,
    /// `gc.garbage`) reaches an object holding the dict.
    fn globals_kept_alive(&self) -> bool {
        let Some(m) = &self.mem else { return false };
        let roots: Vec<ObjId> = m.callbacks.into_iter().chain(m.garbage).collect();
        if roots.is_empty() {
            return false;
        }
        let marks = self.heap.reachable(roots);
        self.heap.objects().any(|(id, o)| {
            marks.get(id.0 as usize).copied().unwrap_or(false) && Self::holds_main_dict(o)
        })
    }

    /// Whether anything the shutdown would finalize is alive: a `__del__` not yet run, a
    /// live finalizer, a weak reference with a callback to a live object, a generator
    /// that would run a handler when closed.
    pub(crate) fn shutdown_would_finalize(&mut self) -> bool {
        if !self.heap.precise {
            return false;
        }
        self.link_born();
        self.reap();
        if self.mem.as_ref().is_some_and(|m| !m.finalizers.is_empty()) {
            return true;
        }
        self.pending_finalization().is_some()
    }

    /// The first object that would still run Python code when it died.
    fn pending_finalization(&mut self) -> Option<&'static str> {
        let ids: Vec<ObjId> = self.heap.objects().map(|(id, _)| id).collect();
        for id in ids {
            if id.0 < self.permanent {
                continue;
            }
            if self.has_del(id) && !self.meta(id).is_some_and(|m| m.finalized) {
                return Some("__del__");
            }
            if let Obj::Generator(g) = self.heap.get(id)
                && self.visible_close(g).is_some()
                && !self.meta(id).is_some_and(|m| m.finalized)
            {
                return Some("generator");
            }
            let alive_cb = self.meta(id).is_some_and(|m| {
                m.weakrefs.iter().any(|&w| {
                    matches!(self.heap.get(w), Obj::WeakRef(r) if matches!(r.callback, Some(WeakCallback::Py(_))))
                })
            });
            if alive_cb {
                return Some("weak reference callback");
            }
        }
        None
    }

    /// After the teardown: what CPython would still finalize later (when it clears other
    /// modules), which pyxray does not place.
    fn outlived_shutdown(&mut self) -> Option<String> {
        let what = self.pending_finalization()?;
        Some(format!(
            "interpreter shutdown beyond __main__'s teardown (an object with a {what} outlives \
             it, held by something CPython clears later)"
        ))
    }

    /// Runs the shutdown a `pause_before_shutdown` run stopped before; returns the final
    /// status.
    pub fn finish_shutdown(&mut self) -> Status {
        if self.exit_checked && !self.exit.started {
            self.check_exit();
            self.shutdown();
            if let Some(e) = self.pending_unsupported.take() {
                self.status = Status::Raised(e);
            }
        }
        self.status.clone()
    }
}
