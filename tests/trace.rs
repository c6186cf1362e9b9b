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
    for (i, e) in t.trace.events.range(0, at + 1).enumerate() {
        s.apply(i, &e, &t.trace);
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
        assert!(matches!(t.trace.events.at(start), Event::Line { .. }));
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
fn a_loops_events_take_a_few_bytes_each_in_the_log() {
    let (t, _) = traced("d = {}\nfor i in range(20000):\n    d[i] = i\n");
    let n = t.trace.events.len();
    let bytes = t.trace.events.heap_bytes();
    assert!(n > 200_000, "{n} events");
    // Lines, operations, bindings, hashes, probes and insertions, with the resizes'
    // re-insertions: about 6.6 bytes each encoded, against 32 as `Event`s.
    assert!(
        bytes as f64 / n as f64 <= 8.0,
        "{bytes} bytes for {n} events"
    );
    // And every one of them reads back as recorded: the CHURN test replays from
    // checkpoints; here, the last events of the log decode to the loop's last insertion.
    let tail: Vec<Event> = t.trace.events.iter_from(n - 40).collect();
    assert!(tail.iter().any(|e| matches!(
        e,
        Event::Dict(pyxray::models::dict::DictEvent::Inserted { entry: 19_999, .. })
    )));
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

/// Every int shows as itself, -1 included (its inline text id once collided with the
/// "unbound" id: `x = -1` was narrated as a deletion and the key and value went blank).
#[test]
fn minus_one_is_shown_as_minus_one() {
    let (t, _) = traced("x = -1\nd = {}\nd[-1] = -1\nd[-2] = x\nprint(d)\n");
    let text = t.render_text(Granularity::Micro);
    for want in [
        "x = -1",
        "hash(-1) = -2",
        "entries[0] = (hash -2, -1, -1)",
        "entries[1] = (hash -2, -2, -1)",
        "d = {-1: -1, -2: -1}",
    ] {
        assert!(text.contains(want), "{want} missing from:\n{text}");
    }
    assert!(!text.contains("is deleted"), "{text}");
    let mut strings = pyxray::trace::Strings::default();
    for v in [
        -1i64,
        0,
        1,
        -2,
        (1 << 30) - 1,
        -(1 << 30),
        1 << 30,
        -(1 << 30) - 1,
    ] {
        let id = strings.intern_text(&pyxray::trace::Text::Int(v));
        assert_ne!(id, pyxray::trace::NO_STR, "{v}");
        assert_eq!(strings.get(id), v.to_string());
    }
}

/// A global bound to a dict the trace has no table for (an instance's attribute dict,
/// made while nothing records) once named dict number u32::MAX: seeking filled the
/// names up to it, and tracing `d = obj.__dict__` never ended.
#[test]
fn a_global_bound_to_an_instance_dict_is_traced() {
    let src = "class P:\n    pass\np = P()\nfor i in range(12):\n    setattr(p, 'a%d' % i, i)\n\
               d = vars(p)\ne = p.__dict__\ndef f(): pass\nf.x = 1\ng = f.__dict__\n\
               h = {'k': 1}\nprint(len(d), e is d, g)\n";
    let (t, _) = traced(src);
    let text = t.render_text(Granularity::Line);
    for want in [
        "d = {'a0': 0, 'a1': 1,",
        "g = {'x': 1}",
        "h = {'k': 1}",
        "prints \"12 True {'x': 1}\\n\"",
    ] {
        assert!(text.contains(want), "{want} missing from:\n{text}");
    }
    assert!(!text.contains("4294967295"), "{text}");
    let end = t.state_at(t.len() - 1);
    let named: Vec<String> = end
        .dict_names
        .iter()
        .flatten()
        .map(|&n| t.trace.strings.get(n).into_owned())
        .collect();
    // A function's __dict__ is an ordinary dict (func_get_dict), made while recording.
    assert_eq!(
        named,
        ["g", "h"],
        "only dicts with a table in the trace are named"
    );
}

const GENERATORS_AND_CLOSURES: &str = "
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def countdown(n):
    while n > 0:
        yield n
        n -= 1

total = 0
for i in range(120):
    c = make_counter()
    c()
    g = countdown(3)
    total += next(g)
    for v in g:
        total += v + c()
";

fn same_frames(a: &State, b: &State) -> bool {
    a.frames == b.frames
        && a.generators == b.generators
        && a.cells == b.cells
        && a.frame_events == b.frame_events
}

#[test]
fn checkpoint_replay_equals_replay_from_the_start_with_generators_and_cells() {
    let (t, _) = traced(GENERATORS_AND_CLOSURES);
    assert!(
        t.len() > 3 * CHECKPOINT_EVERY,
        "trace too short: {}",
        t.len()
    );
    let mut ats = vec![
        0,
        1,
        CHECKPOINT_EVERY - 1,
        CHECKPOINT_EVERY,
        CHECKPOINT_EVERY + 3,
        t.len() / 2,
        t.len() - 1,
    ];
    // Every suspension in the second checkpoint interval, too.
    ats.extend(
        (CHECKPOINT_EVERY..2 * CHECKPOINT_EVERY)
            .filter(|&i| matches!(t.trace.events.at(i), Event::GenSuspend { .. })),
    );
    for at in ats {
        let (a, b) = (t.state_at(at), replay_from_zero(&t, at));
        assert!(same_state(&a, &b), "state differs at {at}");
        assert!(same_frames(&a, &b), "frames differ at {at}");
    }
}

#[test]
fn frames_generators_and_cells_follow_the_program() {
    let (t, _) = traced(GENERATORS_AND_CLOSURES);
    let name = |id| t.trace.strings.get(id).into_owned();
    // At the first suspension: the module alone on the stack, countdown parked at line 12
    // holding n = 3, and the counter's cell holding 1.
    let at = t
        .trace
        .events
        .iter()
        .position(|e| matches!(e, Event::GenSuspend { .. }))
        .expect("a suspension");
    let s = t.state_at(at);
    assert_eq!(s.frames.len(), 1, "only the module's frame is on the stack");
    let g = &s.generators[0];
    assert_eq!(name(g.name), "countdown");
    assert_eq!(g.phase, pyxray::trace::GenPhase::Suspended);
    assert_eq!(g.resume_line, 12);
    let parked = g.parked.as_ref().expect("a parked frame");
    let locals: Vec<(String, String)> = parked
        .locals
        .iter()
        .map(|b| (name(b.name), name(b.value)))
        .collect();
    assert_eq!(locals, [("n".to_string(), "3".to_string())]);
    let cell = &s.cells[0];
    assert_eq!(
        (name(cell.name), name(cell.value)),
        ("count".into(), "1".into())
    );
    assert_eq!(cell.closures.len(), 1);
    // At the end every frame is gone and every generator is finished.
    let end = t.state_at(t.len() - 1);
    assert!(end.frames.is_empty());
    assert!(
        end.generators
            .iter()
            .all(|g| g.phase == pyxray::trace::GenPhase::Closed)
    );
    let text = t.render_text(Granularity::Micro);
    assert!(
        text.contains("YIELD_VALUE: the generator countdown suspends at line 12, handing 3"),
        "{text}"
    );
    assert!(
        text.contains("STORE_DEREF: the cell for 'count' (shared by make_counter and its closure inc) now holds 1"),
        "{text}"
    );
    assert!(text.contains(
        "_PyEval_EvalFrameDefault enters make_counter(): a new frame on top of <module> (depth 1)"
    ));
}

/// The frame events follow the VM exactly: a pop removes the frame on top, a yield parks
/// the running generator's frame, a resume finds its frame parked. And tracing changes
/// nothing a program prints. Checked over the generator and frames corpora.
#[test]
fn frame_events_stay_in_step_with_the_vm_and_tracing_changes_no_output() {
    let mut programs: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["tests/programs/frames", "tests/programs/gen"] {
        for e in std::fs::read_dir(dir).expect("corpus").flatten() {
            if e.path().extension().is_some_and(|x| x == "py") {
                programs.push(e.path());
            }
        }
    }
    programs.sort();
    assert!(programs.len() > 100, "corpus missing");
    for p in &programs {
        let src = std::fs::read_to_string(p).expect("program");
        let name = p.display().to_string();
        let plain = run::run_source(&src, &name, VmOptions::default());
        let Ok(program) = compile(&src, &name) else {
            continue;
        };
        let mut vm = Vm::new(
            program,
            VmOptions {
                trace: true,
                ..VmOptions::default()
            },
        );
        vm.run();
        assert_eq!(
            vm.stdout, plain.stdout,
            "{name}: tracing changed the output"
        );
        let t = Timeline::from_vm(vm);
        let mut s = State::default();
        for (i, e) in t.trace.events.iter().enumerate() {
            match e {
                Event::FramePop { frame, .. } => assert_eq!(
                    s.frames.back().map(|f| f.frame),
                    Some(frame),
                    "{name} event {i}: popped frame is not on top"
                ),
                Event::GenSuspend { generator, .. } => assert_eq!(
                    s.frames.back().and_then(|f| f.generator),
                    Some(generator),
                    "{name} event {i}: the suspending generator is not running on top"
                ),
                Event::GenResume { generator, .. } => assert!(
                    s.generators
                        .get(generator as usize)
                        .is_some_and(|g| g.parked.is_some()),
                    "{name} event {i}: resumed generator has no parked frame"
                ),
                _ => {}
            }
            s.apply(i, &e, &t.trace);
        }
    }
}

/// Recording must not change what a reference-counted program does: the trace's own
/// bookkeeping allocates nothing on the simulated heap, so gc counts, collections and
/// finalizer order are the same with and without it.
#[test]
fn tracing_does_not_change_a_heap_program() {
    let dir = std::path::Path::new("tests/programs/heap");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("the heap corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    assert!(names.len() >= 200);
    for path in names.iter().step_by(5) {
        let src = std::fs::read_to_string(path).expect("readable");
        let plain = run::run_source(&src, "t.py", VmOptions::default());
        let (_, vm) = traced(&src);
        assert_eq!(vm.stdout, plain.stdout, "{}", path.display());
    }
}

/// Instance dicts convert from split to combined tables in the middle of dict operations
/// (vm/split.rs); tracing them records nothing for those dicts and changes no output.
#[test]
fn tracing_does_not_change_split_table_programs() {
    // Each conversion, on its own: a clone into an empty split dict, popitem(), a key
    // that is not a str, and a new name once the keys are full.
    let conversions = "class A:\n    pass\na = A()\na.__dict__.update({'k': 1})\nb = A()\n\
                       b.x = 1\nb.__dict__.popitem()\nc = A()\nc.__dict__[3] = 1\n\
                       for i in range(40):\n    setattr(c, 'n%d' % i, i)\n\
                       print(a.__dict__, b.__dict__, len(c.__dict__))\n";
    let files = [
        "split_tables",
        "split_tables_mix_03",
        "split_tables_mix_10",
        "dict_attrs_and_sizeof",
    ];
    let sources = files
        .iter()
        .map(|name| {
            let path = format!("tests/programs/core/{name}.py");
            let src = std::fs::read_to_string(&path).expect("readable");
            (path, src)
        })
        .chain([("conversions".to_string(), conversions.to_string())]);
    for (path, src) in sources {
        let plain = run::run_source(&src, "t.py", VmOptions::default());
        let (t, vm) = traced(&src);
        assert_eq!(vm.stdout, plain.stdout, "{path}");
        assert!(!plain.stdout.is_empty(), "{path}");
        assert!(!t.render_text(Granularity::Micro).is_empty(), "{path}");
    }
}

/// A collection's steps replay from checkpoints exactly as from the start.
#[test]
fn checkpoint_replay_equals_replay_from_the_start_with_a_collection() {
    let src = "import gc\ngc.disable()\nclass N:\n    pass\nfor i in range(600):\n    a = N(); b = N(); a.b = b; b.a = a\n    if i % 50 == 0:\n        gc.collect()\n";
    let (t, _) = traced(src);
    assert!(t.len() > CHECKPOINT_EVERY * 2, "{} events", t.len());
    for at in [CHECKPOINT_EVERY + 17, t.len() / 2, t.len() - 1] {
        let a = t.state_at(at);
        let b = replay_from_zero(&t, at);
        assert_eq!(a.heap.nodes, b.heap.nodes, "at {at}");
        assert_eq!(a.heap.counts, b.heap.counts, "at {at}");
        assert_eq!(a.heap.collecting, b.heap.collecting, "at {at}");
    }
}

/// The trashcan's deferral is in the trace: the deposits 50 deep, then each taken out,
/// last deposited first, and the output is the untraced run's.
#[test]
fn the_trashcan_deposits_and_destroys_in_the_trace() {
    let src = std::fs::read_to_string("tests/programs/lifetimes/trashcan_nested_lists.py")
        .expect("the trashcan program");
    let (t, vm) = traced(&src);
    let plain = run::run_source(&src, "t.py", VmOptions::default());
    assert_eq!(vm.stdout, plain.stdout);
    let moves: Vec<(u32, bool)> = t
        .trace
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Trashcan { node, deposit } => Some((node, deposit)),
            _ => None,
        })
        .collect();
    // T(20) then the list holding the rest are deposited; the list comes out first.
    assert_eq!(moves.len(), 4, "{moves:?}");
    assert!(moves[0].1 && moves[1].1 && !moves[2].1 && !moves[3].1);
    assert_eq!(moves[2].0, moves[1].0);
    assert_eq!(moves[3].0, moves[0].0);
    let text = t.render_text(Granularity::Micro);
    assert!(text.contains("_PyTrash_thread_deposit_object"), "{text}");
    assert!(text.contains("_PyTrash_thread_destroy_chain"));
}

/// Every micro-step has something to say: events that only route others, and the marker of
/// an instruction the narration has no words for, are stepped over.
#[test]
fn every_micro_step_is_narrated() {
    let src = "d = {}\nd[1] = 'one'\nd[9] = 'nine'\nd[17] = 'seventeen'\nx = d[9]\ndel d[1]\n";
    let (t, _) = traced(src);
    let mut at = 0;
    let mut silent = Vec::new();
    loop {
        let next = t.next_stop(at, Granularity::Micro);
        if next == at {
            break;
        }
        let before = t.state_at(next - 1);
        let ev = t.trace.events.iter_from(next).next().expect("event");
        if pyxray::trace::narrate::narrate(&t, &before, &ev).is_empty() && next + 1 < t.len() {
            silent.push((next, format!("{ev:?}")));
        }
        assert_eq!(t.prev_stop(next, Granularity::Micro), at);
        at = next;
    }
    assert!(
        silent.is_empty(),
        "micro-steps with no narration: {silent:?}"
    );
}

/// What every event of the trace says, in order (the silent ones left out).
fn narrations(t: &Timeline) -> Vec<String> {
    (1..t.len())
        .map(|i| {
            let before = t.state_at(i - 1);
            let ev = t.trace.events.iter_from(i).next().expect("event");
            pyxray::trace::narrate::narrate(t, &before, &ev)
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// A defaultdict's missing key: the lookup misses, `__missing__` is narrated with the
/// factory, and then the factory's value is inserted, in that order.
#[test]
fn a_defaultdict_miss_is_narrated_between_the_lookup_and_the_insert() {
    let src = "from collections import defaultdict\nc = defaultdict(int)\nc['a'] += 1\n";
    let (t, _) = traced(src);
    let said = narrations(&t);
    let at = |needle: &str| {
        said.iter()
            .position(|s| s.contains(needle))
            .unwrap_or_else(|| panic!("no step says {needle:?}: {said:#?}"))
    };
    let miss = at("the key is not in the dict");
    let missing = at(
        "'a' is missing: the defaultdict's __missing__() calls its default_factory, \
         <class 'int'>, and stores the result under that key",
    );
    let insert = at("entries[0] = (hash");
    assert!(miss < missing && missing < insert, "{said:#?}");
    assert!(
        said.iter()
            .any(|s| s == "c = defaultdict(<class 'int'>, {})"),
        "{said:#?}"
    );
}

/// Counting with a Counter: one hash per element (`_count_elements()` passes it to both
/// the lookup and the insert), and a missing key's subscript says `__missing__` stored
/// nothing.
#[test]
fn a_counter_hashes_each_element_once_and_its_misses_store_nothing() {
    let src = "from collections import Counter\nc = Counter('abca')\nn = c['z']\n";
    let (t, _) = traced(src);
    let said = narrations(&t);
    let hashes_of_a = said.iter().filter(|s| s.starts_with("hash('a')")).count();
    assert_eq!(hashes_of_a, 2, "once per 'a' counted: {said:#?}");
    assert!(
        said.iter()
            .any(|s| s == "'z' is missing: Counter.__missing__() returns 0 and stores nothing"),
        "{said:#?}"
    );
    assert!(
        said.iter()
            .any(|s| s.contains("entries[0] = (hash") && s.contains("'a', 1)")),
        "{said:#?}"
    );
}

/// The text trace's micro-steps are the app's: each says something (an event that only
/// routes others travels with the next one that speaks).
#[test]
fn every_micro_step_of_the_text_trace_says_something() {
    let (t, _) = traced(CHURN);
    let text = t.render_text(Granularity::Micro);
    let lines: Vec<&str> = text.lines().collect();
    let silent: Vec<&str> = lines
        .windows(2)
        .filter(|w| w[0].starts_with("step ") && w[1].starts_with("step "))
        .map(|w| w[0])
        .collect();
    assert!(silent.is_empty(), "steps that say nothing: {silent:#?}");
    // One step per stop the app walks.
    let mut stops = 1;
    let mut at = 0;
    loop {
        let next = t.next_stop(at, Granularity::Micro);
        if next == at {
            break;
        }
        stops += 1;
        at = next;
    }
    assert_eq!(t.groups(Granularity::Micro).len(), stops);
}
