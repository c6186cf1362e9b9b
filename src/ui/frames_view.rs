//! The frames view: the call stack as stacked frame cards (newest on top), each with its
//! function, current line and locals; generators beside it, each holding its parked frame
//! ("resumes at line N") while suspended, or pointing at its frame on the stack while it
//! runs; and cells as shared boxes, with arrows from every frame and closure that reaches
//! them. What the current event touches (the frame pushed, the generator suspended, the
//! cell written) is outlined, and flashes on forward steps.
//!
//! Reads the trace's `FrameState`s, `GeneratorState`s and `CellState`s; never changes them.

use super::dict_view::palette;
use super::egui::{
    self, Color32, CornerRadius, Pos2, Rect, RichText, Sense, Shape, Stroke, Vec2,
    epaint::CubicBezierShape, vec2,
};
use super::views::{View, ViewCtx};
use crate::frontend::code::CodeKind;
use crate::trace::frames::function_name;
use crate::trace::narrate::{frame_name, short_name};
use crate::trace::{
    Binding, CellState, Event, FrameState, GenPhase, GeneratorState, NO_STR, Strings,
};

/// Colours of this view, beside the shared palette.
mod colours {
    use super::Color32;
    pub const MODULE: Color32 = Color32::from_rgb(0x80, 0x86, 0x92);
    pub const CLASS: Color32 = Color32::from_rgb(0x9a, 0x6f, 0xd0);
    pub const CELL: Color32 = Color32::from_rgb(0x2a, 0xa8, 0xc8);
}

/// Most cells and generators drawn (the newest); older ones are counted, not drawn.
const MAX_CELLS: usize = 24;
const MAX_GENERATORS: usize = 12;
/// Values longer than this are cut in the cards (the tooltip has them whole).
const VALUE_CHARS: usize = 26;
const TITLE: f32 = 19.0;
/// About how wide each column is drawn (with the room for arrows after it): with less
/// room than the columns shown need, they go one above the other.
const STACK_WIDTH: f32 = 420.0;
const GENERATORS_WIDTH: f32 = 300.0;
const CELLS_WIDTH: f32 = 260.0;
const BODY: f32 = 16.0;

#[derive(Default)]
pub struct FramesView;

/// What the current event touches.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Focus {
    frame: Option<u32>,
    local: Option<(u32, u32)>,
    generator: Option<u32>,
    cell: Option<u32>,
    /// The event moved something into place (a push, a suspension): it slides in.
    arrives: bool,
}

fn focus_of(e: Option<&Event>) -> Focus {
    let mut f = Focus::default();
    match e.copied() {
        Some(Event::FramePush { frame, .. }) => {
            f.frame = Some(frame);
            f.arrives = true;
        }
        Some(Event::Local { frame, name, .. }) => {
            f.frame = Some(frame);
            f.local = Some((frame, name));
        }
        Some(Event::GenNew { generator, .. } | Event::GenSuspend { generator, .. }) => {
            f.generator = Some(generator);
            f.arrives = true;
        }
        Some(Event::GenResume { generator, .. } | Event::GenClose { generator }) => {
            f.generator = Some(generator)
        }
        Some(Event::CellNew { cell, frame, .. } | Event::CellShare { cell, frame }) => {
            f.cell = Some(cell);
            f.frame = Some(frame);
        }
        Some(
            Event::Closure { cell, .. } | Event::CellSet { cell, .. } | Event::CellGet { cell },
        ) => f.cell = Some(cell),
        _ => {}
    }
    f
}

/// Where things were drawn, for the arrows.
#[derive(Default)]
struct Anchors {
    /// The box of each drawn cell.
    cells: Vec<(u32, Rect)>,
    /// A row that points at a cell: (row rect, cell, highlighted).
    refs: Vec<(Rect, u32, bool)>,
    /// Frames on the stack, by frame number.
    frames: Vec<(u32, Rect)>,
    /// Running generators' cards: (card rect, frame number).
    running: Vec<(Rect, u32)>,
    /// A row bound to a generator object: (row rect, generator, highlighted).
    gen_refs: Vec<(Rect, u32, bool)>,
    /// The card of each drawn generator.
    generators: Vec<(u32, Rect)>,
}

impl View for FramesView {
    fn id(&self) -> &'static str {
        "frames"
    }

    fn title(&self) -> &'static str {
        "frames, generators and cells"
    }

    fn applies(&self, ctx: &ViewCtx) -> bool {
        ctx.state.frame_events > 0
    }

    fn concerns(&self, ctx: &ViewCtx) -> bool {
        let event = ctx.timeline.trace.events.get(ctx.pos);
        if let Some(Event::FramePush { name, .. }) = event {
            // A comprehension's frame is brief, and its loop is about what it builds.
            return !is_comprehension(&ctx.timeline.trace.strings.get(name));
        }
        if let Some(Event::FramePop { frame, .. }) = event {
            return frame != 0
                && !ctx
                    .state
                    .frames
                    .back()
                    .is_some_and(|f| is_comprehension(&ctx.timeline.trace.strings.get(f.name)));
        }
        matches!(
            event,
            Some(
                Event::GenNew { .. }
                    | Event::GenResume { .. }
                    | Event::GenSuspend { .. }
                    | Event::GenClose { .. }
                    | Event::CellNew { .. }
                    | Event::CellShare { .. }
                    | Event::Closure { .. }
                    | Event::CellSet { .. }
                    | Event::CellGet { .. }
            )
        )
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx) {
        let focus = focus_of(ctx.timeline.trace.events.get(ctx.pos).as_ref());
        ui.label(
            RichText::new(
                "call stack newest on top · generators keep their frame while suspended · \
                 cells are shared boxes; arrows show who reaches them · hover for details",
            )
            .small()
            .weak(),
        );
        let mut anchors = Anchors::default();
        egui::ScrollArea::both()
            .id_salt("frames-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let any_generators = ctx.state.generators.iter().any(|g| g.name != NO_STR);
                let any_cells = ctx.state.cells.iter().any(|c| c.name != NO_STR);
                // Side by side when there is room; else one above the other, with the
                // arrows routed along the right.
                let needed = STACK_WIDTH
                    + if any_generators {
                        GENERATORS_WIDTH
                    } else {
                        0.0
                    }
                    + if any_cells { CELLS_WIDTH } else { 0.0 };
                let narrow = ui.available_width() < needed;
                let columns = |ui: &mut egui::Ui, anchors: &mut Anchors| {
                    ui.vertical(|ui| {
                        stack_column(ui, ctx, focus, anchors);
                    });
                    if any_generators {
                        ui.add_space(if narrow { 16.0 } else { 28.0 });
                        ui.vertical(|ui| {
                            generators_column(ui, ctx, focus, anchors);
                        });
                    }
                    if any_cells {
                        ui.add_space(if narrow { 16.0 } else { 70.0 });
                        ui.vertical(|ui| {
                            cells_column(ui, ctx, focus, anchors);
                        });
                    }
                };
                if narrow {
                    ui.vertical(|ui| columns(ui, &mut anchors));
                } else {
                    ui.horizontal_top(|ui| columns(ui, &mut anchors));
                }
                arrows(ui, &anchors);
            });
    }
}

fn is_comprehension(qualname: &str) -> bool {
    matches!(
        short_name(qualname),
        "<listcomp>" | "<dictcomp>" | "<setcomp>"
    )
}

fn heading(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).strong().size(TITLE));
    ui.add_space(4.0);
}

/// A value as a card shows it: function and generator reprs without their qualname
/// prefix and address (`<function inc>`), anything long cut (the tooltip has it whole).
fn cut(s: &str) -> String {
    for kind in ["<function ", "<generator object "] {
        if let Some(rest) = s.strip_prefix(kind)
            && let Some((name, _)) = rest.split_once(" at 0x")
        {
            return format!("{}{}>", kind.trim_end_matches("object "), short_name(name));
        }
    }
    if s.chars().count() > VALUE_CHARS {
        s.chars().take(VALUE_CHARS - 1).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

/// How much a highlighted card flashes: strongest as a forward step starts.
fn flash(ctx: &ViewCtx, on: bool) -> f32 {
    if on { 1.0 - ctx.progress } else { 0.0 }
}

fn card_frame(ui: &egui::Ui, accent: Color32, on: bool, flash: f32) -> egui::Frame {
    let base = ui.visuals().window_fill;
    let fill = if flash > 0.0 {
        lerp(base, palette::PROBING, 0.35 * flash)
    } else {
        base
    };
    let stroke = if on {
        Stroke::new(3.0, palette::PROBING)
    } else {
        Stroke::new(2.0, accent)
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(CornerRadius::same(8))
        .inner_margin(10)
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let t = t.clamp(0.0, 1.0);
    let l = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgb(l(a.r(), b.r()), l(a.g(), b.g()), l(a.b(), b.b()))
}

fn frame_accent(ctx: &ViewCtx, f: &FrameState) -> Color32 {
    if f.is_module() {
        return colours::MODULE;
    }
    if f.generator.is_some() {
        return palette::FOUND;
    }
    match ctx.timeline.program.codes.get(f.code as usize) {
        Some(c) if matches!(c.kind, CodeKind::Class) => colours::CLASS,
        _ => palette::OCCUPIED,
    }
}

/// The line a frame is at: its current line, or its `def` line before its first line ran.
fn frame_line(ctx: &ViewCtx, f: &FrameState) -> u32 {
    if f.line > 0 {
        return f.line;
    }
    ctx.timeline
        .program
        .codes
        .get(f.code as usize)
        .map_or(0, |c| c.first_line)
}

fn stack_column(ui: &mut egui::Ui, ctx: &ViewCtx, focus: Focus, anchors: &mut Anchors) {
    let n = ctx.state.frames.len();
    heading(
        ui,
        &format!("call stack ({n} frame{})", if n == 1 { "" } else { "s" }),
    );
    if ctx.state.frames.is_empty() {
        ui.label(
            RichText::new("empty: the program has finished")
                .size(BODY)
                .weak(),
        );
        return;
    }
    for (i, f) in ctx.state.frames.iter().enumerate().rev() {
        let on = focus.frame == Some(f.frame)
            || (focus.generator.is_some() && f.generator == focus.generator);
        if on && focus.arrives && i + 1 == n {
            // A pushed frame settles onto the stack.
            ui.add_space(18.0 * (1.0 - ctx.progress));
        }
        let rect = frame_card(ui, ctx, f, i, on, focus, anchors);
        anchors.frames.push((f.frame, rect));
        if i > 0 {
            ui.label(
                RichText::new("    called by the frame below")
                    .small()
                    .weak(),
            );
        }
    }
}

/// One frame card; returns its rect.
fn frame_card(
    ui: &mut egui::Ui,
    ctx: &ViewCtx,
    f: &FrameState,
    depth: usize,
    on: bool,
    focus: Focus,
    anchors: &mut Anchors,
) -> Rect {
    let strings = &ctx.timeline.trace.strings;
    let name = frame_name(ctx.timeline, f.name, f.code);
    let line = frame_line(ctx, f);
    let accent = frame_accent(ctx, f);
    let first_ref = anchors.refs.len();
    let first_gen_ref = anchors.gen_refs.len();
    let resp = card_frame(ui, accent, on, flash(ctx, on))
        .show(ui, |ui| {
            ui.set_min_width(220.0);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(short_name(&name))
                        .strong()
                        .size(TITLE)
                        .color(accent),
                );
                ui.label(RichText::new(format!("line {line}")).size(BODY).weak());
            });
            let locals: Vec<Binding> = if f.is_module() {
                ctx.state.globals.iter().cloned().collect()
            } else {
                f.locals.iter().cloned().collect()
            };
            if locals.is_empty() && f.cells.is_empty() {
                ui.label(RichText::new("no locals yet").size(BODY).weak());
            }
            let row_focus = focus.local.filter(|(fr, _)| *fr == f.frame).map(|(_, n)| n);
            let grid = LocalsGrid {
                strings,
                frame: f.frame,
                focus: row_focus,
                closures: &closure_links(ctx),
                generators: &generator_links(ctx),
            };
            grid.show(ui, &locals, anchors);
            for &c in &f.cells {
                let Some(cell) = ctx.state.cells.get(c as usize) else {
                    continue;
                };
                let hl = focus.cell == Some(c);
                let text = format!("{} -> cell #{c}", strings.get(cell.name));
                let mut rt = RichText::new(text)
                    .monospace()
                    .size(BODY)
                    .color(colours::CELL);
                if hl {
                    rt = rt.strong().color(palette::PROBING);
                }
                let r = ui.label(rt);
                anchors.refs.push((r.rect, c, hl));
            }
        })
        .response;
    // Arrows leave from the card's edge, level with their row.
    for r in &mut anchors.refs[first_ref..] {
        r.0.max.x = resp.rect.right();
    }
    for r in &mut anchors.gen_refs[first_gen_ref..] {
        r.0.max.x = resp.rect.right();
    }
    let label = if f.is_module() {
        format!("frame <module> line {line}")
    } else {
        format!("frame {} line {line}", short_name(&name))
    };
    let resp = ui.interact(
        resp.rect,
        ui.scope_id().with(("frame", f.frame)),
        Sense::hover(),
    );
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &label));
    let rect = resp.rect;
    resp.on_hover_ui(|ui| {
        ui.strong(&name);
        ui.label(format!(
            "frame #{} at depth {depth}, running code object #{} at line {line}",
            f.frame, f.code
        ));
        if f.is_module() {
            ui.label("The module's frame: its variables are the globals (STORE_NAME).");
        } else if f.generator.is_some() {
            ui.label(
                "A generator's frame: YIELD_VALUE takes it off the stack into the generator \
                 object; gen_send_ex2 pushes it back with its locals and instruction pointer.",
            );
        } else {
            ui.label(
                "A _PyInterpreterFrame pushed by _PyEval_EvalFrameDefault; its locals are \
                 fast slots (f_localsplus), read and written by LOAD_FAST / STORE_FAST.",
            );
        }
        if !f.cells.is_empty() {
            ui.label("Cells (cellvars, then freevars) hold variables shared with closures.");
        }
    });
    rect
}

/// Which cells each closure-holding function keeps: (the function's repr, cell). A local
/// bound to that function points at those cells.
fn closure_links(ctx: &ViewCtx) -> Vec<(crate::trace::StrId, u32)> {
    ctx.state
        .cells
        .iter()
        .flat_map(|c| c.closures.iter().map(move |&f| (f, c.cell)))
        .collect()
}

/// Each live generator by its repr: a local bound to it points at its card.
fn generator_links(ctx: &ViewCtx) -> Vec<(crate::trace::StrId, u32)> {
    ctx.state
        .generators
        .iter()
        .filter(|g| g.repr != NO_STR)
        .map(|g| (g.repr, g.generator))
        .collect()
}

struct LocalsGrid<'a> {
    strings: &'a Strings,
    frame: u32,
    /// The local the current event binds.
    focus: Option<crate::trace::StrId>,
    closures: &'a [(crate::trace::StrId, u32)],
    generators: &'a [(crate::trace::StrId, u32)],
}

impl LocalsGrid<'_> {
    fn show(&self, ui: &mut egui::Ui, locals: &[Binding], anchors: &mut Anchors) {
        if locals.is_empty() {
            return;
        }
        egui::Grid::new(("locals", self.frame))
            .num_columns(2)
            .spacing(vec2(14.0, 3.0))
            .show(ui, |ui| {
                for b in locals {
                    let hl = self.focus == Some(b.name);
                    let mut n = RichText::new(self.strings.get(b.name))
                        .monospace()
                        .size(BODY);
                    let value = self.strings.get(b.value);
                    let mut v = RichText::new(cut(&value)).monospace().size(BODY);
                    if hl {
                        n = n.color(palette::PROBING).strong();
                        v = v.color(palette::PROBING).strong();
                    }
                    ui.label(n);
                    let r = ui.label(v);
                    let hl = self.focus == Some(b.name);
                    for &(f, cell) in self.closures {
                        if f == b.value {
                            anchors.refs.push((r.rect, cell, hl));
                        }
                    }
                    for &(g, generator) in self.generators {
                        if g == b.value {
                            anchors.gen_refs.push((r.rect, generator, hl));
                        }
                    }
                    if cut(&value) != value {
                        r.on_hover_text(value.as_ref());
                    }
                    ui.end_row();
                }
            });
    }
}

fn generators_column(ui: &mut egui::Ui, ctx: &ViewCtx, focus: Focus, anchors: &mut Anchors) {
    let gens: Vec<&GeneratorState> = ctx
        .state
        .generators
        .iter()
        .filter(|g| g.name != NO_STR)
        .collect();
    heading(ui, &format!("generators ({})", gens.len()));
    if gens.is_empty() {
        ui.label(RichText::new("none yet").size(BODY).weak());
        return;
    }
    // Live ones first, then the finished ones; newest first within each.
    let mut shown: Vec<&GeneratorState> = gens
        .iter()
        .rev()
        .filter(|g| g.phase != GenPhase::Closed)
        .copied()
        .collect();
    shown.extend(
        gens.iter()
            .rev()
            .filter(|g| g.phase == GenPhase::Closed)
            .copied(),
    );
    let hidden = shown.len().saturating_sub(MAX_GENERATORS);
    shown.truncate(MAX_GENERATORS);
    for g in shown {
        let on = focus.generator == Some(g.generator);
        if on && focus.arrives {
            ui.add_space(24.0 * (1.0 - ctx.progress));
        }
        generator_card(ui, ctx, g, on, focus, anchors);
        ui.add_space(8.0);
    }
    if hidden > 0 {
        ui.label(RichText::new(format!("… and {hidden} older generators")).weak());
    }
}

fn generator_card(
    ui: &mut egui::Ui,
    ctx: &ViewCtx,
    g: &GeneratorState,
    on: bool,
    focus: Focus,
    anchors: &mut Anchors,
) {
    let strings = &ctx.timeline.trace.strings;
    let name = frame_name(ctx.timeline, g.name, g.code);
    let short = short_name(&name).to_string();
    let first = ctx
        .timeline
        .program
        .codes
        .get(g.code as usize)
        .map_or(0, |c| c.first_line);
    let (status, label) = match g.phase {
        GenPhase::Created => (
            format!("not started: its body runs from line {first} on the first next()"),
            format!("generator {short} created"),
        ),
        GenPhase::Suspended => (
            format!("resumes at line {}", g.resume_line),
            format!(
                "generator {short} suspended, resumes at line {}",
                g.resume_line
            ),
        ),
        GenPhase::Running => (
            "running: its frame is on the stack".to_string(),
            format!("generator {short} running"),
        ),
        GenPhase::Closed => (
            "finished: its frame is gone".to_string(),
            format!("generator {short} closed"),
        ),
    };
    let accent = if g.phase == GenPhase::Closed {
        colours::MODULE
    } else {
        palette::FOUND
    };
    let resp = card_frame(ui, accent, on, flash(ctx, on))
        .show(ui, |ui| {
            ui.set_min_width(230.0);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("generator {short}"))
                        .strong()
                        .size(TITLE)
                        .color(accent),
                );
                ui.label(RichText::new(format!("#{}", g.generator)).size(BODY).weak());
            });
            ui.label(RichText::new(g.phase.name()).monospace().size(BODY));
            ui.label(RichText::new(&status).size(BODY));
            if g.phase == GenPhase::Suspended && g.yielded != NO_STR {
                ui.label(
                    RichText::new(format!(
                        "last yield handed out {} · {} on its value stack",
                        cut(&strings.get(g.yielded)),
                        g.stack
                    ))
                    .size(BODY)
                    .weak(),
                );
            }
            if let Some(f) = &g.parked {
                ui.add_space(4.0);
                ui.label(RichText::new("parked frame (gi_frame):").small().weak());
                frame_card(ui, ctx, f, 0, false, focus, anchors);
            }
        })
        .response;
    let resp = ui.interact(
        resp.rect,
        ui.scope_id().with(("generator", g.generator)),
        Sense::hover(),
    );
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &label));
    if g.phase == GenPhase::Running {
        anchors.running.push((resp.rect, g.frame));
    }
    anchors.generators.push((g.generator, resp.rect));
    resp.on_hover_ui(|ui| {
        ui.strong(format!("generator object {name} (#{})", g.generator));
        ui.label(format!(
            "inspect.getgeneratorstate() = {}; yielded {} time(s).",
            g.phase.name(),
            g.yields
        ));
        ui.label(
            "A PyGenObject owns its frame. YIELD_VALUE parks the frame here with its value \
             stack and instruction pointer; gen_send_ex2 (next, send, throw) pushes it back.",
        );
    });
}

fn cells_column(ui: &mut egui::Ui, ctx: &ViewCtx, focus: Focus, anchors: &mut Anchors) {
    let cells: Vec<&CellState> = ctx
        .state
        .cells
        .iter()
        .filter(|c| c.name != NO_STR)
        .collect();
    heading(ui, &format!("cells ({})", cells.len()));
    if cells.is_empty() {
        ui.label(RichText::new("none yet").size(BODY).weak());
        return;
    }
    let hidden = cells.len().saturating_sub(MAX_CELLS);
    if hidden > 0 {
        ui.label(RichText::new(format!("{hidden} older cells not drawn")).weak());
    }
    for c in cells.into_iter().skip(hidden) {
        let on = focus.cell == Some(c.cell);
        cell_box(ui, ctx, c, on, anchors);
        ui.add_space(10.0);
    }
}

fn cell_box(ui: &mut egui::Ui, ctx: &ViewCtx, c: &CellState, on: bool, anchors: &mut Anchors) {
    let strings = &ctx.timeline.trace.strings;
    let name = strings.get(c.name).into_owned();
    let value = if c.value == NO_STR {
        "<empty>".to_string()
    } else {
        strings.get(c.value).into_owned()
    };
    let owner = if c.owner_name == NO_STR && c.owner != 0 {
        None
    } else {
        Some(frame_name(ctx.timeline, c.owner_name, 0))
    };
    let mut closures: Vec<String> = Vec::new();
    for &f in c.closures.iter() {
        let n = function_name(&strings.get(f)).to_string();
        if !closures.contains(&n) {
            closures.push(n);
        }
    }
    let resp = card_frame(ui, colours::CELL, on, flash(ctx, on))
        .show(ui, |ui| {
            ui.set_min_width(180.0);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("cell #{}", c.cell))
                        .strong()
                        .size(TITLE)
                        .color(colours::CELL),
                );
                ui.label(RichText::new(format!("'{name}'")).monospace().size(BODY));
            });
            let mut v = RichText::new(format!("cell_contents = {}", cut(&value)))
                .monospace()
                .size(BODY);
            if on {
                v = v.strong().color(palette::PROBING);
            }
            ui.label(v);
            if !closures.is_empty() {
                ui.label(
                    RichText::new(format!("in __closure__ of {}", closures.join(", ")))
                        .size(BODY)
                        .weak(),
                );
            }
        })
        .response;
    let label = format!("cell {name} = {value}");
    let resp = ui.interact(
        resp.rect,
        ui.scope_id().with(("cell", c.cell)),
        Sense::hover(),
    );
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &label));
    anchors.cells.push((c.cell, resp.rect));
    let holders: Vec<String> = ctx
        .state
        .frames_holding(c.cell)
        .iter()
        .map(|f| frame_name(ctx.timeline, f.name, f.code))
        .collect();
    resp.on_hover_ui(|ui| {
        ui.strong(format!("cell #{} for '{name}' (a PyCellObject)", c.cell));
        ui.label(format!("cell_contents: {value}"));
        if let Some(o) = &owner {
            ui.label(format!("made by MAKE_CELL in {o}'s frame"));
        }
        if !closures.is_empty() {
            ui.label(format!(
                "kept in the __closure__ of: {}",
                closures.join(", ")
            ));
        }
        if !holders.is_empty() {
            ui.label(format!("frames that reach it now: {}", holders.join(", ")));
        }
        ui.label(format!("{} write(s) through STORE_DEREF so far", c.writes));
    });
}

fn arrows(ui: &egui::Ui, a: &Anchors) {
    let painter = ui.painter();
    for &(from, cell, hl) in &a.refs {
        let Some(&(_, to)) = a.cells.iter().find(|(c, _)| *c == cell) else {
            continue;
        };
        let colour = if hl { palette::PROBING } else { colours::CELL };
        let width = if hl { 3.0 } else { 1.8 };
        link(
            painter,
            from.right_center(),
            to,
            to.height() / 2.0,
            Stroke::new(width, colour),
        );
    }
    // A variable bound to a generator object points at its card.
    for &(from, generator, hl) in &a.gen_refs {
        let Some(&(_, to)) = a.generators.iter().find(|(g, _)| *g == generator) else {
            continue;
        };
        let colour = if hl { palette::PROBING } else { palette::FOUND };
        link(
            painter,
            from.right_center(),
            to,
            22.0,
            Stroke::new(if hl { 3.0 } else { 2.0 }, colour),
        );
    }
    // A running generator points at its frame on the stack.
    for &(card, frame) in &a.running {
        let Some(&(_, to)) = a.frames.iter().find(|(f, _)| *f == frame) else {
            continue;
        };
        let stroke = Stroke::new(2.0, palette::FOUND.gamma_multiply(0.9));
        if to.right() <= card.left() + 1.0 {
            curve(painter, card.left_center(), to.right_center(), stroke);
        } else {
            around(painter, card.right_center(), to.right_center(), stroke);
        }
    }
}

/// An arrow from `a` to the box `to`, `dy` below its top: into its left side when it is
/// to the right, else around the right into its right side.
fn link(painter: &egui::Painter, a: Pos2, to: Rect, dy: f32, stroke: Stroke) {
    let y = to.top() + dy;
    if to.left() >= a.x - 1.0 {
        curve(painter, a, Pos2::new(to.left(), y), stroke);
    } else {
        around(painter, a, Pos2::new(to.right(), y), stroke);
    }
}

/// A curved arrow leaving `a` to the right and coming back left into `b`.
fn around(painter: &egui::Painter, a: Pos2, b: Pos2, stroke: Stroke) {
    let x = a.x.max(b.x) + 40.0 + (b.y - a.y).abs().min(400.0) * 0.08;
    let c1 = Pos2::new(x, a.y);
    let c2 = Pos2::new(x, b.y);
    head(painter, [a, c1, c2, b], stroke);
}

/// A curved arrow from `a` to `b` with a head at `b`.
fn curve(painter: &egui::Painter, a: Pos2, b: Pos2, stroke: Stroke) {
    let dx = ((b.x - a.x).abs() * 0.5).max(30.0);
    let (c1, c2) = if b.x >= a.x {
        (a + vec2(dx, 0.0), b - vec2(dx, 0.0))
    } else {
        (a - vec2(dx, 0.0), b + vec2(dx, 0.0))
    };
    head(painter, [a, c1, c2, b], stroke);
}

/// Draws the cubic curve through `p` with an arrowhead at its end.
fn head(painter: &egui::Painter, p: [Pos2; 4], stroke: Stroke) {
    let [_, _, c2, b] = p;
    painter.add(CubicBezierShape::from_points_stroke(
        p,
        false,
        Color32::TRANSPARENT,
        stroke,
    ));
    let dir: Vec2 = (b - c2).normalized();
    let side = vec2(-dir.y, dir.x);
    let size = 6.0 + stroke.width;
    painter.add(Shape::convex_polygon(
        vec![
            b,
            b - dir * size + side * size * 0.6,
            b - dir * size - side * size * 0.6,
        ],
        stroke.color,
        Stroke::NONE,
    ));
}
