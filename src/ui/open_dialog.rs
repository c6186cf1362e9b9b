//! The Open dialog: a small file browser drawn with egui itself.
//!
//! Native dialogs (`rfd`) need GTK headers at build time or a running xdg-desktop-portal at
//! run time, neither of which a bare Debian machine, an Xvfb session or the kittest harness
//! has; this one works wherever the app does and is driven by the same accessible labels
//! in tests.

use super::egui::{self, RichText};
use std::path::{Path, PathBuf};

pub struct OpenDialog {
    dir: PathBuf,
    /// The path typed or picked; Open loads it.
    pub path: String,
    listing: Vec<(String, bool)>,
    pub error: Option<String>,
}

/// What the user did with the dialog this frame.
pub enum DialogAction {
    None,
    Cancel,
    Open(PathBuf),
}

impl OpenDialog {
    pub fn new(start: &Path) -> Self {
        let mut d = OpenDialog {
            dir: start.to_path_buf(),
            path: String::new(),
            listing: Vec::new(),
            error: None,
        };
        d.refresh();
        d
    }

    /// Lists sub-directories and the files pyxray opens (`.py`, `.toml`), sorted.
    fn refresh(&mut self) {
        self.listing.clear();
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            self.error = Some(format!("cannot read {}", self.dir.display()));
            return;
        };
        for entry in rd.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir || name.ends_with(".py") || name.ends_with(".toml") {
                self.listing.push((name, is_dir));
            }
        }
        self.listing
            .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }

    fn enter(&mut self, dir: PathBuf) {
        self.dir = dir;
        self.error = None;
        self.refresh();
    }

    pub fn ui(&mut self, ctx: &egui::Context) -> DialogAction {
        let mut action = DialogAction::None;
        let mut open = true;
        egui::Window::new("Open a program")
            .collapsible(false)
            .resizable(true)
            .default_size([520.0, 420.0])
            .open(&mut open)
            .show(ctx, |ui| {
                ui.label(
                    RichText::new("A .py program or a scenario .toml. You can also drop a file on the window.")
                        .weak(),
                );
                ui.horizontal(|ui| {
                    ui.label(RichText::new(self.dir.display().to_string()).monospace());
                    if ui.button("Up").clicked()
                        && let Some(parent) = self.dir.parent()
                    {
                        self.enter(parent.to_path_buf());
                    }
                });
                ui.separator();
                let mut go = None;
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        for (name, is_dir) in &self.listing {
                            let label = if *is_dir {
                                format!("{name}/")
                            } else {
                                name.clone()
                            };
                            let r = ui.selectable_label(false, label);
                            if r.clicked() {
                                go = Some((self.dir.join(name), *is_dir));
                            }
                        }
                    });
                if let Some((p, is_dir)) = go {
                    if is_dir {
                        self.enter(p);
                    } else {
                        self.path = p.display().to_string();
                    }
                }
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label("File");
                    ui.add(
                        egui::TextEdit::singleline(&mut self.path)
                            .desired_width(340.0)
                            .hint_text("path/to/program.py"),
                    )
                    .labelled_by(label.id);
                    if ui.button("Open").clicked() && !self.path.trim().is_empty() {
                        let p = PathBuf::from(self.path.trim());
                        let p = if p.is_relative() { self.dir.join(p) } else { p };
                        action = DialogAction::Open(p);
                    }
                    if ui.button("Cancel").clicked() {
                        action = DialogAction::Cancel;
                    }
                });
                if let Some(e) = &self.error {
                    ui.colored_label(egui::Color32::from_rgb(0xe0, 0x60, 0x60), e);
                }
            });
        if !open {
            action = DialogAction::Cancel;
        }
        action
    }
}
