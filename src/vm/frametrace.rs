//! The VM's side of the frame events: what it tells the recorder when a frame is pushed or
//! popped, a generator is made, resumed, suspended or finished, a local is bound, and a
//! cell is made, shared, written or read. Every method here only records: none changes
//! what the program does, and each is called only while a recorder is on.
//!
//! Values are shown without running Python code: an instance (whose `__repr__` may be the
//! program's own) is shown as `<C object>`, so recording a local never calls into the
//! program, which would push frames of its own in the middle of an event.

use super::object::*;
use super::{Frame, Vm};
use crate::trace::Text;

impl Vm {
    /// A value's text for the frames view, without running any Python code.
    pub(crate) fn frame_text(&mut self, v: ObjId) -> Text {
        if self.shows_without_python(v, 2) {
            self.trace_text(v)
        } else {
            Text::Str(format!("<{} object>", self.type_name(v)))
        }
    }

    /// Whether `repr(v)` is computed by the VM alone (no user `__repr__` reachable). The
    /// trace's text cuts a repr after about 100 characters, so only the first items of a
    /// container are looked at.
    fn shows_without_python(&self, v: ObjId, depth: u32) -> bool {
        const SHOWN: usize = 40;
        let ok = |x: ObjId| depth > 0 && self.shows_without_python(x, depth - 1);
        match self.heap.get(v) {
            Obj::None
            | Obj::Bool(_)
            | Obj::Int(_)
            | Obj::Long(_)
            | Obj::Float(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::Function(_)
            | Obj::Builtin(_)
            | Obj::Type(_)
            | Obj::Class(_)
            | Obj::Generator(_)
            | Obj::Module(_)
            | Obj::Code(_)
            | Obj::Iter(_)
            | Obj::Range { .. } => true,
            Obj::Exception(e) => e.class.is_none() && e.args.iter().all(|&x| ok(x)),
            Obj::Tuple(t) => t.iter().take(SHOWN).all(|&x| ok(x)),
            Obj::List(l) => l.iter().take(SHOWN).all(|&x| ok(x)),
            // An instance of a dict subclass may have a __repr__ of its own.
            Obj::Dict(d) if d.class.is_some() => false,
            Obj::Dict(d) => d
                .table
                .entries()
                .iter()
                .flatten()
                .take(SHOWN)
                .all(|e| ok(e.key) && ok(e.value)),
            Obj::Set(s) | Obj::FrozenSet(s) => s.iter().take(SHOWN).all(ok),
            _ => false,
        }
    }

    fn frame_qualname(&self, f: &Frame) -> String {
        match f.func.map(|x| self.heap.get(x)) {
            Some(Obj::Function(func)) => func.qualname.clone(),
            _ => self.program.codes[f.code].qualname.clone(),
        }
    }

    /// A frame was just pushed on top (a call, a class body).
    pub(crate) fn trace_frame_pushed(&mut self) {
        let Some(f) = self.frames.last() else { return };
        let (code, name, depth) = (f.code, self.frame_qualname(f), self.frames.len() - 1);
        let (fast, cells) = (f.fast.clone(), f.cells.clone());
        let Some(r) = self.recorder.as_mut() else {
            return;
        };
        let frame = r.frame_push(code as u32, &name, depth as u32);
        self.trace_frame_contents(frame, code, &fast, &cells);
    }

    /// The arguments a new frame starts with, its cells and the cells its closure brings.
    fn trace_frame_contents(
        &mut self,
        frame: u32,
        code: usize,
        fast: &[Option<ObjId>],
        cells: &[ObjId],
    ) {
        let program = self.program.clone();
        let c = &program.codes[code];
        for (i, v) in fast.iter().enumerate() {
            if let (Some(v), Some(name)) = (v, c.varnames.get(i)) {
                let text = self.frame_text(*v);
                if let Some(r) = self.recorder.as_mut() {
                    r.local(frame, name, Some(&text));
                }
            }
        }
        for (i, &cell) in cells.iter().enumerate() {
            if let Some(name) = c.cellvars.get(i) {
                let text = self.cell_text(cell);
                if let Some(r) = self.recorder.as_mut() {
                    r.cell_new(cell, frame, name, text.as_ref());
                }
            } else if let Some(name) = c.freevars.get(i - c.cellvars.len())
                && let Some(r) = self.recorder.as_mut()
            {
                r.cell_share(frame, cell, name);
            }
        }
    }

    fn cell_text(&mut self, cell: ObjId) -> Option<Text> {
        match self.heap.get(cell) {
            Obj::Cell(Some(v)) => {
                let v = *v;
                Some(self.frame_text(v))
            }
            _ => None,
        }
    }

    /// The top frame was popped (`raised`: by an exception leaving it).
    pub(crate) fn trace_frame_popped(&mut self, raised: bool) {
        if let Some(r) = self.recorder.as_mut() {
            r.frame_pop(raised);
        }
    }

    /// `RETURN_GENERATOR` made `genr`, which owns the new frame.
    pub(crate) fn trace_generator_made(&mut self, genr: ObjId) {
        let Obj::Generator(g) = self.heap.get(genr) else {
            return;
        };
        let (id, code, name) = (g.trace_id, g.code, g.qualname.clone());
        let (fast, cells) = g
            .frame
            .as_ref()
            .map(|f| (f.fast.clone(), f.cells.clone()))
            .unwrap_or_default();
        let repr = self.short_repr(genr);
        let Some(r) = self.recorder.as_mut() else {
            return;
        };
        let frame = r.gen_new(id, code as u32, &name, &repr);
        self.trace_frame_contents(frame, code, &fast, &cells);
    }

    /// `gen_send_ex2` pushed the generator's frame back on top (`thrown`: to raise at its
    /// `yield`).
    pub(crate) fn trace_generator_resumed(&mut self, genr: ObjId, thrown: bool) {
        let depth = self.frames.len().saturating_sub(1) as u32;
        if let Obj::Generator(g) = self.heap.get(genr) {
            let id = g.trace_id;
            if let Some(r) = self.recorder.as_mut() {
                r.gen_resume(id, depth, thrown);
            }
        }
    }

    /// `YIELD_VALUE`: the generator's frame (already off the stack) hands out `v`.
    pub(crate) fn trace_yield(&mut self, genr: ObjId, frame: &Frame, v: ObjId) {
        let line = self.frame_line(frame);
        let stack = frame.stack.len() as u32;
        let text = self.frame_text(v);
        if let Obj::Generator(g) = self.heap.get(genr) {
            let id = g.trace_id;
            if let Some(r) = self.recorder.as_mut() {
                r.gen_suspend(id, line, stack, &text);
            }
        }
    }

    /// The generator is about to be marked finished.
    pub(crate) fn trace_generator_finished(&mut self, genr: ObjId) {
        if let Obj::Generator(g) = self.heap.get(genr)
            && g.state != super::generators::GenState::Closed
        {
            let id = g.trace_id;
            if let Some(r) = self.recorder.as_mut() {
                r.gen_close(id);
            }
        }
    }

    /// `STORE_FAST` / `DELETE_FAST` into slot `i` of the top frame.
    pub(crate) fn trace_local(&mut self, i: u32) {
        let Some(f) = self.frames.last() else { return };
        let Some(name) = self.program.codes[f.code].varnames.get(i as usize).cloned() else {
            return;
        };
        let v = f.fast.get(i as usize).copied().flatten();
        self.trace_named_local(&name, v);
    }

    /// A local of the top frame named `name` was bound to `v` (or deleted).
    pub(crate) fn trace_named_local(&mut self, name: &str, v: Option<ObjId>) {
        let text = v.map(|v| self.frame_text(v));
        if let Some(r) = self.recorder.as_mut() {
            let frame = r.top_frame();
            r.local(frame, name, text.as_ref());
        }
    }

    /// `STORE_DEREF`/`DELETE_DEREF` (`write`) or `LOAD_DEREF` through cell `i` of the top
    /// frame.
    pub(crate) fn trace_deref(&mut self, i: u32, write: bool) {
        let Some(&cell) = self.frames.last().and_then(|f| f.cells.get(i as usize)) else {
            return;
        };
        let code = &self.program.codes[self.frames.last().map_or(0, |f| f.code)];
        let i = i as usize;
        let name = if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .cloned()
                .unwrap_or_default()
        };
        let text = if write { self.cell_text(cell) } else { None };
        if let Some(r) = self.recorder.as_mut() {
            if write {
                r.cell_set(cell, &name, text.as_ref());
            } else {
                r.cell_get(cell, &name);
            }
        }
    }

    /// `MAKE_FUNCTION` gave the new function `func` (of code `code`) the closure tuple
    /// `closure`. The function goes by its repr, whose address tells it apart from other
    /// functions of the same code.
    pub(crate) fn trace_closure(&mut self, closure: ObjId, code: usize, func: ObjId) {
        let text = self.short_repr(func);
        let Obj::Tuple(items) = self.heap.get(closure) else {
            return;
        };
        let items = items.to_vec();
        let program = self.program.clone();
        let names = &program.codes[code].freevars;
        if let Some(r) = self.recorder.as_mut() {
            for (cell, name) in items.iter().zip(names) {
                r.closure(*cell, name, &text);
            }
        }
    }
}
