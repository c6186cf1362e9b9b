//! `collections.deque`, mirroring `Modules/_collectionsmodule.c` of CPython 3.11: the
//! `maxlen` rules (an append past it drops from the other end), `state`, which every
//! mutation bumps so an iterator, `in` or `count` that sees it change raises "deque
//! mutated during iteration", and the messages. The block-linked storage CPython uses is
//! not modelled (`sys.getsizeof` of a deque is refused).

use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::CmpOp;
use std::collections::VecDeque;

type Kw = Vec<(String, ObjId)>;

pub(crate) const DEQUE_METHODS: &[&str] = &[
    "append",
    "appendleft",
    "pop",
    "popleft",
    "extend",
    "extendleft",
    "clear",
    "copy",
    "count",
    "index",
    "insert",
    "remove",
    "reverse",
    "rotate",
];

impl Vm {
    fn deque(&self, d: ObjId) -> Option<&DequeObj> {
        match self.heap.get(d) {
            Obj::Deque(x) => Some(x),
            _ => None,
        }
    }

    fn deque_mut(&mut self, d: ObjId) -> Option<&mut DequeObj> {
        match self.heap.get_mut(d) {
            Some(Obj::Deque(x)) => Some(x),
            _ => None,
        }
    }

    pub(crate) fn deque_items(&self, d: ObjId) -> Vec<ObjId> {
        self.deque(d)
            .map_or_else(Vec::new, |x| x.items.iter().copied().collect())
    }

    pub(crate) fn deque_len(&self, d: ObjId) -> usize {
        self.deque(d).map_or(0, |x| x.items.len())
    }

    pub(crate) fn deque_state(&self, d: ObjId) -> u64 {
        self.deque(d).map_or(0, |x| x.state)
    }

    /// `deque(iterable=(), maxlen=None)`.
    // mirrors deque_init() in Modules/_collectionsmodule.c
    pub(crate) fn new_deque(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        if self.heap.precise {
            return self
                .unsupported("collections.deque in a program whose reference counts are shown");
        }
        if args.len() > 2 {
            return self.type_error(format!(
                "deque() takes at most 2 arguments ({} given)",
                args.len()
            ));
        }
        let (mut iterable, mut maxlen) = (args.first().copied(), args.get(1).copied());
        for (k, v) in &kwargs {
            match k.as_str() {
                "iterable" if iterable.is_none() => iterable = Some(*v),
                "maxlen" if maxlen.is_none() => maxlen = Some(*v),
                "iterable" | "maxlen" => {
                    return self.type_error(format!(
                        "argument for deque() given by name ('{k}') and position"
                    ));
                }
                _ => {
                    return self
                        .type_error(format!("'{k}' is an invalid keyword argument for deque()"));
                }
            }
        }
        let maxlen = match maxlen {
            Some(m) if m != self.none => match self.heap.get(m) {
                Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                    let n = self.as_i64(m).unwrap_or(i64::MAX);
                    if n < 0 {
                        return self.err(TypeId::ValueError, "maxlen must be non-negative");
                    }
                    Some(n as usize)
                }
                _ => return self.type_error("an integer is required"),
            },
            _ => None,
        };
        let d = self.heap.alloc(Obj::Deque(Box::new(DequeObj {
            items: VecDeque::new(),
            maxlen,
            state: 0,
        })));
        if let Some(it) = iterable {
            self.deque_extend(d, it, false)?;
        }
        Ok(d)
    }

    /// Appends at the right (or left), dropping from the other end past `maxlen`.
    fn deque_push(&mut self, d: ObjId, x: ObjId, left: bool) {
        if let Some(q) = self.deque_mut(d) {
            q.state += 1;
            if q.maxlen == Some(0) {
                return;
            }
            if left {
                q.items.push_front(x);
            } else {
                q.items.push_back(x);
            }
            if q.maxlen.is_some_and(|m| q.items.len() > m) {
                if left {
                    q.items.pop_back();
                } else {
                    q.items.pop_front();
                }
            }
        }
    }

    /// `extend` / `extendleft`: a deque extended by itself reads a copy first.
    fn deque_extend(&mut self, d: ObjId, iterable: ObjId, left: bool) -> PyResult<()> {
        let items = if iterable == d {
            self.deque_items(d)
        } else {
            let it = self.get_iter(iterable)?;
            while let Some(x) = self.iter_next(it)? {
                // Each item goes in as it comes, as deque_extend() appends it.
                self.deque_push(d, x, left);
            }
            return Ok(());
        };
        for x in items {
            self.deque_push(d, x, left);
        }
        Ok(())
    }

    /// `repr(deque)`: `deque([...])`, with `maxlen=N` when it has one.
    pub(crate) fn deque_repr(&mut self, d: ObjId) -> PyResult<String> {
        let items = self.deque_items(d);
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr(x)?);
        }
        let maxlen = self.deque(d).and_then(|q| q.maxlen);
        Ok(match maxlen {
            Some(m) => format!("deque([{}], maxlen={m})", parts.join(", ")),
            None => format!("deque([{}])", parts.join(", ")),
        })
    }

    /// The next item of a deque iterator; "deque mutated during iteration" once the
    /// deque's state is not the one the iterator was made at.
    pub(crate) fn deque_iter_next(
        &mut self,
        deque: ObjId,
        index: usize,
        state: u64,
        reverse: bool,
    ) -> PyResult<Option<ObjId>> {
        if self.deque_state(deque) != state {
            return self.err(TypeId::RuntimeError, "deque mutated during iteration");
        }
        Ok(self.deque(deque).and_then(|q| {
            // dequereviter_next(): from the right end leftwards.
            let at = if reverse {
                q.items.len().checked_sub(index + 1)?
            } else {
                index
            };
            q.items.get(at).copied()
        }))
    }

    /// Compares `x` with each item while the deque stays unchanged (`in`, `count`,
    /// `index`, `remove`): the positions where `==` holds, stopping at the first unless
    /// `all`.
    fn deque_find(
        &mut self,
        d: ObjId,
        x: ObjId,
        range: (usize, usize),
        all: bool,
    ) -> PyResult<Vec<usize>> {
        let state = self.deque_state(d);
        let mut found = Vec::new();
        let mut i = range.0;
        while i < range.1.min(self.deque_len(d)) {
            let item = self.deque(d).and_then(|q| q.items.get(i).copied());
            let Some(item) = item else { break };
            let eq = self.eq(item, x)?;
            if self.deque_state(d) != state {
                return self.err(TypeId::RuntimeError, "deque mutated during iteration");
            }
            if eq {
                found.push(i);
                if !all {
                    break;
                }
            }
            i += 1;
        }
        Ok(found)
    }

    pub(crate) fn deque_contains(&mut self, d: ObjId, x: ObjId) -> PyResult<bool> {
        let n = self.deque_len(d);
        Ok(!self.deque_find(d, x, (0, n), false)?.is_empty())
    }

    /// A deque index, negative ones from the right; IndexError outside.
    fn deque_index_arg(&mut self, d: ObjId, i: ObjId) -> PyResult<usize> {
        if !matches!(self.heap.get(i), Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)) {
            let tn = self.type_name(i);
            return self.type_error(format!("sequence index must be integer, not '{tn}'"));
        }
        let n = self.deque_len(d) as i64;
        let mut k = self.as_i64(i).unwrap_or(i64::MAX);
        if k < 0 {
            k += n;
        }
        if k < 0 || k >= n {
            return self.err(TypeId::IndexError, "deque index out of range");
        }
        Ok(k as usize)
    }

    pub(crate) fn deque_getitem(&mut self, d: ObjId, i: ObjId) -> PyResult {
        let k = self.deque_index_arg(d, i)?;
        Ok(self
            .deque(d)
            .and_then(|q| q.items.get(k).copied())
            .unwrap_or(self.none))
    }

    pub(crate) fn deque_setitem(&mut self, d: ObjId, i: ObjId, v: ObjId) -> PyResult<()> {
        let k = self.deque_index_arg(d, i)?;
        if let Some(q) = self.deque_mut(d) {
            q.items[k] = v;
        }
        Ok(())
    }

    pub(crate) fn deque_delitem(&mut self, d: ObjId, i: ObjId) -> PyResult<()> {
        let k = self.deque_index_arg(d, i)?;
        if let Some(q) = self.deque_mut(d) {
            q.items.remove(k);
            q.state += 1;
        }
        Ok(())
    }

    /// `==`, `<` … between deques: item by item, as sequences compare.
    pub(crate) fn deque_compare(
        &mut self,
        op: CmpOp,
        a: ObjId,
        b: ObjId,
    ) -> PyResult<Option<bool>> {
        let (x, y) = (self.deque_items(a), self.deque_items(b));
        // deque_richcompare(): the lengths decide == and != first.
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(Some(op == CmpOp::Ne));
        }
        for (&p, &q) in x.iter().zip(&y) {
            if !self.eq(p, q)? {
                let r = match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    _ => {
                        let v = self.compare(op, p, q)?;
                        self.truthy(v)?
                    }
                };
                return Ok(Some(r));
            }
        }
        let (n, m) = (x.len(), y.len());
        Ok(Some(match op {
            CmpOp::Eq => true,
            CmpOp::Ne => false,
            CmpOp::Lt => n < m,
            CmpOp::Le => n <= m,
            CmpOp::Gt => n > m,
            CmpOp::Ge => n >= m,
        }))
    }

    /// A deque's methods.
    pub(crate) fn deque_method(
        &mut self,
        d: ObjId,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult {
        if !kwargs.is_empty() {
            return self.type_error(format!("deque.{name}() takes no keyword arguments"));
        }
        let none = self.none;
        match name {
            "append" | "appendleft" => {
                self.deque_one_argument(name, &args)?;
                self.deque_push(d, args[0], name == "appendleft");
                Ok(none)
            }
            "pop" | "popleft" => {
                self.deque_no_argument(name, &args)?;
                let q = self.deque_mut(d);
                let v = q.and_then(|q| {
                    q.state += 1;
                    if name == "pop" {
                        q.items.pop_back()
                    } else {
                        q.items.pop_front()
                    }
                });
                match v {
                    Some(v) => Ok(v),
                    None => self.err(TypeId::IndexError, "pop from an empty deque"),
                }
            }
            "extend" | "extendleft" => {
                self.deque_one_argument(name, &args)?;
                self.deque_extend(d, args[0], name == "extendleft")?;
                Ok(none)
            }
            "clear" => {
                self.deque_no_argument(name, &args)?;
                if let Some(q) = self.deque_mut(d) {
                    q.items.clear();
                    q.state += 1;
                }
                Ok(none)
            }
            "copy" => {
                self.deque_no_argument(name, &args)?;
                let maxlen = self.deque(d).and_then(|q| q.maxlen);
                let items = self.deque_items(d);
                Ok(self.heap.alloc(Obj::Deque(Box::new(DequeObj {
                    items: items.into(),
                    maxlen,
                    state: 0,
                }))))
            }
            "count" => {
                self.deque_one_argument(name, &args)?;
                let n = self.deque_len(d);
                let found = self.deque_find(d, args[0], (0, n), true)?;
                Ok(self.int(found.len() as i64))
            }
            "index" => {
                if args.is_empty() || args.len() > 3 {
                    return self.type_error(format!(
                        "index expected at least 1 argument, got {}",
                        args.len()
                    ));
                }
                let n = self.deque_len(d) as i64;
                let bound = |vm: &mut Vm, a: Option<&ObjId>, default: i64| -> PyResult<usize> {
                    let Some(&a) = a else {
                        return Ok(default as usize);
                    };
                    let mut k = vm.index_value(a)?;
                    if k < 0 {
                        k = (k + n).max(0);
                    }
                    Ok(k.min(n) as usize)
                };
                let start = bound(self, args.get(1), 0)?;
                let stop = bound(self, args.get(2), n)?;
                let found = self.deque_find(d, args[0], (start, stop), false)?;
                match found.first() {
                    Some(&i) => Ok(self.int(i as i64)),
                    None => {
                        let r = self.repr(args[0])?;
                        self.err(TypeId::ValueError, format!("{r} is not in deque"))
                    }
                }
            }
            "insert" => {
                self.arity("insert", &args, 2, 2)?;
                let n = self.deque_len(d) as i64;
                if self.deque(d).and_then(|q| q.maxlen) == Some(n as usize) {
                    return self.err(TypeId::IndexError, "deque already at its maximum size");
                }
                let mut k = self.index_value(args[0])?;
                if k < 0 {
                    k = (k + n).max(0);
                }
                let k = k.min(n) as usize;
                if let Some(q) = self.deque_mut(d) {
                    q.items.insert(k, args[1]);
                    q.state += 1;
                }
                Ok(none)
            }
            "remove" => {
                self.deque_one_argument(name, &args)?;
                let n = self.deque_len(d);
                let found = self.deque_find(d, args[0], (0, n), false)?;
                match found.first() {
                    Some(&i) => {
                        if let Some(q) = self.deque_mut(d) {
                            q.items.remove(i);
                            q.state += 1;
                        }
                        Ok(none)
                    }
                    None => {
                        let r = self.repr(args[0])?;
                        self.err(TypeId::ValueError, format!("{r} is not in deque"))
                    }
                }
            }
            "reverse" => {
                self.deque_no_argument(name, &args)?;
                if let Some(q) = self.deque_mut(d) {
                    q.items.make_contiguous().reverse();
                    q.state += 1;
                }
                Ok(none)
            }
            "rotate" => {
                if args.len() > 1 {
                    return self.type_error(format!(
                        "rotate expected at most 1 argument, got {}",
                        args.len()
                    ));
                }
                let n = match args.first() {
                    Some(&a) => self.index_value(a)?,
                    None => 1,
                };
                if let Some(q) = self.deque_mut(d) {
                    let len = q.items.len() as i64;
                    if len > 1 {
                        let k = n.rem_euclid(len) as usize;
                        q.items.rotate_right(k);
                    }
                    q.state += 1;
                }
                Ok(none)
            }
            _ => self.unsupported(&format!("deque.{name}()")),
        }
    }

    fn deque_one_argument(&mut self, name: &str, args: &[ObjId]) -> PyResult<()> {
        if args.len() != 1 {
            return self.type_error(format!(
                "deque.{name}() takes exactly one argument ({} given)",
                args.len()
            ));
        }
        Ok(())
    }

    fn deque_no_argument(&mut self, name: &str, args: &[ObjId]) -> PyResult<()> {
        if !args.is_empty() {
            return self.type_error(format!(
                "deque.{name}() takes no arguments ({} given)",
                args.len()
            ));
        }
        Ok(())
    }
}
