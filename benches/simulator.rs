//! Simulator benchmarks (see docs/performance.md):
//! - 1M dict inserts (`for i in range(1_000_000): d[i] = i`) with tracing off and on;
//! - seeking to random steps of a trace of at least 10M events;
//! - the memory a traced event costs on average (its encoding in the trace's log).
//!
//! The insert loop is timed without dropping the VM afterwards, as CPython's loop is
//! timed (`time.perf_counter()` around it) without the interpreter's teardown.

use criterion::{Criterion, criterion_group, criterion_main};
use pyxray::frontend::compile;
use pyxray::trace::{Event, Timeline};
use pyxray::vm::{Vm, VmOptions};
use std::hint::black_box;
use std::time::Duration;

const INSERTS: &str = "d = {}\nfor i in range(1000000):\n    d[i] = i\n";

fn run(src: &str, trace: bool) -> Vm {
    let program = compile(src, "bench.py").expect("compiles");
    let mut vm = Vm::new(
        program,
        VmOptions {
            trace,
            max_steps: u64::MAX,
            ..VmOptions::default()
        },
    );
    vm.run();
    vm
}

fn inserts(c: &mut Criterion) {
    let mut g = c.benchmark_group("dict_1m_inserts");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("tracing_off", |b| {
        b.iter_with_large_drop(|| run(INSERTS, false))
    });
    g.bench_function("tracing_on", |b| {
        b.iter_with_large_drop(|| run(INSERTS, true))
    });
    g.finish();
}

/// A small xorshift so the seek targets are the same on every run.
fn targets(n: usize, len: usize) -> Vec<usize> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % len as u64) as usize
        })
        .collect()
}

fn seek(c: &mut Criterion) {
    // Inserts with deletes and collisions: about 13M events.
    let src = "d = {}\nx = 1\nfor i in range(1000000):\n    x = (x * 1103515245 + 12345) % 2147483648\n    d[x % 200000] = i\n";
    let vm = run(src, true);
    let trace = vm.recorder.clone().map(|r| r.finish()).unwrap_or_default();
    let n = trace.events.len();
    let strings = trace.strings.len();
    let encoded = trace.events.heap_bytes();
    let timeline = Timeline::new(vm.program.clone(), trace);
    eprintln!(
        "seek trace: {n} events, {:.2} bytes per event in the log ({encoded} bytes; an \
         Event is {} bytes decoded), {strings} interned strings",
        encoded as f64 / n as f64,
        std::mem::size_of::<Event>()
    );
    assert!(
        n >= 10_000_000,
        "the seek benchmark needs a 10M-event trace, got {n}"
    );
    let points = targets(1000, n);
    let mut i = 0;
    let mut g = c.benchmark_group("timeline");
    g.sample_size(50);
    g.bench_function("seek_random_step_10m_events", |b| {
        b.iter(|| {
            i = (i + 1) % points.len();
            black_box(timeline.state_at(points[i]).line)
        })
    });
    g.finish();
}

criterion_group!(benches, inserts, seek);
criterion_main!(benches);
