//! Timing under the GIL agrees with real CPython 3.11 measured on this machine.
//!
//! `tests/probe/probe_gil_timing.py` runs unchanged under python3 and under pyxray; its
//! CPython figures (median of several runs) are committed in `tests/golden/gil_timing.json`
//! by `tests/probe/record_gil_timing.py`. pyxray's figures come from its virtual clock and
//! must be within 15 % of them. The calibration loop's speed is compared with CPython's
//! fastest run: other load on the machine only ever adds time to a CPU-bound loop.

use pyxray::run::run_source;
use pyxray::vm::VmOptions;
use serde_json::Value;
use std::collections::BTreeMap;

fn pyxray_figures() -> BTreeMap<String, f64> {
    let src = std::fs::read_to_string("tests/probe/probe_gil_timing.py").expect("probe");
    let opts = VmOptions {
        max_steps: 2_000_000_000,
        ..VmOptions::default()
    };
    let out = run_source(&src, "tests/probe/probe_gil_timing.py", opts);
    assert_eq!(out.exit_code, 0, "{}", out.stderr);
    out.stdout
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(' ')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect()
}

#[test]
fn gil_timing_matches_cpython_within_15_percent() {
    let text = std::fs::read_to_string("tests/golden/gil_timing.json").expect("golden");
    let golden: Value = serde_json::from_str(&text).expect("json");
    let ours = pyxray_figures();
    let mut report = Vec::new();
    let mut bad = Vec::new();
    for key in [
        "iter_ns",
        "handoffs",
        "ratio",
        "sleep_alone",
        "convoy_5ms",
        "convoy_1ms",
    ] {
        let want = if key == "iter_ns" {
            golden["iter_ns_all"][0].as_f64()
        } else {
            golden[key].as_f64()
        }
        .expect("golden figure");
        let got = *ours.get(key).unwrap_or(&f64::NAN);
        let off = (got - want).abs() / want;
        report.push(format!(
            "{key}: CPython {want:.3}, pyxray {got:.3} ({:+.1} %)",
            100.0 * (got - want) / want
        ));
        if off.is_nan() || off > 0.15 {
            bad.push(key);
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(
        bad.is_empty(),
        "off by more than 15 %: {bad:?}\n{}",
        report.join("\n")
    );
}
