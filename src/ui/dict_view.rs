//! The dict view: the indices array as a row of slots (wrapping), the compact entries table
//! below it, the probe path and the slot under the probe highlighted, a header with the
//! table's numbers. Reads a `DictSnapshot`; never changes it.

use super::egui::{self, Color32, RichText, Sense, Stroke, Vec2};
use super::views::{View, ViewCtx};
use crate::models::dict::{DictSnapshot, SlotContent, index_bytes, usable_fraction};

/// Colours for slot states, consistent across the app.
pub mod palette {
    use super::Color32;
    pub const EMPTY: Color32 = Color32::from_rgb(0x3a, 0x3f, 0x4b);
    pub const DUMMY: Color32 = Color32::from_rgb(0x7a, 0x5c, 0x2e);
    pub const OCCUPIED: Color32 = Color32::from_rgb(0x2f, 0x6f, 0xb3);
    pub const PROBING: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x20);
    pub const FOUND: Color32 = Color32::from_rgb(0x3c, 0xb3, 0x71);
    pub const COLLISION: Color32 = Color32::from_rgb(0xd9, 0x48, 0x48);
}

#[derive(Default)]
pub struct DictView {
    /// The dict the user picked (by trace number); `None` follows the one in focus.
    pub pinned: Option<u32>,
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
        ui.separator();
        header(ui, snap);
        ui.add_space(6.0);
        indices(ui, snap, ctx);
        ui.add_space(10.0);
        entries(ui, snap, ctx);
    }
}

/// The global name last bound to dict `d`.
fn dict_name(ctx: &ViewCtx, d: u32) -> String {
    match ctx.state.dict_names.get(d as usize).copied().flatten() {
        Some(n) => ctx.timeline.trace.strings.get(n).into_owned(),
        None => format!("dict #{d}"),
    }
}

fn header(ui: &mut egui::Ui, s: &DictSnapshot) {
    let size = 1usize << s.log2_size();
    let shared = s.log2_size() == 0;
    let usable_total = if shared { 0 } else { usable_fraction(size) };
    let load = if size > 0 {
        s.used() as f32 / size as f32
    } else {
        0.0
    };
    let entry_bytes = if s.kind_name() == "general" { 24 } else { 16 };
    let mem = if shared {
        64
    } else {
        64 + 32 + size * index_bytes(s.log2_size()) + usable_total * entry_bytes
    };
    ui.horizontal_wrapped(|ui| {
        let kv = |ui: &mut egui::Ui, k: &str, v: String| {
            ui.label(RichText::new(k).weak());
            ui.label(RichText::new(v).strong().monospace());
            ui.add_space(10.0);
        };
        kv(
            ui,
            "slots",
            if shared {
                "Py_EMPTY_KEYS".into()
            } else {
                size.to_string()
            },
        );
        kv(ui, "kind", s.kind_name().to_string());
        kv(ui, "used", s.used().to_string());
        kv(ui, "usable", s.usable().to_string());
        kv(ui, "nentries", s.nentries().to_string());
        kv(ui, "load", format!("{:.0}%", load * 100.0));
        kv(
            ui,
            "index width",
            format!("{} B", index_bytes(s.log2_size().max(3))),
        );
        kv(ui, "sys.getsizeof", format!("{mem} B"));
    });
}

fn indices(ui: &mut egui::Ui, s: &DictSnapshot, ctx: &ViewCtx) {
    ui.label(RichText::new("dk_indices").weak());
    let n = s.indices.len();
    let cell = Vec2::new(44.0, 38.0);
    let avail = ui.available_width().max(cell.x);
    let gap = ui.spacing().item_spacing.x;
    let per_row = (((avail + gap) / (cell.x + gap)).floor() as usize).max(1);
    let a = &s.activity;
    let strings = &ctx.timeline.trace.strings;
    // Cull: only rows inside the visible clip rect are painted.
    egui::ScrollArea::vertical()
        .id_salt("indices")
        .max_height(260.0)
        .show_rows(ui, cell.y + 4.0, n.div_ceil(per_row), |ui, rows| {
            for row in rows {
                ui.horizontal(|ui| {
                    for slot in row * per_row..((row + 1) * per_row).min(n) {
                        let content = s.slot_content(slot);
                        let on_path = a.probe_path.contains(&(slot as u32));
                        let current = a.slot == Some(slot as u32);
                        let fill = if current && a.collision {
                            palette::COLLISION
                        } else if current && a.entry.is_some() {
                            palette::FOUND
                        } else if current || on_path {
                            palette::PROBING
                        } else {
                            match content {
                                SlotContent::Empty => palette::EMPTY,
                                SlotContent::Dummy => palette::DUMMY,
                                SlotContent::Entry(_) => palette::OCCUPIED,
                            }
                        };
                        let (rect, resp) = ui.allocate_exact_size(cell, Sense::hover());
                        let p = ui.painter();
                        p.rect_filled(rect, 4.0, fill);
                        if current {
                            p.rect_stroke(rect, 4.0, Stroke::new(2.0, Color32::WHITE), egui::StrokeKind::Inside);
                        }
                        let label = match content {
                            SlotContent::Empty => "-1".to_string(),
                            SlotContent::Dummy => "-2".to_string(),
                            SlotContent::Entry(e) => e.to_string(),
                        };
                        p.text(rect.center_top() + Vec2::new(0.0, 4.0), egui::Align2::CENTER_TOP,
                            slot.to_string(), egui::FontId::monospace(9.0), Color32::from_gray(190));
                        p.text(rect.center_bottom() - Vec2::new(0.0, 4.0), egui::Align2::CENTER_BOTTOM,
                            label, egui::FontId::monospace(14.0), Color32::WHITE);
                        resp.on_hover_ui(|ui| {
                            ui.label(format!("slot {slot}"));
                            match content {
                                SlotContent::Empty => ui.label("EMPTY (-1): a probe stops here"),
                                SlotContent::Dummy => ui.label("DUMMY (-2): a deleted key; probes walk past, inserts may reuse it"),
                                SlotContent::Entry(e) => {
                                    let key = s.entries.get(e as usize).copied().flatten()
                                        .map(|en| strings.get(en.key).into_owned()).unwrap_or_default();
                                    ui.label(format!("-> entry {e}: {key}"))
                                }
                            };
                        });
                    }
                });
            }
        });
    if let Some(h) = a.hash {
        ui.label(
            RichText::new(format!(
                "probe: hash {:#018x}, i = {}, perturb = {}, mask = {}",
                h as u64,
                a.slot.map_or("-".into(), |x| x.to_string()),
                a.perturb,
                n.saturating_sub(1)
            ))
            .monospace(),
        );
    }
}

fn entries(ui: &mut egui::Ui, s: &DictSnapshot, ctx: &ViewCtx) {
    ui.label(RichText::new("dk_entries (insertion order)").weak());
    let strings = &ctx.timeline.trace.strings;
    let bits = s.log2_size() as u32;
    egui::ScrollArea::vertical().id_salt("entries").show_rows(
        ui,
        20.0,
        s.entries.len(),
        |ui, rows| {
            egui::Grid::new("entries-grid")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for i in rows {
                        let e = s.entries.get(i).copied().flatten();
                        let hl = s.activity.entry == Some(i as u32);
                        let txt = |t: String| {
                            if hl {
                                RichText::new(t).monospace().color(palette::FOUND)
                            } else {
                                RichText::new(t).monospace()
                            }
                        };
                        ui.label(txt(format!("{i}")));
                        match e {
                            Some(e) => {
                                let h = e.hash as u64;
                                let low = if bits == 0 {
                                    0
                                } else {
                                    h & ((1u64 << bits) - 1)
                                };
                                ui.label(txt(format!("{h:#018x}  low {bits} bits = {low}")));
                                ui.label(txt(strings.get(e.key).into_owned()));
                                ui.label(txt(strings.get(e.value).into_owned()));
                            }
                            None => {
                                ui.label(RichText::new("(deleted)").weak());
                                ui.label("");
                                ui.label("");
                            }
                        }
                        ui.end_row();
                    }
                });
        },
    );
}
