//! The trace and the timeline: replay from a checkpoint equals replay from the start,
//! stepping works both ways at every granularity, the same input gives the same trace, and
//! the dict snapshots the trace rebuilds equal the VM's real tables.

use pyxray::frontend::compile;
use pyxray::run;
use pyxray::trace::{CHECKPOINT_EVERY, Event, Granularity, State, Timeline};
use pyxray::vm::{Vm, VmOptions};

fn traced(src: &str) -> (Timeline, Vm) {
    let program = compile(src, "t.py").expect("compiles");
    let mut vm = Vm::new(
        program,
        VmOptions {
            trace: true,
            ..VmOptions::default()
        },
    );
    vm.run();
    let mut copy = vm.clone();
    let trace = copy.recorder.take().map(|r| r.finish()).unwrap_or_default();
    (Timeline::new(vm.program.clone(), trace), vm)
}

const CHURN: &str = "
d = {}
x = 3
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 500
    if x % 4 == 0 and k in d:
        del d[k]
    else:
        d[k] = i
s = {str(i): i for i in range(40)}
s.popitem()
c = s.copy()
";

fn replay_from_zero(t: &Timeline, at: usize) -> State {
    let mut s = State::default();
    for i in 0..=at {
        s.apply(i, &t.trace.events[i], &t.trace);
    }
    s
}

fn same_state(a: &State, b: &State) -> bool {
    a.dicts == b.dicts
        && a.globals == b.globals
        && a.dict_names == b.dict_names
        && a.line == b.line
        && a.outputs == b.outputs
}

#[test]
fn checkpoint_replay_equals_replay_from_the_start() {
    let (t, _) = traced(CHURN);
    assert!(
        t.len() > 3 * CHECKPOINT_EVERY,
        "trace too short: {}",
        t.len()
    );
    for at in [
        0,
        1,
        CHECKPOINT_EVERY - 1,
        CHECKPOINT_EVERY,
        CHECKPOINT_EVERY + 7,
        t.len() / 2,
        t.len() - 1,
    ] {
        assert!(
            same_state(&t.state_at(at), &replay_from_zero(&t, at)),
            "state differs at {at}"
        );
    }
}

#[test]
fn rebuilt_tables_equal_the_vms_tables() {
    let (t, mut vm) = traced(CHURN);
    let last = t.state_at(t.len() - 1);
    let inspect = run::inspect_json(&mut vm);
    for name in ["d", "s", "c"] {
        let real = &inspect["dicts"][name];
        // Find the dict bound to `name`: the last dict whose table matches in size.
        let found = last.dicts.iter().flatten().any(|snap| {
            let idx: Vec<i64> = snap.indices.iter().map(|&i| i as i64).collect();
            serde_json::json!(idx) == real["indices"]
                && serde_json::json!(snap.usable()) == real["usable"]
                && serde_json::json!(snap.nentries()) == real["nentries"]
        });
        assert!(found, "no rebuilt snapshot equals the real table of {name}");
    }
}

#[test]
fn stepping_forward_and_back_is_symmetric() {
    let (t, _) = traced(CHURN);
    for g in [Granularity::Line, Granularity::Op, Granularity::Micro] {
        let mut stops = vec![t.next_stop(0, g)];
        for _ in 0..200 {
            let n = t.next_stop(*stops.last().unwrap_or(&0), g);
            if n == *stops.last().unwrap_or(&0) {
                break;
            }
            stops.push(n);
        }
        assert!(
            stops.windows(2).all(|w| w[0] < w[1]),
            "{g:?}: stops not increasing"
        );
        for w in stops.windows(2).skip(1) {
            assert_eq!(
                t.prev_stop(w[1], g),
                w[0],
                "{g:?}: back from {} should land on {}",
                w[1],
                w[0]
            );
        }
    }
}

#[test]
fn line_steps_start_with_a_line_event() {
    let (t, _) = traced(CHURN);
    for (start, _) in t.groups(Granularity::Line).into_iter().skip(1) {
        assert!(matches!(t.trace.events[start], Event::Line { .. }));
    }
}

#[test]
fn the_same_program_gives_the_same_trace() {
    let (a, _) = traced(CHURN);
    let (b, _) = traced(CHURN);
    assert_eq!(a.trace.events, b.trace.events);
    assert_eq!(
        a.render_text(Granularity::Micro),
        b.render_text(Granularity::Micro)
    );
}

#[test]
fn events_stay_compact() {
    assert!(
        std::mem::size_of::<Event>() <= 32,
        "Event is {} bytes",
        std::mem::size_of::<Event>()
    );
}

#[test]
fn narration_names_the_collision() {
    let (t, _) = traced("d = {}\nd[1] = 'a'\nd[9] = 'b'\n");
    let text = t.render_text(Granularity::Micro);
    assert!(
        text.contains("slot 1 holds entry 0 (1): a different key — collision"),
        "{text}"
    );
    assert!(
        text.contains("perturb >>= 5 -> 0; i = (1·5 + 0 + 1) & mask = 6"),
        "{text}"
    );
}
