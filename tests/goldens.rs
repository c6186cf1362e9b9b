//! Differential tests against real CPython 3.11: every committed golden (recorded by
//! `tests/probe/make_goldens.py` through `assets/cpython_probe.py`) is replayed in the
//! simulator, which must print the same stdout, exit the same way, and leave byte-identical
//! dict tables. Needs no python; `goldens_are_current` re-records them when python3.11 is
//! present and fails if CPython's answers changed.

use pyxray::run::run_source_inspected;
use pyxray::vm::VmOptions;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn golden_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "json") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new("tests/golden/programs"), &mut out);
    out.sort();
    out
}

/// Compares one golden; returns a description of each difference.
fn check_golden(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let golden: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => return vec![format!("unreadable golden: {e}")],
    };
    let program = golden["program"].as_str().unwrap_or_default();
    let seed = golden["seed"].as_u64().unwrap_or(0) as u32;
    let Ok(source) = std::fs::read_to_string(program) else {
        return vec![format!("missing program {program}")];
    };
    let opts = VmOptions {
        hash_seed: seed,
        ..VmOptions::default()
    };
    let (out, ours) = run_source_inspected(&source, program, opts);
    let mut diffs = Vec::new();
    let want_stdout = golden["stdout"].as_str().unwrap_or_default();
    if out.stdout != want_stdout {
        diffs.push(format!(
            "stdout:\n{}",
            pyxray::diff::line_diff(want_stdout, &out.stdout)
        ));
    }
    let want_exit = golden["exit"].as_i64().unwrap_or(0) as i32;
    if out.exit_code != want_exit {
        diffs.push(format!(
            "exit code: python3 {want_exit}, pyxray {} ({})",
            out.exit_code,
            out.stderr.trim_end()
        ));
    }
    if let Some(want_last) = golden["stderr_last_line"].as_str() {
        let got = out.stderr.lines().last().unwrap_or("");
        if got != want_last {
            diffs.push(format!(
                "last stderr line: python3 {want_last:?}, pyxray {got:?}"
            ));
        }
    }
    if let Some(want) = golden["stderr"].as_str() {
        let got = mask_stderr(&out.stderr);
        if got != want {
            diffs.push(format!("stderr:\n{}", pyxray::diff::line_diff(want, &got)));
        }
    }
    if out.vm.is_some() {
        // dict_table_diffs masks addresses in reprs, so no early `==` short-cut here.
        diffs.extend(pyxray::diff::dict_table_diffs(
            &golden["inspect"]["dicts"],
            &ours["dicts"],
        ));
    }
    diffs
}

/// stderr as make_goldens.py records it: the checkout's path and addresses masked.
fn mask_stderr(text: &str) -> String {
    let root = std::env::current_dir()
        .map(|d| format!("{}/", d.display()))
        .unwrap_or_default();
    pyxray::diff::mask_addresses(&text.replace(&root, ""))
}

#[test]
fn simulator_matches_every_cpython_golden() {
    let files = golden_files();
    assert!(!files.is_empty(), "no goldens under tests/golden/programs");
    let mut failures = Vec::new();
    for f in &files {
        let diffs = check_golden(f);
        if !diffs.is_empty() {
            failures.push(format!("{}:\n  {}", f.display(), diffs.join("\n  ")));
        }
    }
    eprintln!("{} goldens, {} differ", files.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} goldens differ from CPython:\n{}",
        failures.len(),
        files.len(),
        failures[..failures.len().min(15)].join("\n")
    );
}

fn python311() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn goldens_are_current() {
    if !python311() {
        eprintln!("skipped: python3 3.11 is not on PATH");
        return;
    }
    let status = std::process::Command::new("python3")
        .args(["tests/probe/make_goldens.py", "--check"])
        .status()
        .expect("run make_goldens.py");
    assert!(
        status.success(),
        "re-recorded goldens differ from the committed ones"
    );
}
