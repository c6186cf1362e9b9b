//! Feeds every `.py` file of the local CPython's standard library to the front end and the
//! VM (with a small step cap): each must either run or be rejected cleanly — never panic.
//! Skipped (with a message) when no python3 is on PATH to say where `Lib/` is.

use pyxray::run::{exit, run_source};
use pyxray::vm::VmOptions;
use std::path::{Path, PathBuf};

fn stdlib_dir() -> Option<PathBuf> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    p.is_dir().then_some(p)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn every_stdlib_file_runs_or_is_rejected_cleanly() {
    let Some(lib) = stdlib_dir() else {
        eprintln!("skipped: python3 not found, so no Lib/ to read");
        return;
    };
    let mut files = Vec::new();
    collect(&lib, &mut files);
    assert!(
        files.len() > 500,
        "expected CPython's Lib/, found {} files",
        files.len()
    );
    let (mut ran, mut rejected, mut raised, mut capped, mut unreadable) = (0, 0, 0, 0, 0);
    let mut panics = Vec::new();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            unreadable += 1;
            continue;
        };
        let path = f.display().to_string();
        let result = std::panic::catch_unwind(|| {
            let opts = VmOptions {
                max_steps: 20_000,
                ..VmOptions::default()
            };
            let out = run_source(&src, &path, opts);
            (out.exit_code, out.stderr)
        });
        match result {
            Ok((code, stderr)) => match code {
                exit::OK => ran += 1,
                exit::EXCEPTION => raised += 1,
                exit::STEP_CAP => capped += 1,
                _ => {
                    rejected += 1;
                    assert!(
                        stderr.starts_with(&format!("{path}:")),
                        "a rejection must say file:line:col, got {stderr:?}"
                    );
                }
            },
            Err(_) => panics.push(path),
        }
    }
    eprintln!(
        "{} files: {ran} ran, {raised} raised, {capped} hit the step cap, {rejected} rejected, {unreadable} unreadable",
        files.len()
    );
    assert!(
        panics.is_empty(),
        "panicked on {} files: {:?}",
        panics.len(),
        &panics[..panics.len().min(20)]
    );
}
