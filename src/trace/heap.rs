//! The heap in the trace: objects as nodes (type, a short label, the reference count, the
//! collector list they are on), their references as edges (strong, or weak for a weak
//! reference's referent), the roots (globals and frame locals), the collector's counts,
//! and each collection's phases with the per-object `gc_refs`.
//!
//! The VM reports the heap as a diff at each instruction boundary (and before each
//! collector phase), so a step shows exactly what changed. Node numbers are never reused
//! (unlike addresses), so the view keeps a node where it was.

use super::{Event, Recorder, State, StrId, Trace};

/// Where a node is, as far as the collector goes.
pub mod lists {
    pub const GEN0: u8 = 0;
    pub const GEN1: u8 = 1;
    pub const GEN2: u8 = 2;
    /// Not tracked by the collector (atomic contents, or a type it never tracks).
    pub const UNTRACKED: u8 = 3;
    /// On the collector's `unreachable` (or later working) list.
    pub const UNREACHABLE: u8 = 4;
    /// On `wrcb_to_call`: a weak reference whose callback is about to run.
    pub const CALLBACK: u8 = 5;
}

/// A collector step on one object (`GcStep.step`).
pub mod step {
    /// update_refs: gc_refs = refcount.
    pub const UPDATE: u8 = 0;
    /// subtract_refs: a reference from `other` (inside the generation) took one off.
    pub const SUBTRACT: u8 = 1;
    /// move_unreachable: gc_refs is 0, tentatively unreachable.
    pub const TENTATIVE: u8 = 2;
    /// visit_reachable from `other`: back from the tentative list.
    pub const RESCUED: u8 = 3;
    /// move_unreachable: reachable.
    pub const REACHABLE: u8 = 4;
}

/// An object in the picture.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeapNode {
    pub kind: StrId,
    pub label: StrId,
    /// `Py_REFCNT`; -1 for a shared singleton nobody should read.
    pub refcount: i32,
    pub list: u8,
    /// Index into `Trace::heap_edges` (`u32::MAX`: none).
    pub edges: u32,
    /// The collection's `gc_refs` for it, while one runs.
    pub gc_refs: Option<i32>,
    /// The last collector step on it (a `step::` value), while a collection runs.
    pub mark: Option<u8>,
    /// The event that made it.
    pub born: u32,
}

/// One reference in the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapEdge {
    pub to: u32,
    /// What the reference is called (`.x`, `[0]`, `'key'`).
    pub label: StrId,
    pub weak: bool,
}

/// The heap at one step.
#[derive(Clone, Debug, Default)]
pub struct HeapState {
    pub nodes: imbl::OrdMap<u32, HeapNode>,
    /// Recently freed nodes, with the event that freed them (the view fades them out).
    pub freed: imbl::Vector<(u32, HeapNode, u32)>,
    /// Index into `Trace::heap_roots` (`u32::MAX`: none yet).
    pub roots: u32,
    pub counts: [u32; 3],
    pub thresholds: [u32; 3],
    /// The generation being collected.
    pub collecting: Option<u8>,
    /// The node the last heap event concerned.
    pub focus: Option<u32>,
    /// How many heap events have been applied (the view shows once there was one).
    pub events: u32,
    /// Results of the collections so far: (generation, collected).
    pub collections: imbl::Vector<(u8, i32)>,
}

/// How many freed nodes the picture keeps fading.
const FREED_KEPT: usize = 48;

impl Recorder {
    pub fn heap_new(&mut self, node: u32, kind: &str, label: &str) {
        let kind = self.trace.strings.intern(kind);
        let label = self.trace.strings.intern(label);
        self.push(Event::HeapNew { node, kind, label });
    }

    pub fn heap_label(&mut self, node: u32, label: &str) {
        let label = self.trace.strings.intern(label);
        self.push(Event::HeapLabel { node, label });
    }

    pub fn heap_free(&mut self, node: u32) {
        self.push(Event::HeapFree { node });
    }

    pub fn heap_refcount(&mut self, node: u32, refcount: i32) {
        self.push(Event::HeapRefcount { node, refcount });
    }

    pub fn heap_gen(&mut self, node: u32, list: u8) {
        self.push(Event::HeapGen { node, list });
    }

    pub fn heap_edges(&mut self, node: u32, edges: &[(u32, &str, bool)]) {
        let list: Vec<HeapEdge> = edges
            .iter()
            .map(|&(to, label, weak)| HeapEdge {
                to,
                label: self.trace.strings.intern(label),
                weak,
            })
            .collect();
        let index = self.trace.heap_edges.len() as u32;
        self.trace.heap_edges.push(list);
        self.push(Event::HeapEdges { node, list: index });
    }

    pub fn heap_roots(&mut self, roots: &[(String, u32)]) {
        let list: Vec<(StrId, u32)> = roots
            .iter()
            .map(|(n, to)| (self.trace.strings.intern(n), *to))
            .collect();
        let index = self.trace.heap_roots.len() as u32;
        self.trace.heap_roots.push(list);
        self.push(Event::HeapRoots { list: index });
    }

    pub fn gc_counts(&mut self, counts: [u32; 3], thresholds: [u32; 3]) {
        self.push(Event::GcCounts { counts, thresholds });
    }

    pub fn gc_start(&mut self, generation: u8) {
        self.push(Event::GcStart { generation });
    }

    pub fn gc_step(&mut self, node: u32, other: u32, gc_refs: i32, step: u8) {
        self.push(Event::GcStep {
            node,
            other,
            gc_refs,
            step,
        });
    }

    pub fn gc_done(&mut self, generation: u8, collected: i32) {
        self.push(Event::GcDone {
            generation,
            collected,
        });
    }

    pub fn heap_finalize(&mut self, node: u32) {
        self.push(Event::Finalize { node });
    }

    pub fn heap_callback(&mut self, node: u32) {
        self.push(Event::WeakCallback { node });
    }

    pub fn heap_trashcan(&mut self, node: u32, deposit: bool) {
        self.push(Event::Trashcan { node, deposit });
    }
}

impl State {
    pub(super) fn apply_heap_event(&mut self, index: usize, e: &Event, _trace: &Trace) {
        let h = &mut self.heap;
        h.events += 1;
        match *e {
            Event::HeapNew { node, kind, label } => {
                h.nodes.insert(
                    node,
                    HeapNode {
                        kind,
                        label,
                        refcount: 0,
                        list: lists::UNTRACKED,
                        edges: u32::MAX,
                        gc_refs: None,
                        mark: None,
                        born: index as u32,
                    },
                );
                h.focus = Some(node);
            }
            Event::HeapLabel { node, label } => {
                if let Some(n) = h.nodes.get_mut(&node) {
                    n.label = label;
                }
            }
            Event::HeapFree { node } => {
                if let Some(n) = h.nodes.remove(&node) {
                    h.freed.push_back((node, n, index as u32));
                    while h.freed.len() > FREED_KEPT {
                        h.freed.pop_front();
                    }
                }
                h.focus = Some(node);
            }
            Event::HeapRefcount { node, refcount } => {
                if let Some(n) = h.nodes.get_mut(&node) {
                    n.refcount = refcount;
                }
                h.focus = Some(node);
            }
            Event::HeapGen { node, list } => {
                if let Some(n) = h.nodes.get_mut(&node) {
                    n.list = list;
                }
            }
            Event::HeapEdges { node, list } => {
                if let Some(n) = h.nodes.get_mut(&node) {
                    n.edges = list;
                }
            }
            Event::HeapRoots { list } => h.roots = list,
            Event::GcCounts { counts, thresholds } => {
                h.counts = counts;
                h.thresholds = thresholds;
            }
            Event::GcStart { generation } => {
                h.collecting = Some(generation);
                h.clear_marks();
            }
            Event::GcStep {
                node,
                gc_refs,
                step: s,
                ..
            } => {
                if let Some(n) = h.nodes.get_mut(&node) {
                    n.gc_refs = Some(gc_refs);
                    n.mark = Some(s);
                }
                h.focus = Some(node);
            }
            Event::GcDone {
                generation,
                collected,
            } => {
                h.collecting = None;
                h.collections.push_back((generation, collected));
                h.clear_marks();
            }
            Event::Finalize { node }
            | Event::WeakCallback { node }
            | Event::Trashcan { node, .. } => h.focus = Some(node),
            _ => {}
        }
    }
}

impl HeapState {
    fn clear_marks(&mut self) {
        let marked: Vec<u32> = self
            .nodes
            .iter()
            .filter(|(_, n)| n.mark.is_some() || n.gc_refs.is_some())
            .map(|(k, _)| *k)
            .collect();
        for k in marked {
            if let Some(n) = self.nodes.get_mut(&k) {
                n.gc_refs = None;
                n.mark = None;
            }
        }
    }

    /// The roots as (name, node).
    pub fn root_list<'t>(&self, trace: &'t Trace) -> &'t [(StrId, u32)] {
        trace
            .heap_roots
            .get(self.roots as usize)
            .map_or(&[], |v| v.as_slice())
    }

    /// A node's references.
    pub fn edges_of<'t>(&self, node: &HeapNode, trace: &'t Trace) -> &'t [HeapEdge] {
        trace
            .heap_edges
            .get(node.edges as usize)
            .map_or(&[], |v| v.as_slice())
    }
}
