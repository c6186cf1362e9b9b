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
    pub fn objects(&self) -> Vec<K> where K: Into<K> { match self { DictEvent::Appended { key, .. } => vec![*key] } }
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
