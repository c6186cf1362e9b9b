//! The VM's side of the heap events: at each instruction boundary (and at each collector
//! step) the objects a view shows are compared with what the trace showed last, and the
//! differences recorded — new objects, frees in the order they happen, reference counts,
//! collector lists, references, roots. Labels are made without running Python code, and
//! nothing here allocates on the simulated heap (tracing must not move `gc.get_count()`).

use super::Vm;
use super::memory::HeapEvent;
use super::object::*;
use crate::models::gc::{Deduction, List};
use crate::trace::heap::{lists, step};
use std::collections::HashMap;

/// What the trace last showed of one object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShownNode {
    pub node: u32,
    pub label: String,
    pub refcount: i32,
    pub list: u8,
    pub edges: Vec<(u32, String, bool)>,
}

/// The recorder-side picture, kept in the heap state.
#[derive(Clone, Debug, Default)]
pub struct Shown {
    pub nodes: HashMap<ObjId, ShownNode>,
    pub next_node: u32,
    pub roots: Vec<(String, u32)>,
    pub counts: ([u32; 3], [u32; 3]),
}

impl Vm {
    /// Whether the heap view shows this object (containers, instances, functions, weak
    /// references; not atoms, which appear in labels, nor pyxray's own helpers).
    fn heap_shows(&self, id: ObjId) -> bool {
        if id.0 < self.permanent || self.meta(id).is_some_and(|m| m.ghost) {
            return false;
        }
        matches!(
            self.heap.get(id),
            Obj::Instance(_)
                | Obj::List(_)
                | Obj::Dict(_)
                | Obj::Tuple(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Function(_)
                | Obj::Class(_)
                | Obj::Cell(_)
                | Obj::Generator(_)
                | Obj::BoundMethod { .. }
                | Obj::WeakRef(_)
                | Obj::WeakDict(_)
                | Obj::Opaque(_)
                | Obj::Finalizer(_)
                | Obj::Long(_)
                | Obj::Exception(_)
                | Obj::Traceback(_)
                | Obj::FrameObj(_)
        )
    }

    /// A short label, computed without running Python code.
    fn heap_label(&self, id: ObjId) -> String {
        let atom = |v: ObjId| -> Option<String> {
            match self.heap.get(v) {
                Obj::Str(s) if s.s.len() <= 16 => Some(format!("'{}'", s.s)),
                Obj::Int(i) => Some(i.to_string()),
                Obj::Bool(b) => Some(if *b { "True" } else { "False" }.into()),
                Obj::None => Some("None".into()),
                _ => None,
            }
        };
        match self.heap.get(id) {
            Obj::Instance(i) => {
                let cls = match self.heap.get(i.class) {
                    Obj::Class(c) => c.name.clone(),
                    _ => "object".into(),
                };
                let name =
                    match i.dict.map(|d| self.heap.get(d)) {
                        Some(Obj::Dict(d)) => d.table.entries().iter().flatten().find_map(|e| {
                            match self.heap.get(e.key) {
                                Obj::Str(k) if matches!(&*k.s, "name" | "n" | "id" | "label") => {
                                    atom(e.value)
                                }
                                _ => None,
                            }
                        }),
                        _ => None,
                    };
                match name {
                    Some(n) => format!("{cls} {n}"),
                    None => format!("{cls} object"),
                }
            }
            // The item array's size where it is modelled: `list_resize()`'s headroom.
            Obj::List(l) => match l.alloc() {
                Some(a) => format!("list ({} of {} slots)", l.len(), a.allocated),
                None => format!("list ({} items)", l.len()),
            },
            Obj::Tuple(t) => format!("tuple ({} items)", t.len()),
            Obj::Dict(d) => format!("dict ({} items)", d.table.len()),
            Obj::Set(s) => format!("set ({} items)", s.len()),
            Obj::FrozenSet(s) => format!("frozenset ({} items)", s.len()),
            Obj::Function(f) => format!("function {}", f.name),
            Obj::Class(c) => format!("class {}", c.name),
            Obj::Cell(_) => "cell".into(),
            Obj::Generator(g) => format!("generator {}", g.name),
            Obj::BoundMethod { func, .. } => match self.heap.get(*func) {
                Obj::Function(f) => format!("bound method {}", f.name),
                _ => "bound method".into(),
            },
            Obj::WeakRef(w) => {
                let kind = match w.kind {
                    WeakKind::Ref => "weakref",
                    WeakKind::Proxy => "weakproxy",
                    WeakKind::KeyedRef => "KeyedRef",
                    WeakKind::Method => "WeakMethod",
                };
                if w.referent.is_none() {
                    format!("{kind} (dead)")
                } else {
                    kind.to_string()
                }
            }
            Obj::WeakDict(d) => d.type_name().into(),
            Obj::Opaque(o) => format!("{} {}", o.type_name, o.qualname),
            Obj::Finalizer(_) => "finalize".into(),
            Obj::Long(b) => b.to_string(),
            Obj::Exception(e) => e.ty.name().to_string(),
            Obj::Traceback(t) => format!("traceback (line {})", t.line),
            Obj::FrameObj(f) => {
                let name = &self.program.codes[f.code].name;
                if f.live {
                    format!("frame {name}")
                } else {
                    format!("frame {name} (ended)")
                }
            }
            _ => self.type_name(id),
        }
    }

    /// The references the view draws, labelled.
    fn heap_edges_of(&self, id: ObjId) -> Vec<(ObjId, String, bool)> {
        let mut out = Vec::new();
        let key_label = |k: ObjId| match self.heap.get(k) {
            Obj::Str(s) => format!("'{}'", s.s),
            Obj::Int(i) => format!("[{i}]"),
            _ => "[key]".into(),
        };
        match self.heap.get(id) {
            Obj::Instance(i) => {
                if let Some(l) = &i.layout {
                    for &s in l.visit_order.iter() {
                        if let Some(v) = i.slots.get(s).copied().flatten() {
                            out.push((v, format!(".{}", l.names[s]), false));
                        }
                    }
                }
                match i.dict {
                    Some(dict) if self.meta(dict).is_some_and(|m| m.ghost) => {
                        if let Obj::Dict(d) = self.heap.get(dict) {
                            for e in d.table.entries().iter().flatten() {
                                let name = match self.heap.get(e.key) {
                                    Obj::Str(s) => format!(".{}", s.s),
                                    _ => ".?".into(),
                                };
                                out.push((e.value, name, false));
                            }
                        }
                    }
                    Some(dict) => out.push((dict, "__dict__".into(), false)),
                    None => {}
                }
            }
            Obj::List(items) => {
                for (i, &v) in items.iter().enumerate() {
                    out.push((v, format!("[{i}]"), false));
                }
            }
            Obj::Tuple(items) => {
                for (i, &v) in items.iter().enumerate() {
                    out.push((v, format!("[{i}]"), false));
                }
            }
            Obj::Dict(d) => {
                for e in d.table.entries().iter().flatten() {
                    out.push((e.key, "key".into(), false));
                    out.push((e.value, key_label(e.key), false));
                }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                for v in s.iter() {
                    out.push((v, "in".into(), false));
                }
            }
            Obj::WeakRef(w) => {
                if let Some(r) = w.referent {
                    out.push((r, "weak".into(), true));
                }
                if let Some(WeakCallback::Py(f)) = w.callback {
                    out.push((f, "__callback__".into(), false));
                }
                if let Some(k) = w.key {
                    out.push((k, "key".into(), false));
                }
            }
            Obj::Cell(Some(v)) => out.push((*v, "cell_contents".into(), false)),
            Obj::Function(f) => {
                if let Some(c) = f.closure {
                    out.push((c, "__closure__".into(), false));
                }
                if let Some(d) = f.defaults_obj {
                    out.push((d, "__defaults__".into(), false));
                }
            }
            Obj::BoundMethod { func, receiver } => {
                out.push((*func, "__func__".into(), false));
                out.push((*receiver, "__self__".into(), false));
            }
            Obj::WeakDict(d) => {
                out.extend(d.attrs.iter().map(|(n, v)| (*v, format!(".{n}"), false)));
            }
            Obj::Opaque(o) => out.extend(o.refs.iter().map(|&v| (v, String::new(), false))),
            Obj::Class(c) => out.push((c.dict, "__dict__".into(), false)),
            Obj::Exception(e) => {
                out.extend(e.obj.map(|x| (x, "obj".into(), false)));
                out.extend(e.name.map(|x| (x, "name".into(), false)));
                out.extend(e.code.map(|x| (x, "code".into(), false)));
                out.extend(e.dict.map(|x| (x, "__dict__".into(), false)));
                out.extend(e.args_obj.map(|x| (x, "args".into(), false)));
                out.extend(e.tb.map(|x| (x, "__traceback__".into(), false)));
                out.extend(e.cause.map(|x| (x, "__cause__".into(), false)));
                out.extend(e.context.map(|x| (x, "__context__".into(), false)));
            }
            Obj::Traceback(t) => {
                out.extend(t.next.map(|x| (x, "tb_next".into(), false)));
                out.extend(t.frame.map(|x| (x, "tb_frame".into(), false)));
            }
            Obj::FrameObj(f) => {
                out.extend(f.back.map(|x| (x, "f_back".into(), false)));
                out.extend(f.locals_dict.map(|x| (x, "f_locals".into(), false)));
                let code = &self.program.codes[f.code];
                for (i, v) in f.fast.iter().enumerate() {
                    if let Some(v) = v {
                        let n = code.varnames.get(i).cloned().unwrap_or_default();
                        out.push((*v, n, false));
                    }
                }
                out.extend(f.cells.iter().map(|&c| (c, "cell".into(), false)));
            }
            Obj::Finalizer(f) => {
                out.extend(f.func.map(|x| (x, "func".into(), false)));
                out.extend(f.args.iter().map(|&a| (a, "arg".into(), false)));
                out.extend(f.weakref.map(|x| (x, "weakref".into(), false)));
            }
            Obj::Generator(g) => {
                if let Some(fr) = &g.frame {
                    let code = &self.program.codes[fr.code];
                    for (i, v) in fr.fast.iter().enumerate() {
                        if let Some(v) = v {
                            let n = code.varnames.get(i).cloned().unwrap_or_default();
                            out.push((*v, n, false));
                        }
                    }
                }
            }
            _ => {}
        }
        out.retain(|(to, _, _)| self.heap_shows(*to));
        out
    }

    fn list_code(&self, id: ObjId) -> u8 {
        match self.mem.as_ref().and_then(|m| m.gc.lists.list_of(id.0)) {
            Some(List::Gen0) => lists::GEN0,
            Some(List::Gen1) => lists::GEN1,
            Some(List::Gen2) => lists::GEN2,
            Some(List::WeakCallbacks) => lists::CALLBACK,
            Some(_) => lists::UNREACHABLE,
            None => lists::UNTRACKED,
        }
    }

    fn node_of(&self, id: ObjId) -> Option<u32> {
        self.mem.as_ref()?.shown.nodes.get(&id).map(|n| n.node)
    }

    /// Records what changed in the heap since the trace last looked.
    pub(crate) fn trace_heap(&mut self) {
        // Nothing before the first line starts: every step belongs to a line.
        if self.recorder.is_none() || !self.heap.precise || self.steps <= 1 {
            return;
        }
        // The counts are up to date after a sync; read them in place (no copy per step).
        self.sync_counts();
        let full = std::mem::take(&mut self.mem().trace_all) || self.mem().gc.collecting;
        let log = std::mem::take(&mut self.mem().trace_log);
        let mut shown = std::mem::take(&mut self.mem().shown);
        let mut ids: Vec<ObjId> = if full {
            let mut all: Vec<ObjId> = self.heap.objects().map(|(id, _)| id).collect();
            all.extend(shown.nodes.keys().copied());
            all
        } else {
            let mut v = log;
            // An instance's label and references live in its attribute storage.
            let owners: Vec<ObjId> = v
                .iter()
                .filter_map(|&d| self.meta(d).and_then(|m| m.owner))
                .collect();
            v.extend(owners);
            v
        };
        ids.sort();
        ids.dedup();
        // Frees the dealloc hooks did not report, then new objects.
        for &id in &ids {
            if !self.heap_shows(id)
                && let Some(n) = shown.nodes.remove(&id)
                && let Some(r) = self.recorder.as_mut()
            {
                r.heap_free(n.node);
            }
        }
        ids.retain(|&id| self.heap_shows(id));
        for &id in &ids {
            if !shown.nodes.contains_key(&id) {
                let node = shown.next_node;
                shown.next_node += 1;
                let kind = self.type_name(id);
                let label = self.heap_label(id);
                if let Some(r) = self.recorder.as_mut() {
                    r.heap_new(node, &kind, &label);
                }
                shown.nodes.insert(
                    id,
                    ShownNode {
                        node,
                        label,
                        refcount: 0,
                        list: lists::UNTRACKED,
                        edges: Vec::new(),
                    },
                );
            }
        }
        for &id in &ids {
            let label = self.heap_label(id);
            let refcount = self.mem.as_ref().and_then(|m| m.rc_of(id)).unwrap_or(0) as i32;
            let list = self.list_code(id);
            let edges: Vec<(u32, String, bool)> = self
                .heap_edges_of(id)
                .into_iter()
                .filter_map(|(to, l, w)| shown.nodes.get(&to).map(|n| (n.node, l, w)))
                .collect();
            let Some(n) = shown.nodes.get_mut(&id) else {
                continue;
            };
            let Some(r) = self.recorder.as_mut() else {
                continue;
            };
            if n.label != label {
                r.heap_label(n.node, &label);
                n.label = label;
            }
            if n.refcount != refcount {
                r.heap_refcount(n.node, refcount);
                n.refcount = refcount;
            }
            if n.list != list {
                r.heap_gen(n.node, list);
                n.list = list;
            }
            if n.edges != edges {
                let view: Vec<(u32, &str, bool)> =
                    edges.iter().map(|(t, l, w)| (*t, l.as_str(), *w)).collect();
                r.heap_edges(n.node, &view);
                n.edges = edges;
            }
        }
        // Roots: globals, then each frame's locals.
        let mut roots: Vec<(String, u32)> = Vec::new();
        for (name, v) in &self.globals {
            if let Some(n) = shown.nodes.get(v) {
                roots.push((name.to_string(), n.node));
            }
        }
        for f in self.frames.iter().skip(1) {
            let code = &self.program.codes[f.code];
            for (i, v) in f.fast.iter().enumerate() {
                if let Some(v) = v
                    && let Some(n) = shown.nodes.get(v)
                {
                    let var = code.varnames.get(i).cloned().unwrap_or_default();
                    roots.push((format!("{}: {var}", code.name), n.node));
                }
            }
        }
        if roots != shown.roots
            && let Some(r) = self.recorder.as_mut()
        {
            r.heap_roots(&roots);
            shown.roots = roots;
        }
        let counts = {
            let g = &self.mem().gc.generations;
            (
                [
                    g[0].count.max(0) as u32,
                    g[1].count.max(0) as u32,
                    g[2].count.max(0) as u32,
                ],
                [
                    g[0].threshold.max(0) as u32,
                    g[1].threshold.max(0) as u32,
                    g[2].threshold.max(0) as u32,
                ],
            )
        };
        if counts != shown.counts
            && let Some(r) = self.recorder.as_mut()
        {
            r.gc_counts(counts.0, counts.1);
            shown.counts = counts;
        }
        self.mem().shown = shown;
    }

    /// `inspect`'s `heap` key: the live objects the heap view shows, by address, with
    /// their type, label, reference count, collector generation and referents; and the
    /// collector's counts (docs/heap.md).
    pub fn heap_json(&mut self) -> Option<serde_json::Value> {
        if !self.heap.precise {
            return None;
        }
        let rc = self.refcounts();
        let ids: Vec<ObjId> = self
            .heap
            .objects()
            .map(|(id, _)| id)
            .filter(|&id| self.heap_shows(id))
            .collect();
        let mut objects = Vec::new();
        for id in ids {
            let mut refs = Vec::new();
            self.gc_traverse(id, &mut refs);
            let referents: Vec<String> = refs
                .into_iter()
                .filter(|&r| self.heap_shows(r))
                .map(|r| format!("{:#x}", r.address()))
                .collect();
            let generation = match self.mem.as_ref().and_then(|m| m.gc.lists.list_of(id.0)) {
                Some(List::Gen0) => serde_json::json!(0),
                Some(List::Gen1) => serde_json::json!(1),
                Some(List::Gen2) => serde_json::json!(2),
                _ => serde_json::Value::Null,
            };
            objects.push(serde_json::json!({
                "id": format!("{:#x}", id.address()),
                "type": self.type_name(id),
                "label": self.heap_label(id),
                "refcount": rc.get(id.0 as usize).copied().unwrap_or(0),
                "generation": generation,
                "referents": referents,
            }));
        }
        let g = &self.mem().gc;
        let counts: Vec<i64> = g.generations.iter().map(|x| x.count).collect();
        let thresholds: Vec<i64> = g.generations.iter().map(|x| x.threshold).collect();
        let enabled = g.enabled;
        Some(serde_json::json!({
            "objects": objects,
            "gc": {"count": counts, "threshold": thresholds, "enabled": enabled},
        }))
    }

    /// A heap happening, recorded as it happens.
    pub(crate) fn trace_heap_event(&mut self, ev: HeapEvent) {
        if self.recorder.is_none() || !self.heap.precise {
            return;
        }
        match ev {
            HeapEvent::Dealloc(x) => {
                if let Some(n) = self.mem().shown.nodes.remove(&x)
                    && let Some(r) = self.recorder.as_mut()
                {
                    r.heap_free(n.node);
                }
            }
            HeapEvent::Finalize(x) => {
                self.trace_heap();
                if let Some(node) = self.node_of(x)
                    && let Some(r) = self.recorder.as_mut()
                {
                    r.heap_finalize(node);
                }
            }
            HeapEvent::Callback { weakref } => {
                self.trace_heap();
                if let Some(node) = self.node_of(weakref)
                    && let Some(r) = self.recorder.as_mut()
                {
                    r.heap_callback(node);
                }
            }
            HeapEvent::Trashcan { obj, deposit } => {
                self.trace_heap();
                if let Some(node) = self.node_of(obj)
                    && let Some(r) = self.recorder.as_mut()
                {
                    r.heap_trashcan(node, deposit);
                }
            }
            HeapEvent::CollectStart { generation } => {
                self.trace_heap();
                if let Some(r) = self.recorder.as_mut() {
                    r.gc_start(generation);
                }
            }
            HeapEvent::Phase(d) => {
                let (id, other, refs, st) = match d {
                    Deduction::Refs { id, gc_refs } => (id, id, gc_refs, step::UPDATE),
                    Deduction::Subtract { from, to, gc_refs } => {
                        (to, from, gc_refs, step::SUBTRACT)
                    }
                    Deduction::Tentative { id } => (id, id, 0, step::TENTATIVE),
                    Deduction::Rescued { id, by } => (id, by, 1, step::RESCUED),
                    Deduction::Reachable { id } => (id, id, 1, step::REACHABLE),
                };
                let node = self.node_of(ObjId(id));
                let other = if other == crate::models::gc::MAIN_DICT {
                    other
                } else {
                    self.node_of(ObjId(other)).unwrap_or(u32::MAX)
                };
                if let Some(node) = node
                    && let Some(r) = self.recorder.as_mut()
                {
                    r.gc_step(node, other, refs as i32, st);
                }
            }
            HeapEvent::CollectEnd {
                generation,
                collected,
            } => {
                self.trace_heap();
                if let Some(r) = self.recorder.as_mut() {
                    r.gc_done(generation, collected as i32);
                }
            }
        }
    }
}
