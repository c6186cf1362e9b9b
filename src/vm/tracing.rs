//! `sys.settrace`: the debugger hook, as CPython 3.11 calls it.
//!
//! Mirrors `call_trace()` / `trace_trampoline()` in Python/sysmodule.c and the places
//! `Python/ceval.c` calls them: `call` when a frame starts or a generator resumes (the
//! global trace function, whose result becomes the frame's `f_trace`), `line` before an
//! instruction that starts a new line or is reached by a backward jump
//! (`maybe_call_line_trace()`; not into `SEND`), `return` when a frame returns or a
//! generator yields, and `exception` in each frame an exception passes through (then a
//! `return` with None if it leaves the frame). While a trace function runs nothing is
//! traced (`tstate->tracing`).

use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::Instr;

/// Where a frame stands with respect to tracing.
#[derive(Clone, Debug, Default)]
pub struct FrameTrace {
    /// `f_trace`: the local trace function.
    pub f_trace: Option<ObjId>,
    /// Whether this activation's `call` event was sent (a resumed generator sends another).
    pub called: bool,
    /// The instruction executed last in this frame (`instr_prev`), `None` at a fresh start.
    pub prev: Option<usize>,
}

/// A frame object as a trace function sees it: the frame at the moment of the event.
#[derive(Debug, Clone)]
pub struct FrameSnap {
    pub code: usize,
    pub line: u32,
    /// `f_locals`, captured at the event.
    pub locals: Vec<(String, ObjId)>,
    pub back: Option<ObjId>,
}

impl FrameSnap {
    pub fn children(&self, out: &mut Vec<ObjId>) {
        out.extend(self.locals.iter().map(|(_, v)| *v));
        out.extend(self.back);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// The instruction about to run.
    Next,
    /// The instruction that ran last.
    Last,
    /// The first line of the code (a fresh frame's `call`).
    Start,
}

impl Vm {
    /// Whether events should be sent now.
    pub(crate) fn tracing_active(&self) -> bool {
        self.trace_fn.is_some() && !self.in_trace
    }

    /// `sys.settrace(f)`.
    pub(crate) fn set_trace(&mut self, f: ObjId) -> PyResult<()> {
        if f == self.none {
            if self.trace_fn.is_some() {
                self.check_traced_generators_before_untrace()?;
            }
            self.trace_fn = None;
            return Ok(());
        }
        self.trace_fn = Some(f);
        // Frames already running get no `call` event, so no local trace function.
        for fr in &mut self.frames {
            fr.trace.called = true;
        }
        let at = self
            .frames
            .last()
            .map(|fr| (fr.code, self.frame_line(fr)))
            .unwrap_or((0, 1));
        self.trace_set_at = Some(at);
        self.generators_seen_by_trace();
        Ok(())
    }

    /// Before each instruction while tracing: the `call` event of a frame that has just
    /// started (or resumed), then a `line` event where `maybe_call_line_trace()` sends one.
    pub(crate) fn trace_before_instruction(&mut self) -> PyResult<()> {
        self.trace_call_if_new()?;
        let Some(f) = self.frames.last() else {
            return Ok(());
        };
        let Some(ft) = f.trace.f_trace else {
            return Ok(());
        };
        let (code, pc, prev) = (f.code, f.pc, f.trace.prev);
        let c = &self.program.codes[code];
        if c.lineless.contains(&(pc as u32)) {
            return Ok(());
        }
        let line_of = |i: usize| c.locs.get(i).map_or(0, |l| l.line);
        let line = line_of(pc);
        let fire = match prev {
            None => true,
            Some(p) => {
                line != line_of(p) || (pc < p && !matches!(c.instrs.get(pc), Some(Instr::Send(_))))
            }
        };
        if let Some(f) = self.frames.last_mut() {
            f.trace.prev = Some(pc);
        }
        if fire && line != 0 {
            self.send_trace_event(ft, "line", None, At::Next)?;
        }
        Ok(())
    }

    /// The `call` event for the top frame, once per activation.
    pub(crate) fn trace_call_if_new(&mut self) -> PyResult<()> {
        let Some(global) = self.trace_fn else {
            return Ok(());
        };
        let Some(f) = self.frames.last_mut() else {
            return Ok(());
        };
        if f.trace.called {
            return Ok(());
        }
        f.trace.called = true;
        let at = if f.trace.prev.is_none() {
            At::Start
        } else {
            At::Last
        };
        self.send_trace_event(global, "call", None, at)
    }

    /// A `return` event (a frame returning `v`, or a generator yielding it).
    pub(crate) fn trace_return(&mut self, v: ObjId) -> PyResult<()> {
        if !self.tracing_active() {
            return Ok(());
        }
        match self.frames.last().and_then(|f| f.trace.f_trace) {
            Some(ft) => self.send_trace_event(ft, "return", Some(v), At::Last),
            None => Ok(()),
        }
    }

    /// The `exception` event in the top frame, as the exception passes through it.
    pub(crate) fn trace_exception(&mut self, exc: ObjId) {
        if !self.tracing_active() || self.exc_is(exc, TypeId::Unsupported) {
            return;
        }
        if self.trace_call_if_new().is_err() {
            self.trace_fn = None;
            return;
        }
        let Some(ft) = self.frames.last().and_then(|f| f.trace.f_trace) else {
            return;
        };
        let ty = self.class_object_of(exc);
        let tb = self.heap.alloc(Obj::TracebackRef(exc));
        let arg = self.tuple(vec![ty, exc, tb]);
        if self
            .send_trace_event(ft, "exception", Some(arg), At::Last)
            .is_err()
        {
            // A trace function that raises is removed (trace_trampoline()).
            self.trace_fn = None;
        }
    }

    /// `return` None for a frame an exception is leaving.
    pub(crate) fn trace_unwound(&mut self) {
        let none = self.none;
        if self.trace_return(none).is_err() {
            self.trace_fn = None;
        }
    }

    fn class_object_of(&mut self, exc: ObjId) -> ObjId {
        match self.heap.get(exc) {
            Obj::Exception(e) => match e.class {
                Some(c) => c,
                None => {
                    let t = e.ty;
                    self.type_obj(t)
                }
            },
            _ => self.none,
        }
    }

    /// Calls a trace function for the top frame; its result (unless None) becomes the
    /// frame's `f_trace`.
    fn send_trace_event(
        &mut self,
        f: ObjId,
        event: &str,
        arg: Option<ObjId>,
        at: At,
    ) -> PyResult<()> {
        let depth = self.frames.len();
        let r = self.call_trace_function(f, event, arg, at)?;
        if r != self.none
            && let Some(fr) = self.frames.get_mut(depth - 1)
        {
            fr.trace.f_trace = Some(r);
        }
        Ok(())
    }

    fn call_trace_function(
        &mut self,
        f: ObjId,
        event: &str,
        arg: Option<ObjId>,
        at: At,
    ) -> PyResult {
        let depth = self.frames.len();
        let frame = self.frame_snapshot(depth - 1, at);
        let ev = self.str(event);
        let arg = arg.unwrap_or(self.none);
        self.in_trace = true;
        let r = self.call_sync(f, vec![frame, ev, arg]);
        self.in_trace = false;
        if r.is_err() {
            self.trace_fn = None;
        }
        r
    }

    /// The frame object for `self.frames[i]` (and, through `f_back`, its callers).
    fn frame_snapshot(&mut self, i: usize, at: At) -> ObjId {
        let f = &self.frames[i];
        let (code, pc, ns, is_module) = (f.code, f.pc, f.ns, i == 0 && f.func.is_none());
        let traced = f.trace.prev;
        let (fast, cells) = (f.fast.clone(), f.cells.clone());
        let program = self.program.clone();
        let c = &program.codes[code];
        let line_at = |i: usize| {
            if c.lineless.contains(&(i as u32)) {
                // No line of its own: the line of what ran before it.
                traced.map_or(c.first_line, |p| {
                    c.locs.get(p).map_or(c.first_line, |l| l.line)
                })
            } else {
                c.locs.get(i).map_or(c.first_line, |l| l.line)
            }
        };
        let line = match at {
            At::Start => c.first_line,
            At::Next => line_at(pc),
            At::Last => line_at(pc.saturating_sub(1)),
        };
        let locals = if let Some(ns) = ns {
            self.dict_items(ns)
                .into_iter()
                .filter_map(|(k, v)| match self.heap.get(k) {
                    Obj::Str(s) => Some((s.s.to_string(), v)),
                    _ => None,
                })
                .collect()
        } else if is_module {
            self.globals
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect()
        } else {
            self.fast_locals(c, &fast, &cells)
        };
        let back = if i > 0 {
            Some(self.frame_snapshot(i - 1, At::Last))
        } else {
            None
        };
        self.heap.alloc(Obj::FrameSnap(Box::new(FrameSnap {
            code,
            line,
            locals,
            back,
        })))
    }

    /// `f_locals` of a function frame: its bound locals, then its cells' contents (cell
    /// and free variables), as `_PyFrame_FastToLocals` gathers them.
    fn fast_locals(
        &self,
        c: &crate::frontend::code::Code,
        fast: &[Option<ObjId>],
        cells: &[ObjId],
    ) -> Vec<(String, ObjId)> {
        let mut locals: Vec<(String, ObjId)> = c
            .varnames
            .iter()
            .zip(fast)
            .filter_map(|(name, v)| v.map(|v| (name.clone(), v)))
            .collect();
        for (name, cell) in c.cellvars.iter().chain(&c.freevars).zip(cells) {
            if let Obj::Cell(Some(v)) = self.heap.get(*cell) {
                locals.push((name.clone(), *v));
            }
        }
        locals
    }

    /// Attributes of a frame object.
    pub(crate) fn frame_snap_attr(
        &mut self,
        snap: &FrameSnap,
        name: &str,
    ) -> PyResult<Option<ObjId>> {
        Ok(Some(match name {
            "f_code" => self.heap.alloc(Obj::Code(snap.code)),
            "f_lineno" => self.int(snap.line as i64),
            "f_back" => snap.back.unwrap_or(self.none),
            "f_locals" => {
                let d = self.new_dict();
                for (k, v) in snap.locals.clone() {
                    let k = self.str(&k);
                    self.dict_setitem(d, k, v)?;
                }
                d
            }
            "f_trace" => self.none,
            "f_globals" | "f_builtins" | "f_lasti" => {
                return self.unsupported(&format!("frame.{name}"));
            }
            _ => return Ok(None),
        }))
    }
}

impl Vm {
    /// `gen.gi_frame`: the generator's frame as a frame object — its parked frame while
    /// created or suspended (no `f_back`), the running frame on the stack while it runs.
    pub(crate) fn generator_frame_object(&mut self, genr: ObjId) -> ObjId {
        let running_at = self.frames.iter().rposition(
            |f| matches!(f.on_return, super::ReturnHook::Gen { genr: g, .. } if g == genr),
        );
        if let Some(i) = running_at {
            return self.frame_snapshot(i, At::Last);
        }
        let Obj::Generator(g) = self.heap.get(genr) else {
            return self.none;
        };
        let Some(f) = g.frame.as_ref() else {
            return self.none;
        };
        let program = self.program.clone();
        let c = &program.codes[f.code];
        let line = if g.state == super::generators::GenState::Created {
            c.first_line
        } else {
            c.locs
                .get(f.pc.saturating_sub(1))
                .map_or(c.first_line, |l| l.line)
        };
        let code = f.code;
        let locals = self.fast_locals(c, &f.fast, &f.cells);
        self.heap.alloc(Obj::FrameSnap(Box::new(FrameSnap {
            code,
            line,
            locals,
            back: None,
        })))
    }
}
