//! The `heapq` and `bisect` modules: functions on plain lists, mirroring
//! `Modules/_heapqmodule.c` and `Modules/_bisectmodule.c` of CPython 3.11 step for step,
//! so a comparison a user's `__lt__` sees is the one CPython makes, in the same order.
//! `heapq.nlargest`/`nsmallest` are Python code in CPython (`Lib/heapq.py`); their result is
//! `sorted(...)[:n]`, which pyxray gives for items compared without Python code and
//! refuses otherwise.

use super::object::*;
use super::{PyResult, Vm};

type Kw = Vec<(String, ObjId)>;

/// The modules' functions, by qualified name (a built-in's name must be `'static`).
const FUNCTIONS: &[&str] = &[
    "heapq.heappush",
    "heapq.heappop",
    "heapq.heapify",
    "heapq.heapreplace",
    "heapq.heappushpop",
    "heapq.nlargest",
    "heapq.nsmallest",
    "bisect.bisect_left",
    "bisect.bisect_right",
    "bisect.bisect",
    "bisect.insort_left",
    "bisect.insort_right",
    "bisect.insort",
];

impl Vm {
    /// `heapq.name` / `bisect.name`.
    pub(crate) fn heapq_bisect_attr(&mut self, module: &str, name: &str) -> PyResult {
        let full = format!("{module}.{name}");
        match FUNCTIONS.iter().find(|f| **f == full) {
            Some(f) => Ok(self.heap.alloc(Obj::Builtin(Builtin(f)))),
            None => self.unsupported(&full),
        }
    }

    pub(crate) fn call_heapq_bisect(
        &mut self,
        full: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        let name = full.rsplit('.').next().unwrap_or(full);
        if full.starts_with("bisect.") {
            // bisect.bisect and bisect.insort are the _right functions.
            let name = match name {
                "bisect" => "bisect_right",
                "insort" => "insort_right",
                n => n,
            };
            return self.call_bisect(name, args, kwargs);
        }
        if !kwargs.is_empty() && !matches!(name, "nlargest" | "nsmallest") {
            return self.type_error(format!("_heapq.{name}() takes no keyword arguments"));
        }
        match name {
            "heappush" => {
                self.arity("heappush", &args, 2, 2)?;
                let heap = self.heap_list("heappush", args[0], true)?;
                // PyList_Append().
                let x = args[1];
                self.with_list(heap, |l, ev| l.append(x, ev));
                let last = self.list_len(heap) - 1;
                self.siftdown(heap, 0, last)?;
                Ok(self.none)
            }
            "heappop" => {
                self.heap_one_argument("heappop", &args)?;
                let heap = self.heap_list("heappop", args[0], false)?;
                self.heappop(heap)
            }
            "heapify" => {
                self.heap_one_argument("heapify", &args)?;
                let heap = self.heap_list("heapify", args[0], false)?;
                self.heapify(heap)?;
                Ok(self.none)
            }
            "heapreplace" => {
                self.arity("heapreplace", &args, 2, 2)?;
                let heap = self.heap_list("heapreplace", args[0], true)?;
                if self.list_len(heap) == 0 {
                    return self.err(TypeId::IndexError, "index out of range");
                }
                let top = self.list_set(heap, 0, args[1]);
                self.siftup(heap, 0)?;
                Ok(top)
            }
            "heappushpop" => {
                self.arity("heappushpop", &args, 2, 2)?;
                let heap = self.heap_list("heappushpop", args[0], true)?;
                let item = args[1];
                if self.list_len(heap) == 0 {
                    return Ok(item);
                }
                let top = self.list_get(heap, 0);
                if !self.less_than(top, item)? {
                    return Ok(item);
                }
                if self.list_len(heap) == 0 {
                    return self.err(TypeId::IndexError, "index out of range");
                }
                let top = self.list_set(heap, 0, item);
                self.siftup(heap, 0)?;
                Ok(top)
            }
            _ => self.nlargest_nsmallest(name, args, kwargs),
        }
    }

    /// METH_O's argument count message (`heappop`, `heapify`).
    fn heap_one_argument(&mut self, name: &str, args: &[ObjId]) -> PyResult<()> {
        if args.len() != 1 {
            return self.type_error(format!(
                "_heapq.{name}() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        Ok(())
    }

    /// The heap argument, which argument clinic requires to be a list (`numbered`: the
    /// function takes more than one argument).
    fn heap_list(&mut self, fname: &str, heap: ObjId, numbered: bool) -> PyResult {
        match self.heap.get(heap) {
            Obj::List(_) => Ok(heap),
            _ => {
                let tn = self.type_name(heap);
                let which = if numbered { "argument 1" } else { "argument" };
                self.type_error(format!("{fname}() {which} must be list, not {tn}"))
            }
        }
    }

    fn list_len(&self, l: ObjId) -> usize {
        match self.heap.get(l) {
            Obj::List(v) => v.len(),
            _ => 0,
        }
    }

    fn list_get(&self, l: ObjId, i: usize) -> ObjId {
        match self.heap.get(l) {
            Obj::List(v) => v.get(i).copied().unwrap_or(self.none),
            _ => self.none,
        }
    }

    /// Stores `v` at `i`, returning what was there.
    fn list_set(&mut self, l: ObjId, i: usize, v: ObjId) -> ObjId {
        let none = self.none;
        match self.heap.get_mut(l) {
            Some(Obj::List(items)) if i < items.len() => {
                std::mem::replace(&mut items.items_mut()[i], v)
            }
            _ => none,
        }
    }

    fn list_swap(&mut self, l: ObjId, i: usize, j: usize) {
        if let Some(Obj::List(items)) = self.heap.get_mut(l)
            && i < items.len()
            && j < items.len()
        {
            items.items_mut().swap(i, j);
        }
    }

    fn size_changed(&mut self, heap: ObjId, size: usize) -> PyResult<()> {
        if self.list_len(heap) != size {
            return self.err(TypeId::RuntimeError, "list changed size during iteration");
        }
        Ok(())
    }

    /// Moves the item at `pos` towards the root past every parent greater than it.
    // mirrors siftdown() in Modules/_heapqmodule.c
    fn siftdown(&mut self, heap: ObjId, startpos: usize, mut pos: usize) -> PyResult<()> {
        let size = self.list_len(heap);
        if pos >= size {
            return self.err(TypeId::IndexError, "index out of range");
        }
        while pos > startpos {
            let parentpos = (pos - 1) >> 1;
            let (newitem, parent) = (self.list_get(heap, pos), self.list_get(heap, parentpos));
            let lt = self.less_than(newitem, parent)?;
            self.size_changed(heap, size)?;
            if !lt {
                break;
            }
            self.list_swap(heap, parentpos, pos);
            pos = parentpos;
        }
        Ok(())
    }

    /// Moves the smaller child up until `pos` is a leaf, then sifts the item down.
    // mirrors siftup() in Modules/_heapqmodule.c
    fn siftup(&mut self, heap: ObjId, mut pos: usize) -> PyResult<()> {
        let endpos = self.list_len(heap);
        let startpos = pos;
        if pos >= endpos {
            return self.err(TypeId::IndexError, "index out of range");
        }
        let limit = endpos >> 1;
        while pos < limit {
            let mut childpos = 2 * pos + 1;
            if childpos + 1 < endpos {
                let (a, b) = (
                    self.list_get(heap, childpos),
                    self.list_get(heap, childpos + 1),
                );
                let lt = self.less_than(a, b)?;
                if !lt {
                    childpos += 1;
                }
                self.size_changed(heap, endpos)?;
            }
            self.list_swap(heap, childpos, pos);
            pos = childpos;
        }
        self.siftdown(heap, startpos, pos)
    }

    // mirrors heappop_internal() in Modules/_heapqmodule.c
    fn heappop(&mut self, heap: ObjId) -> PyResult {
        let n = self.list_len(heap);
        if n == 0 {
            return self.err(TypeId::IndexError, "index out of range");
        }
        // PyList_SetSlice(heap, n - 1, n, NULL), which clears a list it empties.
        let none = self.none;
        let last = self
            .with_list(heap, |items, ev| {
                items.assign_slice(n - 1, n, Vec::new(), ev).pop()
            })
            .flatten()
            .unwrap_or(none);
        if n == 1 {
            return Ok(last);
        }
        let top = self.list_set(heap, 0, last);
        self.siftup(heap, 0)?;
        Ok(top)
    }

    // mirrors heapify_internal() and cache_friendly_heapify()
    fn heapify(&mut self, heap: ObjId) -> PyResult<()> {
        let n = self.list_len(heap);
        if n > 2500 {
            // Subtrees of the bottom rows first, climbing while the node is a right child.
            let m = n >> 1;
            let leftmost = (1usize << (usize::BITS - 1 - (m + 1).leading_zeros())) - 1;
            let mhalf = m >> 1;
            for range in [(mhalf, leftmost), (leftmost, m)] {
                for i in (range.0..range.1).rev() {
                    let mut j = i;
                    loop {
                        self.siftup(heap, j)?;
                        if j & 1 == 0 {
                            break;
                        }
                        j >>= 1;
                    }
                }
            }
            return Ok(());
        }
        for i in (0..n / 2).rev() {
            self.siftup(heap, i)?;
        }
        Ok(())
    }

    /// `heapq.nlargest(n, iterable, key=None)` / `nsmallest`: `sorted(...)[:n]`.
    fn nlargest_nsmallest(&mut self, name: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if args.len() != 2 {
            return self.unsupported(&format!("heapq.{name}() without exactly n and an iterable"));
        }
        let mut key = None;
        for (k, v) in &kwargs {
            if k != "key" {
                return self
                    .type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
            }
            if *v != self.none {
                key = Some(*v);
            }
        }
        let Some(n) = self.as_i64(args[0]) else {
            return self.unsupported(&format!("heapq.{name}() with n not an int"));
        };
        // heapq.py asks len(iterable) (a TypeError means it has none): Some(None) for
        // an iterator, None where pyxray does not know (the list's array is then not
        // modelled).
        let size = if self.has_builtin_len(args[1]) {
            Some(Some(self.len_of(args[1])?))
        } else if matches!(self.heap.get(args[1]), Obj::Iter(_) | Obj::Generator(_)) {
            Some(None)
        } else {
            None
        };
        let items = self.collect_iterable(args[1])?;
        let mut keyed = Vec::with_capacity(items.len());
        for it in items {
            let k = match key {
                Some(f) => self.call_sync(f, vec![it])?,
                None => it,
            };
            if !self.compares_without_python(k) {
                return self.unsupported(&format!(
                    "heapq.{name}() of items compared by Python code (Lib/heapq.py makes \
                     other comparisons than a sort)"
                ));
            }
            keyed.push((k, it));
        }
        // sorted()'s stable order (greater first for nlargest). The keys compare without
        // Python code, so which comparisons a merge sort makes cannot be observed; one
        // that fails (int against str) fails the call.
        let mut order: Vec<usize> = (0..keyed.len()).collect();
        let mut err = None;
        let largest = name == "nlargest";
        order.sort_by(|&i, &j| {
            if err.is_some() {
                return std::cmp::Ordering::Equal;
            }
            let (a, b) = if largest {
                (keyed[j].0, keyed[i].0)
            } else {
                (keyed[i].0, keyed[j].0)
            };
            match self.less_than(a, b) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => match self.less_than(b, a) {
                    Ok(true) => std::cmp::Ordering::Greater,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        let out: Vec<ObjId> = order
            .into_iter()
            .take(n.max(0) as usize)
            .map(|i| keyed[i].1)
            .collect();
        // The list heapq.py returns: `[result]` for n == 1, `sorted(...)[:n]` (an exact
        // slice) when n covers the sized iterable, else a comprehension's appends.
        match size {
            Some(size) if n == 1 || size.is_some_and(|size| n >= size as i64) => {
                Ok(self.list_exact(out))
            }
            Some(_) => Ok(self.list_appended(out)),
            None => Ok(self.list(out)),
        }
    }

    /// Numbers, strings, bytes and tuples of them compare without running Python code.
    fn compares_without_python(&self, x: ObjId) -> bool {
        match self.heap.get(x) {
            Obj::Int(_)
            | Obj::Long(_)
            | Obj::Bool(_)
            | Obj::Float(_)
            | Obj::Str(_)
            | Obj::Bytes(_) => true,
            Obj::Tuple(items) => items.iter().all(|&i| self.compares_without_python(i)),
            _ => false,
        }
    }

    // mirrors bisect_*_impl() and insort_*_impl() in Modules/_bisectmodule.c
    fn call_bisect(&mut self, name: &str, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let right = !name.ends_with("_left");
        let insort = name.starts_with("insort");
        let params = ["a", "x", "lo", "hi"];
        let mut slots: [Option<ObjId>; 4] = [None; 4];
        if args.len() > 4 {
            return self.type_error(format!(
                "{name}() takes at most 4 positional arguments ({} given)",
                args.len()
            ));
        }
        for (i, a) in args.iter().enumerate() {
            slots[i] = Some(*a);
        }
        let mut key = None;
        for (k, v) in &kwargs {
            if k == "key" {
                if *v != self.none {
                    key = Some(*v);
                }
                continue;
            }
            match params.iter().position(|p| p == k) {
                Some(i) if slots[i].is_none() => slots[i] = Some(*v),
                Some(_) => {
                    return self.type_error(format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        params.iter().position(|p| p == k).unwrap_or(0) + 1
                    ));
                }
                None => {
                    return self
                        .type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
                }
            }
        }
        let (Some(a), Some(x)) = (slots[0], slots[1]) else {
            let missing = if slots[0].is_none() {
                ("a", 1)
            } else {
                ("x", 2)
            };
            return self.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                missing.0, missing.1
            ));
        };
        let lo = match slots[2] {
            Some(v) => self.index_value(v)?,
            None => 0,
        };
        if lo < 0 {
            return self.err(TypeId::ValueError, "lo must be non-negative");
        }
        let mut hi = match slots[3] {
            Some(v) if v != self.none => self.index_value(v)?,
            _ => -1,
        };
        if hi == -1 {
            hi = self.len_of(a)? as i64;
        }
        if !matches!(self.heap.get(a), Obj::List(_) | Obj::Tuple(_)) {
            return self.unsupported(&format!(
                "bisect.{name}() on a sequence that is not a list or tuple"
            ));
        }
        let item = match (insort, key) {
            (true, Some(f)) => self.call_sync(f, vec![x])?,
            _ => x,
        };
        let (mut lo, mut hi) = (lo, hi);
        while lo < hi {
            let mid = ((lo as u64 + hi as u64) / 2) as i64;
            let midx = self.int(mid);
            let mut litem = self.getitem(a, midx)?;
            if let Some(f) = key {
                litem = self.call_sync(f, vec![litem])?;
            }
            if right {
                if self.less_than(item, litem)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else if self.less_than(litem, item)? {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if !insort {
            return Ok(self.int(lo));
        }
        let Obj::List(_) = self.heap.get(a) else {
            return self.unsupported("bisect.insort() into a tuple");
        };
        let at = (lo as usize).min(self.list_len(a));
        // PyList_Insert().
        self.with_list(a, |items, ev| items.insert(at, x, ev));
        Ok(self.none)
    }
}
