//! `list.sort()`'s algorithm, a port of CPython 3.11's timsort in Objects/listobject.c
//! (Objects/listsort.txt explains it): natural runs (`count_run`), extended to `minrun`
//! by `binarysort`, merged as the powersort strategy of `found_new_run` decides
//! (3.11 replaced `merge_collapse` with it), by `merge_lo`/`merge_hi` with galloping.
//! A user `__lt__` sees every comparison, so the port makes the same ones in the same
//! order, and leaves the array where CPython's does when a comparison fails: merges copy
//! their temporary array back, so the slice is always a permutation of its input.
//!
//! The algorithm is generic over the item (the VM sorts indices, moving keys and values
//! together as `sortslice` does) and over the comparison, `ISLT(x, y)`.

use super::object::{ClassRef, Obj, ObjId, TypeId};
use super::{PyResult, Vm};
use crate::frontend::code::CmpOp;

/// `MIN_GALLOP`: how many wins in a row start galloping.
const MIN_GALLOP: usize = 7;

/// One pending run (`struct s_slice`): where it starts, its length, and its node level
/// for the powersort strategy.
#[derive(Debug, Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// `MergeState`, over the whole slice being sorted.
struct MergeState<'a, T, F> {
    a: &'a mut [T],
    lt: F,
    /// `ms->min_gallop`: nudged up by random data, down by structured data.
    min_gallop: usize,
    /// `ms->listlen`, which `powerloop()` divides by.
    listlen: usize,
    pending: Vec<Run>,
    /// `ms->a`: a merge's copy of its smaller run.
    tmp: Vec<T>,
}

/// Sorts `a` in place, stably, by `lt` (`x < y`), making exactly the comparisons CPython
/// 3.11's `list_sort_impl()` makes between the reversals and the key computation. On an
/// error the slice holds what CPython's array holds at that point.
pub(crate) fn timsort<T: Copy, E>(
    a: &mut [T],
    lt: impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        a,
        lt,
        min_gallop: MIN_GALLOP,
        listlen: n,
        pending: Vec::new(),
        tmp: Vec::new(),
    };
    ms.sort()
}

/// mirrors merge_compute_minrun(): `n` below 64, else a length in 32..=64 such that
/// `n / minrun` is a power of two or a little less than one.
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// mirrors powerloop(): the depth, in a binary merge tree over the whole list, of the
/// boundary between the runs `[s1, s1+n1)` and `[s1+n1, s1+n1+n2)`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the midpoints, so both are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// mirrors gallop_left(): where `key` goes in sorted `arr`, left of any equal items,
/// searching out from `hint` by 1, 3, 7, … then by bisection.
fn gallop_left<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    key: T,
    arr: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = arr.len() as isize;
    let hint = hint as isize;
    let at = |i: isize| arr[i as usize];
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(at(hint), key)? {
        // arr[hint] < key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(at(hint + ofs), key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= arr[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(at(hint - ofs), key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    // arr[lastofs] < key <= arr[ofs]: bisect what is between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(at(m), key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// mirrors gallop_right(): as `gallop_left`, right of any equal items.
fn gallop_right<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    key: T,
    arr: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = arr.len() as isize;
    let hint = hint as isize;
    let at = |i: isize| arr[i as usize];
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(key, at(hint))? {
        // key < arr[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, at(hint - ofs))? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // arr[hint] <= key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, at(hint + ofs))? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    // arr[lastofs] <= key < arr[ofs]: bisect what is between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, at(m))? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge left its loops (the labels of `merge_lo`/`merge_hi`).
enum Exit<E> {
    Succeed,
    Fail(E),
    /// `CopyA`/`CopyB`: one run is down to the item that goes at the merge's far end.
    Copy,
}

impl<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>> MergeState<'_, T, F> {
    /// The loop of `list_sort_impl()`: find the next run, extend it to `minrun`, let the
    /// powersort strategy merge, push it; then merge what is left.
    fn sort(&mut self) -> Result<(), E> {
        let mut nremaining = self.a.len();
        let minrun = merge_compute_minrun(nremaining);
        let mut lo = 0;
        loop {
            let (mut n, descending) = self.count_run(lo, lo + nremaining)?;
            if descending {
                self.a[lo..lo + n].reverse();
            }
            if n < minrun {
                let force = nremaining.min(minrun);
                self.binarysort(lo, lo + force, lo + n)?;
                n = force;
            }
            self.found_new_run(n)?;
            self.pending.push(Run {
                base: lo,
                len: n,
                power: 0,
            });
            lo += n;
            nremaining -= n;
            if nremaining == 0 {
                break;
            }
        }
        self.merge_force_collapse()
    }

    /// mirrors count_run(): the length of the run at `lo` (at most to `hi`), ascending
    /// (`a[0] <= a[1] <= …`) or strictly descending (`a[0] > a[1] > …`, which the caller
    /// may reverse without breaking stability).
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let a = &*self.a;
        let mut n = 2;
        if (self.lt)(a[lo + 1], a[lo])? {
            for i in lo + 2..hi {
                if !(self.lt)(a[i], a[i - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, true))
        } else {
            for i in lo + 2..hi {
                if (self.lt)(a[i], a[i - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// mirrors binarysort(): `[lo, start)` is sorted; insert each of `[start, hi)` after
    /// any equal items (stability), found by bisection.
    fn binarysort(&mut self, lo: usize, hi: usize, start: usize) -> Result<(), E> {
        let start = if lo == start { start + 1 } else { start };
        for start in start..hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a[l..=start].rotate_right(1);
        }
        Ok(())
    }

    /// mirrors found_new_run(): before a run of `n2` items is pushed, merge the runs on
    /// the stack whose boundary lies deeper in the merge tree than the new boundary.
    fn found_new_run(&mut self, n2: usize) -> Result<(), E> {
        if let Some(top) = self.pending.last() {
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(top) = self.pending.last_mut() {
                top.power = power;
            }
        }
        Ok(())
    }

    /// mirrors merge_force_collapse(): merge everything left, the smaller neighbour of
    /// the second-last run first.
    fn merge_force_collapse(&mut self) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// mirrors merge_at(): merge runs `i` and `i + 1` of the stack, skipping the items of
    /// the first already in place before the second's first item, and those of the second
    /// already in place after the first's last item.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let Run {
            base: mut ssa,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: ssb, len: nb, ..
        } = self.pending[i + 1];
        // The stack changes before any comparison, as in CPython.
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();

        let k = gallop_right(&mut self.lt, self.a[ssb], &self.a[ssa..ssa + na], 0)?;
        ssa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(
            &mut self.lt,
            self.a[ssa + na - 1],
            &self.a[ssb..ssb + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    /// mirrors merge_lo(): merge `[ssa, ssa+na)` (copied aside) with the following `nb`
    /// items, front to back; `na <= nb`, and the first run's last item goes last.
    fn merge_lo(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[ssa..ssa + na]);
        let mut dest = ssa;
        let mut pa = 0; // into tmp
        let mut pb = ssb;

        self.a[dest] = self.a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let exit = 'merge: {
            if nb == 0 {
                break 'merge Exit::Succeed;
            }
            if na == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0; // times A won in a row
                let mut bcount = 0; // times B won in a row
                // The straightforward merge, until one run wins often enough in a row.
                loop {
                    match (self.lt)(self.a[pb], self.tmp[pa]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            self.a[dest] = self.a[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Exit::Succeed;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[dest] = self.tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Exit::Copy;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping, until neither run wins MIN_GALLOP in a row.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(&mut self.lt, self.a[pb], &self.tmp[pa..pa + na], 0)
                    {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k != 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Exit::Copy;
                        }
                        // Impossible for a consistent comparison; a user's need not be.
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    self.a[dest] = self.a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Exit::Succeed;
                    }

                    let k = match gallop_left(&mut self.lt, self.tmp[pa], &self.a[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k != 0 {
                        self.a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    self.a[dest] = self.tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Exit::Copy;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode costs.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // CopyB: the rest of B, then A's last item.
                self.a.copy_within(pb..pb + nb, dest);
                self.a[dest + nb] = self.tmp[pa];
                Ok(())
            }
            // Succeed and Fail: what is left of A goes back, so nothing is lost.
            Exit::Succeed => {
                self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                Ok(())
            }
            Exit::Fail(e) => {
                self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                Err(e)
            }
        }
    }

    /// mirrors merge_hi(): merge `na` items with the following `[ssb, ssb+nb)` (copied
    /// aside), back to front; `na >= nb`, and the first run's last item goes last.
    /// Positions run down to one before `ssa`, hence signed.
    fn merge_hi(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[ssb..ssb + nb]);
        let basea = ssa;
        let mut dest = (ssb + nb - 1) as isize;
        let mut pa = (ssa + na - 1) as isize; // into a
        let mut pb = nb as isize - 1; // into tmp
        let ix = |i: isize| i as usize;

        self.a[ix(dest)] = self.a[ix(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let exit = 'merge: {
            if na == 0 {
                break 'merge Exit::Succeed;
            }
            if nb == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0; // times A won in a row
                let mut bcount = 0; // times B won in a row
                // The straightforward merge, until one run wins often enough in a row.
                loop {
                    match (self.lt)(self.tmp[ix(pb)], self.a[ix(pa)]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            self.a[ix(dest)] = self.a[ix(pa)];
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Exit::Succeed;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[ix(dest)] = self.tmp[ix(pb)];
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Exit::Copy;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping, until neither run wins MIN_GALLOP in a row.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(
                        &mut self.lt,
                        self.tmp[ix(pb)],
                        &self.a[basea..basea + na],
                        na - 1,
                    ) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k != 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        self.a.copy_within(ix(pa + 1)..ix(pa + 1) + k, ix(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    self.a[ix(dest)] = self.tmp[ix(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Exit::Copy;
                    }

                    let k = match gallop_left(&mut self.lt, self.a[ix(pa)], &self.tmp[..nb], nb - 1)
                    {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k != 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        self.a[ix(dest + 1)..ix(dest + 1) + k]
                            .copy_from_slice(&self.tmp[ix(pb + 1)..ix(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Exit::Copy;
                        }
                        // Impossible for a consistent comparison; a user's need not be.
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    self.a[ix(dest)] = self.a[ix(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Exit::Succeed;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode costs.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // CopyA: the rest of A moves up, then B's first item goes in front.
                let from = ix(pa + 1) - na;
                self.a.copy_within(from..from + na, ix(dest + 1) - na);
                dest -= na as isize;
                self.a[ix(dest)] = self.tmp[ix(pb)];
                Ok(())
            }
            // Succeed and Fail: what is left of B goes back, so nothing is lost.
            Exit::Succeed => {
                self.restore_b(dest, nb);
                Ok(())
            }
            Exit::Fail(e) => {
                self.restore_b(dest, nb);
                Err(e)
            }
        }
    }

    /// The end of `merge_hi()`: B's `nb` remaining items (the front of the copy) go back
    /// to the `nb` slots ending at `dest`.
    fn restore_b(&mut self, dest: isize, nb: usize) {
        if nb != 0 {
            let start = (dest + 1) as usize - nb;
            self.a[start..start + nb].copy_from_slice(&self.tmp[..nb]);
        }
    }
}

/// The comparison `list_sort_impl()`'s pre-sort check picks (`ms->key_compare`). The
/// fast paths for str, int and float keys call no Python code and answer as `<` does, so
/// they are `Safe` here; what can be told apart is a user class's `__lt__`, which
/// `unsafe_object_compare()` calls through the type's slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyCompare {
    /// safe_object_compare(): `PyObject_RichCompareBool(v, w, Py_LT)`.
    Safe,
    /// unsafe_object_compare() for keys all of one user class: its `tp_richcompare`
    /// (`slot_tp_richcompare()`) directly, without `do_richcompare()`'s recursion guard
    /// or reflected operand; only NotImplemented falls back to the full comparison (so a
    /// `__lt__` returning NotImplemented runs twice).
    UserSlot,
}

/// unsafe_tuple_compare() when every key is a non-empty exact tuple: items compared by
/// `==` until one differs, then that item by `<`, the first item by `tuple_elem_compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Compare {
    key: KeyCompare,
    tuples: bool,
}

impl Vm {
    /// The sort of `list_sort_impl()` over `order` (indices into `keys`, moved as
    /// CPython moves keys and values together), after the keys and the first reversal.
    pub(crate) fn timsort_keys(&mut self, keys: &[ObjId], order: &mut [usize]) -> PyResult<()> {
        let cmp = self.sort_precheck(keys);
        timsort(order, |x, y| self.sort_islt(cmp, keys[x], keys[y]))
    }

    /// mirrors the pre-sort check of list_sort_impl(): the first key's exact type (its
    /// first item's, when it is a non-empty exact tuple) against every key's.
    fn sort_precheck(&self, keys: &[ObjId]) -> Compare {
        let safe = Compare {
            key: KeyCompare::Safe,
            tuples: false,
        };
        if keys.len() < 2 {
            return safe;
        }
        let exact_tuple = |k: ObjId| match self.heap.get(k) {
            Obj::Tuple(items) if !items.is_empty() => {
                self.class_of(k) == ClassRef::Builtin(TypeId::Tuple)
            }
            _ => false,
        };
        let first_item = |k: ObjId| match self.heap.get(k) {
            Obj::Tuple(items) => items[0],
            _ => k,
        };
        let tuples = keys.iter().all(|&k| exact_tuple(k));
        let elem = |k: ObjId| if tuples { first_item(k) } else { k };
        let key_type = self.class_of(elem(keys[0]));
        let same_type = keys.iter().all(|&k| self.class_of(elem(k)) == key_type);
        // A user class's instances compare through its slot; tuples of tuples compare
        // their first items safely.
        let key = if same_type && self.is_user_cmp(elem(keys[0])) {
            KeyCompare::UserSlot
        } else {
            KeyCompare::Safe
        };
        Compare { key, tuples }
    }

    /// `ISLT(v, w)`: `ms->key_compare(v, w, ms)`.
    fn sort_islt(&mut self, cmp: Compare, v: ObjId, w: ObjId) -> PyResult<bool> {
        if !cmp.tuples {
            return self.sort_key_lt(cmp.key, v, w);
        }
        // mirrors unsafe_tuple_compare().
        let (vt, wt) = match (self.heap.get(v), self.heap.get(w)) {
            (Obj::Tuple(a), Obj::Tuple(b)) => (a.to_vec(), b.to_vec()),
            _ => return self.less_than(v, w),
        };
        let mut i = 0;
        while i < vt.len() && i < wt.len() {
            if !self.eq(vt[i], wt[i])? {
                break;
            }
            i += 1;
        }
        if i >= vt.len() || i >= wt.len() {
            return Ok(vt.len() < wt.len());
        }
        if i == 0 {
            self.sort_key_lt(cmp.key, vt[0], wt[0])
        } else {
            self.less_than(vt[i], wt[i])
        }
    }

    /// The comparison the pre-sort check chose for keys (or tuples' first items).
    fn sort_key_lt(&mut self, key: KeyCompare, v: ObjId, w: ObjId) -> PyResult<bool> {
        match key {
            KeyCompare::Safe => self.less_than(v, w),
            // mirrors unsafe_object_compare().
            KeyCompare::UserSlot => {
                let r = self.richcompare_slot(v, w, CmpOp::Lt)?;
                if r == self.not_implemented {
                    return self.less_than(v, w);
                }
                self.truthy(r)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small LCG, so the tests need no crate.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    fn sort_counting(v: &[(i64, usize)]) -> (Vec<(i64, usize)>, usize) {
        let mut a = v.to_vec();
        let mut count = 0;
        timsort(&mut a, |x: (i64, usize), y: (i64, usize)| {
            count += 1;
            Ok::<_, ()>(x.0 < y.0)
        })
        .unwrap();
        (a, count)
    }

    /// Sorted, stable, and the same order as Rust's stable sort, for many shapes.
    #[test]
    fn agrees_with_a_stable_sort() {
        let mut seed = 7;
        for n in 0..700 {
            for shape in 0..6 {
                let v: Vec<(i64, usize)> = (0..n)
                    .map(|i| {
                        let r = lcg(&mut seed) as i64;
                        let k = match shape {
                            0 => r % 1000,
                            1 => r % 4,
                            2 => i as i64,
                            3 => -(i as i64),
                            4 => (i % 37) as i64,
                            _ => (i as i64 / 50) * if i % 100 < 50 { 1 } else { -1 } + r % 3,
                        };
                        (k, i)
                    })
                    .collect();
                let (got, _) = sort_counting(&v);
                let mut want = v.clone();
                want.sort_by_key(|p| p.0);
                assert_eq!(got, want, "n={n} shape={shape}");
            }
        }
    }

    /// Comparison counts CPython 3.11 makes (counted with a `__lt__` that counts).
    #[test]
    fn comparison_counts_match_cpython() {
        let count = |keys: Vec<i64>| {
            let v: Vec<(i64, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            sort_counting(&v).1
        };
        assert_eq!(count((0..64).rev().collect()), 63);
        assert_eq!(count((0..64).collect()), 63);
        assert_eq!(
            count((0..200).map(|i| (i * 37) % 101).collect()),
            COUNT_37_101
        );
    }

    const COUNT_37_101: usize = 1266;

    /// A failing comparison leaves a permutation of the input.
    #[test]
    fn failure_leaves_a_permutation() {
        let mut seed = 11;
        for n in [64, 65, 100, 257, 600] {
            for stop in [1, 10, 100, 300, 1000, 3000] {
                let v: Vec<i64> = (0..n).map(|_| (lcg(&mut seed) % 500) as i64).collect();
                let mut a = v.clone();
                let mut count = 0;
                let r = timsort(&mut a, |x, y| {
                    count += 1;
                    if count == stop { Err(()) } else { Ok(x < y) }
                });
                let mut sa = a.clone();
                let mut sv = v.clone();
                sa.sort();
                sv.sort();
                assert_eq!(sa, sv, "n={n} stop={stop} {r:?}");
            }
        }
    }
}
