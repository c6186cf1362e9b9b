//! Runs a file with tracing on and reports the event count (for profiling the recorder).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let program = pyxray::frontend::compile(&src, &path).expect("compiles");
    let mut vm = pyxray::vm::Vm::new(
        program,
        pyxray::vm::VmOptions {
            trace: true,
            ..Default::default()
        },
    );
    vm.run();
    println!(
        "{} events",
        vm.recorder.map(|r| r.trace.events.len()).unwrap_or(0)
    );
}
