//! The app driven through accessibility labels, without a display (egui_kittest).

use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
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

/// A scratch directory with one program in it, removed at the end of the test.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn with_program(name: &str, source: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("pyxray-ui-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch dir");
        std::fs::write(dir.join(name), source).expect("write program");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_open_dialog_opens_a_program_picked_from_its_listing() {
    let dir = Scratch::with_program("picked.py", "d = {}\nd['k'] = 1\nprint(d)\n");
    let mut h = harness(collisions());
    h.run_steps(1);
    h.state_mut().open_dialog_at(&dir.0);
    // A new window spends its first frame measuring itself, unseen.
    h.run_steps(2);
    // The listing shows the program; clicking it fills the path, Open loads it.
    h.get_by_label("picked.py").click();
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(2);
    assert_eq!(h.state().scenario_title(), "picked.py");
    assert!(
        h.query_by_label("Open a program").is_none(),
        "dialog closed"
    );
    h.get_by_label("Last").click();
    h.run_steps(1);
    assert!(h.state().position() > 0);
}

#[test]
fn the_open_dialog_reports_a_missing_file_and_stays_open() {
    let dir = Scratch::with_program("there.py", "x = 1\n");
    let mut h = harness(collisions());
    h.run_steps(1);
    h.state_mut().open_dialog_at(&dir.0);
    // A new window spends its first frame measuring itself, unseen.
    h.run_steps(2);
    h.get_by_label("File").type_text("not-there.py");
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Open a program").is_some(),
        "dialog still open"
    );
    assert_eq!(
        h.state().scenario_title(),
        "Collisions and the perturb recurrence"
    );
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl pyxray::ui::egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_opens() {
    let dir = Scratch::with_program("dropped.py", "d = {1: 'a'}\nprint(d)\n");
    let mut h = harness(collisions());
    h.run_steps(1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.0.join("dropped.py"))));
    h.run_steps(1);
    assert_eq!(h.state().scenario_title(), "dropped.py");
}

#[test]
fn the_dict_view_zooms_to_the_whole_table_and_back() {
    let mut h = harness(collisions());
    h.run_steps(1);
    h.get_by_label("Last").click();
    h.run_steps(1);
    h.get_by_label("Whole table").click();
    h.run_steps(1);
    h.get_by_label("Top").click();
    h.run_steps(1);
    assert!(h.query_by_label("dict table").is_some());
}

/// The slot a narration line names as probed, and whether it says collision.
fn narrated_probe(line: &str) -> Option<(u32, bool)> {
    let rest = line.strip_prefix("slot ")?;
    let slot: u32 = rest.split_whitespace().next()?.parse().ok()?;
    Some((slot, line.contains("collision")))
}

#[test]
fn every_bundled_scenario_plays_both_ways_and_the_picture_matches_the_narration() {
    let mut checked = 0;
    for sc in pyxray::scenario::bundled().expect("bundled scenarios") {
        // Threaded scenarios run millions of instructions (a few switch intervals of
        // virtual time): `the_gil_scenarios_play_both_ways_on_the_timeline` plays them.
        if sc.topic == "gil" {
            continue;
        }
        let name = sc.path.clone();
        let mut h = harness(PyxrayApp::with(vec![sc], 0));
        h.run_steps(1);
        for g in ["Line", "Operation", "Micro-step"] {
            h.get_by_label(g).click();
            h.get_by_label("First").click();
            h.run_steps(1);
            let mut trail = vec![h.state().position()];
            loop {
                h.get_by_label("Forward").click();
                h.run_steps(1);
                let at = h.state().position();
                if at == *trail.last().expect("a start") {
                    break;
                }
                assert!(at > *trail.last().unwrap(), "{name} {g}: forward went back");
                if g == "Micro-step" {
                    // The highlighted slot is the one the narration talks about.
                    let text = h.state().narration();
                    if let Some((slot, collision)) = narrated_probe(&text) {
                        assert_eq!(
                            h.state().probe(),
                            Some((slot, collision)),
                            "{name} at {at}: {text}"
                        );
                        checked += 1;
                    }
                }
                trail.push(at);
                // A long run (the automatic-collection scenario has ~10^5 operations)
                // is checked over its first 3,000 stops each way.
                if trail.len() >= 3_000 {
                    break;
                }
            }
            // Back retraces exactly the same stops.
            trail.pop();
            while let Some(expected) = trail.pop() {
                h.get_by_label("Back").click();
                h.run_steps(1);
                assert_eq!(h.state().position(), expected, "{name} {g}: back");
            }
        }
    }
    assert!(checked > 50, "only {checked} probe steps compared");
}

fn bundled(file: &str) -> PyxrayApp {
    let sc = pyxray::scenario::bundled()
        .expect("bundled scenarios")
        .into_iter()
        .find(|s| s.path.ends_with(file))
        .expect("the scenario");
    PyxrayApp::with(vec![sc], 0)
}

#[test]
fn the_class_view_steps_through_a_c3_merge_both_ways() {
    let mut h = harness(bundled("class-diamond.toml"));
    h.run_steps(1);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().narration().contains("C is in no tail") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 400, "the merge never placed C");
    }
    // The class view came forward on its own and shows the merge.
    assert!(h.query_by_label("C3 for class D: merging").is_some());
    let (mro, _) = h.state().class_merge().expect("a class being built");
    assert_eq!(mro, ["D", "B", "C"]);
    // One step back: C's head is being tried (list 1, position 0), not yet placed.
    h.get_by_label("Back").click();
    h.run_steps(1);
    let (mro, trying) = h.state().class_merge().expect("a class being built");
    assert_eq!(mro, ["D", "B"]);
    assert_eq!(trying, Some((1, 0)));
    assert!(h.state().narration().contains("list 1: is its head C"));
    h.get_by_label("Last").click();
    h.run_steps(1);
    let (mro, _) = h.state().class_merge().expect("the class");
    assert_eq!(mro, ["D", "B", "C", "A", "object"]);
}

#[test]
fn an_inconsistent_hierarchy_ends_in_the_conflict() {
    let mut h = harness(bundled("class-inconsistent.toml"));
    h.run_steps(1);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().narration().contains("no head can be picked") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 400, "no conflict narrated");
    }
    assert!(
        h.query_by_label("C3 for class C: no consistent MRO — TypeError")
            .is_some()
    );
    let (mro, _) = h.state().class_merge().expect("the class");
    assert_eq!(mro, ["C", "A", "B"]);
}

#[test]
fn a_method_call_walks_the_mro_on_the_class_view() {
    let mut h = harness(bundled("class-diamond.toml"));
    h.run_steps(1);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().narration().contains(".who: walk the MRO of D") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 400, "no lookup narrated");
    }
    assert!(
        h.state()
            .narration()
            .contains("D -> B — found in B.__dict__ (_PyType_Lookup)"),
        "{}",
        h.state().narration()
    );
    // The class view is the one on show (the lookup concerns it), the merge is complete.
    assert!(h.query_by_label("C3 for class D: done").is_some());
}

#[test]
fn presentation_mode_hides_both_side_panels_and_keeps_the_narration() {
    let mut h = harness(collisions());
    h.run_steps(1);
    assert!(h.query_by_label("Library").is_some());
    assert!(h.query_by_label("Variables").is_some());
    h.get_by_label("Presentation (F11)").click();
    h.run_steps(2);
    assert!(h.query_by_label("Library").is_none());
    assert!(h.query_by_label("Variables").is_none());
    assert!(
        h.query_by_label("Press Forward (or the right arrow key) to start.")
            .is_some()
    );
    h.get_by_label("Forward").click();
    h.run_steps(1);
    // The current line runs along the bottom.
    assert!(h.query_by_label_contains("line 1:  d = {}").is_some());
}

#[test]
fn a_program_waiting_at_input_asks_and_goes_on_with_the_answer() {
    let sc = pyxray::scenario::bundled()
        .expect("bundled scenarios")
        .into_iter()
        .find(|s| s.path.ends_with("gen-stop-by-input.toml"))
        .expect("the input scenario");
    let mut h = harness(PyxrayApp::with(vec![sc], 0));
    h.run_steps(2);
    assert_eq!(
        h.state().input_prompt(),
        Some("number 1; type stop to end: ")
    );
    // The box asks only once the user has stepped to the input().
    assert!(h.query_by_label("Answer").is_none());
    h.get_by_label("Go to the input()").click();
    h.run_steps(2);
    h.get_by_label("Answer").click();
    h.run_steps(1);
    h.get_by_label("Answer").type_text("more");
    h.run_steps(1);
    assert_eq!(h.state().answer_draft(), "more");
    h.get_by_label("Send answer").click();
    h.run_steps(2);
    assert_eq!(
        h.state().input_prompt(),
        Some("number 2; type stop to end: ")
    );
    // The position stays where the user answered; the next input() is further on.
    h.get_by_label("Go to the input()").click();
    h.run_steps(2);
    h.get_by_label("Answer").click();
    h.run_steps(1);
    h.get_by_label("Answer").type_text("stop");
    h.run_steps(1);
    h.get_by_label("Send answer").click();
    h.run_steps(2);
    assert_eq!(h.state().input_prompt(), None, "{:?}", h.state().output());
    h.get_by_label("Last").click();
    h.run_steps(2);
    assert_eq!(
        h.state().output(),
        "number 1; type stop to end: you typed 'more'\n\
         number 2; type stop to end: you typed 'stop'\n\
         generator closed after 2\ndone\n"
    );
}

#[test]
fn the_frames_view_parks_a_suspended_generator_and_gives_it_back() {
    let mut h = harness(bundled("gen-states.toml"));
    h.run_steps(1);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().narration().contains("YIELD_VALUE") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 400, "the generator never suspended");
    }
    let text = h.state().narration();
    assert!(
        text.contains("the generator countdown suspends at line 6, handing 2 to its caller"),
        "{text}"
    );
    assert!(text.contains("gen_send_ex2 will push it back"), "{text}");
    // The frames view came forward: the generator is parked beside the stack with its
    // frame, and only the module's frame is on the stack.
    assert!(
        h.query_by_label("generator countdown suspended, resumes at line 6")
            .is_some()
    );
    assert!(h.query_by_label("frame countdown line 6").is_some());
    assert!(h.query_by_label("frame <module> line 12").is_some());
    // One step back: the generator is running, its frame on top of the module's.
    h.get_by_label("Back").click();
    h.run_steps(1);
    assert!(!h.state().narration().contains("YIELD_VALUE"));
    assert!(h.query_by_label("generator countdown running").is_some());
    assert!(
        h.query_by_label("generator countdown suspended, resumes at line 6")
            .is_none()
    );
    assert!(h.query_by_label("frame countdown line 6").is_some());
}

#[test]
fn the_frames_view_shows_a_cell_written_through_a_closure() {
    let mut h = harness(bundled("gen-closures.toml"));
    h.run_steps(1);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().narration().contains("now holds 2") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 600, "the cell never reached 2");
    }
    let text = h.state().narration();
    assert!(
        text.contains(
            "STORE_DEREF: the cell for 'count' (shared by make_counter and its closures increment, peek) now holds 2"
        ),
        "{text}"
    );
    assert!(h.query_by_label("cell count = 2").is_some());
    assert!(h.query_by_label("frame increment line 5").is_some());
    h.get_by_label("Back").click();
    h.run_steps(1);
    assert!(h.query_by_label("cell count = 1").is_some());
}

#[test]
fn the_heap_view_counts_references_down_and_frees_at_zero() {
    let mut h = harness(bundled("heap-refcounts.toml"));
    h.run_steps(1);
    h.get_by_label("Line").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h.state().output().contains("freed b") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 100, "b was never freed");
    }
    assert!(
        h.state().output().ends_with("freed b\n"),
        "{}",
        h.state().output()
    );
    // The Box is gone from the graph; one line back it is there with its one reference.
    h.state_mut().show_view("heap");
    h.run_steps(1);
    assert!(h.query_by_label_contains("object Box 'b'").is_none());
    while !h.state().narration().starts_with("line 26") {
        h.get_by_label("Back").click();
        h.run_steps(1);
    }
    assert!(
        h.query_by_label("object Box 'b', refcount 1, untracked")
            .is_some()
            || h.query_by_label("object Box 'b', refcount 1, gen 0")
                .is_some(),
        "the Box with refcount 1 is drawn"
    );
    // Generation lanes are on the side panel.
    assert!(h.query_by_label_contains("generation 0: count").is_some());
}

#[test]
fn the_heap_view_shows_a_collection_counting_gc_refs_down() {
    let mut h = harness(bundled("heap-cycle.toml"));
    h.run_steps(1);
    h.get_by_label("Micro-step").click();
    h.run_steps(1);
    let mut steps = 0;
    while !h
        .state()
        .narration()
        .contains("Node 'a' has gc_refs 0 — tentatively unreachable")
    {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 3000, "no tentative move narrated");
    }
    h.state_mut().show_view("heap");
    h.run_steps(1);
    assert!(
        h.query_by_label("object Node 'a', refcount 1, gen 0, gc_refs 0, tentatively unreachable")
            .is_some(),
        "a card shows gc_refs 0 and the tint"
    );
    assert!(
        h.query_by_label_contains("collecting generation 2")
            .is_some()
    );
    // Back one micro-step: the subtract_refs step before it, no tentative mark yet on it.
    let at = h.state().position();
    h.get_by_label("Back").click();
    h.run_steps(1);
    assert!(h.state().position() < at);
    h.get_by_label("Forward").click();
    h.run_steps(1);
    assert_eq!(h.state().position(), at);
}

/// Shows the threads view (its tab, when another view applies too).
fn show_threads(h: &mut Harness<'static, PyxrayApp>) {
    h.run_steps(1);
    if let Some(tab) = h.query_by_label("Threads and the GIL") {
        tab.click();
        h.run_steps(1);
    }
}

fn handoffs(h: &Harness<'static, PyxrayApp>) -> usize {
    let node = h.get_by_label_contains("GIL handoffs:");
    let text = node
        .accesskit_node()
        .label()
        .filter(|l| !l.is_empty())
        .or_else(|| node.value())
        .unwrap_or_default();
    text.trim_start_matches("GIL handoffs: ")
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {text:?}"))
}

#[test]
fn the_timeline_shows_a_lane_per_thread_and_the_gil_passing_between_them() {
    let mut h = harness(bundled("gil-taking-turns.toml"));
    show_threads(&mut h);
    for lane in ["lane MainThread", "lane a", "lane b"] {
        h.get_by_label(lane);
    }
    h.get_by_label_contains("CPython 3.11: one GIL");
    // Two CPU-bound threads for ~30 ms of virtual time: a handoff every ~5.15 ms between
    // them (about 6), and the main thread's turns to start and join them (4).
    let n = handoffs(&h);
    assert!((8..=12).contains(&n), "{n} handoffs");
    h.get_by_label("Wake policy");
}

#[test]
fn the_free_threaded_setting_runs_the_program_again_without_a_gil() {
    let mut h = harness(bundled("gil-taking-turns.toml"));
    show_threads(&mut h);
    let before = handoffs(&h);
    assert!(before >= 3);
    h.get_by_label("Free-threaded (3.13t, no GIL)").click();
    h.run_steps(2);
    show_threads(&mut h);
    h.get_by_label_contains("Free-threaded 3.13t (no GIL) — a comparison");
    assert_eq!(handoffs(&h), 0, "no GIL, nothing to hand off");
    h.get_by_label("Last").click();
    h.run_steps(1);
    assert_eq!(h.state().output(), "finished: ['a', 'b']\n");
    // And back to CPython 3.11.
    h.get_by_label("Free-threaded (3.13t, no GIL)").click();
    h.run_steps(2);
    show_threads(&mut h);
    assert_eq!(handoffs(&h), before);
}

#[test]
fn the_gil_scenarios_play_both_ways_on_the_timeline() {
    let mut played = 0;
    for sc in pyxray::scenario::bundled().expect("bundled scenarios") {
        if sc.topic != "gil" {
            continue;
        }
        let name = sc.path.clone();
        let mut h = harness(PyxrayApp::with(vec![sc], 0));
        show_threads(&mut h);
        h.get_by_label("lane MainThread");
        h.get_by_label("Line").click();
        h.get_by_label("First").click();
        h.run_steps(1);
        // Forward 150 line steps, then back over exactly the same stops.
        let mut trail = vec![h.state().position()];
        for _ in 0..150 {
            h.get_by_label("Forward").click();
            h.run_steps(1);
            let at = h.state().position();
            if at == *trail.last().unwrap_or(&0) {
                break;
            }
            assert!(
                at > *trail.last().unwrap_or(&0),
                "{name}: forward went back"
            );
            trail.push(at);
        }
        trail.pop();
        while let Some(expected) = trail.pop() {
            h.get_by_label("Back").click();
            h.run_steps(1);
            assert_eq!(h.state().position(), expected, "{name}: back");
        }
        // From the end backwards and forwards again.
        h.get_by_label("Last").click();
        h.run_steps(1);
        let end = h.state().position();
        let mut trail = vec![end];
        for _ in 0..50 {
            h.get_by_label("Back").click();
            h.run_steps(1);
            let at = h.state().position();
            if at == *trail.last().unwrap_or(&0) {
                break;
            }
            trail.push(at);
        }
        trail.pop();
        while let Some(expected) = trail.pop() {
            h.get_by_label("Forward").click();
            h.run_steps(1);
            assert_eq!(h.state().position(), expected, "{name}: forward again");
        }
        assert_eq!(h.state().position(), end);
        played += 1;
    }
    assert!(played >= 7, "only {played} GIL scenarios");
}

#[test]
fn a_line_of_a_million_events_narrates_how_it_starts_and_ends() {
    // One line, one call, 1.1M events: narrating all of them froze the window.
    let sc = Scenario::from_python(
        "d = dict.fromkeys(range(200000))\nprint(len(d))\n",
        "big.py",
    );
    let mut h = harness(PyxrayApp::with(vec![sc], 0));
    h.run_steps(1);
    h.get_by_label("Line").click();
    h.run_steps(1);
    h.get_by_label("Forward").click();
    h.run_steps(2);
    let text = h.state().narration();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() < 300, "{} lines narrated", lines.len());
    assert!(
        text.contains("takes the empty slot 0: indices[0] = 0; entries[0] = (hash 0, 0, None)"),
        "{text}"
    );
    let skip = lines
        .iter()
        .find(|l| l.contains("more events in this step"))
        .expect("the skipped events are counted");
    assert!(skip.starts_with("… 1,14"), "{skip}");
    assert!(
        text.contains("entries[199999] = (hash 199999, 199999, None)"),
        "the step's last insert is narrated: {text}"
    );
    assert_eq!(lines.last(), Some(&"d = <dict #0>"));
    h.get_by_label("Variables");
}

#[test]
fn the_teaching_note_stays_on_screen_above_a_long_narration() {
    let mut h = harness(bundled("dict-minus-one.toml"));
    h.run_steps(1);
    h.get_by_label("Line").click();
    h.run_steps(1);
    while !h.state().narration().contains("d[-2] = \"minus two\"") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
    }
    assert!(
        h.state()
            .narration()
            .matches("a different key — collision")
            .count()
            == 13
    );
    let note = h.get_by_label_contains("slot 6 is looked at 13 times");
    assert!(note.rect().bottom() < 900.0, "{:?}", note.rect());
    for label in ["Variables", "Output"] {
        let r = h.get_by_label(label).rect();
        assert!(r.bottom() < 900.0, "{label} at {r:?}");
    }
}

/// A program ending in an uncaught exception shows CPython's traceback, carets included,
/// under Output at its last step, after what it printed.
#[test]
fn an_uncaught_exception_shows_its_traceback_under_output() {
    let sc = Scenario::from_python("print('start')\nd = {}\nx = d['missing'] + 1\n", "crash.py");
    let mut h = harness(PyxrayApp::with(vec![sc], 0));
    h.run_steps(1);
    h.get_by_label("Last").click();
    h.run_steps(2);
    let out = h.state().output();
    let path = std::path::absolute("crash.py").expect("absolute path");
    assert_eq!(
        out,
        format!(
            "start\nTraceback (most recent call last):\n  File \"{}\", line 3, in <module>\n    \
             x = d['missing'] + 1\n        ~^^^^^^^^^^^\nKeyError: 'missing'\n",
            path.display()
        )
    );
}

/// The dict view names a dict subclass and counts its larger object in `sys.getsizeof`
/// as CPython does (Counter('banana') is 208 bytes, a plain dict with its table 184).
#[test]
fn the_dict_view_shows_a_counter_as_a_counter_and_its_real_size() {
    let mut h = harness(bundled("dict-defaultdict-counter.toml"));
    h.run_steps(1);
    h.get_by_label("Last").click();
    h.run_steps(2);
    // "type" is shown only for a dict subclass; "Counter" is its value (and the name
    // of the global the program imported).
    assert!(h.query_by_label("type").is_some(), "the type is shown");
    assert!(h.query_all_by_label("Counter").count() >= 2);
    assert!(
        h.query_by_label("208\u{a0}B").is_some(),
        "sys.getsizeof(counts) is 208 in CPython 3.11"
    );
}

/// An OrderedDict is shown as one: its type, and `sys.getsizeof` with its nodes and
/// `od_fast_nodes` counted as `odict_sizeof()` counts them (408 in CPython 3.11 for the
/// scenario's three keys in an 8-slot table).
#[test]
fn the_dict_view_shows_an_ordereddict_and_its_real_size() {
    let mut h = harness(bundled("dict-ordereddict-lru.toml"));
    h.run_steps(1);
    h.get_by_label("Last").click();
    h.run_steps(2);
    assert!(h.query_by_label("type").is_some(), "the type is shown");
    assert!(h.query_all_by_label("OrderedDict").count() >= 1);
    assert!(
        h.query_by_label("408\u{a0}B").is_some(),
        "sys.getsizeof(cache) is 408 in CPython 3.11"
    );
    // The list's order, not the table's: 'a' was moved to the end and 'b' popped.
    assert!(
        h.query_by_label("'c' \u{2192} 'a' \u{2192} 'd'").is_some(),
        "the linked list reads c, a, d"
    );
}

/// An opened file listed before the bundled scenarios of its topic joins their heading:
/// each topic's heading appears once.
#[test]
fn an_opened_file_shares_its_topics_heading() {
    let mut opened = Scenario::from_python("d = {}\nd['a'] = 1\n", "mine.py");
    opened.topic = "dict".into();
    opened.title = "My own dict program".into();
    let mut scenarios = vec![opened];
    scenarios.extend(pyxray::scenario::bundled().expect("bundled scenarios"));
    let mut h = harness(PyxrayApp::with(scenarios, 0));
    h.run_steps(1);
    assert_eq!(h.query_all_by_label("DICT").count(), 1, "one DICT heading");
    assert_eq!(
        h.query_all_by_label("CLASSES").count(),
        1,
        "one CLASSES heading"
    );
}

/// An instance of a Python subclass of dict is shown under its class's name, with the
/// 24 bytes a Python subclass adds (208 B for four keys in 8 slots, as CPython 3.11).
#[test]
fn the_dict_view_names_a_dict_subclass_by_its_class() {
    let mut h = harness(bundled("dict-subclass-missing.toml"));
    h.run_steps(1);
    h.get_by_label("Last").click();
    h.run_steps(2);
    assert!(h.query_by_label("type").is_some(), "the type is shown");
    assert!(h.query_all_by_label("Counts").count() >= 1);
    assert!(
        h.query_by_label("208\u{a0}B").is_some(),
        "sys.getsizeof(counts) is 208 in CPython 3.11"
    );
}

/// The trace narrates each reallocation of a list's array with its arithmetic, and a
/// list's card names its items and the slots its array has: the comprehension's
/// appends leave 16 slots for 10 items, the constant display and `list(range(10))`
/// exactly 10 (CPython 3.11's `sys.getsizeof` says 184 and 136).
#[test]
fn the_heap_view_shows_a_lists_over_allocation() {
    let mut h = harness(bundled("heap-list-overallocation.toml"));
    h.run_steps(1);
    h.get_by_label("Line").click();
    h.run_steps(1);
    // The fifth append reallocates the array, and the narration gives the arithmetic.
    let mut steps = 0;
    while !h.state().narration().contains(
        "list_resize(): [0, 1, 2, 3, 4] needs room for 5 items, its array has 4 slots: \
         PyMem_Realloc() makes it 8 (5 + 5//8 + 6 = 11, rounded down to a multiple of 4)",
    ) {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 200, "no reallocation to 8 slots narrated");
    }
    assert!(h.state().output().ends_with("4 88\n"));
    // The line that prints the last size, before the module's teardown frees the lists.
    let mut steps = 0;
    while !h.state().output().ends_with("0 56\n") {
        h.get_by_label("Forward").click();
        h.run_steps(1);
        steps += 1;
        assert!(steps < 200, "the program never printed its last size");
    }
    h.state_mut().show_view("heap");
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("object list (10 of 16 slots)")
            .is_some(),
        "the comprehension's list has 16 slots"
    );
    assert_eq!(
        h.query_all_by_label_contains("object list (10 of 10 slots)")
            .count(),
        2,
        "the display's list and list(range(10)) have 10 slots each"
    );
    assert!(
        h.query_by_label_contains("object list (0 of 0 slots)")
            .is_some(),
        "the cleared list has none"
    );
}
