//! The cycle collector's bookkeeping, mirroring `Modules/gcmodule.c` of CPython 3.11:
//! the doubly linked `PyGC_Head` lists (three generations and the collector's working
//! lists), the per-generation counts and thresholds, the long-lived 25 % rule, and
//! `deduce_unreachable()` (update_refs, subtract_refs, move_unreachable with its
//! tentative moves back).
//!
//! Objects are plain `u32` keys; what an object refers to and its reference count come from
//! a [`GcGraph`] the caller supplies, so this file knows nothing of the VM.

/// A list head. Generations first, then the collector's working lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum List {
    Gen0 = 0,
    Gen1 = 1,
    Gen2 = 2,
    /// `unreachable` in `gc_collect_main()`.
    Unreachable = 3,
    /// `wrcb_to_call` in `handle_weakrefs()`.
    WeakCallbacks = 4,
    /// `seen` in `finalize_garbage()`.
    Seen = 5,
    /// `final_unreachable` after `handle_resurrected_objects()`.
    Final = 6,
}

const HEADS: u32 = 7;
const NIL: u32 = u32::MAX;

impl List {
    pub fn generation(g: usize) -> List {
        match g {
            0 => List::Gen0,
            1 => List::Gen1,
            _ => List::Gen2,
        }
    }
}

/// The linked lists. Node `HEADS + id` is object `id`; nodes below `HEADS` are heads.
#[derive(Clone, Debug, Default)]
pub struct GcLists {
    prev: Vec<u32>,
    next: Vec<u32>,
    /// Which list each object is on (`u8::MAX`: none, i.e. untracked).
    owner: Vec<u8>,
}

impl GcLists {
    pub fn new() -> Self {
        let mut l = GcLists::default();
        for h in 0..HEADS {
            l.prev.push(h);
            l.next.push(h);
        }
        l
    }

    fn ensure(&mut self, id: u32) {
        let node = (HEADS + id) as usize;
        if self.prev.len() <= node {
            self.prev.resize(node + 1, NIL);
            self.next.resize(node + 1, NIL);
        }
        if self.owner.len() <= id as usize {
            self.owner.resize(id as usize + 1, u8::MAX);
        }
    }

    /// The list `id` is on, or None when it is untracked.
    pub fn list_of(&self, id: u32) -> Option<List> {
        match self.owner.get(id as usize).copied().unwrap_or(u8::MAX) {
            0 => Some(List::Gen0),
            1 => Some(List::Gen1),
            2 => Some(List::Gen2),
            3 => Some(List::Unreachable),
            4 => Some(List::WeakCallbacks),
            5 => Some(List::Seen),
            6 => Some(List::Final),
            _ => None,
        }
    }

    pub fn is_tracked(&self, id: u32) -> bool {
        self.list_of(id).is_some()
    }

    /// `gc_list_append()`: unlinks `id` from wherever it is and appends it to `list`.
    pub fn append(&mut self, id: u32, list: List) {
        self.remove(id);
        self.ensure(id);
        let node = HEADS + id;
        let head = list as u32;
        let last = self.prev[head as usize];
        self.next[last as usize] = node;
        self.prev[node as usize] = last;
        self.next[node as usize] = head;
        self.prev[head as usize] = node;
        self.owner[id as usize] = list as u8;
    }

    /// `gc_list_remove()` (untracking).
    pub fn remove(&mut self, id: u32) {
        if !self.is_tracked(id) {
            return;
        }
        let node = (HEADS + id) as usize;
        let (p, n) = (self.prev[node], self.next[node]);
        self.next[p as usize] = n;
        self.prev[n as usize] = p;
        self.prev[node] = NIL;
        self.next[node] = NIL;
        self.owner[id as usize] = u8::MAX;
    }

    /// `gc_list_merge(from, to)`: appends all of `from` to `to`, keeping order.
    pub fn merge(&mut self, from: List, to: List) {
        for id in self.iter(from) {
            self.append(id, to);
        }
    }

    pub fn first(&self, list: List) -> Option<u32> {
        let n = self.next[list as usize];
        (n >= HEADS).then(|| n - HEADS)
    }

    /// The list's objects in order.
    pub fn iter(&self, list: List) -> Vec<u32> {
        let mut out = Vec::new();
        let head = list as u32;
        let mut n = self.next[head as usize];
        while n != head {
            out.push(n - HEADS);
            n = self.next[n as usize];
        }
        out
    }

    pub fn len(&self, list: List) -> usize {
        self.iter(list).len()
    }

    pub fn is_empty(&self, list: List) -> bool {
        self.next[list as usize] == list as u32
    }
}

/// One generation's `count` and `threshold`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Generation {
    pub count: i64,
    pub threshold: i64,
}

/// `struct _gc_runtime_state`, less the lists.
#[derive(Clone, Debug)]
pub struct GcState {
    pub generations: [Generation; 3],
    pub enabled: bool,
    pub collecting: bool,
    pub long_lived_total: i64,
    pub long_lived_pending: i64,
    /// Objects CPython's start-up left in generation 2, which are not modelled as objects
    /// but count in `long_lived_total` after a full collection.
    pub startup_long_lived: i64,
    pub lists: GcLists,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            // (700, 10, 10): Include/internal/pycore_runtime_init.h.
            generations: [
                Generation {
                    count: 0,
                    threshold: 700,
                },
                Generation {
                    count: 0,
                    threshold: 10,
                },
                Generation {
                    count: 0,
                    threshold: 10,
                },
            ],
            enabled: true,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            startup_long_lived: 0,
            lists: GcLists::new(),
        }
    }
}

impl GcState {
    /// Whether `_PyObject_GC_Link()`'s allocation must start a collection now.
    pub fn should_collect(&self) -> bool {
        let g0 = self.generations[0];
        g0.count > g0.threshold && self.enabled && g0.threshold != 0 && !self.collecting
    }

    /// `gc_collect_generations()`: the oldest generation over its threshold, with the
    /// long-lived rule for generation 2. None when no generation qualifies.
    pub fn generation_to_collect(&self) -> Option<usize> {
        for i in (0..3).rev() {
            let g = self.generations[i];
            if g.count > g.threshold {
                // Avoid quadratic performance degradation in number of tracked objects
                // (see the comment in gcmodule.c).
                if i == 2 && self.long_lived_pending < self.long_lived_total / 4 {
                    continue;
                }
                return Some(i);
            }
        }
        None
    }

    /// The start of `gc_collect_main()`: counts, then the younger lists merged onto
    /// `generation`'s.
    pub fn begin(&mut self, generation: usize) {
        if generation + 1 < 3 {
            self.generations[generation + 1].count += 1;
        }
        for g in self.generations.iter_mut().take(generation + 1) {
            g.count = 0;
        }
        for i in 0..generation {
            self.lists
                .merge(List::generation(i), List::generation(generation));
        }
    }
}

/// What the collector needs to know of the objects.
pub trait GcGraph {
    /// `Py_REFCNT(op)`.
    fn refcount(&self, id: u32) -> i64;
    /// `tp_traverse`: the objects `id` refers to, in visiting order.
    fn traverse(&self, id: u32, out: &mut Vec<u32>);
    /// What a container that is garbage but kept off the lists refers to (at interpreter
    /// shutdown, `__main__`'s dict, [`MAIN_DICT`]): the oldest object, visited first.
    fn main_dict_refs(&self) -> Vec<u32> {
        Vec::new()
    }
}

/// The `from` of a [`Deduction::Subtract`] for a reference held by `__main__`'s dict.
pub const MAIN_DICT: u32 = u32::MAX - 1;

/// One step of `deduce_unreachable()`, for the trace and the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deduction {
    /// update_refs: `gc_refs = refcount`.
    Refs { id: u32, gc_refs: i64 },
    /// subtract_refs: a reference from `from` inside the set took one off.
    Subtract { from: u32, to: u32, gc_refs: i64 },
    /// move_unreachable found `gc_refs == 0`: tentatively unreachable.
    Tentative { id: u32 },
    /// visit_reachable reached a tentatively unreachable object: it goes back.
    Rescued { id: u32, by: u32 },
    /// Reachable from outside (or from a reachable object).
    Reachable { id: u32 },
}

/// `deduce_unreachable(base, unreachable)`: moves what cannot be reached from outside
/// `base` onto `unreachable`, in move_unreachable's order. Returns the steps taken.
pub fn deduce_unreachable(
    lists: &mut GcLists,
    base: List,
    unreachable: List,
    graph: &impl GcGraph,
) -> Vec<Deduction> {
    use std::collections::HashMap;
    let mut log = Vec::new();
    let members = lists.iter(base);
    // update_refs
    let mut refs: HashMap<u32, i64> = HashMap::with_capacity(members.len());
    for &id in &members {
        let r = graph.refcount(id);
        refs.insert(id, r);
        log.push(Deduction::Refs { id, gc_refs: r });
    }
    // subtract_refs: visit_decref only touches objects in the collecting set.
    for to in graph.main_dict_refs() {
        if let Some(r) = refs.get_mut(&to) {
            *r -= 1;
            log.push(Deduction::Subtract {
                from: MAIN_DICT,
                to,
                gc_refs: *r,
            });
        }
    }
    let mut buf = Vec::new();
    for &id in &members {
        buf.clear();
        graph.traverse(id, &mut buf);
        for &to in &buf {
            if let Some(r) = refs.get_mut(&to) {
                *r -= 1;
                log.push(Deduction::Subtract {
                    from: id,
                    to,
                    gc_refs: *r,
                });
            }
        }
    }
    // move_unreachable: walk `base` in order; objects appended back to it are seen again.
    let mut collecting: std::collections::HashSet<u32> = members.iter().copied().collect();
    let mut cursor = lists.first(base);
    let mut done: Vec<u32> = Vec::new();
    while let Some(id) = cursor {
        // The next object still on `base` after `id` (computed before `id` moves).
        if refs.get(&id).copied().unwrap_or(0) != 0 {
            log.push(Deduction::Reachable { id });
            collecting.remove(&id);
            done.push(id);
            buf.clear();
            graph.traverse(id, &mut buf);
            for &to in &buf {
                if !collecting.contains(&to) {
                    continue;
                }
                if lists.list_of(to) == Some(unreachable) {
                    lists.append(to, base);
                    refs.insert(to, 1);
                    log.push(Deduction::Rescued { id: to, by: id });
                } else if refs.get(&to).copied() == Some(0) {
                    refs.insert(to, 1);
                }
            }
            cursor = next_after(lists, base, id, &done);
        } else {
            let after = next_after(lists, base, id, &done);
            lists.append(id, unreachable);
            log.push(Deduction::Tentative { id });
            cursor = after;
        }
    }
    log
}

/// The object after `id` on `list` that move_unreachable has not finished with.
fn next_after(lists: &GcLists, list: List, id: u32, _done: &[u32]) -> Option<u32> {
    let node = (HEADS + id) as usize;
    let n = lists.next[node];
    (n != list as u32 && n != NIL).then(|| n - HEADS)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct G(Vec<(i64, Vec<u32>)>);
    impl GcGraph for G {
        fn refcount(&self, id: u32) -> i64 {
            self.0[id as usize].0
        }
        fn traverse(&self, id: u32, out: &mut Vec<u32>) {
            out.extend(self.0[id as usize].1.iter().copied());
        }
    }

    #[test]
    fn a_cycle_is_unreachable_and_an_outside_reference_rescues() {
        // 0 <-> 1 unreachable; 2 -> 3, 2 held from outside; 3 comes first in the list,
        // is tentatively unreachable and gets rescued when 2 is scanned.
        let g = G(vec![(1, vec![1]), (1, vec![0]), (1, vec![3]), (1, vec![])]);
        let mut l = GcLists::new();
        for id in [3, 0, 1, 2] {
            l.append(id, List::Gen0);
        }
        let log = deduce_unreachable(&mut l, List::Gen0, List::Unreachable, &g);
        assert_eq!(l.iter(List::Unreachable), vec![0, 1]);
        assert_eq!(l.iter(List::Gen0), vec![2, 3]);
        assert!(log.contains(&Deduction::Rescued { id: 3, by: 2 }));
    }

    #[test]
    fn long_lived_rule_skips_generation_two() {
        let mut s = GcState::default();
        s.generations[2].count = 11;
        s.long_lived_total = 100;
        s.long_lived_pending = 10;
        assert_eq!(s.generation_to_collect(), None);
        s.long_lived_pending = 25;
        assert_eq!(s.generation_to_collect(), Some(2));
    }
}
