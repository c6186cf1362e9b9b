//! The dict view: `dk_indices` as slots (one column for small tables, a wrapping grid for
//! big ones), the compact `dk_entries` table beside it with arrows from slots to entries,
//! the probe's path drawn as hops between slots, and — during a resize — the old entries
//! array draining into the new table. Drawn on a zoomable, pannable canvas (`egui::Scene`)
//! that paints only what is inside the visible rect, so 2^16-slot tables stay smooth.
//!
//! Reads a `DictSnapshot` and the event at the current step; never changes either.

use super::egui::{
    self, Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Shape, Stroke, StrokeKind, Vec2,
    epaint::CubicBezierShape, pos2, vec2,
};
use super::views::{View, ViewCtx};
use crate::models::dict::{
    DictEvent, DictSnapshot, SlotContent, SnapEntry, index_bytes, usable_fraction,
};
use crate::trace::{DictClass, Event};

/// Colours for slot states, consistent across the app.
pub mod palette {
    use super::Color32;
    pub const EMPTY: Color32 = Color32::from_rgb(0x3a, 0x3f, 0x4b);
    pub const DUMMY: Color32 = Color32::from_rgb(0x7a, 0x5c, 0x2e);
    pub const OCCUPIED: Color32 = Color32::from_rgb(0x2f, 0x6f, 0xb3);
    pub const PROBING: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x20);
    pub const FOUND: Color32 = Color32::from_rgb(0x3c, 0xb3, 0x71);
    pub const COLLISION: Color32 = Color32::from_rgb(0xd9, 0x48, 0x48);
    pub const LOW_BITS: Color32 = Color32::from_rgb(0xf0, 0xc0, 0x40);
}

const CELL: Vec2 = vec2(46.0, 40.0);
const GAP: f32 = 6.0;
const ROW_H: f32 = 26.0;
/// Room between the slots and the entries table for the arrows.
const ARROW_ROOM: f32 = 90.0;
const COLS: [(&str, f32); 5] = [
    ("#", 30.0),
    ("me_hash", 152.0),
    ("low bits", 118.0),
    ("me_key", 118.0),
    ("me_value", 96.0),
];
/// Tables up to this many slots get every slot → entry arrow; bigger ones only the arrows
/// of the slot under the probe and the slot under the pointer.
const ALL_ARROWS_UP_TO: usize = 64;

pub struct DictView {
    /// The dict the user picked (by trace number); `None` follows the one in focus.
    pub pinned: Option<u32>,
    /// The canvas's visible rect in scene coordinates (pan and zoom live here).
    scene_rect: Rect,
    /// The dict and table size `scene_rect` was fitted for; another one refits the canvas.
    fitted_for: Option<(u32, u8)>,
    /// Show the whole table on the next frame (the "Whole table" button).
    want_all: bool,
    /// Far zoomed out, the slots are drawn as one texture, a pixel per slot; it is rebuilt
    /// only when the step or the dict changes.
    overview: Option<(OverviewKey, egui::TextureHandle)>,
}

#[derive(Clone, Copy, PartialEq)]
struct OverviewKey {
    dict: u32,
    pos: usize,
    slots: usize,
}

impl DictView {
    /// Zooms out to the whole table on the next frame.
    pub fn zoom_to_all(&mut self) {
        self.want_all = true;
    }

    /// Shows this part of the canvas (scene coordinates; a slot is 46×40) — as the user's
    /// pan and zoom would; the benchmark uses it for the costliest zoom.
    pub fn look_at(&mut self, scene_rect: Rect) {
        self.scene_rect = scene_rect;
    }
}

impl Default for DictView {
    fn default() -> Self {
        DictView {
            pinned: None,
            scene_rect: Rect::NOTHING,
            fitted_for: None,
            want_all: false,
            overview: None,
        }
    }
}

/// Where everything sits on the canvas (scene coordinates, slots at the origin).
struct Geometry {
    slots: usize,
    cols: usize,
    entries_x: f32,
    entries: usize,
}

impl Geometry {
    fn new(s: &DictSnapshot) -> Self {
        let slots = s.indices.len();
        let cols = match slots {
            0..=16 => 1,
            17..=64 => 8,
            65..=1024 => 16,
            _ => 64,
        };
        let rows_w = cols as f32 * (CELL.x + GAP);
        Geometry {
            slots,
            cols,
            entries_x: rows_w + ARROW_ROOM,
            entries: s.entries.len(),
        }
    }

    fn rows(&self) -> usize {
        self.slots.div_ceil(self.cols)
    }

    fn slot_rect(&self, slot: usize) -> Rect {
        let (r, c) = (slot / self.cols, slot % self.cols);
        Rect::from_min_size(
            pos2(c as f32 * (CELL.x + GAP), r as f32 * (CELL.y + GAP)),
            CELL,
        )
    }

    fn table_width() -> f32 {
        COLS.iter().map(|c| c.1).sum()
    }

    fn entry_rect(&self, entry: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.entries_x, entry as f32 * ROW_H),
            vec2(Self::table_width(), ROW_H - 2.0),
        )
    }

    /// The old entries array, shown below the new one during a resize (the new one never
    /// gets more rows than the old one had, so nothing moves while entries move across).
    fn old_entry_rect(&self, entry: usize, old: usize) -> Rect {
        self.entry_rect(entry + old + 2)
    }

    fn bounds(&self, old: usize) -> Rect {
        let slots_h = self.rows() as f32 * (CELL.y + GAP);
        let table_h = if old > 0 {
            (2 * old + 2) as f32 * ROW_H
        } else {
            self.entries as f32 * ROW_H
        };
        let w = self.entries_x + Self::table_width();
        // Room on the left for the probe's hops in the one-column layout.
        Rect::from_min_max(
            pos2(-70.0, -76.0),
            pos2(w + 10.0, slots_h.max(table_h) + 10.0),
        )
    }

    /// Every slot on screen (the entries table beside them may run on below).
    fn all_slots(&self, old: usize) -> Rect {
        let b = self.bounds(old);
        let slots_h = self.rows() as f32 * (CELL.y + GAP);
        Rect::from_min_max(b.min, pos2(b.max.x, slots_h.max(ROW_H * 8.0)))
    }

    fn slot_at(&self, p: Pos2) -> Option<usize> {
        if p.x < 0.0 || p.y < 0.0 {
            return None;
        }
        let c = (p.x / (CELL.x + GAP)) as usize;
        let r = (p.y / (CELL.y + GAP)) as usize;
        let slot = r * self.cols + c;
        (c < self.cols && slot < self.slots && self.slot_rect(slot).contains(p)).then_some(slot)
    }

    fn entry_at(&self, p: Pos2) -> Option<usize> {
        if p.x < self.entries_x || p.x > self.entries_x + Self::table_width() || p.y < 0.0 {
            return None;
        }
        let e = (p.y / ROW_H) as usize;
        (e < self.entries).then_some(e)
    }

    /// Slot rows and columns inside `clip`, for culling.
    fn visible_slots(&self, clip: Rect) -> impl Iterator<Item = usize> + '_ {
        let pitch = CELL + vec2(GAP, GAP);
        let r0 = (clip.top() / pitch.y).floor().max(0.0) as usize;
        let r1 = ((clip.bottom() / pitch.y).ceil().max(0.0) as usize).min(self.rows());
        let c0 = (clip.left() / pitch.x).floor().max(0.0) as usize;
        let c1 = ((clip.right() / pitch.x).ceil().max(0.0) as usize).min(self.cols);
        (r0..r1)
            .flat_map(move |r| (c0..c1).map(move |c| r * self.cols + c))
            .filter(|&s| s < self.slots)
    }

    fn visible_rows(clip: Rect, n: usize) -> std::ops::Range<usize> {
        let a = (clip.top() / ROW_H).floor().max(0.0) as usize;
        let b = ((clip.bottom() / ROW_H).ceil().max(0.0) as usize).min(n);
        a.min(b)..b
    }
}

/// What the current step does to the dict on screen, for the animation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Motion {
    Still,
    /// The probe hops from one slot to the next (`perturb >>= 5; i = i*5 + perturb + 1`).
    Hop {
        from: u32,
        to: u32,
    },
    /// The probe landed on an occupied slot whose key is not the one sought.
    Collision {
        slot: u32,
    },
    /// A new entry slides into the entries table and its slot gets the index.
    NewEntry {
        slot: u32,
        entry: u32,
    },
    /// A slot became DUMMY.
    Tombstone {
        slot: u32,
    },
    /// A new (empty) table appeared.
    NewTable,
}

fn motion(ev: Option<&Event>) -> Motion {
    use DictEvent::*;
    match ev {
        Some(Event::Dict(d)) => match *d {
            ProbeNext { from, slot, .. } => Motion::Hop { from, to: slot },
            Probe {
                slot,
                content: SlotContent::Entry(_),
            } => Motion::Collision { slot },
            Inserted { slot, entry, .. } => Motion::NewEntry { slot, entry },
            Reinserted {
                slot, new_entry, ..
            } => Motion::NewEntry {
                slot,
                entry: new_entry,
            },
            Deleted { slot, .. } | Popped { slot, .. } => Motion::Tombstone { slot },
            ResizeBegin { .. } | Cleared => Motion::NewTable,
            _ => Motion::Still,
        },
        _ => Motion::Still,
    }
}

impl View for DictView {
    fn id(&self) -> &'static str {
        "dict"
    }

    fn title(&self) -> &'static str {
        "dict table"
    }

    fn applies(&self, ctx: &ViewCtx) -> bool {
        ctx.state.dicts.iter().any(Option::is_some)
    }

    fn concerns(&self, ctx: &ViewCtx) -> bool {
        matches!(
            ctx.timeline.trace.events.get(ctx.pos),
            Some(Event::Dict(_) | Event::DictNew { .. } | Event::Hash { .. })
        )
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx) {
        let dicts: Vec<u32> = ctx
            .state
            .dicts
            .iter()
            .enumerate()
            .filter(|(_, d)| d.is_some())
            .map(|(i, _)| i as u32)
            .collect();
        let shown = self
            .pinned
            .filter(|p| dicts.contains(p))
            .or(ctx.state.focus)
            .or(dicts.last().copied());
        ui.horizontal_wrapped(|ui| {
            ui.label("Dict:");
            for &d in &dicts {
                let name = dict_name(ctx, d);
                if ui.selectable_label(shown == Some(d), name).clicked() {
                    self.pinned = Some(d);
                }
            }
            if self.pinned.is_some() && ui.small_button("follow focus").clicked() {
                self.pinned = None;
            }
        });
        let Some(d) = shown else { return };
        let Some(Some(snap)) = ctx.state.dicts.get(d as usize) else {
            return;
        };
        // Only the dict the event concerns moves.
        let motion = if ctx.state.focus == Some(d) {
            motion(ctx.timeline.trace.events.get(ctx.pos).as_ref())
        } else {
            Motion::Still
        };
        ui.separator();
        let class = ctx
            .timeline
            .trace
            .dict_classes
            .get(d as usize)
            .copied()
            .unwrap_or_default();
        let class_label = class.label(&ctx.timeline.trace.strings);
        header(
            ui,
            snap,
            class,
            &class_label,
            motion == Motion::NewTable,
            ctx.progress,
        );
        if matches!(class, DictClass::OrderedDict | DictClass::UserOrdered(_)) {
            odict_list(ui, snap, &ctx.timeline.trace.strings);
        }
        probe_readout(ui, snap);
        let geo = Geometry::new(snap);
        let old_len = snap.old_entries().map_or(0, |o| o.len());
        let key = (d, snap.log2_size());
        let fit = self.fitted_for != Some(key);
        ui.horizontal(|ui| {
            ui.label(RichText::new("scroll to zoom, drag to pan").small().weak());
            if ui.small_button("Top").clicked() || fit {
                self.scene_rect = initial_rect(&geo, old_len);
                self.fitted_for = Some(key);
            }
            if ui.small_button("Whole table").clicked() || self.want_all {
                self.scene_rect = geo.all_slots(old_len);
                self.fitted_for = Some(key);
                self.want_all = false;
            }
        });
        let overview_key = OverviewKey {
            dict: d,
            pos: ctx.pos,
            slots: geo.slots,
        };
        let overview = &mut self.overview;
        egui::Scene::new()
            .zoom_range(0.01..=4.0)
            .show(ui, &mut self.scene_rect, |ui| {
                canvas(ui, snap, &geo, motion, ctx, overview, overview_key);
            });
    }
}

/// The first view of a table: all of a small one; the top of a big one at a readable zoom.
fn initial_rect(geo: &Geometry, old: usize) -> Rect {
    let all = geo.bounds(old);
    if geo.slots <= ALL_ARROWS_UP_TO {
        return all;
    }
    let h = all.height().min(all.width()).max(300.0);
    Rect::from_min_size(all.min, vec2(all.width(), h))
}

/// The global name last bound to dict `d`.
fn dict_name(ctx: &ViewCtx, d: u32) -> String {
    match ctx.state.dict_names.get(d as usize).copied().flatten() {
        Some(n) => ctx.timeline.trace.strings.get(n).into_owned(),
        None => format!("dict #{d}"),
    }
}

/// `sys.getsizeof(d)` as 3.11 computes it for a dict that owns its keys
/// (`_PyDict_SizeOf`: the object, plus the keys object's header, indices and entries).
fn getsizeof(s: &DictSnapshot) -> usize {
    if s.log2_size() == 0 {
        return 64;
    }
    let size = 1usize << s.log2_size();
    let entry_bytes = if s.kind_name() == "general" { 24 } else { 16 };
    64 + 32 + size * index_bytes(s.log2_size()) + usable_fraction(size) * entry_bytes
}

fn header(
    ui: &mut egui::Ui,
    s: &DictSnapshot,
    class: DictClass,
    class_label: &str,
    new_table: bool,
    progress: f32,
) {
    let size = 1usize << s.log2_size();
    let shared = s.log2_size() == 0;
    let load = if shared {
        0.0
    } else {
        s.used() as f32 / size as f32
    };
    // A new table flashes the numbers that changed with it.
    let flash = if new_table { 1.0 - progress } else { 0.0 };
    let accent = palette::PROBING.gamma_multiply(flash);
    ui.horizontal_wrapped(|ui| {
        let kv = |ui: &mut egui::Ui, k: &str, v: String, hot: bool| {
            ui.label(RichText::new(k).weak());
            let mut t = RichText::new(v).strong().monospace().size(15.0);
            if hot && flash > 0.0 {
                t = t.background_color(accent);
            }
            ui.label(t);
            ui.add_space(10.0);
        };
        let slots = if shared {
            "Py_EMPTY_KEYS".into()
        } else {
            size.to_string()
        };
        if class != DictClass::Dict {
            kv(ui, "type", class_label.to_string(), true);
        }
        kv(ui, "slots", slots, true);
        kv(ui, "kind", s.kind_name().to_string(), true);
        kv(ui, "used", s.used().to_string(), false);
        kv(ui, "usable", s.usable().to_string(), true);
        kv(ui, "nentries", s.nentries().to_string(), false);
        kv(ui, "load", format!("{:.0}%", load * 100.0), false);
        let width = index_bytes(s.log2_size().max(3));
        kv(ui, "index width", format!("{width}\u{a0}B"), true);
        kv(
            ui,
            "sys.getsizeof",
            format!(
                "{}\u{a0}B",
                getsizeof(s) + class.extra_bytes(s.used() as usize, s.od_fast_nodes as usize)
            ),
            true,
        );
    });
}

/// An OrderedDict's linked list, head first: the order it iterates in, which
/// `move_to_end()` makes differ from the table's entry order below.
fn odict_list(ui: &mut egui::Ui, s: &DictSnapshot, strings: &crate::trace::Strings) {
    const SHOWN: usize = 16;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("linked list").weak());
        let mut text = s
            .od_order
            .iter()
            .take(SHOWN)
            .map(|&k| strings.get(k).into_owned())
            .collect::<Vec<_>>()
            .join(" \u{2192} ");
        if s.od_order.is_empty() {
            text = "(no nodes)".into();
        } else if s.od_order.len() > SHOWN {
            text.push_str(&format!(" \u{2192} \u{2026} ({} nodes)", s.od_order.len()));
        }
        ui.label(RichText::new(text).strong().monospace().size(15.0));
    });
}

fn probe_readout(ui: &mut egui::Ui, s: &DictSnapshot) {
    let a = &s.activity;
    let mask = s.indices.len().saturating_sub(1);
    let text = match (a.hash, a.slot) {
        _ if a.resizing_from.is_some() => {
            "dictresize: moving the live entries into the new table (holes are dropped)".into()
        }
        (Some(h), Some(i)) => format!(
            "probe  hash = {:#018x}   mask = {mask}   i = {i}   perturb = {}   next i = (i*5 + (perturb >> 5) + 1) & mask",
            h as u64, a.perturb
        ),
        _ => String::from(" "),
    };
    ui.label(RichText::new(text).monospace());
}

fn ease(t: f32) -> f32 {
    1.0 - (1.0 - t.clamp(0.0, 1.0)).powi(3)
}

/// The colour of a slot at rest.
fn slot_color(c: SlotContent) -> Color32 {
    match c {
        SlotContent::Empty => palette::EMPTY,
        SlotContent::Dummy => palette::DUMMY,
        SlotContent::Entry(_) => palette::OCCUPIED,
    }
}

/// One pixel per slot, laid out as the grid is.
fn overview_image(s: &DictSnapshot, geo: &Geometry) -> egui::ColorImage {
    let (w, h) = (geo.cols, geo.rows());
    let mut pixels = vec![Color32::TRANSPARENT; w * h];
    for (slot, &ix) in s.indices.iter().enumerate() {
        let c = match ix {
            -1 => SlotContent::Empty,
            -2 => SlotContent::Dummy,
            e => SlotContent::Entry(e as u32),
        };
        pixels[slot] = slot_color(c);
    }
    egui::ColorImage::new([w, h], pixels)
}

#[allow(clippy::too_many_arguments)] // the canvas's inputs; a struct would only rename them
fn canvas(
    ui: &mut egui::Ui,
    s: &DictSnapshot,
    geo: &Geometry,
    motion: Motion,
    ctx: &ViewCtx,
    overview: &mut Option<(OverviewKey, egui::TextureHandle)>,
    overview_key: OverviewKey,
) {
    let old = s.old_entries();
    let bounds = geo.bounds(old.map_or(0, |o| o.len()));
    let resp = ui.allocate_rect(bounds, Sense::hover());
    let clip = ui.clip_rect();
    let painter = ui.painter().clone();
    // On-screen size of a cell: below ~14 px text is unreadable and only costs time.
    let scale = ui
        .ctx()
        .layer_transform_to_global(ui.layer_id())
        .map_or(1.0, |t| t.scaling);
    let detailed = CELL.y * scale >= 22.0;
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let p = ease(ctx.progress);
    let a = &s.activity;
    let strings = &ctx.timeline.trace.strings;
    let hover = resp.hover_pos();
    let hovered_slot = hover.and_then(|h| geo.slot_at(h));
    let hovered_entry = hover.and_then(|h| geo.entry_at(h));

    painter.text(
        pos2(0.0, -10.0),
        Align2::LEFT_BOTTOM,
        "dk_indices",
        FontId::proportional(14.0),
        weak,
    );
    painter.text(
        pos2(geo.entries_x, -24.0),
        Align2::LEFT_BOTTOM,
        "dk_entries (insertion order)",
        FontId::proportional(14.0),
        weak,
    );

    // Slots: far out, one texture; closer, a rect per visible slot.
    let far = CELL.y * scale < 10.0;
    if far {
        let fresh = overview.as_ref().is_some_and(|(k, _)| *k == overview_key);
        if !fresh {
            let img = overview_image(s, geo);
            match overview {
                Some((k, tex)) => {
                    tex.set(img, egui::TextureOptions::NEAREST);
                    *k = overview_key;
                }
                None => {
                    let tex =
                        ui.ctx()
                            .load_texture("dict-overview", img, egui::TextureOptions::NEAREST);
                    *overview = Some((overview_key, tex));
                }
            }
        }
        if let Some((_, tex)) = overview {
            let grid = Rect::from_min_size(
                Pos2::ZERO,
                vec2(
                    geo.cols as f32 * (CELL.x + GAP),
                    geo.rows() as f32 * (CELL.y + GAP),
                ),
            );
            painter.image(
                tex.id(),
                grid,
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                Color32::WHITE,
            );
        }
    }
    let far_marks: Vec<usize> = if far {
        // Only the probe's slots stand out on the overview.
        a.probe_path
            .iter()
            .map(|&x| x as usize)
            .chain(a.slot.map(|x| x as usize))
            .collect()
    } else {
        Vec::new()
    };
    let visible: Box<dyn Iterator<Item = usize>> = if far {
        Box::new(far_marks.into_iter())
    } else {
        Box::new(geo.visible_slots(clip))
    };
    for slot in visible {
        let r = geo.slot_rect(slot);
        let content = s.slot_content(slot);
        let on_path = a.probe_path.contains(&(slot as u32));
        let current = a.slot == Some(slot as u32);
        let base = slot_color(content);
        let fill = if current && a.collision {
            palette::COLLISION
        } else if current && a.entry.is_some() {
            palette::FOUND
        } else if current || on_path {
            palette::PROBING
        } else {
            base
        };
        // The step's own slot fades from its old colour into the new one.
        let fill = match motion {
            Motion::NewEntry { slot: s2, .. } | Motion::Tombstone { slot: s2 }
                if s2 as usize == slot =>
            {
                lerp_color(palette::EMPTY, fill, p)
            }
            _ => fill,
        };
        // Rounded corners cost vertices; small cells do without.
        painter.rect_filled(r, if detailed { 5.0 } else { 0.0 }, fill);
        if hovered_slot == Some(slot) {
            painter.rect_stroke(r, 5.0, Stroke::new(2.0, text_color), StrokeKind::Outside);
        }
        if detailed {
            painter.text(
                r.center_top() + vec2(0.0, 3.0),
                Align2::CENTER_TOP,
                slot.to_string(),
                FontId::monospace(10.0),
                Color32::from_gray(200),
            );
            let label = match content {
                SlotContent::Empty => "-1".to_string(),
                SlotContent::Dummy => "-2".to_string(),
                SlotContent::Entry(e) => e.to_string(),
            };
            painter.text(
                r.center_bottom() - vec2(0.0, 4.0),
                Align2::CENTER_BOTTOM,
                label,
                FontId::monospace(15.0),
                Color32::WHITE,
            );
        }
    }

    // Arrows from slots to the entries they index.
    let arrow = |slot: usize, entry: u32, color: Color32, width: f32| {
        let from = geo.slot_rect(slot).right_center();
        let to = geo.entry_rect(entry as usize).left_center();
        if !clip.intersects(Rect::from_two_pos(from, to)) {
            return;
        }
        let dx = (to.x - from.x).abs().max(40.0) * 0.5;
        painter.add(CubicBezierShape::from_points_stroke(
            [from, from + vec2(dx, 0.0), to - vec2(dx, 0.0), to],
            false,
            Color32::TRANSPARENT,
            Stroke::new(width, color),
        ));
        painter.add(Shape::convex_polygon(
            vec![to, to - vec2(8.0, 4.0), to - vec2(8.0, -4.0)],
            color,
            Stroke::NONE,
        ));
    };
    let entry_of = |slot: usize| match s.slot_content(slot) {
        SlotContent::Entry(e) => Some(e),
        _ => None,
    };
    if geo.slots <= ALL_ARROWS_UP_TO {
        for slot in 0..geo.slots {
            if let Some(e) = entry_of(slot) {
                let mut c = weak.gamma_multiply(0.6);
                if let Motion::NewEntry { slot: s2, .. } = motion
                    && s2 as usize == slot
                {
                    c = c.gamma_multiply(p);
                }
                arrow(slot, e, c, 1.2);
            }
        }
    }
    for slot in [a.slot.map(|x| x as usize), hovered_slot]
        .into_iter()
        .flatten()
    {
        if let Some(e) = entry_of(slot) {
            let c = if a.collision && a.slot == Some(slot as u32) {
                palette::COLLISION
            } else {
                palette::FOUND
            };
            arrow(slot, e, c.gamma_multiply(p.max(0.3)), 2.5);
        }
    }
    if let Some(e) = hovered_entry
        && let Some(slot) = (0..geo.slots).find(|&sl| entry_of(sl) == Some(e as u32))
    {
        arrow(slot, e as u32, text_color, 2.0);
    }

    // The probe's path: numbered hops between the slots it visited, the last hop drawn
    // as it happens.
    let path = &a.probe_path;
    for (k, w) in path.windows(2).enumerate() {
        let (from, to) = (w[0] as usize, w[1] as usize);
        let last = k + 2 == path.len();
        let t = if last && matches!(motion, Motion::Hop { .. }) {
            p
        } else {
            1.0
        };
        hop(&painter, geo, from, to, t, clip);
    }
    if detailed {
        for (k, &slot) in path.iter().enumerate() {
            let r = geo.slot_rect(slot as usize);
            if clip.intersects(r) {
                painter.circle_filled(r.left_top() + vec2(4.0, 4.0), 7.0, palette::PROBING);
                painter.text(
                    r.left_top() + vec2(4.0, 4.0),
                    Align2::CENTER_CENTER,
                    (k + 1).to_string(),
                    FontId::monospace(10.0),
                    Color32::BLACK,
                );
            }
        }
    }
    // The probe itself: a ring moving to the slot it looks at.
    if let Some(cur) = a.slot {
        let to = geo.slot_rect(cur as usize).center();
        let at = match motion {
            Motion::Hop { from, .. } => geo.slot_rect(from as usize).center().lerp(to, p),
            _ => to,
        };
        let ring = Rect::from_center_size(at, CELL + vec2(8.0, 8.0));
        painter.rect_stroke(ring, 7.0, Stroke::new(3.0, text_color), StrokeKind::Outside);
        if let Motion::Collision { slot } = motion
            && slot == cur
        {
            // A collision flashes: a red ring that grows and fades.
            let grow = 4.0 + 18.0 * p;
            painter.rect_stroke(
                geo.slot_rect(cur as usize).expand(grow),
                9.0,
                Stroke::new(3.0, palette::COLLISION.gamma_multiply(1.0 - p)),
                StrokeKind::Outside,
            );
        }
    }

    // Entries.
    let bits = s.log2_size() as u32;
    let mut x = geo.entries_x;
    for (name, w) in COLS {
        painter.text(
            pos2(x + 4.0, -6.0),
            Align2::LEFT_BOTTOM,
            name,
            FontId::monospace(11.0),
            weak,
        );
        x += w;
    }
    for i in Geometry::visible_rows(clip, geo.entries) {
        let mut r = geo.entry_rect(i);
        let mut alpha = 1.0;
        if let Motion::NewEntry { entry, .. } = motion
            && entry as usize == i
        {
            // The new entry slides in from the right.
            r = r.translate(vec2(80.0 * (1.0 - p), 0.0));
            alpha = p;
        }
        let e = s.entries.get(i).copied().flatten();
        let hl = a.entry == Some(i as u32);
        let bg = if hl {
            palette::FOUND.gamma_multiply(0.35)
        } else if hovered_entry == Some(i) {
            weak.gamma_multiply(0.25)
        } else if i % 2 == 0 {
            weak.gamma_multiply(0.08)
        } else {
            Color32::TRANSPARENT
        };
        painter.rect_filled(r, 3.0, bg.gamma_multiply(alpha));
        if !detailed {
            continue;
        }
        entry_row(
            &painter,
            r,
            i,
            e,
            bits,
            strings,
            text_color.gamma_multiply(alpha),
            weak,
            "(hole: its key was deleted)",
        );
    }

    // During a resize: the old entries array, draining as entries move.
    if let Some(old) = old {
        let n = old.len();
        let label_at = geo.old_entry_rect(0, n).left_top() - vec2(0.0, 4.0);
        painter.text(
            label_at,
            Align2::LEFT_BOTTOM,
            "old dk_entries (being moved)",
            FontId::proportional(14.0),
            weak,
        );
        let shifted = clip.translate(vec2(0.0, -((n + 2) as f32) * ROW_H));
        for i in Geometry::visible_rows(shifted, n) {
            let r = geo.old_entry_rect(i, n);
            painter.rect_stroke(
                r,
                3.0,
                Stroke::new(1.0, weak.gamma_multiply(0.5)),
                StrokeKind::Inside,
            );
            if detailed {
                let e = old.get(i).copied().flatten();
                entry_row(
                    &painter,
                    r,
                    i,
                    e,
                    bits,
                    strings,
                    weak,
                    weak,
                    "(moved, or a hole dictresize skips)",
                );
            }
        }
    }

    if let Some(slot) = hovered_slot {
        resp.on_hover_ui_at_pointer(|ui| slot_tooltip(ui, s, slot, strings));
    } else if let Some(e) = hovered_entry {
        resp.on_hover_ui_at_pointer(|ui| entry_tooltip(ui, s, e, strings));
    }
}

/// One hop of the probe, as a curved arrow above the slots; `t` < 1 draws part of it.
fn hop(painter: &egui::Painter, geo: &Geometry, from: usize, to: usize, t: f32, clip: Rect) {
    let a = geo.slot_rect(from).center_top();
    let b = geo.slot_rect(to).center_top();
    let lift = 18.0 + (b - a).length() * 0.15;
    let (ca, cb) = if geo.cols == 1 {
        // One column: bow out to the left.
        let la = geo.slot_rect(from).left_center();
        let lb = geo.slot_rect(to).left_center();
        let bow = vec2(-(lift + 10.0), 0.0);
        return bezier_part(painter, [la, la + bow, lb + bow, lb], t, clip);
    } else {
        (a - vec2(0.0, lift), b - vec2(0.0, lift))
    };
    bezier_part(painter, [a, ca, cb, b], t, clip);
}

fn bezier_part(painter: &egui::Painter, pts: [Pos2; 4], t: f32, clip: Rect) {
    let bb = Rect::from_points(&pts);
    if !clip.intersects(bb) || t <= 0.0 {
        return;
    }
    // de Casteljau split at t: the first part of the curve.
    let [p0, p1, p2, p3] = pts;
    let q0 = p0.lerp(p1, t);
    let q1 = p1.lerp(p2, t);
    let q2 = p2.lerp(p3, t);
    let r0 = q0.lerp(q1, t);
    let r1 = q1.lerp(q2, t);
    let end = r0.lerp(r1, t);
    let stroke = Stroke::new(2.5, palette::PROBING);
    painter.add(CubicBezierShape::from_points_stroke(
        [p0, q0, r0, end],
        false,
        Color32::TRANSPARENT,
        stroke,
    ));
    let dir = (end - r0).normalized();
    if dir.is_finite() {
        let side = vec2(-dir.y, dir.x) * 5.0;
        painter.add(Shape::convex_polygon(
            vec![end, end - dir * 10.0 + side, end - dir * 10.0 - side],
            palette::PROBING,
            Stroke::NONE,
        ));
    }
}

#[allow(clippy::too_many_arguments)] // one table row's cells; grouping them would only rename them
fn entry_row(
    painter: &egui::Painter,
    r: Rect,
    i: usize,
    e: Option<SnapEntry>,
    bits: u32,
    strings: &crate::trace::Strings,
    color: Color32,
    weak: Color32,
    hole: &str,
) {
    let font = FontId::monospace(13.0);
    let y = r.center().y;
    let mut x = r.left();
    let cell = |x: f32, w: f32, text: String, c: Color32| {
        let clip = Rect::from_min_size(pos2(x, r.top()), vec2(w - 6.0, r.height()));
        painter
            .with_clip_rect(clip.intersect(painter.clip_rect()))
            .text(pos2(x + 4.0, y), Align2::LEFT_CENTER, text, font.clone(), c);
    };
    cell(x, COLS[0].1, i.to_string(), color);
    x += COLS[0].1;
    let Some(e) = e else {
        cell(x, 300.0, hole.into(), weak);
        return;
    };
    let h = e.hash as u64;
    cell(x, COLS[1].1, format!("{h:#018x}"), color);
    x += COLS[1].1;
    // The hash's low bits in binary; the `log2_size` lowest are the first slot.
    let shown = (bits + 4).clamp(8, 18);
    let mut job = egui::text::LayoutJob::default();
    let fmt = |c: Color32| egui::TextFormat {
        font_id: font.clone(),
        color: c,
        ..Default::default()
    };
    job.append("…", 0.0, fmt(weak));
    for b in (0..shown).rev() {
        let bit = if h >> b & 1 == 1 { "1" } else { "0" };
        let c = if b < bits { palette::LOW_BITS } else { weak };
        job.append(bit, 0.0, fmt(c));
    }
    let galley = painter.layout_job(job);
    painter.galley(pos2(x + 4.0, y - galley.size().y / 2.0), galley, color);
    x += COLS[2].1;
    cell(x, COLS[3].1, strings.get(e.key).into_owned(), color);
    x += COLS[3].1;
    cell(x, COLS[4].1, strings.get(e.value).into_owned(), color);
}

fn slot_tooltip(ui: &mut egui::Ui, s: &DictSnapshot, slot: usize, strings: &crate::trace::Strings) {
    ui.strong(format!("dk_indices[{slot}]"));
    match s.slot_content(slot) {
        SlotContent::Empty => {
            ui.label("EMPTY (-1): a lookup that reaches it stops; an insert may take it.");
        }
        SlotContent::Dummy => {
            ui.label("DUMMY (-2): a deleted key. Lookups walk past it; inserts may reuse it.");
        }
        SlotContent::Entry(e) => {
            ui.label(format!("-> entry {e}"));
            if let Some(Some(en)) = s.entries.get(e as usize) {
                ui.label(format!("key {}", strings.get(en.key)));
                ui.label(format!(
                    "hash {:#018x}; hash & mask = {}",
                    en.hash as u64,
                    en.hash as u64 & (s.indices.len() as u64 - 1)
                ));
            }
        }
    }
    let width = index_bytes(s.log2_size().max(3));
    ui.label(RichText::new(format!("each index is {width} byte(s) wide in this table")).weak());
}

fn entry_tooltip(ui: &mut egui::Ui, s: &DictSnapshot, e: usize, strings: &crate::trace::Strings) {
    ui.strong(format!("dk_entries[{e}]"));
    match s.entries.get(e).copied().flatten() {
        Some(en) => {
            ui.label(format!("key   {}", strings.get(en.key)));
            ui.label(format!("value {}", strings.get(en.value)));
            ui.label(format!("hash  {} ({:#018x})", en.hash, en.hash as u64));
            ui.label(format!(
                "first slot: hash & {} = {}",
                s.indices.len() - 1,
                en.hash as u64 & (s.indices.len() as u64 - 1)
            ));
        }
        None => {
            ui.label("A hole: its key was deleted. dk_nentries still counts it; the next resize drops it.");
        }
    }
}

fn lerp_color(a: Color32, b: Color32, t: f32) -> Color32 {
    let l = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgb(l(a.r(), b.r()), l(a.g(), b.g()), l(a.b(), b.b()))
}
