//! Frames, generators and cells in the trace: the recorder's bookkeeping (which frame
//! number is on top, which cell object has which number) and the [`State`]'s picture of
//! the call stack, the suspended generators and the cells.
//!
//! Frames get trace numbers (the module's frame is 0, never announced: every trace starts
//! inside it). A generator's frame keeps its number while it is parked in the generator,
//! so its locals and cells survive a suspension in the picture as they do in CPython.
//! Like the rest of [`State`], everything here is persistent (`imbl`), so checkpoints
//! stay cheap clones.

use super::{Binding, Event, NO_STR, Recorder, State, StrId, Text, Trace};
use crate::vm::object::ObjId;

/// The short name of a function from its repr (`<function f.<locals>.g at 0x…>` -> `g`),
/// also when the trace's text cut the repr short (`<function f.<locals>.g at 0...`).
pub fn function_name(repr: &str) -> &str {
    let inner = repr.strip_prefix("<function ").unwrap_or(repr);
    let inner = inner.split(" at ").next().unwrap_or(inner);
    let inner = inner.trim_end_matches("...");
    inner.rsplit('.').find(|s| !s.is_empty()).unwrap_or(inner)
}

/// The recorder's view of the VM's frames and cells.
#[derive(Clone, Debug, Default)]
pub(super) struct FrameBook {
    /// Frame numbers of the VM's frames above the module's, oldest first.
    stack: Vec<u32>,
    /// Frame numbers handed out so far (the module's, 0, not counted).
    frames: u32,
    /// The frame number of each live generator's frame, by generator number.
    gen_frames: rustc_hash::FxHashMap<u32, u32>,
    generators: u32,
    /// Cell numbers by cell object. A freed cell's slot can be reused by a new cell,
    /// which then gets a new number when it is made (`cell_new`), so stale entries are
    /// never read.
    cells: rustc_hash::FxHashMap<ObjId, u32>,
    next_cell: u32,
}

impl FrameBook {
    /// The frame numbers of the running thread's stack (a thread switch swaps them).
    pub(super) fn stack_mut(&mut self) -> &mut Vec<u32> {
        &mut self.stack
    }
}

impl Recorder {
    /// A number for a new generator (the trace's name for it, never reused).
    pub fn next_generator(&mut self) -> u32 {
        self.frames.generators += 1;
        self.frames.generators - 1
    }

    /// The frame number of the VM's top frame.
    pub fn top_frame(&self) -> u32 {
        self.frames.stack.last().copied().unwrap_or(0)
    }

    /// The frame number of a generator's frame (0 if unknown).
    pub fn generator_frame(&self, gen_id: u32) -> u32 {
        self.frames.gen_frames.get(&gen_id).copied().unwrap_or(0)
    }

    /// A new frame is on top of the VM's stack; returns its number.
    pub fn frame_push(&mut self, code: u32, name: &str, depth: u32) -> u32 {
        self.frames.frames += 1;
        let frame = self.frames.frames;
        self.frames.stack.push(frame);
        let name = self.trace.strings.intern(name);
        self.push(Event::FramePush {
            frame,
            code,
            name,
            depth,
        });
        frame
    }

    /// The VM's top frame was popped (returned, or an exception left it).
    pub fn frame_pop(&mut self, raised: bool) {
        let frame = self.frames.stack.pop().unwrap_or(0);
        self.push(Event::FramePop { frame, raised });
    }

    /// A generator was made with its unstarted frame; returns the frame's number.
    pub fn gen_new(&mut self, gen_id: u32, code: u32, name: &str, repr: &str) -> u32 {
        self.frames.frames += 1;
        let frame = self.frames.frames;
        self.frames.gen_frames.insert(gen_id, frame);
        let name = self.trace.strings.intern(name);
        let repr = self.trace.strings.intern(repr);
        self.push(Event::GenNew {
            generator: gen_id,
            frame,
            code,
            name,
            repr,
        });
        frame
    }

    /// The generator's frame was pushed back on the stack.
    pub fn gen_resume(&mut self, gen_id: u32, depth: u32, thrown: bool) {
        let frame = self.generator_frame(gen_id);
        self.frames.stack.push(frame);
        self.push(Event::GenResume {
            generator: gen_id,
            depth,
            thrown,
        });
    }

    /// The generator's frame left the stack at a `yield`.
    pub fn gen_suspend(&mut self, gen_id: u32, line: u32, stack: u32, value: &Text) {
        self.frames.stack.pop();
        let value = self.trace.strings.intern_text(value);
        self.push(Event::GenSuspend {
            generator: gen_id,
            line,
            stack,
            value,
        });
    }

    /// The generator is finished.
    pub fn gen_close(&mut self, gen_id: u32) {
        self.frames.gen_frames.remove(&gen_id);
        self.push(Event::GenClose { generator: gen_id });
    }

    /// A local of frame `frame` was bound (or deleted, with `None`).
    pub fn local(&mut self, frame: u32, name: &str, value: Option<&Text>) {
        let name = self.trace.strings.intern(name);
        let value = value.map_or(NO_STR, |v| self.trace.strings.intern_text(v));
        self.push(Event::Local { frame, name, value });
    }

    /// A new cell for variable `name` of frame `frame`.
    pub fn cell_new(&mut self, cell: ObjId, frame: u32, name: &str, value: Option<&Text>) {
        let number = self.frames.next_cell;
        self.frames.next_cell += 1;
        self.frames.cells.insert(cell, number);
        let name = self.trace.strings.intern(name);
        let value = value.map_or(NO_STR, |v| self.trace.strings.intern_text(v));
        self.push(Event::CellNew {
            cell: number,
            frame,
            name,
            value,
        });
    }

    /// The number of a cell; one made while nothing was recording gets one now.
    fn cell_number(&mut self, cell: ObjId, name: &str) -> u32 {
        match self.frames.cells.get(&cell) {
            Some(&n) => n,
            None => {
                self.cell_new(cell, u32::MAX, name, None);
                self.frames.next_cell - 1
            }
        }
    }

    /// Frame `frame` reaches a cell through its closure.
    pub fn cell_share(&mut self, frame: u32, cell: ObjId, name: &str) {
        let cell = self.cell_number(cell, name);
        self.push(Event::CellShare { frame, cell });
    }

    /// Function `func` (its repr, `<function f.<locals>.g at 0x…>`) keeps the cell in its
    /// `__closure__`.
    pub fn closure(&mut self, cell: ObjId, name: &str, func: &str) {
        let cell = self.cell_number(cell, name);
        let func = self.trace.strings.intern(func);
        self.push(Event::Closure { cell, func });
    }

    /// A write through a cell (`None`: `del`).
    pub fn cell_set(&mut self, cell: ObjId, name: &str, value: Option<&Text>) {
        let cell = self.cell_number(cell, name);
        let value = value.map_or(NO_STR, |v| self.trace.strings.intern_text(v));
        self.push(Event::CellSet { cell, value });
    }

    /// A read through a cell.
    pub fn cell_get(&mut self, cell: ObjId, name: &str) {
        let cell = self.cell_number(cell, name);
        self.push(Event::CellGet { cell });
    }
}

/// One frame in the picture.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrameState {
    /// The frame's trace number (0: the module).
    pub frame: u32,
    /// Index of its code object.
    pub code: u32,
    /// The function's qualname (`NO_STR` for the module: the code's own name).
    pub name: StrId,
    /// The line it is executing (0 until its first line starts).
    pub line: u32,
    /// Its local variables in binding order (the module's are the globals, kept apart).
    pub locals: imbl::Vector<Binding>,
    /// The cells it holds: its own cell variables, then its closure's.
    pub cells: imbl::Vector<u32>,
    /// The generator that owns it, for a generator's frame.
    pub generator: Option<u32>,
}

impl FrameState {
    pub(super) fn module() -> Self {
        FrameState {
            name: NO_STR,
            ..FrameState::default()
        }
    }

    pub fn is_module(&self) -> bool {
        self.frame == 0
    }
}

/// `inspect.getgeneratorstate()` as the trace sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GenPhase {
    #[default]
    Created,
    Running,
    Suspended,
    Closed,
}

impl GenPhase {
    pub fn name(self) -> &'static str {
        match self {
            GenPhase::Created => "GEN_CREATED",
            GenPhase::Running => "GEN_RUNNING",
            GenPhase::Suspended => "GEN_SUSPENDED",
            GenPhase::Closed => "GEN_CLOSED",
        }
    }
}

/// A generator object in the picture.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GeneratorState {
    pub generator: u32,
    /// Its frame's number.
    pub frame: u32,
    pub code: u32,
    pub name: StrId,
    /// The generator object's repr (as variables bound to it show it).
    pub repr: StrId,
    pub phase: GenPhase,
    /// Where it will resume (the line of its last `yield`); 0 before it first ran.
    pub resume_line: u32,
    /// Values on its frame's value stack while suspended.
    pub stack: u32,
    /// What its last `yield` handed out (`NO_STR` before the first).
    pub yielded: StrId,
    /// How many times it yielded.
    pub yields: u32,
    /// Its frame while it is not running (created or suspended).
    pub parked: Option<FrameState>,
}

/// A cell in the picture.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CellState {
    pub cell: u32,
    /// The variable it holds.
    pub name: StrId,
    /// Its contents' text (`NO_STR`: empty).
    pub value: StrId,
    /// The frame that made it (`u32::MAX` if unknown) and that frame's function.
    pub owner: u32,
    pub owner_name: StrId,
    /// Functions (their reprs) that keep it in their `__closure__`.
    pub closures: imbl::Vector<StrId>,
    /// Writes through it so far (`STORE_DEREF`, after `MAKE_CELL`).
    pub writes: u32,
}

impl State {
    /// The frame with trace number `frame`, on the stack or parked in a generator.
    pub fn frame_mut(&mut self, frame: u32) -> Option<&mut FrameState> {
        if let Some(i) = self.frames.iter().rposition(|f| f.frame == frame) {
            return self.frames.get_mut(i);
        }
        let g = self
            .generators
            .iter()
            .rposition(|g| g.frame == frame && g.parked.is_some())?;
        self.generators.get_mut(g)?.parked.as_mut()
    }

    /// The frame with trace number `frame`, on the stack or parked in a generator.
    pub fn find_frame(&self, frame: u32) -> Option<&FrameState> {
        self.frames
            .iter()
            .rev()
            .find(|f| f.frame == frame)
            .or_else(|| {
                self.generators
                    .iter()
                    .rev()
                    .filter(|g| g.frame == frame)
                    .find_map(|g| g.parked.as_ref())
            })
    }

    /// The frames (on the stack or parked) that hold cell `cell`.
    pub fn frames_holding(&self, cell: u32) -> Vec<&FrameState> {
        self.frames
            .iter()
            .chain(self.generators.iter().filter_map(|g| g.parked.as_ref()))
            .filter(|f| f.cells.contains(&cell))
            .collect()
    }

    pub(super) fn apply_frame_event(&mut self, e: &Event, _trace: &Trace) {
        // The module's own end is no frame activity worth a view.
        if !matches!(e, Event::FramePop { frame: 0, .. }) {
            self.frame_events += 1;
        }
        match *e {
            Event::FramePush {
                frame, code, name, ..
            } => self.frames.push_back(FrameState {
                frame,
                code,
                name,
                ..FrameState::default()
            }),
            Event::FramePop { frame, .. } => {
                if self.frames.back().is_some_and(|f| f.frame == frame) {
                    self.frames.pop_back();
                } else if let Some(i) = self.frames.iter().rposition(|f| f.frame == frame) {
                    self.frames.remove(i);
                }
            }
            Event::GenNew {
                generator: g,
                frame,
                code,
                name,
                repr,
            } => {
                let gs = GeneratorState {
                    generator: g,
                    frame,
                    code,
                    name,
                    repr,
                    yielded: NO_STR,
                    parked: Some(FrameState {
                        frame,
                        code,
                        name,
                        generator: Some(g),
                        ..FrameState::default()
                    }),
                    ..GeneratorState::default()
                };
                self.put_generator(gs);
            }
            Event::GenResume { generator: g, .. } => {
                if let Some(gs) = self.generators.get_mut(g as usize) {
                    let f = gs.parked.take();
                    gs.phase = GenPhase::Running;
                    if let Some(f) = f {
                        self.frames.push_back(f);
                    }
                }
            }
            Event::GenSuspend {
                generator: g,
                line,
                stack,
                value,
            } => {
                let top = if self.frames.back().is_some_and(|f| f.generator == Some(g)) {
                    self.frames.pop_back()
                } else {
                    None
                };
                if let Some(gs) = self.generators.get_mut(g as usize) {
                    gs.phase = GenPhase::Suspended;
                    gs.resume_line = line;
                    gs.stack = stack;
                    gs.yielded = value;
                    gs.yields += 1;
                    if let Some(mut f) = top {
                        f.line = line;
                        gs.parked = Some(f);
                    }
                }
            }
            Event::GenClose { generator: g } => {
                if let Some(gs) = self.generators.get_mut(g as usize) {
                    gs.phase = GenPhase::Closed;
                    gs.parked = None;
                }
            }
            Event::Local { frame, name, value } => {
                let Some(f) = self.frame_mut(frame) else {
                    return;
                };
                let pos = f.locals.iter().position(|b| b.name == name);
                match (pos, value) {
                    (Some(i), NO_STR) => {
                        f.locals.remove(i);
                    }
                    (Some(i), v) => {
                        f.locals.set(i, Binding { name, value: v });
                    }
                    (None, NO_STR) => {}
                    (None, v) => f.locals.push_back(Binding { name, value: v }),
                }
            }
            Event::CellNew {
                cell,
                frame,
                name,
                value,
            } => {
                let owner_name = match self.frame_mut(frame) {
                    Some(f) => {
                        f.cells.push_back(cell);
                        f.name
                    }
                    None => NO_STR,
                };
                let c = CellState {
                    cell,
                    name,
                    value,
                    owner: frame,
                    owner_name,
                    ..CellState::default()
                };
                while self.cells.len() < cell as usize {
                    let n = self.cells.len() as u32;
                    self.cells.push_back(CellState {
                        cell: n,
                        name: NO_STR,
                        value: NO_STR,
                        owner: u32::MAX,
                        owner_name: NO_STR,
                        ..CellState::default()
                    });
                }
                if (cell as usize) < self.cells.len() {
                    self.cells.set(cell as usize, c);
                } else {
                    self.cells.push_back(c);
                }
            }
            Event::CellShare { frame, cell } => {
                if let Some(f) = self.frame_mut(frame)
                    && !f.cells.contains(&cell)
                {
                    f.cells.push_back(cell);
                }
            }
            Event::Closure { cell, func } => {
                if let Some(c) = self.cells.get_mut(cell as usize)
                    && !c.closures.contains(&func)
                {
                    c.closures.push_back(func);
                }
            }
            Event::CellSet { cell, value } => {
                if let Some(c) = self.cells.get_mut(cell as usize) {
                    c.value = value;
                    c.writes += 1;
                }
            }
            _ => {}
        }
    }

    fn put_generator(&mut self, gs: GeneratorState) {
        let i = gs.generator as usize;
        while self.generators.len() < i {
            let n = self.generators.len() as u32;
            self.generators.push_back(GeneratorState {
                generator: n,
                phase: GenPhase::Closed,
                name: NO_STR,
                repr: NO_STR,
                yielded: NO_STR,
                ..GeneratorState::default()
            });
        }
        if i < self.generators.len() {
            self.generators.set(i, gs);
        } else {
            self.generators.push_back(gs);
        }
    }
}
