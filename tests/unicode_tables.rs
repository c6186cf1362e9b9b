//! `src/models/unicode_tables.rs` is CPython 3.11's Unicode data as its str methods answer
//! it: regenerated from python3 it must come out identical, and a committed sample
//! (`tests/golden/unicode_sample.json`) checks the lookups without python.

use pyxray::models::unicode as uc;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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

fn generator(flag: &str) -> String {
    let out = Command::new("python3")
        .arg(root().join("tests/probe/gen_unicode_tables.py"))
        .arg(flag)
        .output()
        .expect("run the generator");
    assert!(out.status.success(), "generator failed");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn tables_are_what_python3_generates() {
    if !python311() {
        println!("skipping: python3 is not CPython 3.11");
        return;
    }
    let committed =
        std::fs::read_to_string(root().join("src/models/unicode_tables.rs")).expect("read");
    assert!(
        generator("--stdout") == committed,
        "src/models/unicode_tables.rs is stale: python3 tests/probe/gen_unicode_tables.py"
    );
    let sample =
        std::fs::read_to_string(root().join("tests/golden/unicode_sample.json")).expect("read");
    assert!(
        generator("--sample") == sample,
        "tests/golden/unicode_sample.json is stale: \
         python3 tests/probe/gen_unicode_tables.py --sample > tests/golden/unicode_sample.json"
    );
}

fn one(f: fn(&str) -> String, c: char) -> String {
    f(&c.to_string())
}

#[test]
fn lookups_agree_with_the_sample() {
    let text =
        std::fs::read_to_string(root().join("tests/golden/unicode_sample.json")).expect("read");
    let rows: Vec<Value> = serde_json::from_str(&text).expect("JSON");
    assert!(rows.len() > 50);
    for row in rows {
        let cp = row["cp"].as_u64().expect("cp") as u32;
        let c = char::from_u32(cp).expect("a char");
        let props: Vec<&str> = row["props"]
            .as_array()
            .expect("props")
            .iter()
            .map(|p| p.as_str().expect("name"))
            .collect();
        let ours: Vec<&str> = [
            ("ALPHA", uc::is_alpha(c)),
            ("DECIMAL", uc::is_decimal(c)),
            ("DIGIT", uc::is_digit(c)),
            ("NUMERIC", uc::is_numeric(c)),
            ("SPACE", uc::is_space(c)),
            ("LOWER", uc::is_lower(c)),
            ("UPPER", uc::is_upper(c)),
            ("TITLE", uc::is_title(c)),
            ("CASED", uc::is_cased(c)),
            ("CASE_IGNORABLE", uc::is_case_ignorable(c)),
            ("PRINTABLE", uc::is_printable(c)),
            (
                "XID_START",
                c != '_' && uc::str_isidentifier(&c.to_string()),
            ),
            ("XID_CONTINUE", uc::str_isidentifier(&format!("a{c}"))),
        ]
        .into_iter()
        .filter_map(|(n, v)| v.then_some(n))
        .collect();
        assert_eq!(ours, props, "U+{cp:04X}");
        let decimal = row["decimal"].as_u64().map(|d| d as u32);
        assert_eq!(uc::decimal_value(c), decimal, "U+{cp:04X} decimal");
        assert_eq!(one(uc::lower, c), row["lower"], "U+{cp:04X} lower");
        assert_eq!(one(uc::upper, c), row["upper"], "U+{cp:04X} upper");
        assert_eq!(one(uc::title, c), row["title"], "U+{cp:04X} title");
        assert_eq!(one(uc::casefold, c), row["casefold"], "U+{cp:04X} casefold");
    }
}
