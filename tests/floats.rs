//! Golden tests for `pyxray::vm::format`: `repr(float)`, `format()` of floats and ints,
//! and `%`-formatting of floats and ints must match CPython 3.11 byte for byte
//! (`tests/golden/float_repr.json`, `tests/golden/float_format.json`).

use num_bigint::BigInt;
use pyxray::vm::format::{
    PercentFlags, PercentSpec, float_repr, format_float, format_int, percent_float, percent_int,
};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn load(path: &PathBuf) -> Vec<Value> {
    let text = std::fs::read_to_string(path).expect("read golden");
    serde_json::from_str::<Value>(&text)
        .expect("golden is JSON")
        .as_array()
        .expect("golden is a list")
        .clone()
}

/// Parses `float.hex()` output (`[-]0xH.HHHp[+-]E`, `inf`, `-inf`, `nan`).
fn from_hex(s: &str) -> f64 {
    match s {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" => return f64::NAN,
        _ => {}
    }
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let s = s.strip_prefix("0x").expect("0x prefix");
    let (mant, exp) = s.split_once('p').expect("p exponent");
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut m = u64::from_str_radix(int_part, 16).expect("hex int");
    for c in frac.chars() {
        m = m * 16 + c.to_digit(16).expect("hex digit") as u64;
    }
    let e: i32 = exp.parse::<i32>().expect("exponent") - 4 * frac.len() as i32;
    // m < 2**53 and the value is exactly representable: scale in two exact steps.
    let v = (m as f64) * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if neg { -v } else { v }
}

#[test]
fn repr_matches_golden() {
    let rows = load(&golden("float_repr.json"));
    assert!(rows.len() > 300);
    let mut bad = Vec::new();
    for r in &rows {
        let hex = r["hex"].as_str().expect("hex");
        let want = r["repr"].as_str().expect("repr");
        let v = from_hex(hex);
        assert!(v.is_nan() || v.to_bits() == from_hex(hex).to_bits());
        let got = float_repr(v);
        if got != want {
            bad.push(format!("{hex}: want {want}, got {got}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Applies one `%` conversion spec (no `*`) to a value.
fn percent(
    spec: &str,
    f: impl Fn(&pyxray::vm::format::PercentSpec, Option<usize>, Option<usize>) -> String,
) -> String {
    // `[flags][width][.precision]conv`, read as unicode_format_arg_parse() does.
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut flags = PercentFlags::default();
    while let Some(&c) = chars.get(i) {
        match c {
            '-' => flags.ljust = true,
            '+' => flags.sign = true,
            ' ' => flags.blank = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let number = |i: &mut usize| -> Option<usize> {
        let start = *i;
        while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
            *i += 1;
        }
        (*i > start).then(|| {
            chars[start..*i]
                .iter()
                .collect::<String>()
                .parse()
                .expect("digits")
        })
    };
    let width = number(&mut i);
    let mut precision = None;
    if chars.get(i) == Some(&'.') {
        i += 1;
        precision = Some(number(&mut i).unwrap_or(0));
    }
    let conv = *chars.get(i).expect("a conversion character");
    f(&PercentSpec { flags, conv }, width, precision)
}

#[test]
fn format_matches_golden() {
    let rows = load(&golden("float_format.json"));
    let mut bad = Vec::new();
    for r in &rows {
        let kind = r["kind"].as_str().expect("kind");
        let value = r["value"].as_str().expect("value");
        let spec = r["spec"].as_str().expect("spec");
        let want: Result<String, String> = match r["out"].as_str() {
            Some(o) => Ok(o.to_string()),
            None => Err(r["error"].as_str().expect("error").to_string()),
        };
        let got = match kind {
            "float" => format_float(from_hex(value), spec),
            "int" => format_int(&value.parse::<BigInt>().expect("int"), spec),
            "pfloat" => Ok(percent(spec, |s, w, p| {
                percent_float(from_hex(value), s, w, p)
            })),
            "pint" => {
                let v = value.parse::<BigInt>().expect("int");
                Ok(percent(spec, |s, w, p| {
                    percent_int(&v, s, w, p).expect("the recorded ints are within the digit limit")
                }))
            }
            other => panic!("unknown kind {other}"),
        };
        if got != want {
            bad.push(format!(
                "{kind} {value} {spec:?}: want {want:?}, got {got:?}"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

fn python311() -> bool {
    match Command::new("python3").arg("--version").output() {
        Ok(out) => {
            let v = String::from_utf8_lossy(&out.stdout).to_string()
                + &String::from_utf8_lossy(&out.stderr);
            v.trim().starts_with("Python 3.11")
        }
        Err(_) => false,
    }
}

#[test]
fn goldens_are_current() {
    if !python311() {
        println!("skipping: python3 is not CPython 3.11");
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = std::env::temp_dir();
    let pid = std::process::id();
    let a = tmp.join(format!("pyxray-float-repr-{pid}.json"));
    let b = tmp.join(format!("pyxray-float-format-{pid}.json"));
    let status = Command::new("python3")
        .arg(dir.join("tests/probe/probe_floats.py"))
        .arg(&a)
        .arg(&b)
        .status()
        .expect("run probe");
    assert!(status.success(), "probe failed");
    let (fa, fb) = (load(&a), load(&b));
    let _ = std::fs::remove_file(&a);
    let _ = std::fs::remove_file(&b);
    assert_eq!(
        fa,
        load(&golden("float_repr.json")),
        "regenerate float_repr.json"
    );
    assert_eq!(
        fb,
        load(&golden("float_format.json")),
        "regenerate float_format.json"
    );
}
