//! `collections.Counter`: a dict subclass whose methods CPython runs in Python
//! (`Lib/collections/__init__.py`), except the counting loop, `_count_elements()` in
//! `Modules/_collectionsmodule.c`. Its table is a dict's, built by the same lookups and
//! insertions the Python code makes, so the dict model and the trace show it unchanged.
//!
//! A trace function would see the Python methods' frames, and reference counts would
//! see their temporaries: both are refused rather than shown without them.

use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::{BinOp, CmpOp};
use crate::models::list::ListAlloc;
use num_bigint::BigInt;

type Kw = Vec<(String, ObjId)>;

/// Counter's own methods (the rest are dict's). CPython defines them in Python, so an
/// instance's are bound methods and the class's are functions; `fromkeys` is a
/// classmethod, bound to the class.
pub(crate) const COUNTER_METHODS: &[&str] = &[
    "most_common",
    "elements",
    "total",
    "update",
    "subtract",
    "copy",
    "fromkeys",
];

impl Vm {
    pub(crate) fn is_counter(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Obj::Dict(d) if d.counter)
    }

    /// Whether `Obj::Method { receiver, name }` stands for one of Counter's Python
    /// methods bound to `receiver` (a Counter, or the class for `fromkeys`): a `method`
    /// object in CPython, not a built-in one.
    pub(crate) fn is_counter_bound_method(&self, receiver: ObjId, name: &str) -> bool {
        match self.heap.get(receiver) {
            Obj::Type(TypeId::Counter) => name == "fromkeys",
            Obj::Dict(d) => d.counter && name != "fromkeys" && COUNTER_METHODS.contains(&name),
            _ => false,
        }
    }

    /// `repr()` of a Counter method bound to `receiver` (`method_repr()`): the function's
    /// qualname and the receiver's repr.
    pub(crate) fn counter_bound_method_repr(
        &mut self,
        receiver: ObjId,
        name: &str,
    ) -> PyResult<String> {
        let of = self.repr(receiver)?;
        Ok(format!("<bound method Counter.{name} of {of}>"))
    }

    /// Attributes of a bound Counter method (`method_getset`, and the function's own
    /// names through `method_getattro`); the rest are refused.
    pub(crate) fn counter_bound_method_attr(
        &mut self,
        receiver: ObjId,
        name: &'static str,
        attr: &str,
    ) -> PyResult {
        Ok(match attr {
            "__self__" => receiver,
            "__name__" => self.str(name),
            "__qualname__" => self.str(&format!("Counter.{name}")),
            "__module__" => self.str("collections"),
            _ => return self.unsupported(&format!("the attribute Counter.{name}.{attr}")),
        })
    }

    /// `Counter.name` read from the class: the Python function (the class's `fromkeys`
    /// is bound to it).
    pub(crate) fn counter_class_attr(&mut self, cls: ObjId, name: &str) -> Option<PyResult> {
        let name = COUNTER_METHODS.iter().copied().find(|m| *m == name)?;
        if name == "fromkeys" {
            return Some(Ok(self.heap.alloc(Obj::Method {
                receiver: cls,
                name,
            })));
        }
        Some(Ok(self.heap.alloc(Obj::MethodDescr {
            ty: TypeId::Counter,
            name,
        })))
    }

    /// Calls `Counter.name(args)`, the function taken from the class: the Counter comes
    /// first. Anything else as `self` runs Python code on an object Counter's methods were
    /// not written for, which is refused.
    pub(crate) fn call_counter_function(
        &mut self,
        name: &'static str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        let Some((&recv, rest)) = args.split_first() else {
            return self.type_error(format!(
                "Counter.{name}() missing 1 required positional argument: 'self'"
            ));
        };
        if !self.is_counter(recv) {
            return self.unsupported(&format!("Counter.{name}() called on a non-Counter"));
        }
        self.counter_method(recv, name, rest.to_vec(), kwargs)
    }

    /// Refuses `module`, which CPython runs in Python, where that would show: a trace
    /// function sees its frames, reference counts its temporaries.
    pub(crate) fn refuse_hidden_python(&mut self, module: &str) -> PyResult<()> {
        if self.heap.precise {
            return self.unsupported(&format!(
                "{module} in a program whose reference counts are shown"
            ));
        }
        if self.tracing_active() {
            return self.unsupported(&format!(
                "tracing into {module}, which CPython runs in Python"
            ));
        }
        Ok(())
    }

    /// `Counter(iterable=None, /, **kwds)`.
    pub(crate) fn new_counter(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        self.refuse_hidden_python("collections.Counter")?;
        if args.len() > 1 {
            return self.type_error(format!(
                "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
                args.len() + 1
            ));
        }
        let c = self.alloc_dict_of(crate::models::dict::Dict::new(), DictFlavor::Counter);
        self.counter_update(c, args.first().copied(), kwargs)?;
        Ok(c)
    }

    /// `Counter.update()`: a mapping's counts are added (`dict.update` when the counter
    /// is empty); anything else is counted by `_count_elements()`.
    fn counter_update(&mut self, c: ObjId, iterable: Option<ObjId>, kwargs: Kw) -> PyResult<()> {
        if let Some(it) = iterable
            && it != self.none
        {
            self.plain_mapping_or_iterable(it)?;
            if matches!(self.heap.get(it), Obj::Dict(_)) {
                let empty = matches!(self.heap.get(c), Obj::Dict(d) if d.table.is_empty());
                if empty {
                    self.dict_update_from(c, it)?;
                } else {
                    for (elem, count) in self.dict_items(it) {
                        let old = self.dict_lookup(c, elem)?;
                        let old = old.unwrap_or_else(|| self.int(0));
                        let new = self.binary(BinOp::Add, count, old)?;
                        self.setitem(c, elem, new)?;
                    }
                }
            } else {
                self.count_elements(c, it)?;
            }
        }
        if !kwargs.is_empty() {
            let kw = self.python_kwargs_dict(kwargs)?;
            self.counter_update(c, Some(kw), Vec::new())?;
        }
        Ok(())
    }

    /// `Counter.subtract()`.
    fn counter_subtract(&mut self, c: ObjId, iterable: Option<ObjId>, kwargs: Kw) -> PyResult<()> {
        if let Some(it) = iterable
            && it != self.none
        {
            self.plain_mapping_or_iterable(it)?;
            let pairs: Vec<(ObjId, Option<ObjId>)> = if matches!(self.heap.get(it), Obj::Dict(_)) {
                self.dict_items(it)
                    .into_iter()
                    .map(|(k, v)| (k, Some(v)))
                    .collect()
            } else {
                let iter = self.get_iter(it)?;
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(iter)? {
                    out.push((x, None));
                }
                out
            };
            for (elem, count) in pairs {
                let old = self.dict_lookup(c, elem)?;
                let old = old.unwrap_or_else(|| self.int(0));
                let count = count.unwrap_or_else(|| self.int(1));
                let new = self.binary(BinOp::Sub, old, count)?;
                self.setitem(c, elem, new)?;
            }
        }
        if !kwargs.is_empty() {
            let kw = self.python_kwargs_dict(kwargs)?;
            self.counter_subtract(c, Some(kw), Vec::new())?;
        }
        Ok(())
    }

    /// `isinstance(x, Mapping)` decides how Counter reads `x`: a dict is read as a
    /// mapping; the other mappings pyxray has (globals(), a mappingproxy, the weak
    /// dictionaries) are refused rather than counted as iterables.
    fn plain_mapping_or_iterable(&mut self, x: ObjId) -> PyResult<()> {
        if matches!(
            self.heap.get(x),
            Obj::ModuleDict | Obj::MappingProxy(_) | Obj::WeakDict(_)
        ) {
            return self.unsupported("a Counter from a mapping that is not a dict");
        }
        Ok(())
    }

    /// The keyword arguments as the `**kwds` dict a Python function receives
    /// (`initialize_locals()`: a new dict, one insertion per keyword).
    fn python_kwargs_dict(&mut self, kwargs: Kw) -> PyResult {
        let d = self.new_dict();
        for (k, v) in kwargs {
            let k = self.string(k);
            self.dict_setitem(d, k, v)?;
        }
        Ok(d)
    }

    /// Counts what `iterable` yields: a lookup, then the old count plus one stored.
    // mirrors _collections__count_elements_impl() in Modules/_collectionsmodule.c
    fn count_elements(&mut self, c: ObjId, iterable: ObjId) -> PyResult<()> {
        let it = self.get_iter(iterable)?;
        let one = self.int(1);
        while let Some(elem) = self.iter_next(it)? {
            // One hash for both: _PyDict_GetItem_KnownHash, then _SetItem_KnownHash.
            let h = self.key_hash(elem)?;
            let new = match self.dict_lookup_hashed(c, h, elem)? {
                Some(old) => self.binary(BinOp::Add, old, one)?,
                None => one,
            };
            self.dict_insert_hashed(c, h, elem, new)?;
        }
        Ok(())
    }

    /// `c[k]` for a missing key: `Counter.__missing__` returns 0 and stores nothing.
    pub(crate) fn counter_getitem(&mut self, c: ObjId, k: ObjId) -> PyResult {
        match self.dict_lookup(c, k)? {
            Some(v) => Ok(v),
            None => {
                if self.recorder.is_some() {
                    let key = self.trace_text(k);
                    if let Some(r) = self.recorder.as_mut() {
                        r.counter_missing(&key);
                    }
                }
                Ok(self.int(0))
            }
        }
    }

    /// `del c[k]`: a missing key is no error (`Counter.__delitem__`).
    pub(crate) fn counter_delitem(&mut self, c: ObjId, k: ObjId) -> PyResult<()> {
        if self.dict_lookup(c, k)?.is_some() {
            self.dict_delitem(c, k)?;
        }
        Ok(())
    }

    /// `sorted(self.items(), key=itemgetter(1), reverse=True)`, cut to `n`: the counts,
    /// greatest first, equal counts in insertion order (a stable sort, and
    /// `heapq.nlargest` breaks ties the same way).
    fn most_common_pairs(&mut self, c: ObjId, n: Option<i64>) -> PyResult<Vec<(ObjId, ObjId)>> {
        let pairs = self.dict_items(c);
        let mut keyed = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            let Some(count) = self.as_bigint(v) else {
                return self.unsupported("Counter.most_common() of counts that are not ints");
            };
            keyed.push((count, (k, v)));
        }
        keyed.sort_by(|a: &(BigInt, _), b| b.0.cmp(&a.0));
        let mut out: Vec<(ObjId, ObjId)> = keyed.into_iter().map(|(_, p)| p).collect();
        if let Some(n) = n {
            out.truncate(n.max(0) as usize);
        }
        Ok(out)
    }

    /// `Counter.__repr__`: `Counter()`, or the counts greatest first.
    pub(crate) fn counter_repr(&mut self, c: ObjId) -> PyResult<String> {
        let pairs = self.most_common_pairs(c, None)?;
        if pairs.is_empty() {
            return Ok("Counter()".into());
        }
        let mut parts = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            parts.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
        }
        Ok(format!("Counter({{{}}})", parts.join(", ")))
    }

    /// One of Counter's own methods ([`COUNTER_METHODS`]).
    pub(crate) fn counter_method(
        &mut self,
        c: ObjId,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        Ok(match name {
            "most_common" => {
                if args.len() > 1 {
                    return self.type_error(format!(
                        "Counter.most_common() takes from 1 to 2 positional arguments but {} \
                         were given",
                        args.len() + 1
                    ));
                }
                let n = match args.first() {
                    Some(&n) if n != self.none => match self.as_i64(n) {
                        Some(n) => Some(n),
                        None => return self.unsupported("most_common() of a count not an int"),
                    },
                    _ => None,
                };
                let size = match self.heap.get(c) {
                    Obj::Dict(d) => d.table.len(),
                    _ => 0,
                };
                let pairs = self.most_common_pairs(c, n)?;
                let items: Vec<ObjId> = pairs
                    .into_iter()
                    .map(|(k, v)| self.tuple(vec![k, v]))
                    .collect();
                // The list Counter.most_common() returns, as collections/__init__.py and
                // heapq.nlargest() build it: sorted() of the items (preallocated from
                // their length); for n == 1 a one-item display; sorted(...)[:n] (an exact
                // slice) when n covers every item; otherwise a comprehension's appends.
                let alloc = match n {
                    None => ListAlloc::extended(size, size),
                    Some(1) => ListAlloc::exact(items.len()),
                    Some(n) if n >= size as i64 => ListAlloc::exact(items.len()),
                    Some(_) => ListAlloc::appended(items.len()),
                };
                self.heap
                    .alloc(Obj::List(ListObj::with_alloc(items, Some(alloc))))
            }
            // chain.from_iterable(starmap(repeat, self.items())), as Counter.elements().
            "elements" => {
                self.arity("elements", &args, 0, 0)?;
                let items = self.call_method(c, "items", Vec::new(), Vec::new())?;
                let repeat = self.heap.alloc(Obj::Builtin(Builtin("itertools.repeat")));
                let starmap = self
                    .call_functional("itertools.starmap", vec![repeat, items], Vec::new())?
                    .unwrap_or(self.none);
                self.call_functional("itertools.chain.from_iterable", vec![starmap], Vec::new())?
                    .unwrap_or(self.none)
            }
            "total" => {
                self.arity("total", &args, 0, 0)?;
                let mut acc = self.int(0);
                for (_, v) in self.dict_items(c) {
                    acc = self.binary(BinOp::Add, acc, v)?;
                }
                acc
            }
            "update" | "subtract" => {
                if args.len() > 1 {
                    return self.type_error(format!(
                        "Counter.{name}() takes from 1 to 2 positional arguments but {} were \
                         given",
                        args.len() + 1
                    ));
                }
                if name == "update" {
                    self.counter_update(c, args.first().copied(), kwargs)?;
                } else {
                    self.counter_subtract(c, args.first().copied(), kwargs)?;
                }
                self.none
            }
            // self.__class__(self)
            "copy" => self.new_counter(vec![c], Vec::new())?,
            "fromkeys" => {
                return self.err(
                    TypeId::NotImplementedError,
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                );
            }
            _ => return self.unsupported(&format!("Counter.{name}()")),
        })
    }

    /// `==`/`!=` between two Counters: equal when every key's count is (a missing key
    /// counts 0).
    pub(crate) fn counter_eq(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        for x in [a, b] {
            for (k, _) in self.dict_items(x) {
                let l = self.counter_getitem(a, k)?;
                let r = self.counter_getitem(b, k)?;
                if !self.eq(l, r)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// `+`, `-`, `|`, `&` between Counters: a new Counter of the positive results, filled
    /// in the order the Python methods fill it.
    pub(crate) fn counter_binop(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult {
        let result = self.new_counter(Vec::new(), Vec::new())?;
        let zero = self.int(0);
        for (elem, count) in self.dict_items(a) {
            let other = self.counter_getitem(b, elem)?;
            let new = match op {
                BinOp::Add => self.binary(BinOp::Add, count, other)?,
                BinOp::Sub => self.binary(BinOp::Sub, count, other)?,
                // __or__: other_count if count < other_count else count
                BinOp::Or => {
                    if self.less_than(count, other)? {
                        other
                    } else {
                        count
                    }
                }
                // __and__: count if count < other_count else other_count
                _ => {
                    if self.less_than(count, other)? {
                        count
                    } else {
                        other
                    }
                }
            };
            if self.greater_than(new, zero)? {
                self.setitem(result, elem, new)?;
            }
        }
        if op != BinOp::And {
            for (elem, count) in self.dict_items(b) {
                if self.dict_lookup(a, elem)?.is_some() {
                    continue;
                }
                // __sub__ keeps 0 - count of a negative count; the others a positive one.
                if op == BinOp::Sub {
                    if self.less_than(count, zero)? {
                        let neg = self.binary(BinOp::Sub, zero, count)?;
                        self.setitem(result, elem, neg)?;
                    }
                } else if self.greater_than(count, zero)? {
                    self.setitem(result, elem, count)?;
                }
            }
        }
        Ok(result)
    }

    /// `+c` and `-c` (`Counter.__pos__`, `Counter.__neg__`): a new Counter of the
    /// positive counts, or of the negated negative ones, in the Counter's order.
    pub(crate) fn counter_unary(&mut self, negate: bool, c: ObjId) -> PyResult {
        let result = self.new_counter(Vec::new(), Vec::new())?;
        let zero = self.int(0);
        for (elem, count) in self.dict_items(c) {
            if !negate {
                if self.greater_than(count, zero)? {
                    self.setitem(result, elem, count)?;
                }
            } else if self.less_than(count, zero)? {
                // result[elem] = 0 - count
                let flipped = self.binary(BinOp::Sub, zero, count)?;
                self.setitem(result, elem, flipped)?;
            }
        }
        Ok(result)
    }

    /// `+=`, `-=`, `|=`, `&=` on a Counter: in place, then the non-positive counts
    /// deleted (`_keep_positive`).
    pub(crate) fn counter_inplace(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult {
        match op {
            BinOp::Add | BinOp::Sub => {
                for (elem, count) in self.dict_items(b) {
                    let old = self.counter_getitem(a, elem)?;
                    let new = self.binary(op, old, count)?;
                    self.setitem(a, elem, new)?;
                }
            }
            BinOp::Or => {
                for (elem, other) in self.dict_items(b) {
                    let count = self.counter_getitem(a, elem)?;
                    if self.greater_than(other, count)? {
                        self.setitem(a, elem, other)?;
                    }
                }
            }
            _ => {
                for (elem, count) in self.dict_items(a) {
                    let other = self.counter_getitem(b, elem)?;
                    if self.less_than(other, count)? {
                        self.setitem(a, elem, other)?;
                    }
                }
            }
        }
        let zero = self.int(0);
        let mut nonpositive = Vec::new();
        for (elem, count) in self.dict_items(a) {
            if !self.greater_than(count, zero)? {
                nonpositive.push(elem);
            }
        }
        for elem in nonpositive {
            self.counter_delitem(a, elem)?;
        }
        Ok(a)
    }

    /// Whether `op` between `a` and `b` is a Counter operation pyxray runs (both
    /// Counters), or one it refuses (a Counter and anything else).
    pub(crate) fn counter_operands(&mut self, op: BinOp, a: ObjId, b: ObjId) -> PyResult<bool> {
        let (x, y) = (self.is_counter(a), self.is_counter(b));
        if !x && !y {
            return Ok(false);
        }
        if x && y && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::And) {
            return Ok(true);
        }
        self.unsupported(&format!("{} with a Counter", op.symbol()))
    }

    /// Comparisons between a Counter and a Counter: `==` and `!=` only.
    pub(crate) fn counter_compare(
        &mut self,
        op: CmpOp,
        a: ObjId,
        b: ObjId,
    ) -> PyResult<Option<bool>> {
        if !(self.is_counter(a) && self.is_counter(b)) {
            return Ok(None);
        }
        match op {
            CmpOp::Eq => Ok(Some(self.counter_eq(a, b)?)),
            CmpOp::Ne => Ok(Some(!self.counter_eq(a, b)?)),
            _ => self.unsupported("ordering comparisons between Counters"),
        }
    }
}
