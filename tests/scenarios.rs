//! Every bundled scenario agrees with python3 under `pyxray check` (stdout, exit code, dict
//! tables).
//!
//! This is its own test binary on purpose: cargo runs test binaries one after another, so
//! nothing else loads the machine while python3 runs the GIL scenarios. Their printed claims
//! are about wall-clock time (a sleep beside a CPU hog), chosen to hold on a busy machine
//! too (docs/gil.md, "Timing claims in the scenarios"), but a test suite running beside them
//! is needless noise.

use std::process::Command;

#[test]
fn check_agrees_with_python_on_every_bundled_scenario() {
    let python = Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status();
    if !python.is_ok_and(|s| s.success()) {
        eprintln!("skipped: python3 3.11 is not on PATH");
        return;
    }
    let mut paths: Vec<_> = std::fs::read_dir("scenarios")
        .expect("scenarios/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no scenarios found");
    let mut disagreements = Vec::new();
    for path in &paths {
        let out = Command::new(env!("CARGO_BIN_EXE_pyxray"))
            .args(["check", &path.display().to_string()])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run pyxray");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if out.status.code() != Some(0) || !stdout.contains("agrees with") {
            disagreements.push(format!(
                "{}: exit {:?}\n{stdout}{}",
                path.display(),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} scenarios disagree with python3:\n{}",
        disagreements.len(),
        paths.len(),
        disagreements.join("\n")
    );
}
