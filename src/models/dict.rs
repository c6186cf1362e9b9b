//! TEMPORARY stand-in with the dict model's API (linear search, no real layout), so the
//! VM can be compiled while the real model is written. Replaced before landing.
#![allow(missing_docs)]

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictKind { General = 0, Unicode = 1, Split = 2 }

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<K, V> { pub hash: i64, pub key: K, pub value: V }

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictEvent<K, V> { Appended { entry: u32, key: K, value: V } }

impl<K: Copy, V: Copy> DictEvent<K, V> {
    pub fn objects(&self) -> Vec<K> { match self { DictEvent::Appended { key, .. } => vec![*key] } }
}

pub trait DictObserver<K, V> { fn event(&mut self, ev: DictEvent<K, V>); }

#[derive(Clone, Debug)]
pub struct Dict<K, V> { entries: Vec<Option<Entry<K, V>>>, used: usize }

impl<K: Copy + Eq, V: Copy> Default for Dict<K, V> { fn default() -> Self { Self::new() } }

impl<K: Copy + Eq, V: Copy> Dict<K, V> {
    pub fn new() -> Self { Dict { entries: Vec::new(), used: 0 } }
    pub fn new_presized(_n: usize, _s: bool) -> Self { Self::new() }
    pub fn len(&self) -> usize { self.used }
    pub fn kind(&self) -> DictKind { DictKind::General }
    pub fn log2_size(&self) -> u8 { 3 }
    pub fn usable(&self) -> i64 { 0 }
    pub fn nentries(&self) -> usize { self.entries.len() }
    pub fn indices(&self) -> impl Iterator<Item = i64> + '_ { std::iter::empty() }
    pub fn entries(&self) -> &[Option<Entry<K, V>>] { &self.entries }
    pub fn sizeof(&self) -> usize { 64 }
    pub fn lookup<O: DictObserver<K, V>>(&self, hash: i64, key: K, eq: &mut dyn FnMut(K) -> bool, _o: &mut O) -> Option<usize> {
        self.entries.iter().position(|e| matches!(e, Some(e) if e.key == key || (e.hash == hash && eq(e.key))))
    }
    pub fn insert<O: DictObserver<K, V>>(&mut self, hash: i64, key: K, _s: bool, value: V, eq: &mut dyn FnMut(K) -> bool, o: &mut O) -> Option<V> {
        if let Some(i) = self.lookup(hash, key, eq, o) {
            let e = self.entries[i].as_mut()?; let old = e.value; e.value = value; return Some(old);
        }
        self.entries.push(Some(Entry { hash, key, value })); self.used += 1; None
    }
    pub fn delete<O: DictObserver<K, V>>(&mut self, hash: i64, key: K, eq: &mut dyn FnMut(K) -> bool, o: &mut O) -> Option<(K, V)> {
        let i = self.lookup(hash, key, eq, o)?; let e = self.entries[i].take()?; self.used -= 1; Some((e.key, e.value))
    }
    pub fn popitem<O: DictObserver<K, V>>(&mut self, _o: &mut O) -> Option<(K, V)> {
        let i = self.entries.iter().rposition(|e| e.is_some())?; let e = self.entries[i].take()?; self.entries.truncate(i); self.used -= 1; Some((e.key, e.value))
    }
    pub fn clear<O: DictObserver<K, V>>(&mut self, _o: &mut O) { *self = Self::new(); }
    pub fn copy<O: DictObserver<K, V>>(&self, _o: &mut O) -> Self { let mut d = Self::new(); for e in self.entries.iter().flatten() { d.entries.push(Some(*e)); d.used += 1; } d }
    pub fn merge_from<O: DictObserver<K, V>>(&mut self, other: &Self, eq: &mut dyn FnMut(K, K) -> bool, o: &mut O) {
        for e in other.entries.iter().flatten() { let k = e.key; self.insert(e.hash, k, false, e.value, &mut |s| eq(s, k), o); }
    }
    pub fn resize_for_fromkeys_dict<O: DictObserver<K, V>>(&mut self, _n: usize, _u: bool, _o: &mut O) {}
    pub fn resize_for_fromkeys_set<O: DictObserver<K, V>>(&mut self, _n: usize, _o: &mut O) {}
}
impl<K: Copy, V: Copy> DictEvent<K, V> {
    pub fn map<K2, V2>(self, f: &mut dyn FnMut(K) -> K2) -> DictEvent<K2, V2> where V: Into<K> , V2: From<K2> {
        match self { DictEvent::Appended { entry, key, value } => DictEvent::Appended { entry, key: f(key), value: V2::from(f(value.into())) } }
    }
}
#[derive(Clone, Debug, Default)]
pub struct DictSnapshot { log2: u8 }
impl DictSnapshot {
    pub fn from_table<K, V>(_t: &Dict<K, V>, _ids: &[(u32, u32)]) -> Self { DictSnapshot { log2: 0 } }
    pub fn apply(&mut self, _e: &DictEvent<u32, u32>) {}
    pub fn log2_size(&self) -> u8 { self.log2 }
    pub fn kind_name(&self) -> &'static str { "unicode" }
    pub fn usable(&self) -> i64 { 0 }
}
pub fn narrate(_e: &DictEvent<u32, u32>, _d: u32, _s: Option<&DictSnapshot>, _t: &dyn Fn(u32) -> String) -> String { String::new() }
