//! The thread timeline: one lane per thread over virtual time — running with the GIL,
//! runnable and waiting for it, blocked (sleep, lock, join, queue, event) — with the GIL
//! drawn as a token passing between lanes, drop requests, timeouts and forced drops
//! marked, and a playhead at the current step (each lane says which line its thread is
//! at). The wheel zooms (from the whole run down to single instructions), dragging pans,
//! a click moves the playhead there. A stats panel gives the handoffs, each thread's CPU
//! share, a histogram of GIL waits and the latency of each blocking call; the settings
//! run the program again with another wake policy or as free-threaded 3.13t.
//!
//! Lanes are built once per trace (`trace::threads::Lanes`); each frame only draws the
//! visible slices, at most one rectangle per pixel column per lane, so a run of 100,000
//! slices stays within the frame budget (`benches/frame.rs`).

use super::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, pos2, vec2};
use super::views::{View, ViewCtx};
use crate::models::gil::{Mode, WakePolicy};
use crate::trace::threads::{BlockKind, Lanes, MarkKind, SliceKind, human_ns};
use crate::vm::threads::ThreadOptions;

/// Colours of the timeline.
pub mod colours {
    use super::Color32;
    pub const RUNNING: Color32 = Color32::from_rgb(0x3c, 0xb3, 0x71);
    pub const WAITING: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x20);
    pub const SLEEP: Color32 = Color32::from_rgb(0x4a, 0x7f, 0xc8);
    pub const LOCK: Color32 = Color32::from_rgb(0xb0, 0x5c, 0xd0);
    pub const JOIN: Color32 = Color32::from_rgb(0x70, 0x78, 0x88);
    pub const QUEUE: Color32 = Color32::from_rgb(0x2a, 0xa8, 0xc8);
    pub const REQUEST: Color32 = Color32::from_rgb(0xd9, 0x48, 0x48);
    pub const TOKEN: Color32 = Color32::from_rgb(0xf0, 0xd0, 0x40);
    pub const PLAYHEAD: Color32 = Color32::from_rgb(0xff, 0xff, 0xff);
}

fn slice_colour(k: SliceKind) -> Color32 {
    match k {
        SliceKind::Running => colours::RUNNING,
        SliceKind::WaitingGil => colours::WAITING,
        SliceKind::Blocked(BlockKind::Sleep) => colours::SLEEP,
        SliceKind::Blocked(BlockKind::Lock) => colours::LOCK,
        SliceKind::Blocked(BlockKind::Queue | BlockKind::Event) => colours::QUEUE,
        SliceKind::Blocked(BlockKind::Join | BlockKind::Start) => colours::JOIN,
    }
}

fn slice_label(k: SliceKind) -> String {
    match k {
        SliceKind::Running => "running, holds the GIL".into(),
        SliceKind::WaitingGil => "runnable, waiting for the GIL".into(),
        SliceKind::Blocked(b) => format!("blocked in {} (GIL released)", b.label()),
    }
}

const LANE_H: f32 = 34.0;
const NAME_W: f32 = 170.0;
const AXIS_H: f32 = 22.0;
const TOKEN_H: f32 = 14.0;

/// The timeline view: its cached lanes and where the user looks.
pub struct TimelineView {
    /// The lanes of the trace they were built from (by its length and first event).
    cache: Option<((usize, bool), Lanes)>,
    /// Visible time window [t0, t1) in ns; `None` shows the whole run.
    window: Option<(f64, f64)>,
    /// Where the user clicked: the event to move the playhead to.
    seek: Option<usize>,
    /// The settings the user picked, to run the program again with.
    pub options: ThreadOptions,
    rerun: bool,
    pub show_stats: bool,
    /// Whether the trace (by length) has thread events.
    applies_cache: std::cell::Cell<Option<(usize, bool)>>,
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView {
            cache: None,
            window: None,
            seek: None,
            options: ThreadOptions::default(),
            rerun: false,
            show_stats: true,
            applies_cache: std::cell::Cell::new(None),
        }
    }
}

impl TimelineView {
    fn lanes(&mut self, ctx: &ViewCtx) {
        let free = matches!(ctx.threads.mode, Mode::FreeThreaded { .. });
        let key = (ctx.timeline.trace.events.len(), free);
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut l = Lanes::build(&ctx.timeline.trace);
            l.free_threaded = free;
            self.cache = Some((key, l));
            self.window = None;
        }
    }

    fn settings_ui(&mut self, ui: &mut egui::Ui, current: ThreadOptions) {
        if !self.rerun {
            self.options = current;
        }
        ui.horizontal_wrapped(|ui| {
            let before = self.options;
            let mut free = matches!(self.options.mode, Mode::FreeThreaded { .. });
            ui.checkbox(&mut free, "Free-threaded (3.13t, no GIL)")
                .on_hover_text("Run the same program as a free-threaded CPython 3.13t build: no GIL, the threads run in parallel on simulated cores. Not CPython 3.11.");
            let mut cores = match self.options.mode {
                Mode::FreeThreaded { cores } => cores,
                Mode::Gil => 4,
            };
            if free {
                ui.add(egui::Slider::new(&mut cores, 1..=8).text("cores"));
            }
            self.options.mode = if free {
                Mode::FreeThreaded { cores }
            } else {
                Mode::Gil
            };
            egui::ComboBox::from_label("Wake policy")
                .selected_text(self.options.policy.label())
                .show_ui(ui, |ui| {
                    for p in WakePolicy::ALL {
                        ui.selectable_value(&mut self.options.policy, p, p.label());
                    }
                })
                .response
                .on_hover_text("Which waiting thread drop_gil's COND_SIGNAL wakes: the operating system decides; pyxray makes it a setting.");
            if self.options.policy == WakePolicy::Random {
                let mut seed = self.options.seed as u32;
                ui.add(egui::DragValue::new(&mut seed).prefix("seed "));
                self.options.seed = seed as u64;
            }
            if self.options != before {
                self.rerun = true;
            }
            if ui.button("Zoom to fit").clicked() {
                self.window = None;
            }
        });
    }

    fn stats_ui(&self, ui: &mut egui::Ui, lanes: &Lanes) {
        let secs = lanes.end as f64 / 1e9;
        let per_s = if secs > 0.0 {
            lanes.handoffs.len() as f64 / secs
        } else {
            0.0
        };
        ui.label(format!(
            "GIL handoffs: {} in {} ({per_s:.0} per second)",
            lanes.handoffs.len(),
            human_ns(lanes.end)
        ));
        let shares = lanes.cpu_share();
        egui::Grid::new("cpu-share").striped(true).show(ui, |ui| {
            ui.strong("thread");
            ui.strong("CPU share");
            ui.strong("running");
            ui.strong("waiting for the GIL");
            ui.strong("blocked");
            ui.end_row();
            for (lane, share) in lanes.lanes.iter().zip(shares) {
                ui.label(&lane.name);
                ui.label(format!("{:.1} %", share * 100.0));
                ui.label(human_ns(lane.running));
                ui.label(human_ns(lane.waiting));
                ui.label(human_ns(lane.blocked));
                ui.end_row();
            }
        });
        let hist = lanes.wait_histogram();
        if !lanes.gil_waits.is_empty() {
            ui.label(format!("GIL waits ({}), by length:", lanes.gil_waits.len()));
            let max = hist.iter().map(|b| b.1).max().unwrap_or(1).max(1);
            for (bound, n) in hist {
                ui.horizontal(|ui| {
                    ui.add_sized(
                        vec2(90.0, 14.0),
                        egui::Label::new(format!("<= {}", human_ns(bound * 1000))),
                    );
                    let (r, _) = ui.allocate_exact_size(vec2(200.0, 12.0), Sense::hover());
                    let w = 200.0 * n as f32 / max as f32;
                    ui.painter().rect_filled(
                        Rect::from_min_size(r.min, vec2(w, 12.0)),
                        2.0,
                        colours::WAITING,
                    );
                    ui.label(n.to_string());
                });
            }
        }
        if !lanes.blocking.is_empty() {
            ui.label(format!(
                "Blocking calls ({}): from the call until the thread held the GIL again",
                lanes.blocking.len()
            ));
            egui::Grid::new("blocking").striped(true).show(ui, |ui| {
                ui.strong("thread");
                ui.strong("call");
                ui.strong("at");
                ui.strong("blocked");
                ui.strong("latency");
                ui.end_row();
                for b in lanes.blocking.iter().take(40) {
                    let name = lanes.lanes.get(b.lane).map_or("?", |l| l.name.as_str());
                    ui.label(name);
                    ui.label(b.kind.label());
                    ui.label(human_ns(b.start));
                    ui.label(human_ns(b.blocked));
                    ui.label(human_ns(b.latency));
                    ui.end_row();
                }
            });
            if lanes.blocking.len() > 40 {
                ui.label(format!("… and {} more", lanes.blocking.len() - 40));
            }
        }
    }
}

/// A tick step for the axis: 1, 2 or 5 times a power of ten ns, about `target` ns.
fn tick_step(target: f64) -> f64 {
    let p = 10f64.powf(target.max(1.0).log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if p * m >= target {
            return p * m;
        }
    }
    p * 10.0
}

/// Draws the lanes in `rect` for the window `[t0, t1)`; returns the hovered slice's text.
#[allow(clippy::too_many_arguments)]
pub fn draw_lanes(
    painter: &egui::Painter,
    rect: Rect,
    lanes: &Lanes,
    t0: f64,
    t1: f64,
    playhead: u64,
    hover: Option<Pos2>,
    lines: &[u32],
) -> Option<String> {
    let span = (t1 - t0).max(1.0);
    let x_of = |t: f64| rect.left() + ((t - t0) / span) as f32 * rect.width();
    let top = rect.top() + AXIS_H + TOKEN_H + 4.0;
    let mut hovered = None;
    // Axis.
    let step = tick_step(span / 8.0);
    let mut t = (t0 / step).floor() * step;
    while t < t1 {
        let x = x_of(t);
        if x >= rect.left() {
            painter.line_segment(
                [pos2(x, rect.top() + AXIS_H - 4.0), pos2(x, rect.bottom())],
                Stroke::new(1.0, Color32::from_gray(60)),
            );
            painter.text(
                pos2(x + 2.0, rect.top() + 2.0),
                Align2::LEFT_TOP,
                human_ns(t.max(0.0) as u64),
                FontId::monospace(11.0),
                Color32::from_gray(170),
            );
        }
        t += step;
    }
    // The GIL token: who holds it, as a band above the lanes (GIL mode only).
    if !lanes.free_threaded {
        let band = Rect::from_min_max(
            pos2(rect.left(), rect.top() + AXIS_H),
            pos2(rect.right(), rect.top() + AXIS_H + TOKEN_H),
        );
        painter.text(
            pos2(rect.left() + 2.0, band.center().y),
            Align2::LEFT_CENTER,
            "GIL",
            FontId::monospace(10.0),
            Color32::from_gray(200),
        );
        for (i, lane) in lanes.lanes.iter().enumerate() {
            let y = top + i as f32 * LANE_H;
            draw_slices(painter, lane, t0, t1, &x_of, |s| {
                (s.kind == SliceKind::Running).then_some((
                    Rect::from_min_max(pos2(0.0, band.top()), pos2(0.0, band.bottom())),
                    lane_colour(i),
                ))
            });
            let _ = y;
        }
        // Handoffs: the token passes from one lane to another.
        let mut last_x = f32::NEG_INFINITY;
        let first = lanes.handoffs.partition_point(|h| (h.0 as f64) < t0);
        for &(at, from, to, _) in &lanes.handoffs[first..] {
            if at as f64 > t1 {
                break;
            }
            let x = x_of(at as f64);
            if x - last_x < 3.0 {
                continue;
            }
            last_x = x;
            let y0 = top + from as f32 * LANE_H + LANE_H / 2.0;
            let y1 = top + to as f32 * LANE_H + LANE_H / 2.0;
            painter.line_segment([pos2(x, y0), pos2(x, y1)], Stroke::new(1.5, colours::TOKEN));
            painter.circle_filled(pos2(x, y1), 3.0, colours::TOKEN);
        }
    }
    for (i, lane) in lanes.lanes.iter().enumerate() {
        let y = top + i as f32 * LANE_H;
        let lane_rect = Rect::from_min_max(
            pos2(rect.left(), y + 4.0),
            pos2(rect.right(), y + LANE_H - 4.0),
        );
        painter.rect_filled(lane_rect, 2.0, Color32::from_gray(38));
        draw_slices(painter, lane, t0, t1, &x_of, |s| {
            Some((lane_rect, slice_colour(s.kind)))
        });
        if let Some(h) = hover
            && lane_rect.contains(h)
        {
            let t = t0 + ((h.x - rect.left()) / rect.width()) as f64 * span;
            let k = lane.slices.partition_point(|s| (s.end as f64) <= t);
            if let Some(s) = lane.slices.get(k)
                && (s.start as f64) <= t
            {
                hovered = Some(format!(
                    "{}: {} from {} for {}",
                    lane.name,
                    slice_label(s.kind),
                    human_ns(s.start),
                    human_ns(s.end - s.start)
                ));
            }
        }
        if let Some(&line) = lines.get(i)
            && line > 0
        {
            let x = x_of(playhead as f64).clamp(rect.left(), rect.right() - 60.0);
            painter.text(
                pos2(x + 4.0, y + LANE_H / 2.0),
                Align2::LEFT_CENTER,
                format!("line {line}"),
                FontId::monospace(11.0),
                Color32::WHITE,
            );
        }
    }
    // Marks: drop requests, timeouts, forced drops.
    let first = lanes.marks.partition_point(|m| (m.at as f64) < t0);
    let mut last_x = f32::NEG_INFINITY;
    for m in &lanes.marks[first..] {
        if m.at as f64 > t1 {
            break;
        }
        let x = x_of(m.at as f64);
        if x - last_x < 2.0 {
            continue;
        }
        last_x = x;
        let y = top + m.lane as f32 * LANE_H;
        match m.kind {
            MarkKind::DropRequest => {
                let p = pos2(x, y + 4.0);
                painter.add(egui::Shape::convex_polygon(
                    vec![p, p + vec2(-5.0, -7.0), p + vec2(5.0, -7.0)],
                    colours::REQUEST,
                    Stroke::NONE,
                ));
            }
            MarkKind::Timeout => {
                painter.line_segment(
                    [pos2(x, y + 2.0), pos2(x, y + 9.0)],
                    Stroke::new(2.0, colours::WAITING),
                );
            }
            MarkKind::ForcedDrop => {
                painter.line_segment(
                    [pos2(x, y + 4.0), pos2(x, y + LANE_H - 4.0)],
                    Stroke::new(2.0, colours::REQUEST),
                );
            }
        }
    }
    // The playhead.
    let px = x_of(playhead as f64);
    if px >= rect.left() && px <= rect.right() {
        painter.line_segment(
            [pos2(px, rect.top() + AXIS_H), pos2(px, rect.bottom())],
            Stroke::new(1.5, colours::PLAYHEAD),
        );
    }
    hovered
}

fn lane_colour(i: usize) -> Color32 {
    const C: [Color32; 6] = [
        Color32::from_rgb(0x3c, 0xb3, 0x71),
        Color32::from_rgb(0x4a, 0x7f, 0xc8),
        Color32::from_rgb(0xd0, 0x7a, 0x3c),
        Color32::from_rgb(0xb0, 0x5c, 0xd0),
        Color32::from_rgb(0x2a, 0xa8, 0xc8),
        Color32::from_rgb(0xc8, 0x4a, 0x7f),
    ];
    C[i % C.len()]
}

/// Draws a lane's visible slices, at most one rectangle per pixel column: a slice that
/// would fall inside a column already drawn is skipped (a running slice wins its column).
fn draw_slices(
    painter: &egui::Painter,
    lane: &crate::trace::threads::Lane,
    t0: f64,
    t1: f64,
    x_of: &dyn Fn(f64) -> f32,
    style: impl Fn(&crate::trace::threads::Slice) -> Option<(Rect, Color32)>,
) {
    let first = lane.slices.partition_point(|s| (s.end as f64) < t0);
    let mut drawn_to = f32::NEG_INFINITY;
    for s in &lane.slices[first..] {
        if s.start as f64 > t1 {
            break;
        }
        let Some((band, colour)) = style(s) else {
            continue;
        };
        let x0 = x_of(s.start as f64).max(band.left().min(x_of(t0)));
        let x1 = x_of(s.end as f64);
        let x0 = x0.floor();
        let x1 = x1.max(x0 + 1.0);
        if x1 <= drawn_to {
            continue;
        }
        let from = x0.max(drawn_to);
        painter.rect_filled(
            Rect::from_min_max(pos2(from, band.top()), pos2(x1, band.bottom())),
            0.0,
            colour,
        );
        drawn_to = x1;
    }
}

impl View for TimelineView {
    fn id(&self) -> &'static str {
        "threads"
    }

    fn title(&self) -> &'static str {
        "Threads and the GIL"
    }

    fn applies(&self, ctx: &ViewCtx) -> bool {
        let key = ctx.timeline.trace.events.len();
        if let Some((k, has)) = self.applies_cache.get()
            && k == key
        {
            return has;
        }
        let has = Lanes::has_threads(&ctx.timeline.trace);
        self.applies_cache.set(Some((key, has)));
        has
    }

    fn concerns(&self, ctx: &ViewCtx) -> bool {
        matches!(
            ctx.timeline.trace.events.get(ctx.pos),
            Some(crate::trace::Event::Thread { ev, .. })
                if !matches!(ev, crate::trace::threads::ThreadEv::Clock)
        )
    }

    fn take_seek(&mut self) -> Option<usize> {
        self.seek.take()
    }

    fn take_rerun(&mut self) -> Option<ThreadOptions> {
        std::mem::take(&mut self.rerun).then_some(self.options)
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx) {
        let free = matches!(ctx.threads.mode, Mode::FreeThreaded { .. });
        self.settings_ui(ui, ctx.threads);
        if free {
            ui.colored_label(
                colours::WAITING,
                "Free-threaded 3.13t (no GIL) — a comparison, not what CPython 3.11 does",
            );
        } else {
            ui.label("CPython 3.11: one GIL (Python/ceval_gil.h)");
        }
        self.lanes(ctx);
        let Some((key, lanes)) = self.cache.take() else {
            return;
        };
        self.lanes_ui(ui, ctx, &lanes);
        self.cache = Some((key, lanes));
    }
}

impl TimelineView {
    fn lanes_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx, lanes: &Lanes) {
        let playhead = lanes.time_at(ctx.pos);
        ui.label(format!("time {}", human_ns(playhead)));
        let (mut t0, mut t1) = self.window.unwrap_or((0.0, lanes.end.max(1) as f64 * 1.02));
        // Lane names are widgets (accessible), drawn beside the canvas.
        let h = AXIS_H + TOKEN_H + 4.0 + lanes.lanes.len() as f32 * LANE_H + 6.0;
        let lines: Vec<u32> = (0..lanes.lanes.len() as u32)
            .map(|tid| ctx.state.frames_of(tid).back().map_or(0, |f| f.line))
            .collect();
        let mut hovered = None;
        ui.horizontal(|ui| {
            ui.vertical(|ui| {
                ui.set_width(NAME_W);
                ui.add_space(AXIS_H + TOKEN_H + 4.0);
                for (i, lane) in lanes.lanes.iter().enumerate() {
                    let (r, resp) = ui.allocate_exact_size(vec2(NAME_W, LANE_H), Sense::hover());
                    ui.painter().text(
                        r.left_center(),
                        Align2::LEFT_CENTER,
                        &lane.name,
                        FontId::proportional(13.0),
                        lane_colour(i),
                    );
                    resp.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Label,
                            true,
                            format!("lane {}", lane.name),
                        )
                    });
                }
            });
            let w = ui.available_width().max(200.0);
            let (resp, painter) = ui.allocate_painter(vec2(w, h), Sense::click_and_drag());
            let rect = resp.rect;
            painter.rect_filled(rect, 4.0, Color32::from_gray(24));
            // Zoom with the wheel about the pointer; drag to pan.
            if let Some(p) = resp.hover_pos() {
                let scroll = ui.input(|i| i.smooth_scroll_delta.y + i.smooth_scroll_delta.x);
                if scroll != 0.0 {
                    let f = (1.0 - scroll as f64 * 0.002).clamp(0.5, 2.0);
                    let at = t0 + ((p.x - rect.left()) / rect.width()) as f64 * (t1 - t0);
                    t0 = at - (at - t0) * f;
                    t1 = at + (t1 - at) * f;
                    // Down to a few instructions across the view; up to the whole run.
                    if t1 - t0 < 20.0 {
                        let mid = (t0 + t1) / 2.0;
                        t0 = mid - 10.0;
                        t1 = mid + 10.0;
                    }
                    self.window = Some((t0.max(-(t1 - t0) * 0.1), t1));
                }
            }
            if resp.dragged() {
                let dx = resp.drag_delta().x as f64 / rect.width() as f64 * (t1 - t0);
                t0 -= dx;
                t1 -= dx;
                self.window = Some((t0, t1));
            }
            if resp.clicked()
                && let Some(p) = resp.interact_pointer_pos()
            {
                let t = t0 + ((p.x - rect.left()) / rect.width()) as f64 * (t1 - t0);
                self.seek = lanes.event_at_time(t.max(0.0) as u64);
            }
            hovered = draw_lanes(
                &painter,
                rect,
                lanes,
                t0,
                t1,
                playhead,
                resp.hover_pos(),
                &lines,
            );
            if let Some(text) = &hovered {
                resp.on_hover_text(text);
            }
        });
        ui.horizontal_wrapped(|ui| {
            for (c, what) in [
                (colours::RUNNING, "running (holds the GIL)"),
                (colours::WAITING, "waiting for the GIL"),
                (colours::SLEEP, "sleep"),
                (colours::LOCK, "lock"),
                (colours::QUEUE, "queue / event"),
                (colours::JOIN, "join / start"),
                (
                    colours::REQUEST,
                    "drop request (triangle), forced drop (bar)",
                ),
                (colours::TOKEN, "GIL handoff"),
            ] {
                let (r, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
                ui.painter().rect_filled(r, 2.0, c);
                ui.label(what);
            }
        });
        ui.checkbox(&mut self.show_stats, "Statistics");
        if self.show_stats {
            egui::ScrollArea::vertical()
                .id_salt("gil-stats")
                .show(ui, |ui| self.stats_ui(ui, lanes));
        }
    }
}
