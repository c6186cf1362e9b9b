//! Generators and cells: frames that suspend and variables that outlive their frame.
//!
//! Mirrors `Objects/genobject.c` (`gen_send_ex2`, `gen_throw`, `_gen_throw`, `gen_close`,
//! `_PyGen_yf`) and the generator parts of `Python/ceval.c` (`YIELD_VALUE`, `SEND`,
//! `GET_YIELD_FROM_ITER`, `RETURN_GENERATOR`), plus `Objects/cellobject.c`.
//!
//! A suspended generator owns its [`Frame`] — value stack, instruction pointer, handler
//! blocks — as plain data. Resuming pushes that frame back on the VM's frame stack with a
//! [`ReturnHook::Gen`] saying what the resumer wants back ([`GenMode`]); `YIELD_VALUE`
//! pops it off again. Nothing about a generator lives on the Rust stack, except when a
//! built-in drains one (`list(g)`): that is [`GenMode::Sync`], stepped to completion like
//! [`Vm::call_sync`].

use super::object::*;
use super::{Frame, PyResult, ReturnHook, Status, Vm};

/// `inspect.getgeneratorstate()`'s four states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Running,
    Suspended,
    Closed,
}

impl GenState {
    pub fn name(self) -> &'static str {
        match self {
            GenState::Created => "GEN_CREATED",
            GenState::Running => "GEN_RUNNING",
            GenState::Suspended => "GEN_SUSPENDED",
            GenState::Closed => "GEN_CLOSED",
        }
    }
}

/// A generator object (`PyGenObject`).
#[derive(Debug, Clone)]
pub struct GenObj {
    pub code: usize,
    pub name: String,
    pub qualname: String,
    pub state: GenState,
    /// The frame while not running (taken out while it runs; gone once closed).
    pub frame: Option<Box<Frame>>,
    /// `gi_exc_state`: the exceptions being handled inside the generator when it
    /// suspended, restored when it resumes.
    pub exc_state: Vec<ObjId>,
    /// `gi_yieldfrom`: the sub-iterator a `yield from` is delegating to while suspended.
    pub yf: Option<ObjId>,
    /// It was alive while a `sys.settrace` function was set (its close would be traced).
    pub seen_by_trace: bool,
    /// A number that names this generator in the trace (never reused, unlike `ObjId`s).
    pub trace_id: u32,
}

impl GenObj {
    pub fn children(&self, out: &mut Vec<ObjId>) {
        if let Some(f) = &self.frame {
            frame_children(f, out);
        }
        out.extend(self.exc_state.iter().copied());
        out.extend(self.yf);
    }
}

/// The objects a frame holds.
pub fn frame_children(f: &Frame, out: &mut Vec<ObjId>) {
    out.extend(f.stack.iter().copied());
    out.extend(f.fast.iter().flatten().copied());
    out.extend(f.cells.iter().copied());
    out.extend(f.func);
    out.extend(f.ns);
    out.extend(f.frame_obj);
    out.extend(f.locals_dict);
}

/// What the code that resumed a generator wants back: where a yielded value goes, and
/// what the generator's return means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenMode {
    /// `next(g)`, `g.send(v)`, `g.throw(e)`, `g.__next__()`: a yielded value is the call's
    /// result; a return raises `StopIteration(value)` in the caller.
    Call,
    /// `next(g, default)`: as `Call`, but a return gives `default`.
    NextDefault(ObjId),
    /// `FOR_ITER`: a yielded value is pushed; a return pops the generator and jumps.
    ForIter(u32),
    /// `SEND` in a `yield from`: a yielded value is pushed (for the `YIELD_VALUE` after
    /// it); a return pops the sub-iterator, pushes the return value and jumps.
    Send(u32, StopEvent),
    /// `g.close()`: a yield is `RuntimeError: generator ignored GeneratorExit`; a return,
    /// `GeneratorExit` or `StopIteration` give None.
    Close,
    /// A built-in draining the generator, stepped to completion ([`Vm::gen_next_sync`]).
    Sync,
}

/// Whether a sub-generator's return shows as a `StopIteration` to a trace function:
/// with tracing on, 3.11's `SEND` calls `tp_iternext` (which raises it only for a non-None
/// value) or the `send` method (which always raises it), then `call_exc_trace()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopEvent {
    Never,
    IfValue,
    Always,
}

/// How a generator is resumed.
#[derive(Clone, Copy, Debug)]
pub enum Resume {
    /// `send(v)` (`next()` sends None).
    Send(ObjId),
    /// `throw(exc)`: raised at the paused `yield`.
    Throw(ObjId),
}

impl Vm {
    // ----- cells ----------------------------------------------------------------------

    /// The cells of a new frame (`MAKE_CELL` for each cellvar — copying a parameter's
    /// value in — then `COPY_FREE_VARS` from the closure).
    pub(crate) fn make_cells(
        &mut self,
        code: usize,
        fast: &mut [Option<ObjId>],
        closure: Option<ObjId>,
    ) -> Vec<ObjId> {
        // Most calls have no cells: decide before anything else on this hot path.
        let c = &self.program.codes[code];
        if c.cellvars.is_empty() && c.freevars.is_empty() {
            return Vec::new();
        }
        let program = self.program.clone();
        let c = &program.codes[code];
        let mut cells: Vec<ObjId> = (0..c.cellvars.len())
            .map(|_| self.heap.alloc(Obj::Cell(None)))
            .collect();
        for &(ci, fi) in &c.cell_params {
            let v = fast.get_mut(fi as usize).and_then(Option::take);
            if let Some(Obj::Cell(slot)) = self.heap.get_mut(cells[ci as usize]) {
                *slot = v;
            }
        }
        if let Some(t) = closure
            && let Obj::Tuple(items) = self.heap.get(t)
        {
            cells.extend(items.iter().copied());
        }
        cells
    }

    fn cell_name(&self, i: u32) -> (String, bool) {
        let code = &self.program.codes[self.frames.last().map_or(0, |f| f.code)];
        let i = i as usize;
        if i < code.cellvars.len() {
            (code.cellvars[i].clone(), true)
        } else {
            (
                code.freevars
                    .get(i - code.cellvars.len())
                    .cloned()
                    .unwrap_or_default(),
                false,
            )
        }
    }

    /// The error for reading an empty cell (`format_exc_unbound()` in ceval.c).
    pub(crate) fn unbound_deref(&mut self, i: u32) -> ObjId {
        let (name, is_cellvar) = self.cell_name(i);
        if is_cellvar {
            self.new_exc(
                TypeId::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.name_error(
                &name,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub(crate) fn frame_cell(&mut self, i: u32) -> PyResult<ObjId> {
        match self.frames.last().and_then(|f| f.cells.get(i as usize)) {
            Some(&c) => Ok(c),
            None => self.err(TypeId::Unsupported, "a closure cell is missing"),
        }
    }

    pub(crate) fn load_deref(&mut self, i: u32) -> PyResult {
        let cell = self.frame_cell(i)?;
        match self.heap.get(cell) {
            Obj::Cell(Some(v)) => Ok(*v),
            _ => Err(self.unbound_deref(i)),
        }
    }

    /// `LOAD_CLASSDEREF`: the class namespace first, then the cell.
    pub(crate) fn load_class_deref(&mut self, i: u32) -> PyResult {
        let (name, _) = self.cell_name(i);
        if let Some(ns) = self.frames.last().and_then(|f| f.ns) {
            let k = self.str(&name);
            if let Some(v) = self.dict_lookup(ns, k)? {
                return Ok(v);
            }
        }
        self.load_deref(i)
    }

    pub(crate) fn store_deref(&mut self, i: u32, v: Option<ObjId>) -> PyResult<()> {
        let cell = self.frame_cell(i)?;
        if v.is_none() && matches!(self.heap.get(cell), Obj::Cell(None)) {
            return Err(self.unbound_deref(i));
        }
        if let Some(Obj::Cell(slot)) = self.heap.get_mut(cell) {
            *slot = v;
        }
        Ok(())
    }

    // ----- making and resuming generators ---------------------------------------------

    /// `RETURN_GENERATOR`: calling a generator function makes a generator owning the
    /// frame, which has not run yet.
    pub(crate) fn make_generator(&mut self, frame: Frame) -> ObjId {
        let code = &self.program.codes[frame.code];
        let (name, qualname) = (code.name.clone(), code.qualname.clone());
        let qualname = match frame.func.map(|f| self.heap.get(f)) {
            Some(Obj::Function(f)) => f.qualname.clone(),
            _ => qualname,
        };
        let trace_id = self.recorder.as_mut().map_or(0, |r| r.next_generator());
        self.heap.alloc(Obj::Generator(Box::new(GenObj {
            code: frame.code,
            name,
            qualname,
            state: GenState::Created,
            frame: Some(Box::new(frame)),
            exc_state: Vec::new(),
            yf: None,
            seen_by_trace: self.trace_fn.is_some(),
            trace_id,
        })))
    }

    pub(crate) fn gen_state(&self, genr: ObjId) -> Option<GenState> {
        match self.heap.get(genr) {
            Obj::Generator(g) => Some(g.state),
            _ => None,
        }
    }

    fn gen_mut(&mut self, genr: ObjId) -> Option<&mut GenObj> {
        match self.heap.get_mut(genr) {
            Some(Obj::Generator(g)) => Some(g),
            _ => None,
        }
    }

    /// Mirrors `gen_send_ex2()`: pushes the generator's frame so the next `step()` runs
    /// it, with `input` sent in (or raised at the paused `yield`).
    pub(crate) fn gen_resume(&mut self, genr: ObjId, input: Resume, mode: GenMode) -> PyResult<()> {
        let Some(state) = self.gen_state(genr) else {
            return self.err(
                TypeId::Unsupported,
                "resuming something that is not a generator",
            );
        };
        match state {
            GenState::Running => {
                return self.err(TypeId::ValueError, "generator already executing");
            }
            GenState::Closed => {
                return match input {
                    Resume::Throw(exc) => {
                        if mode == GenMode::Close {
                            self.gen_returned(mode, self.none)
                        } else {
                            Err(exc)
                        }
                    }
                    Resume::Send(_) => self.gen_exhausted(mode),
                };
            }
            GenState::Created => {
                if let Resume::Send(v) = input
                    && v != self.none
                {
                    return self
                        .type_error("can't send non-None value to a just-started generator");
                }
            }
            GenState::Suspended => {}
        }
        if self.recursion_depth_reached(0) {
            return self.err(TypeId::RecursionError, "maximum recursion depth exceeded");
        }
        let exc_depth = self.exc_info.len();
        let g = self.gen_mut(genr).expect("checked above");
        let Some(mut frame) = g.frame.take() else {
            return self.err(TypeId::Unsupported, "a generator lost its frame");
        };
        let saved = std::mem::take(&mut g.exc_state);
        g.state = GenState::Running;
        g.yf = None;
        frame.on_return = ReturnHook::Gen { genr, mode };
        frame.exc_depth = exc_depth;
        // A resumed generator gets a new `call` event; its line tracing goes on from the
        // yield it paused at.
        frame.trace.called = false;
        frame.trace.prev = (state == GenState::Suspended).then(|| frame.pc.saturating_sub(1));
        self.exc_info.extend(saved);
        self.warm_up(frame.code);
        self.frames.push(*frame);
        if self.recorder.is_some() {
            self.trace_generator_resumed(genr, matches!(input, Resume::Throw(_)));
        }
        match input {
            Resume::Send(v) => {
                if state == GenState::Suspended {
                    self.push(v);
                }
            }
            Resume::Throw(exc) => self.unwind(exc, false),
        }
        Ok(())
    }

    /// A generator that has already finished, resumed again: it returns None at once.
    fn gen_exhausted(&mut self, mode: GenMode) -> PyResult<()> {
        let none = self.none;
        self.gen_returned(mode, none)
    }

    /// `YIELD_VALUE`: the running generator's frame goes back into its generator.
    pub(crate) fn do_yield(&mut self, delegating: bool) -> PyResult<()> {
        let v = self.pop();
        if self.tracing_active() {
            self.trace_return(v)?;
        }
        let Some(mut frame) = self.frames.pop() else {
            return self.err(TypeId::Unsupported, "yield outside a frame");
        };
        let ReturnHook::Gen { genr, mode } = std::mem::take(&mut frame.on_return) else {
            self.frames.push(frame);
            return self.err(
                TypeId::Unsupported,
                "yield in a frame that is not a generator's",
            );
        };
        let exc_state = self
            .exc_info
            .split_off(frame.exc_depth.min(self.exc_info.len()));
        let yf = if delegating {
            frame.stack.last().copied()
        } else {
            None
        };
        if self.recorder.is_some() {
            self.trace_yield(genr, &frame, v);
        }
        let g = self.gen_mut(genr).expect("a generator frame's generator");
        g.state = GenState::Suspended;
        g.exc_state = exc_state;
        g.yf = yf;
        g.frame = Some(Box::new(frame));
        match mode {
            GenMode::Call | GenMode::NextDefault(_) | GenMode::ForIter(_) | GenMode::Send(..) => {
                self.push(v);
                Ok(())
            }
            GenMode::Close => self.err(TypeId::RuntimeError, "generator ignored GeneratorExit"),
            GenMode::Sync => {
                self.sync_result = Some(v);
                self.gen_sync_returned = false;
                Ok(())
            }
        }
    }

    fn gen_finish(&mut self, genr: ObjId) {
        if self.recorder.is_some() {
            self.trace_generator_finished(genr);
        }
        if let Some(g) = self.gen_mut(genr) {
            g.state = GenState::Closed;
            g.frame = None;
            g.exc_state.clear();
            g.yf = None;
        }
    }

    /// The generator's frame returned `v` (or it was already finished).
    pub(crate) fn gen_frame_returned(
        &mut self,
        genr: ObjId,
        mode: GenMode,
        v: ObjId,
    ) -> PyResult<()> {
        self.gen_finish(genr);
        self.gen_returned(mode, v)
    }

    fn gen_returned(&mut self, mode: GenMode, v: ObjId) -> PyResult<()> {
        match mode {
            GenMode::Call => {
                // _PyGen_SetStopIterationValue(): `return None` raises a bare StopIteration.
                let args = if v == self.none { vec![] } else { vec![v] };
                Err(self.new_exc_args(TypeId::StopIteration, args))
            }
            GenMode::NextDefault(d) => {
                self.push(d);
                Ok(())
            }
            GenMode::ForIter(target) => {
                // FOR_ITER with tracing on reports the StopIteration tp_iternext raised.
                self.trace_stop_iteration(StopEvent::IfValue, v);
                self.pop();
                self.frame().pc = target as usize;
                Ok(())
            }
            GenMode::Send(target, stop) => {
                self.trace_stop_iteration(stop, v);
                self.pop();
                self.push(v);
                self.frame().pc = target as usize;
                Ok(())
            }
            GenMode::Close => {
                let none = self.none;
                self.push(none);
                Ok(())
            }
            GenMode::Sync => {
                self.sync_result = Some(v);
                self.gen_sync_returned = true;
                Ok(())
            }
        }
    }

    /// An exception left the generator's frame: the generator is finished. Returns the
    /// exception to propagate (PEP 479 turns `StopIteration` into `RuntimeError`), or
    /// `None` when `close()` got the `GeneratorExit` it wanted.
    pub(crate) fn gen_frame_raised(
        &mut self,
        genr: ObjId,
        mode: GenMode,
        exc: ObjId,
    ) -> Option<ObjId> {
        self.gen_finish(genr);
        let is_stop = self.exc_is(exc, TypeId::StopIteration);
        if mode == GenMode::Close && (is_stop || self.exc_is(exc, TypeId::GeneratorExit)) {
            let none = self.none;
            self.push(none);
            return None;
        }
        if is_stop {
            let e = self.new_exc(TypeId::RuntimeError, "generator raised StopIteration");
            if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
                x.cause = Some(exc);
                x.context = Some(exc);
                x.suppress_context = true;
            }
            // Raised in the caller's context (gen_send_ex): the caller's frame records
            // it as the exception passes through, as for any other.
            return Some(e);
        }
        Some(exc)
    }

    // ----- the generator's methods ------------------------------------------------------

    /// `g.throw(exc)`, mirroring `_gen_throw()`: delegates to the sub-generator of a
    /// `yield from` first.
    pub(crate) fn gen_throw(&mut self, genr: ObjId, exc: ObjId, mode: GenMode) -> PyResult<()> {
        let (state, yf) = match self.heap.get(genr) {
            Obj::Generator(g) => (g.state, g.yf),
            _ => return self.type_error("throw() needs a generator"),
        };
        if state == GenState::Suspended
            && let Some(sub) = yf
        {
            if self.exc_is(exc, TypeId::GeneratorExit) {
                // gen_close_iter(): close the delegate, then raise at our own yield.
                if let Err(e) = self.gen_close_sync(sub) {
                    return self.gen_resume(genr, Resume::Throw(e), mode);
                }
            } else if matches!(self.heap.get(sub), Obj::Generator(_)) {
                // Resume our frame at its `YIELD_VALUE` (after `SEND`), then throw into
                // the delegate as if that `SEND` had resumed it.
                let g = self.gen_mut(genr).expect("checked");
                let mut frame = g.frame.take().expect("a suspended generator has a frame");
                let saved = std::mem::take(&mut g.exc_state);
                g.state = GenState::Running;
                g.yf = None;
                let yield_at = frame.pc.saturating_sub(1);
                let send_target = match self.program.codes[frame.code]
                    .instrs
                    .get(yield_at.saturating_sub(1))
                {
                    Some(crate::frontend::code::Instr::Send(t)) => *t,
                    _ => return self.err(TypeId::Unsupported, "a yield from without its SEND"),
                };
                frame.pc = yield_at;
                frame.on_return = ReturnHook::Gen { genr, mode };
                frame.exc_depth = self.exc_info.len();
                self.exc_info.extend(saved);
                self.frames.push(*frame);
                if self.recorder.is_some() {
                    self.trace_generator_resumed(genr, true);
                }
                return self.gen_resume(
                    sub,
                    Resume::Throw(exc),
                    GenMode::Send(send_target, StopEvent::Never),
                );
            }
        }
        self.gen_resume(genr, Resume::Throw(exc), mode)
    }

    /// `g.close()`, mirroring `gen_close()`.
    pub(crate) fn gen_close(&mut self, genr: ObjId) -> PyResult<()> {
        match self.gen_state(genr) {
            Some(GenState::Created) | Some(GenState::Closed) => {
                self.gen_finish(genr);
                let none = self.none;
                self.push(none);
                Ok(())
            }
            Some(GenState::Running) => self.err(TypeId::ValueError, "generator already executing"),
            _ => {
                let exc = self.new_exc_args(TypeId::GeneratorExit, vec![]);
                self.gen_throw(genr, exc, GenMode::Close)
            }
        }
    }

    /// Steps a generator to its next yield from inside a built-in: `Some(value)`, or
    /// `None` once it returns.
    pub(crate) fn gen_next_sync(&mut self, genr: ObjId) -> PyResult<Option<ObjId>> {
        let none = self.none;
        let (v, returned) = self.gen_run_sync(genr, Resume::Send(none))?;
        Ok(if returned { None } else { Some(v) })
    }

    /// Closes a generator from inside a built-in (the delegate of a `yield from` being
    /// closed).
    pub(crate) fn gen_close_sync(&mut self, genr: ObjId) -> PyResult<()> {
        match self.gen_state(genr) {
            Some(GenState::Suspended) => {}
            Some(GenState::Running) => {
                return self.err(TypeId::ValueError, "generator already executing");
            }
            Some(_) => {
                self.gen_finish(genr);
                return Ok(());
            }
            None => return Ok(()),
        }
        let exc = self.new_exc_args(TypeId::GeneratorExit, vec![]);
        match self.gen_run_sync(genr, Resume::Throw(exc)) {
            Ok((_, true)) => Ok(()),
            Ok((_, false)) => self.err(TypeId::RuntimeError, "generator ignored GeneratorExit"),
            Err(e)
                if self.exc_is(e, TypeId::GeneratorExit)
                    || self.exc_is(e, TypeId::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn gen_run_sync(&mut self, genr: ObjId, input: Resume) -> PyResult<(ObjId, bool)> {
        let v = self.run_sync("a generator a built-in drained", |vm| {
            vm.gen_resume(genr, input, GenMode::Sync)
        })?;
        Ok((v, self.gen_sync_returned))
    }

    /// `SEND`: TOS is the value to send, TOS1 the sub-iterator of a `yield from`.
    pub(crate) fn do_send(&mut self, target: u32) -> PyResult<()> {
        let v = self.pop();
        let sub = self.top();
        if matches!(self.heap.get(sub), Obj::Generator(_)) {
            let stop = if v == self.none {
                StopEvent::IfValue
            } else {
                StopEvent::Always
            };
            return self.gen_resume(sub, Resume::Send(v), GenMode::Send(target, stop));
        }
        if v != self.none {
            let tn = self.type_name(sub);
            return self.err(
                TypeId::AttributeError,
                format!("'{tn}' object has no attribute 'send'"),
            );
        }
        match self.iter_next_value(sub)? {
            Ok(x) => self.push(x),
            Err(ret) => {
                self.pop();
                self.push(ret);
                self.frame().pc = target as usize;
            }
        }
        Ok(())
    }

    /// The next item of a non-generator iterator, or the value its `StopIteration`
    /// carried (`yield from` returns it).
    fn iter_next_value(&mut self, it: ObjId) -> PyResult<Result<ObjId, ObjId>> {
        if let Some(f) = self.user_special_fn(it, "__next__")? {
            return match self.call_sync(f, vec![it]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.exc_is(e, TypeId::StopIteration) => {
                    let value = self.stop_iteration_value(e);
                    Ok(Err(value))
                }
                Err(e) => Err(e),
            };
        }
        let none = self.none;
        Ok(self.iter_next(it)?.ok_or(none))
    }

    /// `StopIteration.value`: its first argument, or None.
    pub(crate) fn stop_iteration_value(&self, exc: ObjId) -> ObjId {
        match self.heap.get(exc) {
            Obj::Exception(e) => e.args.first().copied().unwrap_or(self.none),
            _ => self.none,
        }
    }

    /// The `exception` trace event for a sub-generator's return, where 3.11 sends one.
    fn trace_stop_iteration(&mut self, stop: StopEvent, v: ObjId) {
        let fire = match stop {
            StopEvent::Never => false,
            StopEvent::IfValue => v != self.none,
            StopEvent::Always => true,
        };
        if fire && self.tracing_active() {
            let args = if v == self.none { vec![] } else { vec![v] };
            let exc = self.new_exc_args(TypeId::StopIteration, args);
            self.trace_exception(exc);
        }
    }

    /// `GET_YIELD_FROM_ITER`: a generator delegates to itself, anything else is iterated.
    pub(crate) fn yield_from_iter(&mut self, v: ObjId) -> PyResult {
        if matches!(self.heap.get(v), Obj::Generator(_)) {
            return Ok(v);
        }
        self.get_iter(v)
    }
}

impl Vm {
    /// `g.send(v)`, `g.throw(e)`, `g.close()`, `g.__next__()`, `g.__iter__()` called from
    /// Python code: resumable, the generator's frame is pushed.
    pub(crate) fn call_generator_method(
        &mut self,
        genr: ObjId,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Vec<(String, ObjId)>,
    ) -> PyResult<()> {
        if !kwargs.is_empty() {
            return self.type_error(format!("generator.{name}() takes no keyword arguments"));
        }
        let none = self.none;
        match name {
            "__next__" | "__iter__" if !args.is_empty() => {
                self.type_error(format!("expected 0 arguments, got {}", args.len()))
            }
            "__next__" => self.gen_resume(genr, Resume::Send(none), GenMode::Call),
            "__iter__" => {
                self.push(genr);
                Ok(())
            }
            "send" => {
                if args.len() != 1 {
                    return self.type_error(format!(
                        "generator.send() takes exactly one argument ({} given)",
                        args.len()
                    ));
                }
                self.gen_resume(genr, Resume::Send(args[0]), GenMode::Call)
            }
            "close" => {
                if !args.is_empty() {
                    return self.type_error(format!(
                        "generator.close() takes no arguments ({} given)",
                        args.len()
                    ));
                }
                self.gen_close(genr)
            }
            "throw" => {
                let exc = self.throw_argument(&args)?;
                self.gen_throw(genr, exc, GenMode::Call)
            }
            _ => self.err(
                TypeId::AttributeError,
                format!("'generator' object has no attribute '{name}'"),
            ),
        }
    }

    /// `throw(type)`, `throw(type, value)` or `throw(instance)`: the exception to raise
    /// (mirrors `_gen_throw()`'s argument handling).
    fn throw_argument(&mut self, args: &[ObjId]) -> PyResult {
        if args.is_empty() || args.len() > 3 {
            return self.type_error(format!(
                "throw expected at least 1 argument, got {}",
                args.len()
            ));
        }
        let typ = args[0];
        let is_class = match self.heap.get(typ) {
            Obj::Type(t) => t.is_exception(),
            Obj::Class(c) => c.layout.is_exception(),
            _ => false,
        };
        if is_class {
            let rest: Vec<ObjId> = match args.get(1) {
                Some(&v) if v != self.none => {
                    if matches!(self.heap.get(v), Obj::Exception(_)) {
                        return Ok(v);
                    }
                    match self.heap.get(v) {
                        Obj::Tuple(t) => t.to_vec(),
                        _ => vec![v],
                    }
                }
                _ => Vec::new(),
            };
            return self.call_sync(typ, rest);
        }
        if matches!(self.heap.get(typ), Obj::Exception(_)) {
            if args.get(1).is_some_and(|&v| v != self.none) {
                return self.type_error("instance exception may not have a separate value");
            }
            return Ok(typ);
        }
        let tn = self.type_name(typ);
        self.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {tn}"
        ))
    }

    /// Generator methods called from inside a built-in (`map(g.send, …)`).
    pub(crate) fn generator_method_sync(
        &mut self,
        genr: ObjId,
        name: &str,
        args: Vec<ObjId>,
    ) -> PyResult {
        let none = self.none;
        let (v, returned) = match name {
            "__next__" => self.gen_run_sync(genr, Resume::Send(none))?,
            "send" if args.len() == 1 => self.gen_run_sync(genr, Resume::Send(args[0]))?,
            "close" => {
                self.gen_close_sync(genr)?;
                return Ok(none);
            }
            "__iter__" => return Ok(genr),
            _ => return self.unsupported(&format!("generator.{name}() called from a built-in")),
        };
        if returned {
            let args = if v == none { vec![] } else { vec![v] };
            return Err(self.new_exc_args(TypeId::StopIteration, args));
        }
        Ok(v)
    }
}

impl Vm {
    /// Where a suspended generator waits, if closing it would run visible code: a
    /// `finally`, or an `except` that can catch `GeneratorExit`.
    pub(crate) fn visible_close(&self, g: &GenObj) -> Option<(usize, u32)> {
        if g.state != GenState::Suspended {
            return None;
        }
        let f = g.frame.as_ref()?;
        let code = &self.program.codes[f.code];
        if !f
            .blocks
            .iter()
            .any(|b| !code.quiet_handlers.contains(&b.handler))
        {
            return None;
        }
        let pc = f.pc.saturating_sub(1);
        Some((
            f.code,
            code.locs.get(pc).map_or(code.first_line, |l| l.line),
        ))
    }

    /// Before pyxray's own sweep frees unreachable objects: CPython would have finalized
    /// these generators when their last reference went.
    pub(crate) fn note_dropped_generators(&mut self, reachable: &[bool]) {
        for (id, o) in self.heap.objects() {
            let Obj::Generator(g) = o else { continue };
            if reachable.get(id.0 as usize).copied().unwrap_or(false) || id.0 < self.permanent {
                continue;
            }
            if self.dropped_generator.is_none() {
                self.dropped_generator = self.visible_close(g);
            }
            if g.seen_by_trace && g.state != GenState::Closed {
                self.dropped_traced_generator = true;
            }
        }
    }

    /// `sys.settrace(f)` marks every live generator: its close is traced from now on.
    pub(crate) fn generators_seen_by_trace(&mut self) {
        // Only those still reachable: CPython finalized the others already.
        let reachable = self.heap.reachable(self.gc_roots());
        let ids: Vec<ObjId> = self
            .heap
            .objects()
            .filter(|(id, o)| {
                matches!(o, Obj::Generator(g) if g.state != GenState::Closed)
                    && reachable.get(id.0 as usize).copied().unwrap_or(false)
            })
            .map(|(id, _)| id)
            .collect();
        for id in ids {
            if let Some(g) = self.gen_mut(id) {
                g.seen_by_trace = true;
            }
        }
    }

    /// `sys.settrace(None)`: a traced generator already dropped would have shown its
    /// close (`call`, `exception`, `return` events) when CPython finalized it.
    pub(crate) fn check_traced_generators_before_untrace(&mut self) -> PyResult<()> {
        let reachable = self.heap.reachable(self.gc_roots());
        self.note_dropped_generators(&reachable);
        if self.dropped_traced_generator {
            return self.unsupported(
                "when CPython finalizes a generator dropped unfinished while a trace function \
                 is set (the trace function sees it close)",
            );
        }
        Ok(())
    }

    /// At the end of the program: what CPython would still do at shutdown that pyxray
    /// cannot place.
    pub(crate) fn check_exit(&mut self) {
        let real_end = match self.status {
            Status::Finished => true,
            Status::Raised(e) => !self.exc_is(e, TypeId::Unsupported),
            _ => false,
        };
        if !real_end {
            return;
        }
        if self.trace_fn.is_some() {
            let (code, line) = self.trace_set_at.unwrap_or((0, 1));
            let exc = self.unsupported_exc_at(
                "a trace function still set when the program ends (CPython then traces its \
                 own shutdown code)",
                code,
                line,
            );
            self.status = Status::Raised(exc);
            return;
        }
        // With reference counts the shutdown closes such generators (shutdown.rs).
        if !self.heap.precise
            && let Some(exc) = self.unfinalized_generator()
        {
            self.status = Status::Raised(exc);
        }
    }

    fn unsupported_exc_at(&mut self, what: &str, code: usize, line: u32) -> ObjId {
        let exc = self.new_exc(
            TypeId::Unsupported,
            format!("pyxray does not simulate {what} yet"),
        );
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            e.traceback.push((code, line, u32::MAX));
        }
        exc
    }

    /// A generator left suspended inside `try` with a `finally`, or an `except` that
    /// catches `GeneratorExit`, still to run: CPython closes it when its last reference
    /// goes — at a `del`, a rebinding, the end of a `for` that broke out, or interpreter
    /// shutdown — and its handler's output appears then. pyxray does not count references
    /// yet (the heap model will), so rather than print a silently different result it
    /// reports the program as not simulated, at the `yield` where the generator waits.
    pub(crate) fn unfinalized_generator(&mut self) -> Option<ObjId> {
        let (code, line) = self.dropped_generator.or_else(|| {
            self.heap.objects().find_map(|(_, o)| match o {
                Obj::Generator(g) => self.visible_close(g),
                _ => None,
            })
        })?;
        Some(self.unsupported_exc_at(
            "when CPython finalizes a generator left suspended inside 'try' (its finally or \
             except would run when the last reference to it goes)",
            code,
            line,
        ))
    }
}
