//! Simulated threads: determinism of the trace, and what is refused rather than guessed.

use pyxray::models::gil::{Mode, WakePolicy};
use pyxray::run::run_source;
use pyxray::trace::Timeline;
use pyxray::vm::{Vm, VmOptions};

const CONTENDED: &str = r#"
import threading
lock = threading.Lock()
n = 0
def bump(x):
    return x + 1
def add():
    global n
    for _ in range(40000):
        with lock:
            n = bump(n)
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n)
"#;

/// Three CPU-bound threads switching every 0.2 ms: after a forced drop two threads wait for
/// the GIL, so which one the OS wakes decides the interleaving.
const SPINNERS: &str = r#"
import sys
import threading
sys.setswitchinterval(0.0002)
def spin():
    i = 0
    while i < 100000:
        i += 1
ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
"#;

fn trace(src: &str, policy: WakePolicy, seed: u64) -> Timeline {
    let program = pyxray::frontend::compile(src, "t.py").expect("compiles");
    let mut opts = VmOptions {
        trace: true,
        max_steps: 100_000_000,
        ..VmOptions::default()
    };
    opts.threads.policy = policy;
    opts.threads.seed = seed;
    let mut vm = Vm::new(program, opts);
    vm.run();
    assert!(
        vm.stdout == "160000\n" || vm.stdout == "done\n",
        "{}",
        vm.stdout
    );
    Timeline::from_vm(vm)
}

#[test]
fn the_same_program_and_seed_give_the_same_trace() {
    let a = trace(CONTENDED, WakePolicy::Random, 7);
    let b = trace(CONTENDED, WakePolicy::Random, 7);
    assert!(a.trace.events == b.trace.events, "same seed, another trace");
    let a = trace(SPINNERS, WakePolicy::Random, 7);
    let b = trace(SPINNERS, WakePolicy::Random, 7);
    assert!(a.trace.events == b.trace.events, "same seed, another trace");
    // Which waiter wakes changes the interleaving, not the output.
    let fifo = trace(SPINNERS, WakePolicy::Fifo, 0);
    let lifo = trace(SPINNERS, WakePolicy::Lifo, 0);
    assert!(
        fifo.trace.events != lifo.trace.events,
        "the wake policy changed nothing"
    );
}

fn run(src: &str) -> (i32, String, String) {
    let out = run_source(src, "t.py", VmOptions::default());
    (out.exit_code, out.stdout, out.stderr)
}

#[test]
fn a_deadlock_is_reported_not_hung() {
    let (code, _, err) = run("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("deadlock"), "{err}");
}

#[test]
fn what_is_not_simulated_is_refused_with_its_location() {
    let (code, _, err) = run("import threading\nc = threading.Condition()\n");
    assert_eq!(code, 2);
    assert_eq!(
        err.trim_end(),
        "t.py:2:1: pyxray does not simulate threading.Condition yet"
    );
    // A blocking call from Python code a built-in runs to completion (here __repr__ for
    // print) cannot park its thread.
    let src = "import threading\nimport time\nclass A:\n    def __repr__(self):\n        time.sleep(0.01)\n        return 'A'\nprint(A())\n";
    let (code, _, err) = run(src);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("a blocking call inside a method a built-in called"),
        "{err}"
    );
}

#[test]
fn free_threaded_runs_keep_the_output() {
    let mut opts = VmOptions {
        max_steps: 100_000_000,
        ..VmOptions::default()
    };
    opts.threads.mode = Mode::FreeThreaded { cores: 4 };
    let out = run_source(CONTENDED, "contended.py", opts);
    assert_eq!(out.stdout, "160000\n", "{}", out.stderr);
}
