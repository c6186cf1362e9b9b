//! Golden tests for `pyxray::models::hash`: every record of `tests/golden/hashes.json`
//! (CPython 3.11 `hash()` under five `PYTHONHASHSEED` values) must be reproduced exactly.

use num_bigint::BigInt;
use pyxray::models::hash::{
    HashSecret, hash_bigint, hash_bytes, hash_float, hash_frozenset, hash_str, hash_tuple,
};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn golden_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/hashes.json")
}

/// Computes the hash of one encoded value (`kind` + `value`, see the probe's docstring).
fn hash_of(kind: &str, value: &Value, secret: &HashSecret) -> i64 {
    match kind {
        "int" => {
            let s = value.as_str().expect("int value is a string");
            hash_bigint(&s.parse::<BigInt>().expect("decimal int"))
        }
        "bool" => i64::from(value.as_bool().expect("bool value")),
        "float" => {
            let s = value.as_str().expect("float value is a string");
            let v: f64 = s.parse().expect("float repr parses");
            hash_float(v).expect("no NaN in the golden data")
        }
        "str" => hash_str(value.as_str().expect("str value"), secret),
        "bytes" => {
            let b: Vec<u8> = value
                .as_array()
                .expect("bytes value is a list")
                .iter()
                .map(|x| x.as_u64().expect("byte") as u8)
                .collect();
            hash_bytes(&b, secret)
        }
        "tuple" | "frozenset" => {
            let items: Vec<i64> = value
                .as_array()
                .expect("container value is a list")
                .iter()
                .map(|it| {
                    hash_of(
                        it["kind"].as_str().expect("item kind"),
                        &it["value"],
                        secret,
                    )
                })
                .collect();
            if kind == "tuple" {
                hash_tuple(&items)
            } else {
                hash_frozenset(&items)
            }
        }
        other => panic!("unknown kind {other}"),
    }
}

fn load(path: &PathBuf) -> Vec<Value> {
    let text = std::fs::read_to_string(path).expect("read golden");
    serde_json::from_str::<Value>(&text)
        .expect("golden is JSON")
        .as_array()
        .expect("golden is a list")
        .clone()
}

#[test]
fn golden_hashes_match() {
    let records = load(&golden_path());
    assert!(records.len() > 500, "golden file looks truncated");
    let mut failures = Vec::new();
    for r in &records {
        let seed = r["seed"].as_u64().expect("seed") as u32;
        let secret = HashSecret::from_seed(seed);
        let kind = r["kind"].as_str().expect("kind");
        let want = r["hash"].as_i64().expect("hash");
        let got = hash_of(kind, &r["value"], &secret);
        if got != want {
            failures.push(format!(
                "seed {seed} {kind} {}: want {want}, got {got}",
                r["value"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
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
fn golden_hashes_are_current() {
    if !python311() {
        println!("skipping: python3 is not CPython 3.11");
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!("pyxray-hashes-{}.json", std::process::id()));
    let status = Command::new("python3")
        .arg(dir.join("tests/probe/probe_hashes.py"))
        .arg(&out)
        .status()
        .expect("run probe");
    assert!(status.success(), "probe failed");
    let fresh = load(&out);
    let _ = std::fs::remove_file(&out);
    assert_eq!(
        fresh,
        load(&golden_path()),
        "regenerate tests/golden/hashes.json"
    );
}
