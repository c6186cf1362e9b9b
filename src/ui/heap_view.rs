//! The heap view: the object graph with its roots (globals, frame locals) on the left,
//! each object a card with its type, a short label and its reference count; strong
//! references solid, weak references dashed. Positions are computed once per recording
//! (a petgraph breadth-first layering of every reference the run ever had), so an object
//! stays where it is from step to step: new objects fade in, freed ones fade out, and a
//! cascade of frees visibly ripples. During a collection each card shows its `gc_refs` as
//! subtract_refs counts them down; the tentatively unreachable are tinted, the rescued
//! flash back. A side panel shows the three generations as lanes with count/threshold
//! gauges, the pending weakref callbacks and the collections so far.
//!
//! Reads the trace's `HeapState`; never changes it. Large graphs are culled to the
//! visible area, so 5,000 objects stay smooth.

use super::egui::{
    self, Color32, CornerRadius, Pos2, Rect, RichText, Sense, Shape, Stroke, Vec2, vec2,
};
use super::views::{View, ViewCtx};
use crate::trace::heap::{HeapNode, HeapState, lists, step};
use crate::trace::{Event, Timeline};
use petgraph::graphmap::DiGraphMap;
use std::collections::HashMap;

const CARD: Vec2 = Vec2::new(170.0, 44.0);
const COLUMN: f32 = 215.0;
const ROW: f32 = 58.0;
const ROOTS_WIDTH: f32 = 120.0;
const SIDE: f32 = 250.0;
/// Events over which a freed object fades out.
const FADE_EVENTS: u32 = 6;

mod colours {
    use super::Color32;
    pub const CARD: Color32 = Color32::from_rgb(0x2a, 0x2f, 0x3a);
    pub const EDGE: Color32 = Color32::from_rgb(0x8a, 0x93, 0xa6);
    pub const WEAK: Color32 = Color32::from_rgb(0x5f, 0xb0, 0xd8);
    pub const UNREACHABLE: Color32 = Color32::from_rgb(0xb8, 0x3a, 0x3a);
    pub const RESCUED: Color32 = Color32::from_rgb(0x3c, 0xb3, 0x71);
    pub const CALLBACK: Color32 = Color32::from_rgb(0x9a, 0x6f, 0xd0);
    pub const FOCUS: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x20);
    pub const GEN: [Color32; 3] = [
        Color32::from_rgb(0x4f, 0x9d, 0xe0),
        Color32::from_rgb(0x3c, 0xb3, 0x71),
        Color32::from_rgb(0xc0, 0x8a, 0x3a),
    ];
    pub const UNTRACKED: Color32 = Color32::from_rgb(0x70, 0x76, 0x82);
}

/// Node positions for one recording (column, row), in layout units.
#[derive(Default)]
struct Layout {
    /// The trace it was computed for (event count).
    for_len: usize,
    at: HashMap<u32, (u32, u32)>,
}

impl Layout {
    /// Breadth-first layers from the roots over every reference ever recorded; objects
    /// never reachable from a root get the column after their first referrer's, or the
    /// last one. Rows follow creation order within a column.
    fn compute(t: &Timeline) -> Layout {
        let mut g: DiGraphMap<u32, ()> = DiGraphMap::new();
        let mut order: Vec<u32> = Vec::new();
        let mut roots: Vec<u32> = Vec::new();
        for e in &t.trace.events {
            match e {
                Event::HeapNew { node, .. } => {
                    g.add_node(node);
                    order.push(node);
                }
                Event::HeapEdges { node, list } => {
                    for edge in t.trace.heap_edges.get(list as usize).into_iter().flatten() {
                        g.add_edge(node, edge.to, ());
                    }
                }
                Event::HeapRoots { list } => {
                    for (_, n) in t.trace.heap_roots.get(list as usize).into_iter().flatten() {
                        if !roots.contains(n) {
                            roots.push(*n);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut depth: HashMap<u32, u32> = HashMap::new();
        let mut queue = std::collections::VecDeque::new();
        for &r in &roots {
            if g.contains_node(r) && !depth.contains_key(&r) {
                depth.insert(r, 0);
                queue.push_back(r);
            }
        }
        while let Some(n) = queue.pop_front() {
            let d = depth[&n];
            for m in g.neighbors(n) {
                if let std::collections::hash_map::Entry::Vacant(e) = depth.entry(m) {
                    e.insert(d + 1);
                    queue.push_back(m);
                }
            }
        }
        let deepest = depth.values().copied().max().unwrap_or(0);
        let mut rows: HashMap<u32, u32> = HashMap::new();
        let mut at = HashMap::new();
        for &n in &order {
            let col = depth.get(&n).copied().unwrap_or(deepest + 1).min(8);
            let row = rows.entry(col).or_insert(0);
            at.insert(n, (col, *row));
            *row += 1;
        }
        Layout {
            for_len: t.trace.events.len(),
            at,
        }
    }
}

#[derive(Default)]
pub struct HeapView {
    layout: Layout,
    offset: Vec2,
    zoom: f32,
    /// The object last brought into view because a step was about it.
    followed: Option<u32>,
}

impl HeapView {
    /// Sets the zoom (1.0: cards at their natural size), as scrolling does.
    pub fn set_zoom(&mut self, zoom: f32) {
        self.zoom = zoom.clamp(0.2, 3.0);
    }

    fn card_rect(&self, origin: Pos2, node: u32) -> Option<Rect> {
        let (c, r) = self.layout.at.get(&node).copied()?;
        let z = if self.zoom > 0.0 { self.zoom } else { 1.0 };
        let p =
            origin + self.offset + vec2(ROOTS_WIDTH + c as f32 * COLUMN, 8.0 + r as f32 * ROW) * z;
        Some(Rect::from_min_size(p, CARD * z))
    }
}

fn list_name(list: u8) -> &'static str {
    match list {
        lists::GEN0 => "gen 0",
        lists::GEN1 => "gen 1",
        lists::GEN2 => "gen 2",
        lists::UNREACHABLE => "unreachable",
        lists::CALLBACK => "wrcb_to_call",
        _ => "untracked",
    }
}

fn fill_of(n: &HeapNode, collecting: bool) -> Color32 {
    if collecting {
        match n.mark {
            Some(step::TENTATIVE) => return colours::UNREACHABLE.gamma_multiply(0.6),
            Some(step::RESCUED) => return colours::RESCUED.gamma_multiply(0.6),
            _ => {}
        }
    }
    match n.list {
        lists::UNREACHABLE => colours::UNREACHABLE.gamma_multiply(0.5),
        lists::CALLBACK => colours::CALLBACK.gamma_multiply(0.5),
        _ => colours::CARD,
    }
}

impl View for HeapView {
    fn id(&self) -> &'static str {
        "heap"
    }

    fn title(&self) -> &'static str {
        "heap: refcounts, the collector, weakrefs"
    }

    fn applies(&self, ctx: &ViewCtx) -> bool {
        ctx.state.heap.events > 0
    }

    fn concerns(&self, ctx: &ViewCtx) -> bool {
        matches!(
            ctx.timeline.trace.events.get(ctx.pos),
            Some(
                Event::HeapFree { .. }
                    | Event::GcStart { .. }
                    | Event::GcStep { .. }
                    | Event::GcDone { .. }
                    | Event::Finalize { .. }
                    | Event::WeakCallback { .. }
                    | Event::Trashcan { .. }
            )
        )
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx) {
        let t = ctx.timeline;
        if self.layout.for_len != t.trace.events.len() {
            self.layout = Layout::compute(t);
            self.offset = Vec2::ZERO;
        }
        if self.zoom <= 0.0 {
            self.zoom = 1.0;
        }
        let h = &ctx.state.heap;
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{} live objects", h.nodes.len())).strong());
            if let Some(g) = h.collecting {
                ui.label(
                    RichText::new(format!("collecting generation {g}"))
                        .color(colours::UNREACHABLE)
                        .strong(),
                );
            }
            if ui.button("Reset view").clicked() {
                self.offset = Vec2::ZERO;
                self.zoom = 1.0;
            }
        });
        let avail = ui.available_size();
        let graph_w = (avail.x - SIDE - 8.0).max(200.0);
        ui.horizontal_top(|ui| {
            let (rect, resp) =
                ui.allocate_exact_size(vec2(graph_w, avail.y.max(200.0)), Sense::click_and_drag());
            if resp.dragged() {
                self.offset += resp.drag_delta();
            }
            // A step about an object off screen (a finalizer, a callback, a trashcan
            // deposit deep in a chain) pans to it once; the user's own panning stays.
            if h.focus != self.followed {
                self.followed = h.focus;
                if let Some(card) = h.focus.and_then(|f| self.card_rect(rect.min, f))
                    && !rect.contains_rect(card)
                {
                    self.offset += rect.center() - card.center();
                }
            }
            if resp.hovered() {
                let scroll = ui.input(|i| i.smooth_scroll_delta.y);
                if scroll != 0.0 {
                    self.zoom = (self.zoom * (1.0 + scroll * 0.002)).clamp(0.2, 3.0);
                }
            }
            if let Some(lines) = self.draw_graph(ui, rect, ctx) {
                resp.on_hover_ui_at_pointer(|ui| {
                    for l in lines {
                        ui.label(l);
                    }
                });
            }
            ui.vertical(|ui| {
                ui.set_width(SIDE);
                side_panel(ui, h, t);
            });
        });
    }
}

impl HeapView {
    /// Draws the graph; returns the hovered card's details.
    fn draw_graph(&self, ui: &egui::Ui, rect: Rect, ctx: &ViewCtx) -> Option<Vec<String>> {
        let t = ctx.timeline;
        let h = &ctx.state.heap;
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
        let visible = rect.expand(40.0);
        let z = self.zoom;
        let strings = &t.trace.strings;
        let collecting = h.collecting.is_some();
        let font = egui::FontId::proportional(12.0 * z);
        let small = egui::FontId::monospace(10.5 * z);
        let text_col = ui.visuals().text_color();
        // Roots.
        let mut root_y = rect.top() + 8.0 + self.offset.y;
        for (name, node) in h.root_list(&t.trace) {
            let p = Pos2::new(rect.left() + 6.0 + self.offset.x, root_y);
            root_y += 20.0 * z;
            if let Some(to) = self.card_rect(rect.min, *node) {
                if !visible.contains(p) && !visible.intersects(to) {
                    continue;
                }
                painter.text(
                    p,
                    egui::Align2::LEFT_TOP,
                    strings.get(*name),
                    small.clone(),
                    text_col,
                );
                let from = p + vec2(ROOTS_WIDTH * z * 0.8, 7.0 * z);
                arrow(&painter, from, to.left_center(), colours::EDGE, false);
            }
        }
        // Edges under the cards.
        let mut drawn = 0usize;
        for (id, n) in h.nodes.iter() {
            let Some(from) = self.card_rect(rect.min, *id) else {
                continue;
            };
            for e in h.edges_of(n, &t.trace) {
                let Some(to) = self.card_rect(rect.min, e.to) else {
                    continue;
                };
                if !visible.intersects(from) && !visible.intersects(to) {
                    continue;
                }
                drawn += 1;
                if drawn > 20_000 {
                    break;
                }
                let colour = if e.weak { colours::WEAK } else { colours::EDGE };
                let same_column = (to.center().x - from.center().x).abs() < 1.0;
                let (a, b) = if same_column {
                    (from.right_center(), to.right_center())
                } else if to.center().x > from.center().x {
                    (from.right_center(), to.left_center())
                } else {
                    (from.left_center(), to.right_center())
                };
                if same_column {
                    // An arc out to the right, so it does not cross the cards between.
                    let bulge = vec2(30.0 * z + (b.y - a.y).abs() * 0.15, 0.0);
                    let curve = egui::epaint::CubicBezierShape::from_points_stroke(
                        [a, a + bulge, b + bulge, b],
                        false,
                        Color32::TRANSPARENT,
                        Stroke::new(1.3, colour),
                    );
                    painter.add(curve);
                    arrow_head(&painter, b + vec2(8.0, 0.0), b, colour);
                } else {
                    arrow(&painter, a, b, colour, e.weak);
                }
                if z > 0.7 {
                    let mid = if same_column {
                        a + (b - a) * 0.5 + vec2(34.0 * z, 0.0)
                    } else {
                        a + (b - a) * 0.5
                    };
                    painter.text(
                        mid,
                        egui::Align2::CENTER_BOTTOM,
                        strings.get(e.label),
                        small.clone(),
                        colour,
                    );
                }
            }
        }
        // Freed objects fading out.
        for (id, n, at) in h.freed.iter() {
            let age = (ctx.pos as u32).saturating_sub(*at);
            if age > FADE_EVENTS {
                continue;
            }
            let Some(r) = self.card_rect(rect.min, *id) else {
                continue;
            };
            if !visible.intersects(r) {
                continue;
            }
            let alpha = 1.0 - age as f32 / (FADE_EVENTS as f32 + 1.0);
            painter.rect_stroke(
                r,
                CornerRadius::same(5),
                Stroke::new(1.5, colours::UNREACHABLE.gamma_multiply(alpha)),
                egui::StrokeKind::Inside,
            );
            painter.text(
                r.center(),
                egui::Align2::CENTER_CENTER,
                format!("{} — freed", strings.get(n.label)),
                font.clone(),
                text_col.gamma_multiply(alpha),
            );
        }
        // Cards.
        for (id, n) in h.nodes.iter() {
            let Some(r) = self.card_rect(rect.min, *id) else {
                continue;
            };
            if !visible.intersects(r) {
                continue;
            }
            let mut access = format!(
                "object {}, refcount {}, {}",
                strings.get(n.label),
                n.refcount,
                list_name(n.list)
            );
            if let Some(g) = n.gc_refs {
                access.push_str(&format!(", gc_refs {g}"));
            }
            match n.mark {
                Some(step::TENTATIVE) => access.push_str(", tentatively unreachable"),
                Some(step::RESCUED) => access.push_str(", rescued"),
                _ => {}
            }
            let resp = ui.interact(r, ui.scope_id().with(("heap-node", *id)), Sense::hover());
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &access));
            let appearing = n.born as usize == ctx.pos;
            let alpha = if appearing { ctx.progress } else { 1.0 };
            let focus = h.focus == Some(*id);
            painter.rect_filled(
                r,
                CornerRadius::same(5),
                fill_of(n, collecting).gamma_multiply(alpha),
            );
            let gen_col = match n.list {
                lists::GEN0 | lists::GEN1 | lists::GEN2 => colours::GEN[n.list as usize],
                _ => colours::UNTRACKED,
            };
            painter.rect_filled(
                Rect::from_min_size(r.min, vec2(4.0 * z, r.height())),
                CornerRadius::same(2),
                gen_col.gamma_multiply(alpha),
            );
            if focus {
                painter.rect_stroke(
                    r.expand(2.0),
                    CornerRadius::same(6),
                    Stroke::new(2.0, colours::FOCUS),
                    egui::StrokeKind::Outside,
                );
            }
            let label = strings.get(n.label);
            painter.text(
                r.min + vec2(9.0 * z, 5.0 * z),
                egui::Align2::LEFT_TOP,
                shorten(&label, 24),
                font.clone(),
                text_col.gamma_multiply(alpha),
            );
            let mut info = if n.refcount < 0 {
                "shared".to_string()
            } else {
                format!("refcount {}", n.refcount)
            };
            info.push_str(&format!(" · {}", list_name(n.list)));
            if let Some(g) = n.gc_refs {
                let badge = Rect::from_min_size(
                    Pos2::new(r.right() - 62.0 * z, r.top() - 8.0 * z),
                    vec2(66.0 * z, 16.0 * z),
                );
                let col = match n.mark {
                    Some(step::TENTATIVE) => colours::UNREACHABLE,
                    Some(step::RESCUED) => colours::RESCUED,
                    _ => colours::FOCUS,
                };
                painter.rect_filled(badge, CornerRadius::same(8), col);
                painter.text(
                    badge.center(),
                    egui::Align2::CENTER_CENTER,
                    format!("gc_refs {g}"),
                    small.clone(),
                    Color32::BLACK,
                );
            }
            painter.text(
                r.min + vec2(9.0 * z, 24.0 * z),
                egui::Align2::LEFT_TOP,
                info,
                small.clone(),
                text_col.gamma_multiply(0.85 * alpha),
            );
        }
        // Hover details.
        if let Some(pos) = ui.ctx().pointer_hover_pos()
            && rect.contains(pos)
        {
            for (id, n) in h.nodes.iter() {
                if let Some(r) = self.card_rect(rect.min, *id)
                    && r.contains(pos)
                {
                    let refs: Vec<String> = h
                        .edges_of(n, &t.trace)
                        .iter()
                        .map(|e| {
                            let to = h
                                .nodes
                                .get(&e.to)
                                .map(|m| strings.get(m.label).into_owned())
                                .unwrap_or_default();
                            format!(
                                "{} {} -> {to}",
                                if e.weak { "weak" } else { "strong" },
                                strings.get(e.label)
                            )
                        })
                        .collect();
                    let mut lines = vec![format!(
                        "{} ({}) — refcount {}, {}",
                        strings.get(n.label),
                        strings.get(n.kind),
                        n.refcount,
                        list_name(n.list)
                    )];
                    lines.extend(refs.into_iter().take(20));
                    return Some(lines);
                }
            }
        }
        None
    }
}

fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}

fn arrow(painter: &egui::Painter, a: Pos2, b: Pos2, colour: Color32, dashed: bool) {
    let stroke = Stroke::new(1.3, colour);
    if dashed {
        painter.extend(Shape::dashed_line(&[a, b], stroke, 6.0, 4.0));
    } else {
        painter.line_segment([a, b], stroke);
    }
    arrow_head(painter, a, b, colour);
}

fn arrow_head(painter: &egui::Painter, from: Pos2, tip: Pos2, colour: Color32) {
    let dir = (tip - from).normalized();
    let side = vec2(-dir.y, dir.x);
    let p1 = tip - dir * 8.0 + side * 4.0;
    let p2 = tip - dir * 8.0 - side * 4.0;
    painter.add(Shape::convex_polygon(
        vec![tip, p1, p2],
        colour,
        Stroke::NONE,
    ));
}

fn side_panel(ui: &mut egui::Ui, h: &HeapState, t: &Timeline) {
    let strings = &t.trace.strings;
    ui.heading("generations");
    for g in 0..3 {
        let count = h.counts[g];
        let threshold = h.thresholds[g].max(1);
        let members: Vec<&HeapNode> = h.nodes.values().filter(|n| n.list == g as u8).collect();
        ui.label(
            RichText::new(format!(
                "generation {g}: count {count} / threshold {threshold}"
            ))
            .color(colours::GEN[g]),
        );
        let frac = (count as f32 / threshold as f32).min(1.0);
        ui.add(egui::ProgressBar::new(frac).desired_width(SIDE - 20.0));
        let names: Vec<String> = members
            .iter()
            .take(8)
            .map(|n| shorten(&strings.get(n.label), 18))
            .collect();
        let more = members.len().saturating_sub(8);
        let mut line = names.join(", ");
        if more > 0 {
            line.push_str(&format!(" … +{more}"));
        }
        if line.is_empty() {
            line = "(empty)".into();
        }
        ui.label(RichText::new(line).small());
        ui.add_space(4.0);
    }
    let pending: Vec<String> = h
        .nodes
        .values()
        .filter(|n| n.list == lists::CALLBACK)
        .map(|n| strings.get(n.label).into_owned())
        .collect();
    ui.separator();
    ui.label(RichText::new("pending weakref callbacks").strong());
    if pending.is_empty() {
        ui.label(RichText::new("none").small());
    } else {
        for p in pending {
            ui.label(RichText::new(p).color(colours::CALLBACK));
        }
    }
    ui.separator();
    ui.label(RichText::new("collections").strong());
    if h.collections.is_empty() {
        ui.label(RichText::new("none yet").small());
    }
    for (g, n) in h.collections.iter().rev().take(8) {
        ui.label(format!("generation {g}: {n} unreachable"));
    }
    ui.separator();
    ui.label(
        RichText::new(
            "solid: strong reference · dashed: weak · left stripe: generation · red: unreachable",
        )
        .small(),
    );
}
