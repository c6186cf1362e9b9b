//! The desktop app (egui/eframe, glow backend). The only part of pyxray that knows about
//! pixels: it reads a [`crate::trace::Timeline`] and draws the state at the current step;
//! it never changes a model.

pub mod app;
pub mod class_view;
pub mod dict_view;
pub mod frames_view;
pub mod heap_view;
pub mod open_dialog;
pub mod timeline_view;
pub mod views;

/// Opens the app on a scenario (or the first bundled one).
pub fn run(initial: Option<crate::scenario::Scenario>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("pyxray — CPython 3.11 internals")
            .with_inner_size([1400.0, 880.0]),
        ..Default::default()
    };
    eframe::run_native(
        "pyxray",
        options,
        Box::new(move |cc| Ok(Box::new(app::PyxrayApp::new(cc, initial)))),
    )
    .map_err(|e| e.to_string())
}

pub use eframe::egui;
