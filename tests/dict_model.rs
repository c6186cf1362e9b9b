//! Property tests of the dict model: random operation sequences keep CPython's
//! invariants, and the events they report rebuild exactly the same table.

use proptest::prelude::*;
use pyxray::models::dict::{Dict, DictEvent, DictSnapshot, usable_fraction};

#[derive(Debug, Clone)]
enum Op {
    Insert(i64),
    Delete(i64),
    PopItem,
    Clear,
    Copy,
    MergeFrom(Vec<i64>),
}

fn op() -> impl Strategy<Value = Op> {
    // Keys in a small range with hash = key * 8 collide a lot in small tables.
    let key = -20i64..60;
    prop_oneof![
        6 => key.clone().prop_map(Op::Insert),
        3 => key.clone().prop_map(Op::Delete),
        1 => Just(Op::PopItem),
        1 => Just(Op::Clear),
        1 => Just(Op::Copy),
        1 => proptest::collection::vec(key, 0..12).prop_map(Op::MergeFrom),
    ]
}

fn h(k: i64) -> i64 {
    if k * 8 == -1 { -2 } else { k * 8 }
}

fn check_invariants(d: &Dict<i64, i64>) {
    let size = 1usize << d.log2_size();
    let indices: Vec<i64> = d.indices().collect();
    assert_eq!(indices.len(), size);
    let live = d.entries().iter().flatten().count();
    assert_eq!(live, d.len());
    if !d.is_shared_empty() {
        assert!(d.usable() >= 0);
        assert!(d.usable() as usize + d.nentries() <= usable_fraction(size));
    }
    // Every live entry is indexed by exactly one slot; every index points at a live entry.
    let mut seen = vec![0; d.nentries()];
    for &ix in &indices {
        if ix >= 0 {
            seen[ix as usize] += 1;
            assert!(d.entries()[ix as usize].is_some(), "slot points at a hole");
        }
    }
    for (i, e) in d.entries().iter().enumerate() {
        assert_eq!(seen[i], e.is_some() as i32, "entry {i}");
    }
    // Every live key is found by lookup.
    for e in d.entries().iter().flatten() {
        assert!(d.lookup(e.hash, e.key, &mut |_| false, &mut ()).is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn random_operations_keep_invariants_and_events_rebuild_the_table(ops in proptest::collection::vec(op(), 1..120)) {
        let mut d: Dict<i64, i64> = Dict::new();
        let mut events: Vec<DictEvent<i64, i64>> = Vec::new();
        let mut snap = DictSnapshot::default();
        let mut applied = 0;
        for op in ops {
            match op {
                Op::Insert(k) => { d.insert(h(k), k, false, k, &mut |_| false, &mut events); }
                Op::Delete(k) => { d.delete(h(k), k, &mut |_| false, &mut events); }
                Op::PopItem => { d.popitem(&mut events); }
                Op::Clear => d.clear(&mut events),
                Op::Copy => {
                    d = d.copy();
                    // A copy is a new dict: the trace starts it from its own first table.
                    snap = DictSnapshot::from_table(&d, &d.entries().iter().flatten().map(|e| (e.key as u32, e.value as u32)).collect::<Vec<_>>());
                    applied = events.len();
                }
                Op::MergeFrom(keys) => {
                    let mut other: Dict<i64, i64> = Dict::new();
                    for k in keys { other.insert(h(k), k, false, k, &mut |_| false, &mut ()); }
                    d.merge_from(&other, &|_| false, &mut |_, _| false, &mut events);
                }
            }
            check_invariants(&d);
            for e in &events[applied..] {
                snap.apply(&e.map(&mut |k| k as u32, &mut |v| v as u32));
            }
            applied = events.len();
            let ours: Vec<i64> = snap.indices.iter().map(|&i| i as i64).collect();
            prop_assert_eq!(ours, d.indices().collect::<Vec<_>>());
            prop_assert_eq!(snap.nentries() as usize, d.nentries());
            prop_assert_eq!(snap.usable(), d.usable());
            prop_assert_eq!(snap.used() as usize, d.len());
        }
    }
}
