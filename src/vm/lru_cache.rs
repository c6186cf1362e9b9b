//! `functools.lru_cache` and `functools.cache`: the C wrapper of
//! `Modules/_functoolsmodule.c`, whose cache is a real dict (the trace shows its lookups,
//! inserts and evictions). `infinite_lru_cache_wrapper`, and `bounded_lru_cache_wrapper`
//! with its linked list: a hit moves the key to the most recent end, and a miss on a full
//! cache pops the least recently used key from the dict before the new one goes in. A
//! call counts against the recursion limit twice, as in CPython: the wrapper's
//! `_PyObject_MakeTpCall` guard, then the function's frame.

use super::object::*;
use super::{PyResult, Vm};

type Kw = Vec<(String, ObjId)>;

/// What a call needs of the wrapper, copied out of the heap.
struct LruParts {
    func: ObjId,
    cache: ObjId,
    maxsize: Option<usize>,
    hits: u64,
    misses: u64,
}

impl Vm {
    /// `functools.lru_cache(maxsize=128, typed=False)`, or `lru_cache(func)` directly.
    pub(crate) fn functools_lru_cache(&mut self, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let mut maxsize = args.first().copied();
        let mut typed = args.get(1).copied();
        for (k, v) in &kwargs {
            match k.as_str() {
                "maxsize" if maxsize.is_none() => maxsize = Some(*v),
                "typed" if typed.is_none() => typed = Some(*v),
                _ => {
                    return self.type_error(format!(
                        "lru_cache() got an unexpected keyword argument '{k}'"
                    ));
                }
            }
        }
        let typed = match typed {
            Some(t) => self.truthy(t)?,
            None => false,
        };
        let maxsize_obj = maxsize.unwrap_or(self.none);
        // @lru_cache without parentheses: the function itself, maxsize 128.
        if !matches!(
            self.heap.get(maxsize_obj),
            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)
        ) && maxsize_obj != self.none
        {
            if self.is_callable(maxsize_obj) && !typed {
                return self.new_lru_wrapper(maxsize_obj, Some(128), false);
            }
            return self
                .type_error("Expected first argument to be an integer, a callable, or None");
        }
        let size = if maxsize_obj == self.none {
            self.none
        } else {
            let n = self.as_i64(maxsize_obj).unwrap_or(i64::MAX).max(0);
            self.int(n)
        };
        // decorating_function, as a partial of the wrapper's constructor.
        let make = self
            .heap
            .alloc(Obj::Builtin(Builtin("functools._lru_cache_wrapper")));
        let typed = self.bool(typed);
        Ok(self.heap.alloc(Obj::Partial(Box::new(PartialObj {
            func: make,
            args: vec![size, typed],
            keywords: Vec::new(),
        }))))
    }

    /// `functools._lru_cache_wrapper(maxsize, typed, func)`, what the decorator makes.
    pub(crate) fn lru_cache_wrapper_new(&mut self, args: Vec<ObjId>) -> PyResult {
        let [size, typed, func] = args[..] else {
            return self.unsupported("functools._lru_cache_wrapper() called directly");
        };
        if !self.is_callable(func) {
            return self.type_error("the first argument must be callable");
        }
        let maxsize = if size == self.none {
            None
        } else {
            Some(self.as_i64(size).unwrap_or(0).max(0) as usize)
        };
        let typed = self.truthy(typed)?;
        self.new_lru_wrapper(func, maxsize, typed)
    }

    fn new_lru_wrapper(&mut self, func: ObjId, maxsize: Option<usize>, typed: bool) -> PyResult {
        if self.heap.precise {
            return self
                .unsupported("functools.lru_cache in a program whose reference counts are shown");
        }
        if typed {
            return self.unsupported("lru_cache(typed=True)");
        }
        let cache = self.new_dict();
        Ok(self.heap.alloc(Obj::LruCache(Box::new(LruCacheObj {
            func,
            cache,
            maxsize,
            hits: 0,
            misses: 0,
            order: Default::default(),
        }))))
    }

    /// The wrapper's function, cache dict, maxsize and counts (not its list).
    fn lru(&self, w: ObjId) -> Option<LruParts> {
        match self.heap.get(w) {
            Obj::LruCache(l) => Some(LruParts {
                func: l.func,
                cache: l.cache,
                maxsize: l.maxsize,
                hits: l.hits,
                misses: l.misses,
            }),
            _ => None,
        }
    }

    fn lru_order(&mut self, w: ObjId) -> Option<&mut std::collections::VecDeque<(ObjId, i64)>> {
        match self.heap.get_mut(w) {
            Some(Obj::LruCache(l)) => Some(&mut l.order),
            _ => None,
        }
    }

    fn lru_count(&mut self, w: ObjId, hit: bool) {
        if let Some(Obj::LruCache(l)) = self.heap.get_mut(w) {
            if hit {
                l.hits += 1;
            } else {
                l.misses += 1;
            }
        }
    }

    /// Calls the wrapper: the cache's answer, or the function's, stored.
    // mirrors lru_cache_call() and the *_lru_cache_wrapper() functions
    pub(crate) fn lru_call(&mut self, w: ObjId, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        self.with_recursion_guard(" while calling a Python object", |vm| {
            vm.lru_call_guarded(w, args, kwargs)
        })
    }

    fn lru_call_guarded(&mut self, w: ObjId, args: Vec<ObjId>, kwargs: Kw) -> PyResult {
        let Some(l) = self.lru(w) else {
            return Ok(self.none);
        };
        if l.maxsize == Some(0) {
            self.lru_count(w, false);
            return self.call_sync_kw(l.func, args, kwargs);
        }
        if !kwargs.is_empty() {
            // The key would hold kwd_mark, an object() hashed by its address.
            return self.unsupported("keyword arguments to an lru_cache-wrapped function");
        }
        // lru_cache_make_key(): one exact int or str is its own key; else the args tuple.
        let key = match args[..] {
            [one] if matches!(self.heap.get(one), Obj::Int(_) | Obj::Long(_) | Obj::Str(_)) => one,
            _ => self.tuple(args.clone()),
        };
        let h = self.key_hash(key)?;
        if let Some((stored, v)) = self.dict_lookup_entry_hashed(l.cache, h, key)? {
            self.lru_count(w, true);
            if l.maxsize.is_some() {
                // lru_cache_extract_link(), lru_cache_append_link(): most recent now.
                if let Some(order) = self.lru_order(w)
                    && let Some(i) = order.iter().position(|&(k, _)| k == stored)
                    && let Some(link) = order.remove(i)
                {
                    order.push_back(link);
                }
            }
            return Ok(v);
        }
        self.lru_count(w, false);
        // The key stays reachable while the function runs.
        self.c_held.push(key);
        let result = self.call_sync_kw(l.func, args, kwargs);
        self.c_held.pop();
        let result = result?;
        if let Some(m) = l.maxsize {
            // bounded_lru_cache_wrapper(): the key may have come in during the call.
            if self.dict_lookup_hashed(l.cache, h, key)?.is_some() {
                return Ok(result);
            }
            let full = self.len_of(l.cache)? >= m;
            let oldest = if full {
                self.lru_order(w).and_then(|o| o.pop_front())
            } else {
                None
            };
            if let Some((old_key, old_hash)) = oldest {
                // The cache is full: the least recently used link leaves the dict
                // (_PyDict_Pop_KnownHash) and is reused for the new key.
                self.dict_delete_hashed(l.cache, old_hash, old_key)?;
            }
            self.dict_insert_hashed(l.cache, h, key, result)?;
            if let Some(order) = self.lru_order(w) {
                order.push_back((key, h));
            }
            return Ok(result);
        }
        self.dict_insert_hashed(l.cache, h, key, result)?;
        Ok(result)
    }

    /// The wrapper's attributes: `cache_info`, `cache_clear`, and what `update_wrapper`
    /// copied from the function.
    pub(crate) fn lru_attr(&mut self, w: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        let Some(l) = self.lru(w) else {
            return Ok(None);
        };
        Ok(Some(match name {
            "cache_info" | "cache_clear" | "cache_parameters" => {
                let m: &'static str = match name {
                    "cache_info" => "cache_info",
                    "cache_clear" => "cache_clear",
                    _ => "cache_parameters",
                };
                self.heap.alloc(Obj::Method {
                    receiver: w,
                    name: m,
                })
            }
            "__wrapped__" => l.func,
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                self.get_attr(l.func, name)?
            }
            _ => return Ok(None),
        }))
    }

    pub(crate) fn lru_method(&mut self, w: ObjId, name: &str, args: &[ObjId]) -> PyResult {
        let Some(l) = self.lru(w) else {
            return Ok(self.none);
        };
        if !args.is_empty() {
            return self.type_error(format!(
                "{name}() takes no arguments ({} given)",
                args.len()
            ));
        }
        match name {
            "cache_info" => {
                let currsize = self.len_of(l.cache)? as i64;
                let items = vec![
                    self.int(l.hits as i64),
                    self.int(l.misses as i64),
                    match l.maxsize {
                        Some(m) => self.int(m as i64),
                        None => self.none,
                    },
                    self.int(currsize),
                ];
                let t = self.tuple(items);
                // A CacheInfo named tuple, kept for the run so its id never names
                // another tuple (the side entry gives it its repr and fields).
                self.module_consts.push(("CacheInfo", t));
                Ok(t)
            }
            "cache_clear" => {
                self.dict_clear(l.cache);
                if let Some(Obj::LruCache(x)) = self.heap.get_mut(w) {
                    x.hits = 0;
                    x.misses = 0;
                    x.order.clear();
                }
                Ok(self.none)
            }
            _ => self.unsupported("lru_cache's cache_parameters()"),
        }
    }
}
