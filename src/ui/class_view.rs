//! The class-graph view: the hierarchy as a layered graph (bases above the classes that
//! derive from them, bases in the order they are written), and beside it the C3 merge of the
//! class being built — the lists, their heads, the head being tried, the tail that blocks it,
//! and the MRO growing underneath. A failed merge shows the heads that block each other in
//! red. Reads the trace's `ClassState`s; never changes a model.

use super::egui::{
    self, Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, StrokeKind, Vec2, pos2,
    vec2,
};
use super::views::{View, ViewCtx};
use crate::trace::{ClassOutcome, ClassState, Event, StrId};
use petgraph::graphmap::DiGraphMap;

mod palette {
    use super::Color32;
    pub const NODE: Color32 = Color32::from_rgb(0x2f, 0x4f, 0x7f);
    pub const BUILTIN: Color32 = Color32::from_rgb(0x45, 0x4a, 0x55);
    pub const FOCUS: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x20);
    pub const PLACED: Color32 = Color32::from_rgb(0x3c, 0xb3, 0x71);
    pub const FAILED: Color32 = Color32::from_rgb(0xd9, 0x48, 0x48);
    pub const HEAD: Color32 = Color32::from_rgb(0x2f, 0x6f, 0xb3);
    pub const WALK: Color32 = Color32::from_rgb(0x5f, 0xc8, 0xe0);
}

const NODE: Vec2 = vec2(120.0, 36.0);
const H_GAP: f32 = 30.0;
const V_GAP: f32 = 60.0;

#[derive(Default)]
pub struct ClassView {
    scene_rect: Option<Rect>,
    /// How many classes the scene was fitted for; a new class refits it.
    fitted_for: usize,
}

/// A node of the drawn graph: a class name (user classes and the built-in bases they name).
struct Layout {
    names: Vec<StrId>,
    /// Bases of each node, by node index, in the order written.
    bases: Vec<Vec<usize>>,
    pos: Vec<Pos2>,
    /// Nodes that are user classes (not built-in bases like `object`).
    user: Vec<bool>,
}

/// Layers by longest path from the roots (petgraph's topological order); within a layer,
/// nodes sit at the mean position of their bases (one downward barycenter pass), ties kept
/// in creation order, so bases written first stay on the left.
fn layout(ctx: &ViewCtx) -> Layout {
    let trace = &ctx.timeline.trace;
    let mut names: Vec<StrId> = Vec::new();
    let mut user: Vec<bool> = Vec::new();
    let mut bases: Vec<Vec<usize>> = Vec::new();
    let index = |n: StrId, is_user: bool, names: &mut Vec<StrId>, user: &mut Vec<bool>| match names
        .iter()
        .position(|&x| x == n)
    {
        Some(i) => {
            user[i] |= is_user;
            i
        }
        None => {
            names.push(n);
            user.push(is_user);
            names.len() - 1
        }
    };
    for c in ctx.state.classes.iter() {
        let Some(info) = trace.classes.get(c.class as usize) else {
            continue;
        };
        // Every class named in the lists (built-in ones included) becomes a node.
        let me = index(info.name, true, &mut names, &mut user);
        let written = info.lists.last().cloned().unwrap_or_default();
        let mut bs = Vec::new();
        for &b in &written {
            bs.push(index(b, false, &mut names, &mut user));
        }
        for l in &info.lists {
            for w in l.windows(2) {
                // Each list is an MRO: consecutive entries give the chain of built-in bases.
                let (a, b) = (index(w[0], false, &mut names, &mut user), w[1]);
                let bi = index(b, false, &mut names, &mut user);
                while bases.len() < names.len() {
                    bases.push(Vec::new());
                }
                if !user[a] && bases[a].is_empty() && a != bi {
                    bases[a].push(bi);
                }
            }
        }
        while bases.len() < names.len() {
            bases.push(Vec::new());
        }
        bases[me] = bs;
    }
    while bases.len() < names.len() {
        bases.push(Vec::new());
    }
    let mut g: DiGraphMap<usize, ()> = DiGraphMap::new();
    for (n, bs) in bases.iter().enumerate() {
        g.add_node(n);
        for &b in bs {
            g.add_edge(b, n, ());
        }
    }
    let order = petgraph::algo::toposort(&g, None).unwrap_or_else(|_| (0..names.len()).collect());
    let mut layer = vec![0usize; names.len()];
    for &n in &order {
        layer[n] = bases[n].iter().map(|&b| layer[b] + 1).max().unwrap_or(0);
    }
    let depth = layer.iter().copied().max().unwrap_or(0);
    let mut pos = vec![Pos2::ZERO; names.len()];
    let mut x_of = vec![0.0f32; names.len()];
    for l in 0..=depth {
        let mut row: Vec<usize> = (0..names.len()).filter(|&n| layer[n] == l).collect();
        let key = |n: usize| -> f32 {
            if bases[n].is_empty() {
                n as f32 * 1e-3
            } else {
                bases[n].iter().map(|&b| x_of[b]).sum::<f32>() / bases[n].len() as f32
                    + n as f32 * 1e-3
            }
        };
        row.sort_by(|&a, &b| key(a).total_cmp(&key(b)));
        let width = row.len() as f32 * (NODE.x + H_GAP);
        for (i, &n) in row.iter().enumerate() {
            let x = i as f32 * (NODE.x + H_GAP) - width / 2.0;
            x_of[n] = x;
            pos[n] = pos2(x, l as f32 * (NODE.y + V_GAP));
        }
    }
    Layout {
        names,
        bases,
        pos,
        user,
    }
}

impl View for ClassView {
    fn id(&self) -> &'static str {
        "classes"
    }

    fn title(&self) -> &'static str {
        "classes and the MRO"
    }

    fn applies(&self, ctx: &ViewCtx) -> bool {
        !ctx.state.classes.is_empty()
    }

    fn concerns(&self, ctx: &ViewCtx) -> bool {
        matches!(
            ctx.timeline.trace.events.get(ctx.pos),
            Some(Event::ClassBegin { .. } | Event::Mro { .. } | Event::Lookup { .. })
        )
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx) {
        let lay = layout(ctx);
        let focus = ctx.state.classes.back();
        let strings = &ctx.timeline.trace.strings;
        if let Some(c) = focus {
            merge_panel(ui, ctx, c);
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("class graph — bases above, scroll to zoom, drag to pan")
                    .small()
                    .weak(),
            );
            if ui.small_button("Fit graph").clicked() {
                self.scene_rect = None;
            }
        });
        let n = ctx.state.classes.len();
        if self.scene_rect.is_none() || self.fitted_for != n {
            self.fitted_for = n;
            let mut r = Rect::NOTHING;
            for p in &lay.pos {
                r = r.union(Rect::from_min_size(*p, NODE));
            }
            self.scene_rect = Some(r.expand(30.0));
        }
        let mut rect = self.scene_rect.unwrap_or(Rect::ZERO);
        egui::Scene::new()
            .zoom_range(0.1..=3.0)
            .show(ui, &mut rect, |ui| graph(ui, ctx, &lay, focus, strings));
        self.scene_rect = Some(rect);
    }
}

fn graph(
    ui: &mut egui::Ui,
    ctx: &ViewCtx,
    lay: &Layout,
    focus: Option<&ClassState>,
    strings: &crate::trace::Strings,
) {
    let mut bounds = Rect::NOTHING;
    for p in &lay.pos {
        bounds = bounds.union(Rect::from_min_size(*p, NODE));
    }
    let resp = ui.allocate_rect(bounds.expand(20.0), Sense::hover());
    let painter = ui.painter().clone();
    let text = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    // Edges: from each class up to its bases, numbered in the order written.
    for (n, bs) in lay.bases.iter().enumerate() {
        for (k, &b) in bs.iter().enumerate() {
            let from = Rect::from_min_size(lay.pos[n], NODE).center_top();
            let to = Rect::from_min_size(lay.pos[b], NODE).center_bottom();
            painter.arrow(from, to - from, Stroke::new(1.5, weak));
            if bs.len() > 1 {
                let at = from + (to - from) * 0.18;
                painter.text(
                    at + vec2(6.0, 0.0),
                    Align2::LEFT_CENTER,
                    (k + 1).to_string(),
                    FontId::monospace(11.0),
                    weak,
                );
            }
        }
    }
    let focus_name = focus
        .and_then(|c| ctx.timeline.trace.classes.get(c.class as usize))
        .map(|i| i.name);
    let failed: Vec<StrId> = ctx
        .state
        .classes
        .iter()
        .filter(|c| c.outcome == ClassOutcome::Failed)
        .filter_map(|c| {
            ctx.timeline
                .trace
                .classes
                .get(c.class as usize)
                .map(|i| i.name)
        })
        .collect();
    // An attribute lookup at this step: the classes it walks, in order, and where it stops.
    let walk = lookup_walk(ctx);
    let shown = walk.as_ref().map_or(0, |(w, found)| {
        let total = found.map_or(w.len(), |f| f + 1);
        ((ctx.progress * total as f32).ceil() as usize).clamp(1, total.max(1))
    });
    if let Some((w, found)) = &walk {
        for (k, &name) in w.iter().take(shown).enumerate() {
            let Some(n) = lay.names.iter().position(|&x| x == name) else {
                continue;
            };
            let r = Rect::from_min_size(lay.pos[n], NODE).expand(5.0);
            let hit = *found == Some(k);
            let color = if hit { palette::PLACED } else { palette::WALK };
            painter.rect_stroke(r, 8.0, Stroke::new(3.0, color), StrokeKind::Outside);
            painter.text(
                r.left_top() + vec2(-4.0, -4.0),
                Align2::RIGHT_BOTTOM,
                format!("{}", k + 1),
                FontId::monospace(12.0),
                color,
            );
        }
    }
    let hover = resp.hover_pos();
    let mut hovered = None;
    for (n, &name) in lay.names.iter().enumerate() {
        let r = Rect::from_min_size(lay.pos[n], NODE);
        let is_focus = Some(name) == focus_name;
        let fill = if failed.contains(&name) && is_focus {
            palette::FAILED
        } else if lay.user[n] {
            palette::NODE
        } else {
            palette::BUILTIN
        };
        painter.rect_filled(r, 6.0, fill);
        if is_focus {
            painter.rect_stroke(
                r,
                6.0,
                Stroke::new(3.0, palette::FOCUS),
                StrokeKind::Outside,
            );
        }
        // Where the class stands in the MRO being built.
        if let Some(c) = focus
            && let Some(i) = c.mro.iter().position(|&m| m == name)
        {
            painter.circle_filled(r.right_top(), 10.0, palette::PLACED);
            painter.text(
                r.right_top(),
                Align2::CENTER_CENTER,
                i.to_string(),
                FontId::monospace(11.0),
                Color32::BLACK,
            );
        }
        painter.text(
            r.center(),
            Align2::CENTER_CENTER,
            strings.get(name),
            FontId::proportional(15.0),
            Color32::WHITE,
        );
        if hover.is_some_and(|h| r.contains(h)) {
            hovered = Some(n);
            painter.rect_stroke(r, 6.0, Stroke::new(1.5, text), StrokeKind::Outside);
        }
    }
    if let Some(n) = hovered {
        let name = lay.names[n];
        let state = ctx.state.classes.iter().rev().find(|c| {
            ctx.timeline
                .trace
                .classes
                .get(c.class as usize)
                .map(|i| i.name)
                == Some(name)
        });
        resp.on_hover_ui_at_pointer(|ui| {
            ui.strong(strings.get(name));
            let bases: Vec<String> = lay.bases[n]
                .iter()
                .map(|&b| strings.get(lay.names[b]).into_owned())
                .collect();
            if !bases.is_empty() {
                ui.label(format!("bases: ({})", bases.join(", ")));
            }
            if let Some(info) = state
                .filter(|c| c.outcome == ClassOutcome::Done)
                .and_then(|c| ctx.timeline.trace.classes.get(c.class as usize))
                && !info.attrs.is_empty()
            {
                let attrs: Vec<String> = info
                    .attrs
                    .iter()
                    .map(|&a| strings.get(a).into_owned())
                    .collect();
                ui.label(format!("__dict__ keys: {}", attrs.join(", ")));
            }
            match state {
                Some(c) => {
                    let mro: Vec<String> =
                        c.mro.iter().map(|&m| strings.get(m).into_owned()).collect();
                    let what = match c.outcome {
                        ClassOutcome::Done => "__mro__",
                        ClassOutcome::Merging => "MRO so far",
                        ClassOutcome::Failed => "no consistent MRO; placed before the conflict",
                    };
                    ui.label(format!("{what}: {}", mro.join(", ")));
                }
                None => {
                    ui.label("a built-in type");
                }
            }
        });
    }
}

/// The merge of the class being built: its lists with their heads, and the MRO so far.
fn merge_panel(ui: &mut egui::Ui, ctx: &ViewCtx, c: &ClassState) {
    let trace = &ctx.timeline.trace;
    let Some(info) = trace.classes.get(c.class as usize) else {
        return;
    };
    let s = |id: StrId| trace.strings.get(id).into_owned();
    let status = match c.outcome {
        ClassOutcome::Merging => "merging",
        ClassOutcome::Done => "done",
        ClassOutcome::Failed => "no consistent MRO — TypeError",
    };
    ui.label(
        RichText::new(format!("C3 for class {}: {status}", s(info.name)))
            .strong()
            .size(16.0),
    );
    let n = info.lists.len();
    let single = n == 2 && info.lists[1].len() == 1;
    for (j, list) in info.lists.iter().enumerate() {
        let label = if j + 1 == n {
            "bases as written".to_string()
        } else {
            format!("mro({})", list.first().map(|&x| s(x)).unwrap_or_default())
        };
        if single && j + 1 == n {
            continue;
        }
        ui.horizontal(|ui| {
            ui.add_sized(
                [150.0, 22.0],
                egui::Label::new(
                    RichText::new(format!("list {j}: {label}"))
                        .monospace()
                        .weak(),
                ),
            );
            let head = c.heads.get(j).copied().unwrap_or(0) as usize;
            for (k, &name) in list.iter().enumerate() {
                let placed = k < head;
                let is_head = k == head;
                let trying = c.trying == Some((j as u16, k as u16));
                let blocker = c.blocked_at == Some((j as u16, k as u16));
                let (fill, stroke) = if placed {
                    (
                        Color32::TRANSPARENT,
                        Stroke::new(1.0, ui.visuals().weak_text_color()),
                    )
                } else if trying {
                    (palette::FOCUS, Stroke::NONE)
                } else if blocker {
                    (Color32::TRANSPARENT, Stroke::new(2.5, palette::FAILED))
                } else if is_head && c.outcome == ClassOutcome::Failed {
                    (palette::FAILED, Stroke::NONE)
                } else if is_head {
                    (palette::HEAD, Stroke::NONE)
                } else {
                    (
                        Color32::TRANSPARENT,
                        Stroke::new(1.0, ui.visuals().text_color()),
                    )
                };
                let text = if placed {
                    RichText::new(s(name)).strikethrough().weak()
                } else {
                    RichText::new(s(name)).strong()
                };
                let (rect, _) = ui.allocate_exact_size(vec2(86.0, 24.0), Sense::hover());
                ui.painter()
                    .rect(rect, 4.0, fill, stroke, StrokeKind::Inside);
                let galley = ui.painter().layout_no_wrap(
                    text.text().to_string(),
                    FontId::proportional(14.0),
                    if placed {
                        ui.visuals().weak_text_color()
                    } else {
                        ui.visuals().strong_text_color()
                    },
                );
                ui.painter().galley(
                    rect.center() - galley.size() / 2.0,
                    galley,
                    ui.visuals().text_color(),
                );
            }
        });
    }
    ui.horizontal(|ui| {
        ui.add_sized(
            [150.0, 22.0],
            egui::Label::new(RichText::new("MRO so far").monospace().strong()),
        );
        for &name in &c.mro {
            let (rect, _) = ui.allocate_exact_size(vec2(86.0, 24.0), Sense::hover());
            ui.painter().rect_filled(rect, 4.0, palette::PLACED);
            ui.painter().text(
                rect.center(),
                Align2::CENTER_CENTER,
                s(name),
                FontId::proportional(14.0),
                Color32::BLACK,
            );
        }
    });
    if c.outcome == ClassOutcome::Failed {
        ui.colored_label(
            palette::FAILED,
            "Every remaining head appears in the tail of another list: whichever came next would break some list's order.",
        );
    }
}

/// For an attribute lookup at the current step: the classes its walk visits in order (the
/// MRO of the start class, after `after` for `super()`), and the index where it found the
/// attribute.
fn lookup_walk(ctx: &ViewCtx) -> Option<(Vec<StrId>, Option<usize>)> {
    let Some(Event::Lookup {
        start,
        after,
        found,
        instance,
        ..
    }) = ctx.timeline.trace.events.get(ctx.pos)
    else {
        return None;
    };
    if instance {
        return None;
    }
    let trace = &ctx.timeline.trace;
    let mro = ctx
        .state
        .classes
        .iter()
        .rev()
        .find(|c| {
            trace
                .classes
                .get(c.class as usize)
                .is_some_and(|i| i.name == start)
        })
        .map(|c| c.mro.clone())?;
    let from = if after == crate::trace::NO_STR {
        0
    } else {
        mro.iter().position(|&m| m == after).map_or(0, |p| p + 1)
    };
    let walked: Vec<StrId> = mro[from.min(mro.len())..].to_vec();
    let hit = walked.iter().position(|&m| m == found);
    Some((walked, hit))
}
