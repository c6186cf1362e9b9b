//! The app driven through accessibility labels, without a display (egui_kittest).

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use pyxray::scenario::Scenario;
use pyxray::trace::Granularity;
use pyxray::ui::app::PyxrayApp;

fn collisions() -> PyxrayApp {
    let sc = pyxray::scenario::bundled()
        .expect("bundled scenarios")
        .into_iter()
        .find(|s| s.path.ends_with("dict-collisions.toml"))
        .expect("the collisions scenario");
    PyxrayApp::with(vec![sc], 0)
}

fn harness(app: PyxrayApp) -> Harness<'static, PyxrayApp> {
    Harness::builder()
        .with_size(pyxray::ui::egui::Vec2::new(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut PyxrayApp| app.show(ui), app)
}

#[test]
fn forward_until_the_first_collision_then_back() {
    let mut h = harness(collisions());
    h.run_steps(2);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().narration().contains("collision") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 200, "no collision narrated");
    }
    let text = h.state().narration();
    assert!(
        text.contains("slot 1 holds entry 0 (1): a different key — collision"),
        "{text}"
    );
    assert_eq!(h.state().probe(), Some((1, true)));
    let at = h.state().position();
    h.get_by_label("Back").click();
    h.run_steps(1);
    assert!(h.state().position() < at);
    assert!(!h.state().narration().contains("collision"));
    h.get_by_label("Forward").click();
    h.run_steps(1);
    assert_eq!(
        h.state().position(),
        at,
        "stepping back and forth returns to the same step"
    );
}

#[test]
fn granularity_switches_by_label() {
    let mut h = harness(collisions());
    h.run_steps(1);
    h.get_by_label("Line").click();
    h.run_steps(1);
    assert_eq!(h.state().granularity(), Granularity::Line);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    assert_eq!(h.state().granularity(), Granularity::Micro);
}

#[test]
fn a_broken_program_shows_its_error_inline_and_keeps_the_trace() {
    let mut h = harness(collisions());
    h.run_steps(1);
    h.get_by_label("Forward").click();
    h.run_steps(1);
    h.state_mut().set_draft("d = {}\nd[1] = (\n");
    h.run_steps(1);
    h.get_by_label("Run").click();
    h.run_steps(1);
    let err = h.state().error().unwrap_or_default().to_string();
    assert!(err.starts_with("3:") || err.starts_with("2:"), "{err}");
    // The previous trace is still there to step through.
    h.get_by_label("Forward").click();
    h.run_steps(1);
    assert!(h.state().position() > 0);
}

#[test]
fn a_plain_program_opens_as_a_scenario() {
    let sc = Scenario::from_python("d = {}\nd['a'] = 1\n", "mine.py");
    let mut h = harness(PyxrayApp::with(vec![sc], 0));
    h.run_steps(1);
    for _ in 0..6 {
        h.get_by_label("Forward").click();
        h.run_steps(1);
    }
    assert!(h.state().position() > 0);
}
