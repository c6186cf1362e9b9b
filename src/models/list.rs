//! How big a list's item array is: `allocated`, the over-allocation `list_resize()` keeps
//! so appends stay amortised O(1), mirroring Objects/listobject.c in CPython 3.11.
//!
//! `sys.getsizeof(list)` is `56 + 8 * allocated` on 64-bit builds, so the growth pattern
//! (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, …) can be checked byte for byte against the real
//! interpreter. Whether the array pointer is NULL matters too: `list_extend()` sizes a
//! list that has none exactly (`list_preallocate_exact()`, rounded up to even), and one
//! that has one through `list_resize()`'s formula. A list emptied by `list_resize(0)`
//! keeps a (zero-byte) array; one emptied by `_list_clear()` does not.

/// The item array of one list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListAlloc {
    /// `allocated`: slots in the item array.
    pub allocated: usize,
    /// `ob_item == NULL`.
    pub no_array: bool,
}

/// What happened to a list's array, for the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ListEvent {
    /// `list_resize()` reallocated the array from `from` to `to` slots, for `newsize`
    /// items, where the list held `size`.
    Resized {
        from: u32,
        to: u32,
        size: u32,
        newsize: u32,
    },
    /// `list_preallocate_exact()`: an array of `to` slots for `expected` items.
    Preallocated { to: u32, expected: u32 },
    /// `_list_clear()` freed the array of `from` slots.
    Freed { from: u32 },
}

/// What `list_extend()` reads from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendSource {
    /// An exact list or tuple (or the list itself): its size is known up front.
    Sequence,
    /// Anything else, with `PyObject_LengthHint(iterable, 8)`.
    Iterable { hint: usize },
}

/// `sizeof(PyListObject)` plus the GC header `sys.getsizeof` adds.
pub const LIST_BASE_BYTES: usize = 56;

impl ListAlloc {
    /// `PyList_New(0)`: no item array.
    pub const EMPTY: ListAlloc = ListAlloc {
        allocated: 0,
        no_array: true,
    };

    /// `PyList_New(n)` or `list_new_prealloc(n)`: exactly `n` slots (none for 0).
    pub fn exact(n: usize) -> Self {
        ListAlloc {
            allocated: n,
            no_array: n == 0,
        }
    }

    /// What `sys.getsizeof()` reports for a list with this array.
    pub fn getsizeof(&self) -> usize {
        LIST_BASE_BYTES + 8 * self.allocated
    }

    /// Mirrors `list_resize()`: the list holds `size` items and is about to hold
    /// `newsize`.
    pub fn resize(&mut self, size: usize, newsize: usize, ev: &mut Vec<ListEvent>) {
        let allocated = self.allocated;
        // Bypass realloc() when the array is big enough and not under half used.
        if allocated >= newsize && newsize >= (allocated >> 1) {
            return;
        }
        let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
        // Do not over-allocate if the new size is closer to that than to the old size.
        if newsize as isize - size as isize > (new_allocated - newsize) as isize {
            new_allocated = (newsize + 3) & !3;
        }
        if newsize == 0 {
            new_allocated = 0;
        }
        // PyMem_Realloc() of zero bytes still returns an array.
        ev.push(ListEvent::Resized {
            from: allocated as u32,
            to: new_allocated as u32,
            size: size as u32,
            newsize: newsize as u32,
        });
        self.allocated = new_allocated;
        self.no_array = false;
    }

    /// Mirrors `list_preallocate_exact()`, on a list without an array.
    pub fn preallocate_exact(&mut self, n: usize, ev: &mut Vec<ListEvent>) {
        self.allocated = (n + 1) & !1;
        self.no_array = false;
        ev.push(ListEvent::Preallocated {
            to: self.allocated as u32,
            expected: n as u32,
        });
    }

    /// Mirrors `_list_clear()`: the array is freed.
    pub fn clear(&mut self, ev: &mut Vec<ListEvent>) {
        if !self.no_array {
            ev.push(ListEvent::Freed {
                from: self.allocated as u32,
            });
        }
        *self = ListAlloc::EMPTY;
    }

    /// Mirrors `_PyList_AppendTakeRef()`, the list holding `size` items.
    pub fn append(&mut self, size: usize, ev: &mut Vec<ListEvent>) {
        if self.allocated > size {
            return;
        }
        self.resize(size, size + 1, ev);
    }

    /// Mirrors `ins1()`.
    pub fn insert(&mut self, size: usize, ev: &mut Vec<ListEvent>) {
        self.resize(size, size + 1, ev);
    }

    /// Mirrors `list_ass_slice()`: `norig` items of a list of `size` replaced by `n`.
    pub fn assign_slice(&mut self, size: usize, norig: usize, n: usize, ev: &mut Vec<ListEvent>) {
        let newsize = size + n - norig;
        if newsize == 0 {
            self.clear(ev);
        } else if newsize != size {
            self.resize(size, newsize, ev);
        }
    }

    /// Mirrors `list_extend()`: a list of `size` items extended by `count` items.
    pub fn extend(
        &mut self,
        size: usize,
        source: ExtendSource,
        count: usize,
        ev: &mut Vec<ListEvent>,
    ) {
        match source {
            ExtendSource::Sequence => {
                if count == 0 {
                    return;
                }
                if self.no_array {
                    self.preallocate_exact(count, ev);
                } else {
                    self.resize(size, size + count, ev);
                }
            }
            ExtendSource::Iterable { hint } => {
                if self.no_array {
                    if hint > 0 {
                        self.preallocate_exact(hint, ev);
                    }
                } else {
                    // Make room, then make the list sane again (its size stays `size`).
                    self.resize(size, size + hint, ev);
                }
                let mut n = size;
                for _ in 0..count {
                    if n >= self.allocated {
                        self.resize(n, n + 1, ev);
                    }
                    n += 1;
                }
                // Cut back if the guess was too large.
                if n < self.allocated {
                    self.resize(n, n, ev);
                }
            }
        }
    }

    /// Mirrors `list_inplace_repeat()` (`l *= n`) on a list of `size` items.
    pub fn inplace_repeat(&mut self, size: usize, n: i64, ev: &mut Vec<ListEvent>) {
        if size == 0 || n == 1 {
            return;
        }
        if n < 1 {
            self.clear(ev);
            return;
        }
        self.resize(size, size * n as usize, ev);
    }

    /// A new list extended by `count` items from a source whose length hint is `hint`
    /// (`list(x)`, `sorted(x)`), its events not wanted.
    pub fn extended(hint: usize, count: usize) -> Self {
        let mut a = ListAlloc::EMPTY;
        a.extend(0, ExtendSource::Iterable { hint }, count, &mut Vec::new());
        a
    }

    /// A new list appended to `count` times (a comprehension), its events not wanted.
    pub fn appended(count: usize) -> Self {
        let mut a = ListAlloc::EMPTY;
        for size in 0..count {
            a.append(size, &mut Vec::new());
        }
        a
    }

    /// The array of the list `str.split()`/`rsplit()` return, mirroring stringlib's
    /// split.h: `PyList_New(PREALLOC_SIZE(maxcount))`, the first `MAX_PREALLOC` (12) parts
    /// set in place, later ones appended, then the size cut to `count` without a resize
    /// (`FIX_PREALLOC_SIZE`), so `'a b'.split()` keeps 12 slots.
    pub fn split_result(maxsplit: i64, count: usize, ev: &mut Vec<ListEvent>) -> Self {
        const MAX_PREALLOC: usize = 12;
        let prealloc = match usize::try_from(maxsplit) {
            Ok(m) if m < MAX_PREALLOC => m + 1,
            _ => MAX_PREALLOC,
        };
        let mut a = ListAlloc::exact(prealloc);
        for size in MAX_PREALLOC..count {
            a.append(size, ev);
        }
        a
    }

    /// The extended-slice deletion in `list_ass_subscript()`: the size drops to
    /// `newsize` first, then `list_resize(self, newsize)` runs.
    pub fn delete_extended(&mut self, newsize: usize, ev: &mut Vec<ListEvent>) {
        self.resize(newsize, newsize, ev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The growth pattern listobject.c documents: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76.
    #[test]
    fn appends_follow_cpythons_growth_pattern() {
        let mut ev = Vec::new();
        let mut a = ListAlloc::EMPTY;
        let mut seen = vec![a.allocated];
        for size in 0..70 {
            a.append(size, &mut ev);
            if seen.last() != Some(&a.allocated) {
                seen.push(a.allocated);
            }
        }
        assert_eq!(seen, [0, 4, 8, 16, 24, 32, 40, 52, 64, 76]);
    }

    /// `list(range(n))` preallocates the hint rounded up to even: 56, 72, 72, 88, 88.
    #[test]
    fn extend_of_an_empty_list_preallocates_exactly() {
        let sizes: Vec<usize> = (0..5)
            .map(|n| {
                let mut ev = Vec::new();
                let mut a = ListAlloc::EMPTY;
                a.extend(0, ExtendSource::Iterable { hint: n }, n, &mut ev);
                a.getsizeof()
            })
            .collect();
        assert_eq!(sizes, [56, 72, 72, 88, 88]);
    }

    /// `list(map(f, range(1)))`: the default hint 8, then cut back to 4 slots (88 bytes).
    #[test]
    fn an_over_long_guess_is_cut_back() {
        let mut ev = Vec::new();
        let mut a = ListAlloc::EMPTY;
        a.extend(0, ExtendSource::Iterable { hint: 8 }, 1, &mut ev);
        assert_eq!(a.getsizeof(), 88);
        let mut b = ListAlloc::EMPTY;
        b.extend(0, ExtendSource::Iterable { hint: 8 }, 2, &mut ev);
        assert_eq!(b.getsizeof(), 120);
    }

    /// `list(map(f, range(1)))` in events: the guess, then the cut-back.
    #[test]
    fn extend_reports_the_preallocation_and_the_cut_back() {
        let mut ev = Vec::new();
        let mut a = ListAlloc::EMPTY;
        a.extend(0, ExtendSource::Iterable { hint: 8 }, 1, &mut ev);
        assert_eq!(
            ev,
            [
                ListEvent::Preallocated { to: 8, expected: 8 },
                ListEvent::Resized {
                    from: 8,
                    to: 4,
                    size: 1,
                    newsize: 1
                }
            ]
        );
        ev.clear();
        a.clear(&mut ev);
        assert_eq!(ev, [ListEvent::Freed { from: 4 }]);
    }

    /// `str.split()`: 12 slots however few the parts (152 bytes), `split(',', 1)` 2,
    /// `split(maxsplit=0)` 1, and 13 parts append past the 12 (20 slots, 216 bytes).
    #[test]
    fn split_preallocates_twelve() {
        let mut ev = Vec::new();
        let sizes: Vec<usize> = [
            (-1, 0),
            (-1, 3),
            (1, 2),
            (0, 1),
            (-1, 13),
            (-1, 30),
            (15, 16),
        ]
        .into_iter()
        .map(|(m, n)| ListAlloc::split_result(m, n, &mut ev).getsizeof())
        .collect();
        assert_eq!(sizes, [152, 152, 72, 64, 216, 344, 216]);
    }

    /// Popping `[1, 2, 3]` empty keeps a zero-slot array, so `extend([1])` then goes
    /// through list_resize() (4 slots, 88 bytes), not the exact path (2 slots).
    #[test]
    fn an_emptied_list_keeps_its_array() {
        let mut ev = Vec::new();
        let mut a = ListAlloc::EMPTY;
        a.extend(0, ExtendSource::Sequence, 3, &mut ev);
        assert_eq!(a.allocated, 4);
        for size in (1..=3).rev() {
            a.resize(size, size - 1, &mut ev);
        }
        assert_eq!((a.allocated, a.no_array), (0, false));
        a.extend(0, ExtendSource::Sequence, 1, &mut ev);
        assert_eq!(a.getsizeof(), 88);
    }
}
