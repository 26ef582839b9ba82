//! `set`/`frozenset` storage: CPython 3.11's `setobject.c` table, so iteration order matches CPython for
//! the same sequence of operations. Slots are probed linearly in runs of `LINEAR_PROBES + 1`, then by
//! perturbed jumps; the table grows when `fill` (active + dummy slots) reaches 60% of the mask; deleted
//! slots become dummies that a later insertion may reuse (`set_add_entry`'s `freeslot`).
//!
//! Equality that needs Python code is never run here: lookups take an `eq` callback that decides the
//! cheap cases and reports the rest as undecided; `vm::dict_ops` compares those outside the borrow.

use crate::objects::dict::Lookup;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
pub const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` resumes its search (`so->finger`).
    finger: usize,
    /// Bumped on every change, so a lookup that ran Python code can tell the table moved under it.
    pub version: u64,
    /// The cached `frozenset` hash (`so->hash`).
    pub hash_cache: Option<i64>,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

/// One probe sequence of `set_lookkey`/`set_add_entry`: the start of each linear run and its length.
struct Probe {
    mask: usize,
    perturb: u64,
    i: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe { mask, perturb: hash as u64, i: hash as u64 as usize & mask }
    }

    /// The slots of the current run (`i ..= i + probes`).
    fn run(&self) -> std::ops::RangeInclusive<usize> {
        let probes = if self.i + LINEAR_PROBES <= self.mask { LINEAR_PROBES } else { 0 };
        self.i..=self.i + probes
    }

    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData { table: vec![Slot::Unused; MINSIZE], fill: 0, used: 0, finger: 0, version: 0, hash_cache: None }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active plus dummy slots (`so->fill`).
    #[inline]
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Number of slots; iteration positions run over `0..slots()`.
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// The hash and key in slot `i`, if active (iteration walks the slots in order, as CPython does).
    #[inline]
    pub fn slot(&self, i: usize) -> Option<(&i64, &Value)> {
        match self.table.get(i) {
            Some(Slot::Active(h, k)) => Some((h, k)),
            _ => None,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.iter().map(|(h, k)| (h, k.clone())).collect()
    }

    /// CPython's `set_lookkey`: the slot of an equal key, or the candidates Python must compare (in
    /// probe order).
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> Lookup {
        let mut probe = Probe::new(hash, self.table.len() - 1);
        let mut undecided = Vec::new();
        loop {
            for j in probe.run() {
                match &self.table[j] {
                    Slot::Unused => {
                        return if undecided.is_empty() { Lookup::Missing } else { Lookup::Undecided(undecided) };
                    }
                    Slot::Active(h, k) if *h == hash => match eq(k) {
                        Some(true) => return Lookup::Found(j),
                        Some(false) => {}
                        None => undecided.push(j),
                    },
                    _ => {}
                }
            }
            probe.advance();
        }
    }

    /// The insertion half of CPython's `set_add_entry`, for a key known to be absent: the last dummy
    /// slot met on the probe path is reused, otherwise the first unused slot is taken and the table
    /// may grow.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.version += 1;
        self.hash_cache = None;
        let mut probe = Probe::new(hash, self.table.len() - 1);
        let mut freeslot = None;
        loop {
            for j in probe.run() {
                match self.table[j] {
                    Slot::Unused => {
                        if let Some(f) = freeslot {
                            self.table[f] = Slot::Active(hash, key);
                            self.used += 1;
                            return;
                        }
                        self.table[j] = Slot::Active(hash, key);
                        self.fill += 1;
                        self.used += 1;
                        if self.fill * 5 >= probe.mask * 3 {
                            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
                        }
                        return;
                    }
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active(..) => {}
                }
            }
            probe.advance();
        }
    }

    /// `set_discard_entry` on a slot found by `lookup`: it becomes a dummy.
    pub fn remove_slot(&mut self, i: usize) -> Value {
        match self.table.get_mut(i).map(|s| std::mem::replace(s, Slot::Dummy)) {
            Some(Slot::Active(_, k)) => {
                self.used -= 1;
                self.version += 1;
                self.hash_cache = None;
                k
            }
            Some(other) => {
                self.table[i] = other;
                Value::None
            }
            None => Value::None,
        }
    }

    /// `set.pop()`: the first active slot from the finger on, wrapping around.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & (n - 1);
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) % n;
        }
        self.finger = i + 1;
        Some(self.remove_slot(i))
    }

    /// `set_clear_internal`: back to an empty minimum-size table (the finger stays, as in CPython).
    pub fn clear(&mut self) {
        self.table = vec![Slot::Unused; MINSIZE];
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        self.hash_cache = None;
    }

    /// Empty the set, returning its keys (so they are dropped outside any borrow).
    pub fn take_all(&mut self) -> Vec<Value> {
        let old = std::mem::replace(&mut self.table, vec![Slot::Unused; MINSIZE]);
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        self.hash_cache = None;
        old.into_iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k),
                _ => None,
            })
            .collect()
    }

    /// `set_swap_bodies`: exchange the tables (each object keeps its own `pop` finger).
    pub fn swap_bodies(&mut self, other: &mut SetData) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        std::mem::swap(&mut self.hash_cache, &mut other.hash_cache);
        self.version += 1;
        other.version += 1;
    }

    /// The up-front resize of `set_merge` and of `set_update_internal` for a dict: make room for
    /// `extra` more keys at once.
    pub fn reserve_for_merge(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= (self.table.len() - 1) * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// The two fast paths of `set_merge` when this set is empty (after `reserve_for_merge`): copy the
    /// slots as they are when the tables have the same size and `other` has no dummies, otherwise
    /// re-insert cleanly. Returns false when this set is not empty (the caller then adds key by key).
    pub fn merge_into_empty(&mut self, other: &SetData) -> bool {
        if self.fill != 0 {
            return false;
        }
        if other.used == 0 {
            return true;
        }
        self.version += 1;
        self.hash_cache = None;
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
        } else {
            let mask = self.table.len() - 1;
            for (hash, key) in other.iter() {
                insert_clean(&mut self.table, mask, hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// The end of `set_difference_update_internal`: "If more than 1/4th are dummies, then resize them
    /// away."
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > (self.table.len() - 1) / 4 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// `frozenset_hash`: xor of the shuffled hashes of the active entries, then CPython's final mixing.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle_bits(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }

    /// `set_table_resize`: rebuild into the smallest table larger than `minused`, dropping dummies.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            // "No dummies, so no point doing anything."
            return;
        }
        self.version += 1;
        let old = std::mem::replace(&mut self.table, vec![Slot::Unused; newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for slot in old {
            if let Slot::Active(hash, key) = slot {
                insert_clean(&mut self.table, mask, hash, key);
            }
        }
    }
}

/// `set_insert_clean`: place a key in a table known to hold no equal key and no dummies.
fn insert_clean(table: &mut [Slot], mask: usize, hash: i64, key: Value) {
    let mut probe = Probe::new(hash, mask);
    loop {
        let i = probe.i;
        if let Slot::Unused = table[i] {
            table[i] = Slot::Active(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask
            && let Some(slot) = table[i + 1..=i + LINEAR_PROBES].iter_mut().find(|s| matches!(s, Slot::Unused))
        {
            *slot = Slot::Active(hash, key);
            return;
        }
        probe.advance();
    }
}
