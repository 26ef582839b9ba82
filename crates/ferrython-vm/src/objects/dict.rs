//! `dict` storage: CPython's compact dict. Entries live in insertion order in `entries`; `indices` is an
//! open-addressing table (CPython's probe sequence) pointing into it.
//!
//! Key equality may need Python code (`__eq__`), which must not run while the dict is borrowed. So
//! lookups take an `eq` callback that decides the cheap cases (same object, `str`/`int`/`float`) and
//! returns `None` when Python must decide; the VM then compares those candidates itself
//! (`vm::dict_ops`).

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictData {
    indices: Vec<u32>,
    entries: Vec<Option<DictEntry>>,
    used: usize,
    /// Bumped on every change of keys or values: attribute and global caches compare it.
    pub version: u64,
}

/// Result of a lookup.
pub enum Lookup {
    Found(usize),
    Missing,
    /// Entries whose hash matches but whose equality only Python can decide, in probe order.
    Undecided(Vec<usize>),
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }

    pub fn with_capacity(n: usize) -> DictData {
        let mut d = DictData::default();
        if n > 0 {
            d.entries.reserve(n);
            d.indices = vec![EMPTY; table_size_for(n)];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of entry slots (including deleted ones); iteration positions run over `0..capacity()`.
    #[inline]
    pub fn entry_slots(&self) -> usize {
        self.entries.len()
    }

    #[inline]
    pub fn entry(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    #[inline]
    pub fn entry_mut(&mut self, i: usize) -> Option<&mut DictEntry> {
        self.version += 1;
        self.entries.get_mut(i).and_then(|e| e.as_mut())
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Find the entry for `hash` whose key `eq` accepts.
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> Lookup {
        if self.indices.is_empty() {
            return Lookup::Missing;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut undecided = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                break;
            }
            if ix != DUMMY {
                let e = self.entries[ix as usize].as_ref().expect("index points at a live entry");
                if e.hash == hash {
                    match eq(&e.key) {
                        Some(true) => return Lookup::Found(ix as usize),
                        Some(false) => {}
                        None => undecided.push(ix as usize),
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        if undecided.is_empty() { Lookup::Missing } else { Lookup::Undecided(undecided) }
    }

    /// Find a `str` key without running Python code: same object, or equal text.
    #[inline]
    pub fn lookup_str(&self, hash: i64, key: &crate::value::PyRef, text: &str) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        if let Value::Obj(o) = &e.key {
                            if std::rc::Rc::ptr_eq(o, key) || o.as_str().is_some_and(|s| s.as_str() == text) {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Append a new entry for a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        let slot = self.free_slot(hash);
        self.indices[slot] = idx;
        self.used += 1;
        self.version += 1;
    }

    /// Replace the value of entry `i`, returning the old value.
    pub fn set_value(&mut self, i: usize, value: Value) -> Value {
        self.version += 1;
        let e = self.entries[i].as_mut().expect("live entry");
        std::mem::replace(&mut e.value, value)
    }

    /// Remove entry `i`, returning it.
    pub fn remove_entry(&mut self, i: usize) -> DictEntry {
        let e = self.entries[i].take().expect("live entry");
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut s = (e.hash as u64 as usize) & mask;
        while self.indices[s] != i as u32 {
            perturb >>= PERTURB_SHIFT;
            s = (s.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[s] = DUMMY;
        self.used -= 1;
        self.version += 1;
        if self.used == 0 {
            self.clear();
        }
        e
    }

    /// Remove and return the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_entry(i);
        // Trim the trailing holes so the next popitem is O(1) again.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        Some(e)
    }

    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.version += 1;
    }

    /// A copy without the holes deleted entries leave (`PyDict_Copy`).
    pub fn compacted(&self) -> DictData {
        let mut d = DictData::with_capacity(self.used);
        for e in self.iter() {
            let idx = d.entries.len() as u32;
            d.entries.push(Some(e.clone()));
            let slot = d.free_slot(e.hash);
            d.indices[slot] = idx;
        }
        d.used = self.used;
        d
    }

    /// Replace the contents with `other`'s, keeping `version` increasing (caches compare it).
    pub fn replace_with(&mut self, other: DictData) {
        let version = self.version.max(other.version) + 1;
        *self = other;
        self.version = version;
    }

    /// Take every entry out (for the cycle collector and `clear()` that must drop values outside a borrow).
    pub fn take_all(&mut self) -> Vec<DictEntry> {
        let entries = std::mem::take(&mut self.entries);
        self.clear();
        entries.into_iter().flatten().collect()
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        i
    }

    /// `insertion_resize`: compact the entries into a table sized for `GROWTH_RATE = used * 3`, as
    /// CPython does (the moment of compaction is visible to iterators of a dict mutated in a loop).
    fn grow(&mut self) {
        let entries: Vec<Option<DictEntry>> = std::mem::take(&mut self.entries).into_iter().filter(|e| e.is_some()).collect();
        let size = (entries.len() * 3).max(8).next_power_of_two();
        self.indices = vec![EMPTY; size];
        self.entries = entries;
        for (idx, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().expect("compacted").hash;
            let slot = self.free_slot(hash);
            self.indices[slot] = idx as u32;
        }
    }
}

/// `ESTIMATE_SIZE`: the smallest table whose usable two thirds hold `n` entries.
fn table_size_for(n: usize) -> usize {
    ((n * 3 + 1) >> 1).max(8).next_power_of_two()
}
