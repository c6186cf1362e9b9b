//! The method resolution order: C3 linearization as CPython 3.11's `typeobject.c` computes
//! it, step by step.
//!
//! Classes are opaque handles (`C: Copy + Eq`); the caller supplies each base's own MRO and
//! a name for messages. The model reports every step of the merge as an [`MroEvent`] so a
//! view can animate it and the narration can explain a failure.

/// One micro-step of building an MRO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MroEvent<C> {
    /// One base: the MRO is the class followed by its base's MRO (no merge, no checks).
    SingleBase { base: C },
    /// The merge starts over `lists` lists: each base's MRO, then the bases as written.
    MergeBegin { lists: u16 },
    /// `pmerge` looks at the head of list `list` (position `index` in it).
    TryHead { list: u16, index: u16, candidate: C },
    /// The candidate appears in the tail of list `list` (after its position `index`
    /// there): it cannot come next, so the scan moves to the next list.
    InTail { list: u16, at: u16, candidate: C },
    /// The candidate is in no tail: it is appended to the MRO and removed from the head of
    /// every list it heads; the scan restarts from list 0.
    Pick { candidate: C, position: u16 },
    /// Every list is exhausted: the MRO is complete.
    Done,
    /// No head can be picked: the remaining heads block one another.
    Conflict,
}

/// Why a class statement fails before or during the MRO.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MroError<C> {
    /// `check_duplicates`: the same class twice among the bases.
    DuplicateBase(C),
    /// `set_mro_error`: the heads of the lists still non-empty when no head could be
    /// picked, in list order, de-duplicated.
    Inconsistent(Vec<C>),
}

/// The result of [`mro`]: the linearization or the error, plus the steps that led there.
pub struct MroRun<C> {
    pub result: Result<Vec<C>, MroError<C>>,
    pub events: Vec<MroEvent<C>>,
}

/// Mirrors `mro_implementation()` in Objects/typeobject.c: `bases` are the class's bases
/// as written, `base_mro(b)` the MRO of base `b` (which starts with `b`).
pub fn mro<C: Copy + Eq>(class: C, bases: &[C], base_mro: impl Fn(C) -> Vec<C>) -> MroRun<C> {
    let mut events = Vec::new();
    if bases.len() == 1 {
        // The fast path: `(type,) + base.__mro__`.
        events.push(MroEvent::SingleBase { base: bases[0] });
        let mut out = vec![class];
        out.extend(base_mro(bases[0]));
        return MroRun {
            result: Ok(out),
            events,
        };
    }
    // check_duplicates(): the first base that appears again later.
    for (i, &b) in bases.iter().enumerate() {
        if bases[i + 1..].contains(&b) {
            return MroRun {
                result: Err(MroError::DuplicateBase(b)),
                events,
            };
        }
    }
    let mut to_merge: Vec<Vec<C>> = bases.iter().map(|&b| base_mro(b)).collect();
    to_merge.push(bases.to_vec());
    let mut acc = vec![class];
    let result = pmerge(&mut acc, &to_merge, &mut events).map(|()| acc);
    MroRun { result, events }
}

/// Mirrors `pmerge()`: `remain[i]` is the index of the next class of list `i` not yet in
/// the MRO. After every pick the scan restarts from list 0 (`goto again`).
fn pmerge<C: Copy + Eq>(
    acc: &mut Vec<C>,
    to_merge: &[Vec<C>],
    events: &mut Vec<MroEvent<C>>,
) -> Result<(), MroError<C>> {
    events.push(MroEvent::MergeBegin {
        lists: to_merge.len() as u16,
    });
    let mut remain = vec![0usize; to_merge.len()];
    'again: loop {
        let mut empty = 0;
        for i in 0..to_merge.len() {
            let cur = &to_merge[i];
            if remain[i] >= cur.len() {
                empty += 1;
                continue;
            }
            let candidate = cur[remain[i]];
            events.push(MroEvent::TryHead {
                list: i as u16,
                index: remain[i] as u16,
                candidate,
            });
            // tail_contains(): anywhere after the list's current head.
            let blocker = to_merge.iter().enumerate().find_map(|(j, l)| {
                l.iter()
                    .enumerate()
                    .skip(remain[j] + 1)
                    .find(|(_, c)| **c == candidate)
                    .map(|(at, _)| (j, at))
            });
            if let Some((j, at)) = blocker {
                events.push(MroEvent::InTail {
                    list: j as u16,
                    at: at as u16,
                    candidate,
                });
                continue;
            }
            acc.push(candidate);
            events.push(MroEvent::Pick {
                candidate,
                position: (acc.len() - 1) as u16,
            });
            for (j, l) in to_merge.iter().enumerate() {
                if remain[j] < l.len() && l[remain[j]] == candidate {
                    remain[j] += 1;
                }
            }
            continue 'again;
        }
        if empty != to_merge.len() {
            events.push(MroEvent::Conflict);
            // set_mro_error(): the heads left, in list order, each once.
            let mut heads = Vec::new();
            for (i, l) in to_merge.iter().enumerate() {
                if let Some(&c) = l.get(remain[i])
                    && !heads.contains(&c)
                {
                    heads.push(c);
                }
            }
            return Err(MroError::Inconsistent(heads));
        }
        events.push(MroEvent::Done);
        return Ok(());
    }
}

/// The text of CPython's TypeError for an MRO failure. `set_mro_error` formats into a
/// 1000-byte buffer, so a long list of names is cut at 999 bytes, as CPython cuts it.
pub fn error_message<C: Copy>(e: &MroError<C>, name: impl Fn(C) -> String) -> String {
    match e {
        MroError::DuplicateBase(c) => format!("duplicate base class {}", name(*c)),
        MroError::Inconsistent(heads) => {
            let names: Vec<String> = heads.iter().map(|&c| name(c)).collect();
            let mut s = format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            );
            if s.len() > 999 {
                let mut cut = 999;
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                s.truncate(cut);
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny class table: names and bases; MROs computed on the way.
    fn build(
        classes: &[(&'static str, &[&'static str])],
    ) -> Vec<(&'static str, Vec<&'static str>)> {
        let mut done: Vec<(&'static str, Vec<&'static str>)> = vec![("object", vec!["object"])];
        for &(name, bases) in classes {
            let bases: Vec<&str> = if bases.is_empty() {
                vec!["object"]
            } else {
                bases.to_vec()
            };
            let run = mro(name, &bases, |b| {
                done.iter().find(|(n, _)| *n == b).expect("base").1.clone()
            });
            done.push((name, run.result.expect("consistent")));
        }
        done
    }

    #[test]
    fn the_published_example_linearizes_as_cpython_does() {
        let t = build(&[
            ("O1", &[]),
            ("A", &[]),
            ("B", &[]),
            ("C", &[]),
            ("D", &[]),
            ("E", &[]),
            ("K1", &["A", "B", "C"]),
            ("K2", &["D", "B", "E"]),
            ("K3", &["D", "A"]),
            ("Z", &["K1", "K2", "K3"]),
        ]);
        let z = &t.last().unwrap().1;
        assert_eq!(
            z,
            &["Z", "K1", "K2", "K3", "D", "A", "B", "C", "E", "object"]
        );
    }

    #[test]
    fn inconsistent_heads_are_named_in_list_order() {
        let t = build(&[
            ("X", &[]),
            ("Y", &[]),
            ("A", &["X", "Y"]),
            ("B", &["Y", "X"]),
        ]);
        let get = |n: &str| t.iter().find(|(m, _)| *m == n).unwrap().1.clone();
        let run = mro("C", &["A", "B"], get);
        let e = run.result.unwrap_err();
        assert_eq!(
            error_message(&e, |c: &str| c.to_string()),
            "Cannot create a consistent method resolution\norder (MRO) for bases X, Y"
        );
        assert_eq!(run.events.last(), Some(&MroEvent::Conflict));
    }

    #[test]
    fn duplicates_are_caught_before_merging() {
        let run = mro("E", &["A", "A"], |c| vec![c, "object"]);
        assert_eq!(run.result.unwrap_err(), MroError::DuplicateBase("A"));
        assert!(run.events.is_empty());
    }
}
