//! The lazy built-ins and simulated modules around functions and iterators: `map`,
//! `filter`, `functools` (`partial`, `reduce`, `wraps`), `itertools` (`count`, `islice`, `groupby`,
//! `chain`, `takewhile`, `cycle`), `inspect.getgeneratorstate`, and the attributes of
//! functions, cells, code objects and generators.
//!
//! Each mirrors its C implementation in CPython 3.11 (`Python/bltinmodule.c` for
//! `map_next`/`filter_next`, `Modules/_functoolsmodule.c`, `Modules/itertoolsmodule.c`),
//! messages included.

use super::generators::GenState;
use super::object::*;
use super::{PyResult, Vm};
use crate::frontend::code::BinOp;

type Kw = Vec<(String, ObjId)>;

/// Functions of the simulated modules, by their qualified names.
const QUALIFIED: &[&str] = &[
    "functools.partial",
    "functools.reduce",
    "functools.wraps",
    "functools.update_wrapper",
    "functools.lru_cache",
    "functools.cache",
    "functools._lru_cache_wrapper",
    "itertools.count",
    "itertools.islice",
    "itertools.chain",
    "itertools.takewhile",
    "itertools.cycle",
    "itertools.repeat",
    "itertools.dropwhile",
    "itertools.starmap",
    "itertools.zip_longest",
    "itertools.chain.from_iterable",
    "itertools.accumulate",
    "itertools.groupby",
    "itertools.product",
    "itertools.permutations",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "inspect.getgeneratorstate",
    "inspect.isgenerator",
    "inspect.isgeneratorfunction",
];

/// What `functools.update_wrapper` copies (`WRAPPER_ASSIGNMENTS`).
const WRAPPER_ASSIGNMENTS: &[&str] = &[
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

impl Vm {
    /// `module.name` for the simulated modules `functools`, `itertools`, `inspect`.
    pub(crate) fn module_attr(&mut self, module: &str, name: &str) -> PyResult<Option<ObjId>> {
        let full = format!("{module}.{name}");
        match QUALIFIED.iter().find(|q| **q == full) {
            Some(q) => Ok(Some(self.heap.alloc(Obj::Builtin(Builtin(q))))),
            None => Ok(None),
        }
    }

    /// Calls one of [`QUALIFIED`] or the lazy built-ins.
    pub(crate) fn call_functional(
        &mut self,
        name: &str,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> PyResult<Option<ObjId>> {
        // CPython runs these in Python (Lib/functools.py, Lib/inspect.py): a trace function
        // would see their frames, which pyxray does not have.
        if self.tracing_active()
            && matches!(
                name,
                "functools.wraps"
                    | "functools.update_wrapper"
                    | "inspect.getgeneratorstate"
                    | "inspect.isgenerator"
                    | "inspect.isgeneratorfunction"
            )
        {
            return self.unsupported(&format!(
                "tracing into {name}(), which CPython runs in Python"
            ));
        }
        let v = match name {
            "map" => {
                // map_new(): _PyArg_NoKeywords("map", kwds) before the count.
                if !kwargs.is_empty() {
                    return self.type_error("map() takes no keyword arguments");
                }
                if args.len() < 2 {
                    return self.type_error("map() must have at least two arguments.");
                }
                let mut inners = Vec::new();
                for &a in &args[1..] {
                    inners.push(self.get_iter(a)?);
                }
                self.new_iter(IterObj::Map {
                    func: args[0],
                    inners,
                })
            }
            "filter" => {
                if args.len() != 2 {
                    return self
                        .type_error(format!("filter expected 2 arguments, got {}", args.len()));
                }
                let inner = self.get_iter(args[1])?;
                self.new_iter(IterObj::Filter {
                    func: args[0],
                    inner,
                })
            }
            "functools.partial" => {
                let Some((&func, rest)) = args.split_first() else {
                    return self.type_error("type 'partial' takes at least one argument");
                };
                if !self.is_callable(func) {
                    return self.type_error("the first argument must be callable");
                }
                // partial_new(): a partial of a partial is flattened.
                let (func, mut all_args, mut kw) = match self.heap.get(func) {
                    Obj::Partial(p) => (p.func, p.args.clone(), p.keywords.clone()),
                    _ => (func, Vec::new(), Vec::new()),
                };
                all_args.extend(rest.iter().copied());
                for (k, v) in kwargs {
                    merge_kw(&mut kw, k, v);
                }
                self.heap.alloc(Obj::Partial(Box::new(PartialObj {
                    func,
                    args: all_args,
                    keywords: kw,
                })))
            }
            "functools.lru_cache" => self.functools_lru_cache(args, kwargs)?,
            "functools.cache" => {
                if args.len() != 1 || !kwargs.is_empty() {
                    return self.unsupported("functools.cache() without exactly one function");
                }
                let none = self.none;
                let typed = self.bool(false);
                self.lru_cache_wrapper_new(vec![none, typed, args[0]])?
            }
            "functools._lru_cache_wrapper" => self.lru_cache_wrapper_new(args)?,
            "functools.reduce" => {
                if args.len() < 2 || args.len() > 3 {
                    return self.type_error(format!(
                        "reduce expected at least 2 arguments, got {}",
                        args.len()
                    ));
                }
                let it = match self.get_iter(args[1]) {
                    Ok(it) => it,
                    Err(_) => {
                        return self.type_error("reduce() arg 2 must support iteration");
                    }
                };
                let mut acc = args.get(2).copied();
                while let Some(x) = self.iter_next(it)? {
                    acc = Some(match acc {
                        None => x,
                        Some(a) => self.call_sync(args[0], vec![a, x])?,
                    });
                }
                match acc {
                    Some(a) => a,
                    None => {
                        return self.type_error("reduce() of empty iterable with no initial value");
                    }
                }
            }
            "functools.wraps" => {
                let Some(&wrapped) = args.first() else {
                    return self
                        .type_error("wraps() missing 1 required positional argument: 'wrapped'");
                };
                let f = self
                    .heap
                    .alloc(Obj::Builtin(Builtin("functools.update_wrapper")));
                self.heap.alloc(Obj::Partial(Box::new(PartialObj {
                    func: f,
                    args: Vec::new(),
                    keywords: vec![("wrapped".into(), wrapped)],
                })))
            }
            "functools.update_wrapper" => {
                let wrapper = args.first().copied();
                let wrapped = args
                    .get(1)
                    .copied()
                    .or_else(|| self.kwarg(&kwargs, "wrapped"));
                let (Some(wrapper), Some(wrapped)) = (wrapper, wrapped) else {
                    return self.type_error("update_wrapper() missing required arguments");
                };
                for attr in WRAPPER_ASSIGNMENTS {
                    match self.get_attr(wrapped, attr) {
                        Ok(v) => self.set_attr(wrapper, attr, v)?,
                        Err(e) if self.exc_is(e, TypeId::Unsupported) => {
                            if let Some(Obj::Function(f)) = self.heap.get_mut(wrapper) {
                                f.annotations_unknown = true;
                            }
                        }
                        // getattr's AttributeError: update_wrapper skips the attribute.
                        Err(_) => {}
                    }
                }
                // WRAPPER_UPDATES: the wrapper's __dict__ takes the wrapped function's.
                if let Obj::Function(_) = self.heap.get(wrapped) {
                    // update_wrapper(): getattr(wrapper, '__dict__').update(getattr(
                    // wrapped, '__dict__', {})) makes both functions' dicts.
                    self.function_dict(wrapper)?;
                    let d = self.function_dict(wrapped)?;
                    let extra = self.dict_items(d);
                    for (k, v) in extra {
                        let k = self.str_of(k)?;
                        self.set_attr(wrapper, &k, v)?;
                    }
                }
                self.set_attr(wrapper, "__wrapped__", wrapped)?;
                wrapper
            }
            "itertools.count" => {
                let start = args
                    .first()
                    .copied()
                    .or_else(|| self.kwarg(&kwargs, "start"))
                    .unwrap_or_else(|| self.int(0));
                let step = args
                    .get(1)
                    .copied()
                    .or_else(|| self.kwarg(&kwargs, "step"))
                    .unwrap_or_else(|| self.int(1));
                for v in [start, step] {
                    if self.num(v).is_none() {
                        return self.type_error("a number is required");
                    }
                }
                self.new_iter(IterObj::Count { next: start, step })
            }
            "itertools.islice" => self.make_islice(&args)?,
            "itertools.chain" => self.new_iter(IterObj::Chain {
                sources: args.iter().rev().copied().collect(),
                current: None,
            }),
            "itertools.groupby" => {
                // groupby(iterable, key=None)
                let mut iterable = args.first().copied();
                let mut key = args.get(1).copied();
                if args.len() > 2 {
                    return self.type_error(format!(
                        "groupby() takes at most 2 arguments ({} given)",
                        args.len()
                    ));
                }
                for (k, v) in &kwargs {
                    match k.as_str() {
                        "iterable" if iterable.is_none() => iterable = Some(*v),
                        "key" if key.is_none() => key = Some(*v),
                        _ => {
                            return self.type_error(format!(
                                "'{k}' is an invalid keyword argument for groupby()"
                            ));
                        }
                    }
                }
                let Some(iterable) = iterable else {
                    return self
                        .type_error("groupby() missing required argument 'iterable' (pos 1)");
                };
                let it = self.get_iter(iterable)?;
                let keyfunc = key.filter(|&k| k != self.none);
                self.new_iter(IterObj::GroupBy {
                    it,
                    keyfunc,
                    tgtkey: None,
                    currkey: None,
                    currvalue: None,
                    currgrouper: None,
                })
            }
            "itertools.takewhile" => {
                if args.len() != 2 {
                    return self.type_error(format!(
                        "takewhile expected 2 arguments, got {}",
                        args.len()
                    ));
                }
                let inner = self.get_iter(args[1])?;
                self.new_iter(IterObj::TakeWhile {
                    pred: args[0],
                    inner,
                })
            }
            "itertools.repeat" => {
                let value = match args
                    .first()
                    .copied()
                    .or_else(|| self.kwarg(&kwargs, "object"))
                {
                    Some(v) => v,
                    None => {
                        return self
                            .type_error("repeat() missing required argument 'object' (pos 1)");
                    }
                };
                let left = match args
                    .get(1)
                    .copied()
                    .or_else(|| self.kwarg(&kwargs, "times"))
                {
                    Some(n) => Some(self.index_value(n)?.max(0)),
                    None => None,
                };
                self.new_iter(IterObj::Repeat { value, left })
            }
            "itertools.zip_longest" => {
                let fill = self.kwarg(&kwargs, "fillvalue").unwrap_or(self.none);
                let mut inners = Vec::with_capacity(args.len());
                for &a in &args {
                    inners.push(Some(self.get_iter(a)?));
                }
                let active = inners.len();
                self.new_iter(IterObj::ZipLongest {
                    inners,
                    fill,
                    active,
                })
            }
            "itertools.chain.from_iterable" => {
                let [src] = args[..] else {
                    return self.type_error(format!(
                        "chain.from_iterable() takes exactly one argument ({} given)",
                        args.len()
                    ));
                };
                let outer = self.get_iter(src)?;
                self.new_iter(IterObj::ChainFrom {
                    outer,
                    current: None,
                })
            }
            "itertools.accumulate" => {
                let Some(&src) = args.first() else {
                    return self
                        .type_error("accumulate() missing required argument 'iterable' (pos 1)");
                };
                let inner = self.get_iter(src)?;
                let func = args
                    .get(1)
                    .copied()
                    .or_else(|| self.kwarg(&kwargs, "func"))
                    .filter(|&f| f != self.none);
                let initial = self.kwarg(&kwargs, "initial").filter(|&i| i != self.none);
                self.new_iter(IterObj::Accumulate {
                    inner,
                    func,
                    total: None,
                    initial,
                })
            }
            "itertools.product"
            | "itertools.permutations"
            | "itertools.combinations"
            | "itertools.combinations_with_replacement" => {
                self.make_combinatoric(name, &args, &kwargs)?
            }
            "itertools.dropwhile" | "itertools.starmap" => {
                let short = &name["itertools.".len()..];
                if args.len() != 2 {
                    return self
                        .type_error(format!("{short} expected 2 arguments, got {}", args.len()));
                }
                let inner = self.get_iter(args[1])?;
                if name == "itertools.starmap" {
                    self.new_iter(IterObj::StarMap {
                        func: args[0],
                        inner,
                    })
                } else {
                    self.new_iter(IterObj::DropWhile {
                        pred: args[0],
                        inner,
                        dropping: true,
                    })
                }
            }
            "itertools.cycle" => {
                if args.len() != 1 {
                    return self
                        .type_error(format!("cycle expected 1 argument, got {}", args.len()));
                }
                let inner = self.get_iter(args[0])?;
                self.new_iter(IterObj::Cycle {
                    inner: Some(inner),
                    saved: Vec::new(),
                    index: 0,
                })
            }
            "inspect.getgeneratorstate" => {
                let Some(&g) = args.first() else {
                    return self.type_error(
                        "getgeneratorstate() missing 1 required positional argument: 'generator'",
                    );
                };
                match self.gen_state(g) {
                    Some(s) => self.str(s.name()),
                    None => {
                        // inspect reads gi_running on whatever it is given.
                        let tn = self.type_name(g);
                        return self.err(
                            TypeId::AttributeError,
                            format!("'{tn}' object has no attribute 'gi_running'"),
                        );
                    }
                }
            }
            "inspect.isgenerator" => {
                let b = args
                    .first()
                    .is_some_and(|&g| matches!(self.heap.get(g), Obj::Generator(_)));
                self.bool(b)
            }
            "inspect.isgeneratorfunction" => {
                let b = args.first().is_some_and(|&f| match self.heap.get(f) {
                    Obj::Function(f) => self.program.codes[f.code].is_generator,
                    _ => false,
                });
                self.bool(b)
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn new_iter(&mut self, it: IterObj) -> ObjId {
        self.heap.alloc(Obj::Iter(Box::new(it)))
    }

    pub(crate) fn is_callable(&mut self, f: ObjId) -> bool {
        match self.heap.get(f) {
            Obj::Function(_)
            | Obj::Builtin(_)
            | Obj::Method { .. }
            | Obj::BoundMethod { .. }
            | Obj::Type(_)
            | Obj::Class(_)
            | Obj::Partial(_)
            | Obj::Getter(_)
            | Obj::LruCache(_) => true,
            Obj::Instance(_) | Obj::Dict(_) => {
                matches!(self.user_special_fn(f, "__call__"), Ok(Some(_)))
            }
            _ => false,
        }
    }

    /// `islice(it, stop)` / `islice(it, start, stop[, step])`, with islice_new()'s checks.
    fn make_islice(&mut self, args: &[ObjId]) -> PyResult {
        if args.len() < 2 || args.len() > 4 {
            return self.type_error(format!(
                "islice expected at most 4 arguments, got {}",
                args.len()
            ));
        }
        let bad_stop =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let bad_other = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let as_index = |vm: &mut Vm, v: ObjId, msg: &str| -> PyResult<Option<usize>> {
            if v == vm.none {
                return Ok(None);
            }
            match vm.as_bigint(v).and_then(|b| usize::try_from(b).ok()) {
                Some(n) if n <= i64::MAX as usize => Ok(Some(n)),
                _ => vm.err(TypeId::ValueError, msg),
            }
        };
        let (start, stop, step) = if args.len() == 2 {
            (None, as_index(self, args[1], bad_stop)?, None)
        } else {
            let start = as_index(self, args[1], bad_other)?;
            let stop = as_index(self, args[2], bad_stop)?;
            let step = match args.get(3) {
                Some(&s) => as_index(self, s, bad_other)?,
                None => None,
            };
            (start, stop, step)
        };
        let step = step.unwrap_or(1);
        if step == 0 {
            return self.err(
                TypeId::ValueError,
                "Step for islice() must be a positive integer or None.",
            );
        }
        let inner = self.get_iter(args[0])?;
        Ok(self.new_iter(IterObj::Islice {
            inner,
            next: start.unwrap_or(0),
            stop,
            step,
            pos: 0,
        }))
    }

    /// The next item of a lazy iterator: its new state and the item (None when done).
    pub(crate) fn lazy_next(&mut self, state: IterObj) -> PyResult<(IterObj, Option<ObjId>)> {
        Ok(match state {
            IterObj::Map { func, inners } => {
                let mut items = Vec::with_capacity(inners.len());
                for &i in &inners {
                    match self.iter_next(i)? {
                        Some(x) => items.push(x),
                        None => return Ok((IterObj::Map { func, inners }, None)),
                    }
                }
                let v = self.call_sync(func, items)?;
                (IterObj::Map { func, inners }, Some(v))
            }
            IterObj::Filter { func, inner } => loop {
                let Some(x) = self.iter_next(inner)? else {
                    break (IterObj::Filter { func, inner }, None);
                };
                let keep = if func == self.none || self.is_builtin_type(func, TypeId::Bool) {
                    self.truthy(x)?
                } else {
                    let r = self.call_sync(func, vec![x])?;
                    self.truthy(r)?
                };
                if keep {
                    break (IterObj::Filter { func, inner }, Some(x));
                }
            },
            IterObj::Count { next, step } => {
                let after = self.binary(BinOp::Add, next, step)?;
                (IterObj::Count { next: after, step }, Some(next))
            }
            IterObj::Islice {
                inner,
                next,
                stop,
                step,
                mut pos,
            } => {
                if stop.is_some_and(|s| next >= s) {
                    // islice_next(): once past stop, it never reads the iterator again.
                    return Ok((IterObj::Exhausted, None));
                }
                while pos < next {
                    if self.iter_next(inner)?.is_none() {
                        return Ok((IterObj::Exhausted, None));
                    }
                    pos += 1;
                }
                match self.iter_next(inner)? {
                    Some(x) => {
                        pos += 1;
                        let mut following = next.saturating_add(step);
                        if let Some(s) = stop
                            && following > s
                        {
                            following = s;
                        }
                        (
                            IterObj::Islice {
                                inner,
                                next: following,
                                stop,
                                step,
                                pos,
                            },
                            Some(x),
                        )
                    }
                    None => (IterObj::Exhausted, None),
                }
            }
            IterObj::Chain {
                mut sources,
                mut current,
            } => loop {
                if let Some(c) = current
                    && let Some(x) = self.iter_next(c)?
                {
                    break (IterObj::Chain { sources, current }, Some(x));
                }
                match sources.pop() {
                    Some(src) => current = Some(self.get_iter(src)?),
                    None => break (IterObj::Exhausted, None),
                }
            },
            // dropwhile_next(): items go while the predicate holds; after the first that
            // fails, every item passes without asking it again.
            IterObj::DropWhile {
                pred,
                inner,
                dropping,
            } => loop {
                let Some(x) = self.iter_next(inner)? else {
                    break (IterObj::Exhausted, None);
                };
                if !dropping {
                    break (
                        IterObj::DropWhile {
                            pred,
                            inner,
                            dropping,
                        },
                        Some(x),
                    );
                }
                let r = self.call_sync(pred, vec![x])?;
                if !self.truthy(r)? {
                    break (
                        IterObj::DropWhile {
                            pred,
                            inner,
                            dropping: false,
                        },
                        Some(x),
                    );
                }
            },
            // starmap_next(): the item must be a tuple (or is made one) and is spread.
            IterObj::StarMap { func, inner } => match self.iter_next(inner)? {
                Some(x) => {
                    let args = self.collect_iterable(x)?;
                    let v = self.call_sync(func, args)?;
                    (IterObj::StarMap { func, inner }, Some(v))
                }
                None => (IterObj::Exhausted, None),
            },
            IterObj::TakeWhile { pred, inner } => match self.iter_next(inner)? {
                Some(x) => {
                    let r = self.call_sync(pred, vec![x])?;
                    if self.truthy(r)? {
                        (IterObj::TakeWhile { pred, inner }, Some(x))
                    } else {
                        (IterObj::Exhausted, None)
                    }
                }
                None => (IterObj::Exhausted, None),
            },
            IterObj::Cycle {
                inner,
                mut saved,
                index,
            } => {
                if let Some(i) = inner
                    && let Some(x) = self.iter_next(i)?
                {
                    saved.push(x);
                    return Ok((
                        IterObj::Cycle {
                            inner,
                            saved,
                            index,
                        },
                        Some(x),
                    ));
                }
                if saved.is_empty() {
                    return Ok((IterObj::Exhausted, None));
                }
                let x = saved[index % saved.len()];
                let n = saved.len();
                (
                    IterObj::Cycle {
                        inner: None,
                        saved,
                        index: (index + 1) % n,
                    },
                    Some(x),
                )
            }
            // zip_longest_next(): an exhausted iterator gives the fill value until the
            // last one is exhausted.
            IterObj::ZipLongest {
                mut inners,
                fill,
                mut active,
            } => {
                if inners.is_empty() || active == 0 {
                    return Ok((IterObj::Exhausted, None));
                }
                let mut items = Vec::with_capacity(inners.len());
                for slot in inners.iter_mut() {
                    let item = match *slot {
                        None => fill,
                        Some(it) => match self.iter_next(it)? {
                            Some(x) => x,
                            None => {
                                active -= 1;
                                if active == 0 {
                                    return Ok((IterObj::Exhausted, None));
                                }
                                *slot = None;
                                fill
                            }
                        },
                    };
                    items.push(item);
                }
                let t = self.tuple(items);
                (
                    IterObj::ZipLongest {
                        inners,
                        fill,
                        active,
                    },
                    Some(t),
                )
            }
            IterObj::Repeat { value, left } => match left {
                Some(0) => (IterObj::Exhausted, None),
                Some(n) => (
                    IterObj::Repeat {
                        value,
                        left: Some(n - 1),
                    },
                    Some(value),
                ),
                None => (IterObj::Repeat { value, left }, Some(value)),
            },
            IterObj::ChainFrom { outer, mut current } => loop {
                if let Some(c) = current
                    && let Some(x) = self.iter_next(c)?
                {
                    break (IterObj::ChainFrom { outer, current }, Some(x));
                }
                match self.iter_next(outer)? {
                    Some(src) => current = Some(self.get_iter(src)?),
                    None => break (IterObj::Exhausted, None),
                }
            },
            IterObj::Accumulate {
                inner,
                func,
                total,
                initial,
            } => {
                if let Some(i) = initial {
                    let next = IterObj::Accumulate {
                        inner,
                        func,
                        total: Some(i),
                        initial: None,
                    };
                    return Ok((next, Some(i)));
                }
                let Some(x) = self.iter_next(inner)? else {
                    return Ok((IterObj::Exhausted, None));
                };
                let t = match (total, func) {
                    (None, _) => x,
                    (Some(t), Some(f)) => self.call_sync(f, vec![t, x])?,
                    (Some(t), None) => self.binary(crate::frontend::code::BinOp::Add, t, x)?,
                };
                (
                    IterObj::Accumulate {
                        inner,
                        func,
                        total: Some(t),
                        initial: None,
                    },
                    Some(t),
                )
            }
            IterObj::Combinatoric {
                kind,
                pools,
                mut indices,
                mut cycles,
                r,
                started,
            } => {
                let sizes: Vec<usize> =
                    pools.iter().map(|&p| self.len_of(p).unwrap_or(0)).collect();
                let more = if !started {
                    match kind {
                        ComboKind::Product => sizes.iter().all(|&n| n > 0),
                        // cwr_next(): nothing when the pool is empty and r > 0.
                        ComboKind::CombinationsWithReplacement => sizes[0] > 0 || r == 0,
                        _ => r <= sizes[0],
                    }
                } else {
                    combo_advance(kind, &sizes, &mut indices, &mut cycles, r)
                };
                if !more {
                    return Ok((IterObj::Exhausted, None));
                }
                let items: Vec<ObjId> = match kind {
                    ComboKind::Product => pools
                        .iter()
                        .zip(&indices)
                        .map(|(&p, &i)| self.tuple_item(p, i))
                        .collect(),
                    _ => indices[..r]
                        .iter()
                        .map(|&i| self.tuple_item(pools[0], i))
                        .collect(),
                };
                let t = self.tuple(items);
                (
                    IterObj::Combinatoric {
                        kind,
                        pools,
                        indices,
                        cycles,
                        r,
                        started: true,
                    },
                    Some(t),
                )
            }
            other => (other, None),
        })
    }

    fn tuple_item(&self, t: ObjId, i: usize) -> ObjId {
        match self.heap.get(t) {
            Obj::Tuple(items) => items[i],
            _ => self.none,
        }
    }

    /// `product(*iterables, repeat=1)`, `permutations(iterable, r=None)`,
    /// `combinations(iterable, r)`: the pools are tuples made now.
    fn make_combinatoric(&mut self, name: &str, args: &[ObjId], kwargs: &Kw) -> PyResult {
        let kind = match name {
            "itertools.product" => ComboKind::Product,
            "itertools.permutations" => ComboKind::Permutations,
            "itertools.combinations_with_replacement" => ComboKind::CombinationsWithReplacement,
            _ => ComboKind::Combinations,
        };
        let short = &name["itertools.".len()..];
        if kind == ComboKind::Product {
            let repeat = match self.kwarg(kwargs, "repeat") {
                Some(n) => self.index_value(n)?,
                None => 1,
            };
            if repeat < 0 {
                return self.err(TypeId::ValueError, "repeat argument cannot be negative");
            }
            let mut base = Vec::new();
            for &a in args {
                let items = self.collect_iterable(a)?;
                base.push(self.tuple(items));
            }
            let mut pools = Vec::new();
            for _ in 0..repeat {
                pools.extend(base.iter().copied());
            }
            let n = pools.len();
            return Ok(self.new_iter(IterObj::Combinatoric {
                kind,
                pools,
                indices: vec![0; n],
                cycles: Vec::new(),
                r: n,
                started: false,
            }));
        }
        let Some(&src) = args.first() else {
            return self.type_error(format!(
                "{short}() missing required argument 'iterable' (pos 1)"
            ));
        };
        let items = self.collect_iterable(src)?;
        let n = items.len();
        let r_arg = args.get(1).copied().or_else(|| self.kwarg(kwargs, "r"));
        let r = match r_arg {
            Some(x) if x != self.none => {
                let v = self.index_value(x)?;
                if v < 0 {
                    return self.err(TypeId::ValueError, "r must be non-negative");
                }
                v as usize
            }
            _ if kind == ComboKind::Combinations => {
                return self.type_error("combinations() missing required argument 'r' (pos 2)");
            }
            _ if kind == ComboKind::CombinationsWithReplacement => {
                return self.type_error(
                    "combinations_with_replacement() missing required argument 'r' (pos 2)",
                );
            }
            _ => n,
        };
        let pool = self.tuple(items);
        let (indices, cycles) = match kind {
            ComboKind::Permutations => ((0..n).collect(), (0..r.min(n)).map(|i| n - i).collect()),
            // cwr_new(): r zeros.
            ComboKind::CombinationsWithReplacement => (vec![0; r], Vec::new()),
            _ => ((0..r.min(n)).collect(), Vec::new()),
        };
        Ok(self.new_iter(IterObj::Combinatoric {
            kind,
            pools: vec![pool],
            indices,
            cycles,
            r,
            started: false,
        }))
    }

    fn is_builtin_type(&self, v: ObjId, t: TypeId) -> bool {
        matches!(self.heap.get(v), Obj::Type(x) if *x == t)
    }

    /// `repr()` of an iterator object.
    pub(crate) fn iter_repr(
        &mut self,
        id: ObjId,
        it: &IterObj,
        type_name: &str,
    ) -> PyResult<String> {
        Ok(match it {
            IterObj::Count { next, step } => {
                let (next, step) = (*next, *step);
                let n = self.repr(next)?;
                let is_one = matches!(self.heap.get(step), Obj::Int(1));
                if is_one {
                    format!("count({n})")
                } else {
                    format!("count({n}, {})", self.repr(step)?)
                }
            }
            IterObj::Repeat { value, left } => {
                let (value, left) = (*value, *left);
                let v = self.repr(value)?;
                match left {
                    Some(n) => format!("repeat({v}, {n})"),
                    None => format!("repeat({v})"),
                }
            }
            IterObj::Islice { .. }
            | IterObj::ZipLongest { .. }
            | IterObj::Chain { .. }
            | IterObj::ChainFrom { .. }
            | IterObj::Accumulate { .. }
            | IterObj::Combinatoric { .. }
            | IterObj::TakeWhile { .. }
            | IterObj::GroupBy { .. }
            | IterObj::Grouper { .. }
            | IterObj::DropWhile { .. }
            | IterObj::StarMap { .. }
            | IterObj::Cycle { .. } => {
                format!("<itertools.{type_name} object at {:#x}>", id.address())
            }
            _ => format!("<{type_name} object at {:#x}>", id.address()),
        })
    }

    /// Calls a `functools.partial`: its arguments first, its keywords overridden by the
    /// call's (`partial_call()`).
    pub(crate) fn partial_arguments(
        &self,
        p: &PartialObj,
        args: Vec<ObjId>,
        kwargs: Kw,
    ) -> (ObjId, Vec<ObjId>, Kw) {
        let mut all = p.args.clone();
        all.extend(args);
        let mut kw = p.keywords.clone();
        for (k, v) in kwargs {
            merge_kw(&mut kw, k, v);
        }
        (p.func, all, kw)
    }

    // ----- attributes ---------------------------------------------------------------

    /// Attributes of functions (all of them), cells, code objects, generators and
    /// partials.
    pub(crate) fn frame_object_attr(&mut self, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        // Every attribute lookup passes here: decide by reference, and copy only small
        // objects (never a list's items, nor a generator's frame).
        let copied = match self.heap.get(obj) {
            Obj::Function(_) | Obj::Cell(_) | Obj::Code(_) | Obj::Partial(_) => {
                self.heap.get(obj).clone()
            }
            Obj::Generator(g) => {
                let (state, yf, code) = (g.state, g.yf, g.code);
                let v = match name {
                    "__name__" | "__qualname__" => {
                        let n = if name == "__name__" {
                            g.name.clone()
                        } else {
                            g.qualname.clone()
                        };
                        self.str(&n)
                    }
                    "gi_running" => self.bool(state == GenState::Running),
                    "gi_suspended" => self.bool(state == GenState::Suspended),
                    "gi_yieldfrom" => yf.unwrap_or(self.none),
                    "gi_code" => self.heap.alloc(Obj::Code(code)),
                    "gi_frame" if state == GenState::Closed => self.none,
                    "gi_frame" => self.generator_frame_object(obj),
                    _ => return Ok(None),
                };
                return Ok(Some(v));
            }
            _ => return Ok(None),
        };
        let v = match (copied, name) {
            (Obj::Function(f), _) => {
                if let Some((_, v)) = f.attrs.iter().find(|(k, _)| k == name) {
                    return Ok(Some(*v));
                }
                if name == "__dict__" {
                    return self.function_dict(obj).map(Some);
                }
                if let Some(d) = f.dict_obj {
                    let k = self.str(name);
                    if let Some(v) = self.quietly(|vm| vm.dict_lookup(d, k))? {
                        return Ok(Some(v));
                    }
                }
                match name {
                    "__name__" => self.str(&f.name),
                    "__qualname__" => self.str(&f.qualname),
                    "__module__" => self.str("__main__"),
                    "__closure__" => f.closure.unwrap_or(self.none),
                    "__annotations__" => {
                        if f.annotations_unknown {
                            return self.unsupported("function annotations (__annotations__)");
                        }
                        // func_get_annotation_dict(): the (name, value) pairs MAKE_FUNCTION
                        // stored, set one by one into a new dict that replaces them (an
                        // empty one without annotations); the same dict on every read.
                        let d = self.new_dict();
                        if let Some(t) = f.annotations {
                            let items = match self.heap.get(t) {
                                Obj::Tuple(items) => items.to_vec(),
                                _ => Vec::new(),
                            };
                            for pair in items.chunks(2) {
                                if let [k, v] = *pair {
                                    self.dict_setitem(d, k, v)?;
                                }
                            }
                        }
                        if let Some(Obj::Function(fm)) = self.heap.get_mut(obj) {
                            fm.attrs.push(("__annotations__".into(), d));
                            fm.annotations = None;
                        }
                        d
                    }
                    "__code__" => self.heap.alloc(Obj::Code(f.code)),
                    "__doc__" => match self.program.codes[f.code].doc.clone() {
                        Some(d) => self.str(&d),
                        None => self.none,
                    },
                    "__defaults__" => f.defaults_obj.unwrap_or(self.none),
                    "__kwdefaults__" => {
                        if f.kwdefaults.is_empty() {
                            self.none
                        } else {
                            let d = self.new_dict();
                            for (k, v) in f.kwdefaults.clone() {
                                let k = self.str(&k);
                                self.dict_setitem(d, k, v)?;
                            }
                            d
                        }
                    }
                    _ => return Ok(None),
                }
            }
            (Obj::Cell(c), "cell_contents") => match c {
                Some(v) => v,
                None => return self.err(TypeId::ValueError, "Cell is empty"),
            },
            (Obj::Code(c), _) => {
                let code = self.program.codes[c].clone();
                let names = |vm: &mut Vm, v: &[String]| {
                    let items: Vec<ObjId> = v.iter().map(|n| vm.str(n)).collect();
                    vm.tuple(items)
                };
                // co_varnames as CPython has them: pyxray's own hidden slots left out.
                let nargs = code.argcount as usize
                    + code.kwonlyargcount as usize
                    + code.has_varargs as usize
                    + code.has_varkw as usize;
                let locals: Vec<String> = code
                    .varnames
                    .iter()
                    .enumerate()
                    .filter(|(i, v)| *i < nargs || !v.starts_with('.'))
                    .map(|(_, v)| v.clone())
                    .collect();
                match name {
                    "co_name" => self.str(&code.name),
                    "co_qualname" => self.str(&code.qualname),
                    "co_freevars" => names(self, &code.freevars),
                    "co_cellvars" => names(self, &code.cellvars),
                    "co_varnames" => names(self, &locals),
                    "co_nlocals" => self.int(locals.len() as i64),
                    "co_argcount" => self.int(code.argcount as i64),
                    "co_kwonlyargcount" => self.int(code.kwonlyargcount as i64),
                    "co_posonlyargcount" => self.int(code.posonlyargcount as i64),
                    "co_firstlineno" => self.int(code.first_line as i64),
                    "co_filename" => {
                        let p = self.program.path.clone();
                        self.str(&p)
                    }
                    // The rest of a code object (co_code, co_consts, ...) is CPython's
                    // bytecode, which pyxray does not reproduce.
                    _ if name.starts_with("co_") => {
                        return self.unsupported(&format!("the code attribute {name}"));
                    }
                    _ => return Ok(None),
                }
            }
            (Obj::Partial(p), _) => match name {
                "func" => p.func,
                "args" => self.tuple(p.args.clone()),
                "keywords" => {
                    let d = self.new_dict();
                    for (k, v) in p.keywords.clone() {
                        let k = self.str(&k);
                        self.dict_setitem(d, k, v)?;
                    }
                    d
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Setting an attribute on a function (`f.calls = 0`, what `functools.wraps` copies).
    pub(crate) fn set_function_attr(&mut self, obj: ObjId, name: &str, v: ObjId) -> PyResult<bool> {
        if name == "__defaults__" && matches!(self.heap.get(obj), Obj::Function(_)) {
            // func_set_defaults(): a tuple or None, kept as it is.
            let new = match self.heap.get(v) {
                Obj::None => Vec::new(),
                Obj::Tuple(t) => t.to_vec(),
                _ => {
                    return self
                        .type_error("__defaults__ must be set to a tuple object")
                        .map(|()| true);
                }
            };
            let obj_new = (!matches!(self.heap.get(v), Obj::None)).then_some(v);
            if let Some(Obj::Function(f)) = self.heap.get_mut(obj) {
                f.defaults = new;
                f.defaults_obj = obj_new;
            }
            return Ok(true);
        }
        let text = match self.heap.get(v) {
            Obj::Str(s) => Some(s.s.to_string()),
            _ => None,
        };
        let Some(Obj::Function(f)) = self.heap.get_mut(obj) else {
            return Ok(false);
        };
        match (name, text) {
            ("__name__", Some(t)) => f.name = t,
            ("__qualname__", Some(t)) => f.qualname = t,
            ("__name__" | "__qualname__", None) => {
                let what = name.to_string();
                return self
                    .type_error(format!("{what} must be set to a string object"))
                    .map(|()| true);
            }
            ("__module__", _) => {}
            ("__doc__" | "__annotations__", _) => {
                match f.attrs.iter_mut().find(|(k, _)| k == name) {
                    Some(slot) => slot.1 = v,
                    None => f.attrs.push((name.to_string(), v)),
                }
            }
            ("__dict__", _) => {
                return self
                    .unsupported("replacing a function's __dict__")
                    .map(|()| true);
            }
            _ => {
                let d = self.function_dict(obj)?;
                let k = self.intern(name, None);
                self.quietly(|vm| vm.dict_setitem(d, k, v))?;
            }
        }
        Ok(true)
    }

    /// A function's `__dict__`, made on first use (`func_get_dict`).
    fn function_dict(&mut self, f: ObjId) -> PyResult {
        if let Obj::Function(func) = self.heap.get(f)
            && let Some(d) = func.dict_obj
        {
            return Ok(d);
        }
        let d = self.new_dict();
        if let Some(Obj::Function(func)) = self.heap.get_mut(f) {
            func.dict_obj = Some(d);
        }
        Ok(d)
    }
}

fn merge_kw(kw: &mut Kw, k: String, v: ObjId) {
    match kw.iter_mut().find(|(x, _)| *x == k) {
        Some(slot) => slot.1 = v,
        None => kw.push((k, v)),
    }
}

/// The next index state of `product_next`, `permutations_next`, `combinations_next`;
/// false once exhausted.
fn combo_advance(
    kind: ComboKind,
    sizes: &[usize],
    indices: &mut [usize],
    cycles: &mut [usize],
    r: usize,
) -> bool {
    match kind {
        // The rightmost index advances; an index that wraps carries to its left.
        ComboKind::Product => {
            for i in (0..indices.len()).rev() {
                indices[i] += 1;
                if indices[i] < sizes[i] {
                    return true;
                }
                indices[i] = 0;
            }
            false
        }
        // cwr_next(): the rightmost index below n - 1 grows, and those after it take its
        // new value.
        ComboKind::CombinationsWithReplacement => {
            let n = sizes[0];
            let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                return false;
            };
            let v = indices[i] + 1;
            for x in &mut indices[i..r] {
                *x = v;
            }
            true
        }
        ComboKind::Combinations => {
            let n = sizes[0];
            let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                return false;
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
            true
        }
        ComboKind::Permutations => {
            let n = sizes[0];
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    return true;
                }
            }
            false
        }
    }
}

impl Vm {
    /// The next item of a `groupby` (a `(key, group)` pair) or of one of its groups.
    // mirrors groupby_next() and _grouper_next() in Modules/itertoolsmodule.c
    pub(crate) fn groupby_next(&mut self, id: ObjId) -> PyResult<Option<ObjId>> {
        let state = match self.heap.get(id) {
            Obj::Iter(s) => (**s).clone(),
            _ => return Ok(None),
        };
        match state {
            IterObj::GroupBy { .. } => {
                let mut g = state;
                if let IterObj::GroupBy { currgrouper, .. } = &mut g {
                    *currgrouper = None;
                }
                loop {
                    let IterObj::GroupBy {
                        tgtkey, currkey, ..
                    } = &g
                    else {
                        unreachable!("a groupby")
                    };
                    match (*currkey, *tgtkey) {
                        (None, _) => {}
                        (Some(_), None) => break,
                        (Some(c), Some(t)) => {
                            if !self.eq(t, c)? {
                                break;
                            }
                        }
                    }
                    let stepped = self.groupby_step(&mut g)?;
                    // Written back at once: a key's __eq__ may run Python code, and the
                    // new value and key must stay reachable meanwhile.
                    self.set_iter_state(id, g.clone());
                    if !stepped {
                        return Ok(None);
                    }
                }
                let IterObj::GroupBy {
                    tgtkey,
                    currkey,
                    currgrouper,
                    ..
                } = &mut g
                else {
                    unreachable!("a groupby")
                };
                let key = currkey.unwrap_or(self.none);
                *tgtkey = Some(key);
                let grouper = self.heap.alloc(Obj::Iter(Box::new(IterObj::Grouper {
                    parent: id,
                    tgtkey: key,
                })));
                *currgrouper = Some(grouper);
                self.set_iter_state(id, g);
                Ok(Some(self.tuple(vec![key, grouper])))
            }
            IterObj::Grouper { parent, tgtkey } => {
                let mut g = match self.heap.get(parent) {
                    Obj::Iter(s) => (**s).clone(),
                    _ => return Ok(None),
                };
                let IterObj::GroupBy {
                    currgrouper,
                    currvalue,
                    ..
                } = &g
                else {
                    return Ok(None);
                };
                if *currgrouper != Some(id) {
                    return Ok(None);
                }
                if currvalue.is_none() {
                    let stepped = self.groupby_step(&mut g)?;
                    self.set_iter_state(parent, g.clone());
                    if !stepped {
                        return Ok(None);
                    }
                }
                let IterObj::GroupBy {
                    currkey, currvalue, ..
                } = &mut g
                else {
                    unreachable!("a groupby")
                };
                let same = match *currkey {
                    Some(c) => self.eq(tgtkey, c)?,
                    None => false,
                };
                if !same {
                    self.set_iter_state(parent, g);
                    return Ok(None);
                }
                let r = currvalue.take();
                *currkey = None;
                self.set_iter_state(parent, g);
                Ok(r)
            }
            _ => Ok(None),
        }
    }

    /// `groupby_step()`: the next value and its key; false at the end.
    fn groupby_step(&mut self, g: &mut IterObj) -> PyResult<bool> {
        let IterObj::GroupBy { it, keyfunc, .. } = *g else {
            return Ok(false);
        };
        let Some(value) = self.iter_next(it)? else {
            return Ok(false);
        };
        let key = match keyfunc {
            Some(f) => self.call_sync(f, vec![value])?,
            None => value,
        };
        if let IterObj::GroupBy {
            currkey, currvalue, ..
        } = g
        {
            *currvalue = Some(value);
            *currkey = Some(key);
        }
        Ok(true)
    }

    fn set_iter_state(&mut self, id: ObjId, state: IterObj) {
        if let Some(Obj::Iter(s)) = self.heap.get_mut(id) {
            **s = state;
        }
    }
}
