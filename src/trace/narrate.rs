//! Plain-words narration of each event, with the real numbers, naming the CPython function
//! the step mirrors. Narration reads the state *before* the event is applied.

use super::{Event, FrameState, NO_STR, State, StrId, Timeline};
use crate::frontend::code::{CodeKind, Instr};

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
        Event::Output { text } => {
            // A long output (a traceback) is shown under Output: name its first line.
            let text = s(text);
            match text.split_once('\n') {
                Some((first, rest)) if !rest.trim_end().is_empty() => {
                    format!(
                        "prints {first:?} and {} more lines",
                        rest.trim_end().lines().count()
                    )
                }
                _ => format!("prints {text:?}"),
            }
        }
        Event::Raise => "an exception is raised".to_string(),
        Event::ODict { op, key } => narrate_odict(op, &s(key)),
        Event::List { list, ev } => narrate_list(ev, &s(list)),
        Event::CounterMissing { key } => format!(
            "{} is missing: Counter.__missing__() returns 0 and stores nothing",
            s(key)
        ),
        Event::DictMissing { key, factory } => format!(
            "{} is missing: the defaultdict's __missing__() calls its default_factory, {}, \
             and stores the result under that key (defdict_missing())",
            s(key),
            s(factory)
        ),
        Event::Thread { at, ev } => {
            let name = |tid: u32| thread_name(t, tid);
            super::threads::narrate(&ev, at, &name)
        }
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
        Event::FramePush { .. }
        | Event::FramePop { .. }
        | Event::GenNew { .. }
        | Event::GenResume { .. }
        | Event::GenSuspend { .. }
        | Event::GenClose { .. }
        | Event::Local { .. }
        | Event::CellNew { .. }
        | Event::CellShare { .. }
        | Event::Closure { .. }
        | Event::CellSet { .. }
        | Event::CellGet { .. } => narrate_frames(t, before, e),
        Event::HeapNew { .. }
        | Event::HeapLabel { .. }
        | Event::HeapFree { .. }
        | Event::HeapRefcount { .. }
        | Event::HeapGen { .. }
        | Event::HeapEdges { .. }
        | Event::HeapRoots { .. }
        | Event::GcCounts { .. }
        | Event::GcStart { .. }
        | Event::GcStep { .. }
        | Event::GcDone { .. }
        | Event::Finalize { .. }
        | Event::WeakCallback { .. }
        | Event::Trashcan { .. } => narrate_heap(t, before, e),
        Event::Shutdown { phase } => shutdown_text(phase).to_string(),
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

/// Whether an `Op` event's instruction has no narration of its own.
pub(crate) fn op_is_unnarrated(t: &Timeline, code: u32, pc: u32) -> bool {
    op_name(t, code, pc).is_empty()
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
        Instr::DictMerge(_) => {
            "DICT_MERGE: merge a ** argument into the call's keywords (a repeated key is an error)"
        }
        Instr::Contains(_) => "CONTAINS_OP: key in d -> a lookup",
        Instr::Call { .. } | Instr::CallEx(_) => "CALL",
        Instr::StoreGlobal(_) => "STORE_NAME",
        Instr::DeleteGlobal(_) => "DELETE_NAME",
        // The frame events of these instructions name them (STORE_FAST, YIELD_VALUE, …).
        Instr::Send(_) => "SEND: yield from passes the value on to the sub-iterator",
        Instr::LoadMethod(_) => {
            "LOAD_METHOD: the function and self go on the stack, no bound method is made"
        }
        _ => "",
    };
    what.to_string()
}

/// A frame's function name (the module's frame: `<module>`).
/// A thread's name, from its `Start` event (thread 0 is the main thread).
pub fn thread_name(t: &Timeline, tid: u32) -> String {
    if tid == 0 {
        return "MainThread".into();
    }
    for e in &t.trace.events {
        if let Event::Thread {
            ev: super::threads::ThreadEv::Start { tid: x, name },
            ..
        } = e
            && x == tid
        {
            return t.trace.strings.get(name).into_owned();
        }
    }
    format!("thread {tid}")
}

pub fn frame_name(t: &Timeline, name: StrId, code: u32) -> String {
    if name == NO_STR {
        return t
            .program
            .codes
            .get(code as usize)
            .map_or_else(|| "<module>".to_string(), |c| c.qualname.clone());
    }
    t.trace.strings.get(name).into_owned()
}

/// The last part of a qualname (`make_counter.<locals>.inc` -> `inc`).
pub fn short_name(qualname: &str) -> &str {
    qualname.rsplit('.').next().unwrap_or(qualname)
}

/// A frame as the narration names it: its function's short name.
fn frame_label(t: &Timeline, f: &FrameState) -> String {
    short_name(&frame_name(t, f.name, f.code)).to_string()
}

/// The instruction the event at `at` belongs to (from the `Op` event that starts it).
fn instruction_of(t: &Timeline, at: usize) -> Option<Instr> {
    // The last `Op` or `Line` among the 64 events before `at`.
    let op = t
        .trace
        .events
        .range(at.saturating_sub(64), at)
        .filter_map(|e| match e {
            Event::Op { code, pc } => Some((code, pc)),
            Event::Line { .. } => Some((u32::MAX, 0)),
            _ => None,
        })
        .last()?;
    t.program
        .codes
        .get(op.0 as usize)
        .and_then(|c| c.instrs.get(op.1 as usize))
        .copied()
}

/// The arguments a new frame starts with: the `Local` events right after its push.
fn arguments(t: &Timeline, at: usize, frame: u32) -> String {
    let s = |id| t.trace.strings.get(id).into_owned();
    let mut parts = Vec::new();
    for e in t.trace.events.iter_from(at + 1) {
        match e {
            Event::Local {
                frame: f,
                name,
                value,
            } if f == frame => parts.push(format!("{}={}", s(name), s(value))),
            // A parameter that is also a cell starts in its cell (MAKE_CELL copies it in).
            Event::CellNew {
                frame: f,
                name,
                value,
                ..
            } if f == frame => {
                if value != NO_STR {
                    parts.push(format!("{}={}", s(name), s(value)));
                }
            }
            Event::CellShare { frame: f, .. } if f == frame => {}
            _ => break,
        }
    }
    parts.join(", ")
}

/// Who holds a cell, for "shared by make_counter and its closure inc".
fn cell_holders(t: &Timeline, before: &State, cell: u32) -> String {
    let Some(c) = before.cells.get(cell as usize) else {
        return String::new();
    };
    let owner = (c.owner_name != NO_STR || c.owner == 0)
        .then(|| short_name(&frame_name(t, c.owner_name, 0)).to_string());
    let mut closures: Vec<String> = Vec::new();
    for &f in c.closures.iter() {
        let n = super::frames::function_name(&t.trace.strings.get(f)).to_string();
        if Some(&n) != owner.as_ref() && !closures.contains(&n) {
            closures.push(n);
        }
    }
    match (owner, closures.is_empty()) {
        (Some(o), true) => format!("{o}'s cell"),
        (Some(o), false) => format!(
            "shared by {o} and its closure{} {}",
            if closures.len() > 1 { "s" } else { "" },
            closures.join(", ")
        ),
        (None, false) => format!("kept by {}", closures.join(", ")),
        (None, true) => format!("cell #{cell}"),
    }
}

fn narrate_frames(t: &Timeline, before: &State, e: &Event) -> String {
    let s = |id| t.trace.strings.get(id).into_owned();
    let at = before.applied.map_or(0, |i| i + 1);
    let top = before.frames.back();
    let caller = top.map_or_else(
        || {
            if before.shutdown.is_some() {
                "nothing (interpreter shutdown calls it)".to_string()
            } else {
                "<module>".to_string()
            }
        },
        |f| frame_label(t, f),
    );
    match *e {
        Event::FramePush {
            frame,
            code,
            name,
            depth,
        } => {
            let n = short_name(&frame_name(t, name, code)).to_string();
            let kind = t
                .program
                .codes
                .get(code as usize)
                .map(|c| matches!(c.kind, CodeKind::Class));
            if kind == Some(true) {
                return format!(
                    "__build_class__ runs the body of class {n} in a new frame on top of {caller} (depth {depth}); its names go into the class namespace"
                );
            }
            let what = if n.ends_with("comp>") {
                ": a comprehension runs in a frame of its own,"
            } else {
                ": a new frame"
            };
            format!(
                "_PyEval_EvalFrameDefault enters {n}({}){what} on top of {caller} (depth {depth})",
                arguments(t, at, frame)
            )
        }
        Event::FramePop { raised, .. } => {
            let Some(f) = top else {
                return String::new();
            };
            let n = frame_label(t, f);
            let under = before
                .frames
                .len()
                .checked_sub(2)
                .and_then(|i| before.frames.get(i))
                .map(|f| frame_label(t, f));
            if under.is_none() && before.shutdown.is_some() && f.generator.is_none() {
                return if raised {
                    format!(
                        "the exception leaves {n}: its frame is popped; shutdown reports it (\"Exception ignored …\") and goes on"
                    )
                } else {
                    format!("RETURN_VALUE: {n}'s frame is popped; interpreter shutdown goes on")
                };
            }
            match (raised, under, f.generator) {
                (true, Some(u), _) => format!(
                    "the exception leaves {n}: its frame is popped and the exception goes on in {u}"
                ),
                (true, None, _) => format!("the exception leaves {n}: the program stops"),
                (false, _, Some(_)) => format!(
                    "RETURN_VALUE in the generator {n}: its frame is done; the return value travels in StopIteration"
                ),
                (false, Some(u), None) => {
                    format!("RETURN_VALUE: {n}'s frame is popped; back in {u}")
                }
                (false, None, None) => "the module's frame returns: the program is finished".into(),
            }
        }
        Event::GenNew {
            generator,
            frame,
            code,
            name,
            ..
        } => {
            let n = frame_name(t, name, code);
            format!(
                "RETURN_GENERATOR: calling {n}({}) makes generator #{generator} and moves the new frame into it; none of the body runs yet (GEN_CREATED)",
                arguments(t, at, frame)
            )
        }
        Event::GenResume {
            generator,
            depth,
            thrown,
        } => {
            let Some(g) = before.generators.get(generator as usize) else {
                return String::new();
            };
            let n = frame_name(t, g.name, g.code);
            if thrown {
                let at = if g.resume_line == 0 {
                    "before its first line".to_string()
                } else {
                    format!("at the paused yield on line {}", g.resume_line)
                };
                return format!(
                    "_gen_throw (throw() or close()) resumes the generator {n} (#{generator}) to raise the exception {at}: its frame goes back on top of {caller} (depth {depth})"
                );
            }
            let from = if g.resume_line == 0 {
                "from the top of its body".to_string()
            } else {
                format!("after the yield on line {}", g.resume_line)
            };
            format!(
                "gen_send_ex2 resumes the generator {n} (#{generator}): its parked frame goes back on top of {caller} (depth {depth}) and continues {from}"
            )
        }
        Event::GenSuspend {
            generator,
            line,
            stack,
            value,
        } => {
            let n = before.generators.get(generator as usize).map_or_else(
                || format!("#{generator}"),
                |g| frame_name(t, g.name, g.code),
            );
            format!(
                "YIELD_VALUE: the generator {n} suspends at line {line}, handing {} to its caller, with {stack} value{} left on its stack; its frame is parked in the generator object (gen_send_ex2 will push it back)",
                s(value),
                if stack == 1 { "" } else { "s" }
            )
        }
        Event::GenClose { generator } => {
            let n = before.generators.get(generator as usize).map_or_else(
                || format!("#{generator}"),
                |g| frame_name(t, g.name, g.code),
            );
            format!("the generator {n} is finished: its frame is cleared (GEN_CLOSED)")
        }
        Event::Local { frame, name, value } => {
            let owner = before
                .find_frame(frame)
                .map_or_else(|| "the frame".to_string(), |f| frame_label(t, f));
            let (n, v) = (s(name), s(value));
            match instruction_of(t, at) {
                _ if value == NO_STR => {
                    format!("DELETE_FAST: {n} is deleted from {owner}'s locals")
                }
                Some(Instr::StoreFast(_)) => format!("STORE_FAST: {owner}'s local {n} = {v}"),
                Some(Instr::StoreName(_)) => format!(
                    "STORE_NAME in the body of class {owner}: {n} = {v} goes into the class namespace"
                ),
                _ => format!("{owner}'s frame starts with argument {n} = {v}"),
            }
        }
        Event::CellNew {
            cell,
            frame,
            name,
            value,
        } => {
            let owner = before
                .find_frame(frame)
                .map_or_else(|| "a frame".to_string(), |f| frame_label(t, f));
            let holds = if value == NO_STR {
                "empty until its first STORE_DEREF".to_string()
            } else {
                format!("holding {} (the argument's value)", s(value))
            };
            format!(
                "MAKE_CELL: {owner}'s variable '{}' lives in cell #{cell}, {holds}; inner functions will share it",
                s(name)
            )
        }
        Event::CellShare { frame, cell } => {
            let owner = before
                .find_frame(frame)
                .map_or_else(|| "the frame".to_string(), |f| frame_label(t, f));
            let name = before.cells.get(cell as usize).map_or(NO_STR, |c| c.name);
            format!(
                "COPY_FREE_VARS: {owner}'s frame reaches cell #{cell} ('{}') through its __closure__",
                s(name)
            )
        }
        Event::Closure { cell, func } => {
            let name = before.cells.get(cell as usize).map_or(NO_STR, |c| c.name);
            format!(
                "MAKE_FUNCTION: {} keeps cell #{cell} ('{}') in its __closure__ (LOAD_CLOSURE, BUILD_TUPLE)",
                super::frames::function_name(&s(func)),
                s(name)
            )
        }
        Event::CellSet { cell, value } => {
            let name = before.cells.get(cell as usize).map_or(NO_STR, |c| c.name);
            let holders = cell_holders(t, before, cell);
            if value == NO_STR {
                format!(
                    "DELETE_DEREF: the cell for '{}' ({holders}) is emptied",
                    s(name)
                )
            } else {
                format!(
                    "STORE_DEREF: the cell for '{}' ({holders}) now holds {}",
                    s(name),
                    s(value)
                )
            }
        }
        Event::CellGet { cell } => {
            let Some(c) = before.cells.get(cell as usize) else {
                return String::new();
            };
            let value = if c.value == NO_STR {
                "empty".to_string()
            } else {
                s(c.value)
            };
            format!(
                "LOAD_DEREF: {} reads '{}' through cell #{cell}: {value}",
                short_name(&caller),
                s(c.name)
            )
        }
        _ => String::new(),
    }
}

fn narrate_heap(t: &Timeline, before: &State, e: &Event) -> String {
    use super::heap::{lists, step};
    let s = |id| t.trace.strings.get(id).into_owned();
    let name = |node: u32| {
        before
            .heap
            .nodes
            .get(&node)
            .map(|n| s(n.label))
            .unwrap_or_else(|| match node {
                // heaptrace.rs: the other end of a step is an object the view leaves out
                // (an instance's attribute storage, an interpreter-internal container).
                u32::MAX => "an object the view does not draw".to_string(),
                crate::models::gc::MAIN_DICT => "__main__'s dict".to_string(),
                _ => format!("object #{node}"),
            })
    };
    match *e {
        Event::HeapNew { kind, label, .. } => {
            format!("a new {} object: {} (allocated)", s(kind), s(label))
        }
        Event::HeapLabel { node, label } => format!("{} is now {}", name(node), s(label)),
        Event::HeapFree { node } => format!(
            "{}: its refcount reached 0 — deallocated; what it referred to loses a reference",
            name(node)
        ),
        Event::HeapRefcount { node, refcount } => {
            let old = before.heap.nodes.get(&node).map_or(0, |n| n.refcount);
            let how = if refcount > old {
                "Py_INCREF"
            } else {
                "Py_DECREF"
            };
            format!("{}: refcount {old} -> {refcount} ({how})", name(node))
        }
        Event::HeapGen { node, list } => {
            let to = match list {
                lists::GEN0 => "generation 0 (_PyObject_GC_TRACK)".to_string(),
                lists::GEN1 | lists::GEN2 => format!("generation {list}: it survived a collection"),
                lists::UNREACHABLE => "the unreachable list".into(),
                lists::CALLBACK => "wrcb_to_call: its callback will run".into(),
                _ => "no list: untracked (it holds nothing that could form a cycle)".into(),
            };
            format!("{} moves to {to}", name(node))
        }
        Event::HeapEdges { node, .. } => format!("{}'s references changed", name(node)),
        Event::HeapRoots { .. } => String::new(),
        Event::GcCounts { counts, thresholds } => format!(
            "gc counts ({}, {}, {}) against thresholds ({}, {}, {})",
            counts[0], counts[1], counts[2], thresholds[0], thresholds[1], thresholds[2]
        ),
        Event::GcStart { generation } => format!(
            "gc_collect_main({generation}): the younger generations merge into generation {generation}; update_refs copies each refcount into gc_refs"
        ),
        Event::GcStep {
            node,
            other,
            gc_refs,
            step: st,
        } => match st {
            step::UPDATE => format!("update_refs: {} gc_refs = refcount = {gc_refs}", name(node)),
            step::SUBTRACT => format!(
                "subtract_refs: {} refers to {}: its gc_refs drops to {gc_refs}",
                name(other),
                name(node)
            ),
            step::TENTATIVE => format!(
                "move_unreachable: {} has gc_refs 0 — tentatively unreachable",
                name(node)
            ),
            step::RESCUED => format!(
                "visit_reachable: {} is referred to by reachable {} — moved back",
                name(node),
                name(other)
            ),
            _ => format!(
                "move_unreachable: {} is reachable from outside (gc_refs {gc_refs})",
                name(node)
            ),
        },
        Event::GcDone {
            generation,
            collected,
        } => format!(
            "collection of generation {generation} done: {collected} unreachable objects found (gc.collect() returns this)"
        ),
        Event::Finalize { node } => format!(
            "{}.__del__() runs (tp_finalize; PEP 442: once per object)",
            name(node)
        ),
        Event::WeakCallback { node } => format!(
            "the callback of {} runs (handle_callback), its referent already gone",
            name(node)
        ),
        Event::Trashcan {
            node,
            deposit: true,
        } => format!(
            "{} would be the 51st nested deallocation: the trashcan deposits it \
             (_PyTrash_thread_deposit_object) until the chain unwinds",
            name(node)
        ),
        Event::Trashcan {
            node,
            deposit: false,
        } => format!(
            "the nesting is back to zero: _PyTrash_thread_destroy_chain deallocates the \
             deposited {} now, last deposited first",
            name(node)
        ),
        _ => String::new(),
    }
}

/// What each phase of interpreter shutdown does (`Py_FinalizeEx`, vm/shutdown.rs).
pub fn shutdown_text(phase: super::ShutdownPhase) -> &'static str {
    use super::ShutdownPhase::*;
    match phase {
        AtExit => {
            "interpreter shutdown: Py_FinalizeEx calls the atexit callbacks, newest first \
             (weakref.finalize's _exitfunc among them: the finalizers still alive, newest first)"
        }
        Collect => {
            "interpreter shutdown: _PyGC_CollectIfEnabled runs a last full collection \
             (gc.callbacks are called)"
        }
        Traceback => {
            "the exception reached the top: PyErr_Print() writes its traceback to stderr \
             (under Output), then sys.last_value keeps it"
        }
        LastException => {
            "interpreter shutdown: sys.last_value and sys.last_traceback are cleared, so the \
             uncaught exception and the frames its traceback kept alive are freed"
        }
        TeardownCycle => {
            "interpreter shutdown: __main__ leaves sys.modules; a function still alive holds its \
             dict (__globals__), so the dict is in a cycle and _PyGC_CollectNoFail frees it with \
             the rest of the garbage (no gc.callbacks)"
        }
        TeardownRefcount => {
            "interpreter shutdown: __main__ leaves sys.modules and its dict is freed by \
             reference counting, its values in insertion order"
        }
        TeardownKept => {
            "interpreter shutdown: gc.callbacks or gc.garbage still reaches a function, which \
             keeps __main__'s dict alive to the very end: nothing more is finalized visibly"
        }
    }
}

/// A list's array event in words, with the arithmetic that chose the size.
fn narrate_list(ev: crate::models::list::ListEvent, list: &str) -> String {
    use crate::models::list::ListEvent;
    let items = |n: u32| {
        if n == 1 {
            "1 item".to_string()
        } else {
            format!("{n} items")
        }
    };
    match ev {
        ListEvent::Resized {
            from,
            to,
            size,
            newsize,
        } => {
            let formula = newsize + (newsize >> 3) + 6;
            let why = if newsize == 0 {
                "no items, no slots".to_string()
            } else if to != formula & !3 {
                format!(
                    "{newsize} rounded up to a multiple of 4: from {size}, {newsize} + \
                     {newsize}//8 + 6 would over-allocate more than the list grows"
                )
            } else {
                format!("{newsize} + {newsize}//8 + 6 = {formula}, rounded down to a multiple of 4")
            };
            if newsize > from {
                format!(
                    "list_resize(): {list} needs room for {}, its array has {from} slots: \
                     PyMem_Realloc() makes it {to} ({why})",
                    items(newsize)
                )
            } else {
                format!(
                    "list_resize(): {} would fill less than half of the {from} slots of {list}: \
                     PyMem_Realloc() makes the array {to} ({why})",
                    items(newsize)
                )
            }
        }
        // The list has no array yet (a new one, or one _list_clear() emptied), so the
        // list as it ends up is no name for it.
        ListEvent::Preallocated { to, expected } => format!(
            "list_preallocate_exact(): the list has no array yet and gets one of {to} slots for \
             the {} expected (rounded up to an even count)",
            items(expected)
        ),
        ListEvent::Freed { from } => {
            format!("_list_clear(): the array of {from} slots is freed; {list} has none")
        }
    }
}

/// An OrderedDict list event in words.
fn narrate_odict(op: super::OdOp, key: &str) -> String {
    use super::OdOp;
    match op {
        OdOp::NodeAdded => format!(
            "_odict_add_new_node(): {key} has no node yet, so a new one joins the tail of the \
             OrderedDict's linked list (od_fast_nodes points to it from the entry's slot)"
        ),
        OdOp::NodeRemoved => {
            format!("_odict_clear_node(): the node of {key} leaves the OrderedDict's linked list")
        }
        OdOp::MovedToEnd => format!(
            "move_to_end(): the node of {key} moves to the tail of the linked list; the \
             table does not change"
        ),
        OdOp::MovedToFront => format!(
            "move_to_end(last=False): the node of {key} moves to the head of the linked \
             list; the table does not change"
        ),
        OdOp::FastNodes { size, nodes } => format!(
            "_odict_resize(): the table has a new keys object, so od_fast_nodes is rebuilt \
             with {size} slots, one lookup per node ({nodes})"
        ),
        OdOp::Cleared => "_odict_clear_nodes(): every node and od_fast_nodes are freed".into(),
    }
}
