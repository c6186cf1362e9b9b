//! Small, readable differences between CPython's results and pyxray's, for `pyxray check`
//! and the golden tests.

use serde_json::Value;

/// The first differing lines of two texts, with a few lines of context.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = e
        .iter()
        .zip(a.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = String::new();
    let from = first.saturating_sub(2);
    for line in &e[from..first] {
        out.push_str(&format!("    {}", line.trim_end_matches('\n')));
        out.push('\n');
    }
    for (tag, lines) in [("python3", &e), ("pyxray ", &a)] {
        for l in lines.iter().skip(first).take(3) {
            out.push_str(&format!(
                "  {tag} | {}\n",
                l.trim_end_matches('\n').escape_debug()
            ));
        }
        if lines.len() <= first {
            out.push_str(&format!("  {tag} | <end of output>\n"));
        }
    }
    out.push_str(&format!(
        "  (first difference at line {}; python3 printed {} lines, pyxray {})",
        first + 1,
        e.len(),
        a.len()
    ));
    out
}

/// One line per differing field of each dict table (`inspect`'s `dicts` objects).
pub fn dict_table_diffs(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let (Some(e), Some(a)) = (expected.as_object(), actual.as_object()) else {
        if expected != actual {
            out.push("dict tables differ".to_string());
        }
        return out;
    };
    for (name, et) in e {
        let Some(at) = a.get(name) else {
            out.push(format!("dict '{name}': missing from pyxray"));
            continue;
        };
        if is_unmodelled(at) {
            out.extend(item_diffs(name, et, at));
            continue;
        }
        // A key hashed by its address (an instance without __hash__, None) places
        // itself by CPython's address, which no simulation reproduces: such a table is
        // compared by its sizes and entries only (the golden recorder stores null there).
        let by_address = hashed_by_address(et);
        for field in ["log2_size", "kind", "usable", "nentries", "indices"] {
            if field == "indices" && (by_address || et.get(field).is_some_and(Value::is_null)) {
                continue;
            }
            if et.get(field) != at.get(field) {
                out.push(format!(
                    "dict '{name}': {field} python3 {} / pyxray {}",
                    short(et.get(field)),
                    short(at.get(field))
                ));
            }
        }
        let ee = et.get("entries").and_then(Value::as_array);
        let ae = at.get("entries").and_then(Value::as_array);
        if let (Some(ee), Some(ae)) = (ee, ae) {
            for (i, (x, y)) in ee.iter().zip(ae.iter()).enumerate() {
                let (mut x, mut y) = (masked_entry(x), masked_entry(y));
                if by_address {
                    for e in [&mut x, &mut y] {
                        if let Some(h) = e.get_mut("hash") {
                            *h = Value::Null;
                        }
                    }
                }
                if x != y {
                    out.push(format!("dict '{name}': entry {i} python3 {x} / pyxray {y}"));
                    break;
                }
            }
            if ee.len() != ae.len() {
                out.push(format!(
                    "dict '{name}': {} entries in python3, {} in pyxray",
                    ee.len(),
                    ae.len()
                ));
            }
        }
    }
    for name in a.keys() {
        if !e.contains_key(name) {
            out.push(format!("dict '{name}': only in pyxray"));
        }
    }
    out
}

/// Whether pyxray's side claims no layout for a table (an instance's `__dict__`).
pub fn is_unmodelled(table: &Value) -> bool {
    table.get("layout").and_then(Value::as_str) == Some(crate::run::NOT_MODELLED)
}

/// The notes `check` prints for the tables it compares by their items only.
pub fn unmodelled_notes(actual: &Value) -> Vec<String> {
    let Some(a) = actual.as_object() else {
        return Vec::new();
    };
    a.iter()
        .filter(|(_, t)| is_unmodelled(t))
        .map(|(name, _)| {
            format!(
                "note: dict '{name}' is the __dict__ of an instance whose attribute table \
                 pyxray does not model: compared by its items only"
            )
        })
        .collect()
}

/// A table compared by its items (hash, key, value) only, whatever their slots.
fn item_diffs(name: &str, expected: &Value, actual: &Value) -> Vec<String> {
    let by_address = hashed_by_address(expected) || hashed_by_address(actual);
    let items = |t: &Value| -> Vec<String> {
        let mut items: Vec<String> = t
            .get("entries")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|e| !e.is_null())
            .map(|e| {
                let mut e = masked_entry(e);
                if by_address && let Some(h) = e.get_mut("hash") {
                    *h = Value::Null;
                }
                e.to_string()
            })
            .collect();
        items.sort();
        items
    };
    let (want, got) = (items(expected), items(actual));
    if want == got {
        return Vec::new();
    }
    vec![format!(
        "dict '{name}': items python3 {} / pyxray {}",
        short(Some(&Value::from(want))),
        short(Some(&Value::from(got)))
    )]
}

/// Whether a table (as `inspect` shows it) has a key whose hash is its address.
fn hashed_by_address(table: &Value) -> bool {
    // The probe marks a table whose keys hash by address whatever their repr says.
    if table.get("address_hashed").and_then(Value::as_bool) == Some(true) {
        return true;
    }
    let entries = table.get("entries").and_then(Value::as_array);
    entries.is_some_and(|es| {
        es.iter()
            .filter_map(|e| e.get("key")?.as_str())
            .any(|k| k == "None" || (k.contains(" at 0x") && k.starts_with('<')))
    })
}

/// An entry with the addresses in its key and value reprs masked: `<A object at 0x7f…>`
/// names a CPython heap address no simulation can reproduce, so only the rest of the repr
/// (and the hash) is compared.
fn masked_entry(entry: &Value) -> Value {
    let mut entry = entry.clone();
    if let Some(fields) = entry.as_object_mut() {
        for field in ["key", "value"] {
            if let Some(Value::String(text)) = fields.get_mut(field) {
                *text = mask_addresses(text);
            }
        }
    }
    entry
}

/// `text` with every `0x` followed by hex digits replaced by `0x…`, as the golden recorder
/// (`tests/probe/make_goldens.py`) masks CPython's side.
pub fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let hex = rest[i + 2..]
            .find(|c: char| !matches!(c, '0'..='9' | 'a'..='f'))
            .unwrap_or(rest.len() - i - 2);
        out.push_str(if hex == 0 { "0x" } else { "0x…" });
        rest = &rest[i + 2 + hex..];
    }
    out.push_str(rest);
    out
}

fn short(v: Option<&Value>) -> String {
    let s = v.map(|v| v.to_string()).unwrap_or_else(|| "-".into());
    if s.len() > 120 {
        format!("{}…", &s[..117.min(s.len())])
    } else {
        s
    }
}
