//! The registry of model views: the app shell draws whichever view fits the current step and
//! knows nothing model-specific itself.

use super::egui;
use crate::trace::{State, Timeline};

/// What a view gets to draw from.
pub struct ViewCtx<'a> {
    pub timeline: &'a Timeline,
    pub state: &'a State,
    /// The current step (event index) — `state` is the state after it.
    pub pos: usize,
    /// How far the transition into this step has got, 0.0 → 1.0 (eased). 1.0 when the user
    /// jumped or stepped backwards: only forward steps animate.
    pub progress: f32,
    /// How the run's threads were simulated (GIL or free-threaded, wake policy).
    pub threads: crate::vm::threads::ThreadOptions,
}

/// One model's picture.
pub trait View {
    /// A stable id (also the persistence key).
    fn id(&self) -> &'static str;
    fn title(&self) -> &'static str;
    /// Whether the view has something to show at this step.
    fn applies(&self, ctx: &ViewCtx) -> bool;
    /// Whether the event at this step is about this view's model (the shell then brings
    /// the view forward, unless the user picked another one).
    fn concerns(&self, _ctx: &ViewCtx) -> bool {
        false
    }
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx);
    /// A step the user picked in the view (the shell moves there).
    fn take_seek(&mut self) -> Option<usize> {
        None
    }
    /// Thread settings the user changed: the shell runs the program again with them.
    fn take_rerun(&mut self) -> Option<crate::vm::threads::ThreadOptions> {
        None
    }
}

/// Every view, in the order the app offers them.
pub fn registry() -> Vec<Box<dyn View>> {
    vec![
        Box::new(super::dict_view::DictView::default()),
        Box::new(super::class_view::ClassView::default()),
        Box::new(super::frames_view::FramesView),
        Box::new(super::heap_view::HeapView::default()),
        Box::new(super::timeline_view::TimelineView::default()),
    ]
}
