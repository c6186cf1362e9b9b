//! Plain-words narration of each event, with the real numbers, naming the CPython function
//! the step mirrors. Narration reads the state *before* the event is applied.

use super::{Event, NO_STR, State, Timeline};
use crate::frontend::code::Instr;

/// One sentence for an event (empty for pure markers).
pub fn narrate(t: &Timeline, before: &State, e: &Event) -> String {
    let s = |id| t.trace.strings.get(id).into_owned();
    match *e {
        Event::Line { line } => {
            format!("line {line}: {}", t.program.source_line(line).unwrap_or(""))
        }
        Event::Op { code, pc } => op_name(t, code, pc),
        Event::Hash { hash, key } => format!(
            "hash({}) = {hash} = {:#018x} (unsigned: the probe works on the bits)",
            s(key),
            hash as u64
        ),
        Event::DictNew { dict } => {
            let snap = t.trace.dict_inits.get(dict as usize);
            match snap {
                Some(d) if d.log2_size() == 0 => format!(
                    "dict #{dict} created: it shares CPython's static empty table Py_EMPTY_KEYS (no slots of its own yet)"
                ),
                Some(d) => format!(
                    "dict #{dict} created with {} slots ({} kind, {} usable) — dict_new_presized()/clone",
                    1u64 << d.log2_size(),
                    d.kind_name(),
                    d.usable()
                ),
                None => format!("dict #{dict} created"),
            }
        }
        Event::DictFocus { .. } => String::new(),
        Event::Dict(ev) => {
            let dict = before.focus.unwrap_or(0);
            let snap = before
                .focus
                .and_then(|d| before.dicts.get(d as usize).cloned().flatten());
            crate::models::dict::narrate(&ev, dict, snap.as_ref(), &|id| {
                t.trace.strings.get(id).to_string()
            })
        }
        Event::Bind { name, value } => {
            if value == NO_STR {
                format!("{} is deleted", s(name))
            } else {
                format!("{} = {}", s(name), s(value))
            }
        }
        Event::NameDict { .. } => String::new(),
        Event::Output { text } => format!("prints {:?}", s(text)),
        Event::Raise => "an exception is raised".to_string(),
        Event::ClassBegin { class } => {
            let Some(c) = t.trace.classes.get(class as usize) else {
                return String::new();
            };
            let list = |l: &Vec<u32>| {
                let names: Vec<String> = l.iter().map(|&n| s(n)).collect();
                format!("[{}]", names.join(", "))
            };
            let n = c.lists.len();
            if n <= 2 {
                format!(
                    "class {}: one base, so its MRO is the class followed by its base's MRO {} (mro_implementation fast path)",
                    s(c.name),
                    c.lists.first().map(list).unwrap_or_default()
                )
            } else {
                let lists: Vec<String> = c.lists.iter().map(list).collect();
                format!(
                    "class {}: C3 merges the bases' MROs and the bases themselves: {} (mro_implementation -> pmerge)",
                    s(c.name),
                    lists.join(" + ")
                )
            }
        }
        Event::Lookup {
            attr,
            start,
            after,
            found,
            instance,
        } => {
            let attr = s(attr);
            if instance {
                return format!(
                    ".{attr}: no data descriptor on the class, and the instance __dict__ has it (_PyObject_GenericGetAttrWithDict)"
                );
            }
            // The MRO walked, from the class's recorded merge.
            let mro: Vec<String> = before
                .classes
                .iter()
                .rev()
                .find(|c| {
                    t.trace
                        .classes
                        .get(c.class as usize)
                        .is_some_and(|i| i.name == start)
                })
                .map(|c| c.mro.iter().map(|&m| s(m)).collect())
                .unwrap_or_else(|| vec![s(start)]);
            let walked: Vec<String> = match (after != crate::trace::NO_STR)
                .then(|| mro.iter().position(|m| *m == s(after)))
                .flatten()
            {
                Some(p) => mro[p + 1..].to_vec(),
                None => mro.clone(),
            };
            let how = if after != crate::trace::NO_STR {
                format!("super(): walk {}'s MRO after {}", s(start), s(after))
            } else {
                format!("walk the MRO of {}", s(start))
            };
            if found == crate::trace::NO_STR {
                format!(".{attr}: {how}: {} — not found", walked.join(" -> "))
            } else {
                let f = s(found);
                let upto: Vec<String> = walked
                    .iter()
                    .take_while(|m| **m != f)
                    .cloned()
                    .chain(std::iter::once(f.clone()))
                    .collect();
                let func = if after != crate::trace::NO_STR {
                    "super_getattro"
                } else {
                    "_PyType_Lookup"
                };
                format!(
                    ".{attr}: {how}: {} — found in {f}.__dict__ ({func})",
                    upto.join(" -> ")
                )
            }
        }
        Event::Mro { step, name } => {
            use super::MroStep::*;
            let n = s(name);
            match step {
                SingleBase => format!("single base {n}: no merge needed"),
                MergeBegin { lists } => format!("pmerge over {lists} lists, scanning from list 0"),
                TryHead { list, index } => {
                    format!("list {list}: is its head {n} (position {index}) in the tail of any list?")
                }
                InTail { list, at } => format!(
                    "{n} is in the tail of list {list} (position {at}): it must wait; try the next list"
                ),
                Pick { position } => format!(
                    "{n} is in no tail: it becomes MRO entry {position}; drop it from the heads and restart at list 0"
                ),
                Done => "every list is empty: the MRO is complete".to_string(),
                Conflict => "no head can be picked: each one is in another list's tail — TypeError (set_mro_error)".to_string(),
            }
        }
    }
}

fn op_name(t: &Timeline, code: u32, pc: u32) -> String {
    let Some(instr) = t
        .program
        .codes
        .get(code as usize)
        .and_then(|c| c.instrs.get(pc as usize))
    else {
        return String::new();
    };
    let what = match instr {
        Instr::StoreSubscr => "STORE_SUBSCR: d[key] = value -> PyDict_SetItem()",
        Instr::Subscr => "BINARY_SUBSCR: d[key] -> dict_subscript()",
        Instr::DeleteSubscr => "DELETE_SUBSCR: del d[key] -> PyDict_DelItem()",
        Instr::BuildMap(0) => "BUILD_MAP 0: a new empty dict",
        Instr::BuildMap(_) => "BUILD_MAP n: a dict display, presized by _PyDict_FromItems()",
        Instr::BuildConstKeyMap(_) => {
            "BUILD_CONST_KEY_MAP n: a dict display with constant keys, presized"
        }
        Instr::MapAdd(_) => "MAP_ADD: one item of a comprehension or a big display",
        Instr::DictUpdate(_) => "DICT_UPDATE: merge another dict in (dict_merge())",
        Instr::Contains(_) => "CONTAINS_OP: key in d -> a lookup",
        Instr::Call { .. } | Instr::CallEx(_) => "CALL",
        Instr::StoreGlobal(_) => "STORE_NAME",
        Instr::DeleteGlobal(_) => "DELETE_NAME",
        _ => "",
    };
    what.to_string()
}
