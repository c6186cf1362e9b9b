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
                exit::EXCEPTION | exit::KEYBOARD_INTERRUPT => raised += 1,
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

/// Python code a built-in runs (`__repr__` for `repr()`, `__len__` for `len()`) nests on
/// the Rust stack up to the recursion limit; on a thread with a small stack that must still
/// end in CPython's RecursionError, not a stack overflow.
#[test]
fn recursion_through_builtins_ends_in_recursion_error_on_a_small_stack() {
    let src = r#"
class Node:
    def __repr__(self):
        return "Node(" + repr(self.nxt) + ")"
n = Node()
n.nxt = n
try:
    repr(n)
except RecursionError as e:
    print("repr:", e)
class Sized:
    def __len__(self):
        return len(self)
try:
    len(Sized())
except RecursionError as e:
    print("len:", e)
deep = []
for _ in range(5000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("nested list:", e)
"#;
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let out = run_source(src, "small_stack.py", VmOptions::default());
            (out.exit_code, out.stdout, out.stderr)
        })
        .expect("thread")
        .join()
        .expect("no panic");
    let (exit_code, stdout, stderr) = out;
    assert_eq!(exit_code, exit::OK, "{stderr}");
    assert_eq!(
        stdout,
        "repr: maximum recursion depth exceeded while calling a Python object\n\
         len: maximum recursion depth exceeded\n\
         nested list: maximum recursion depth exceeded while getting the repr of an object\n"
    );
}
