//! `set`/`frozenset` storage: CPython 3.11's `setobject.c` table (linear probes of 9, then perturbed
//! jumps; resize at 60% fill), so iteration order matches CPython for the same insertions.

use crate::objects::dict::Lookup;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData { table: vec![Slot::Unused; MINSIZE], fill: 0, used: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// The key in slot `i`, if active (iteration walks the slots in order, as CPython does).
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

    /// CPython's `set_lookkey`: the slot of an equal key, or the candidates Python must compare.
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> Lookup {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut undecided = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
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
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's `set_add_entry` for a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if let Slot::Unused = self.table[j] {
                    self.table[j] = Slot::Active(hash, key);
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                        self.resize(minused);
                    }
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn remove_slot(&mut self, i: usize) -> Value {
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                k
            }
            other => {
                self.table[i] = other;
                Value::None
            }
        }
    }

    /// Remove and return an arbitrary element (`set.pop`, CPython's finger walk simplified to the first
    /// active slot).
    pub fn pop_any(&mut self) -> Option<Value> {
        let i = self.table.iter().position(|s| matches!(s, Slot::Active(..)))?;
        Some(self.remove_slot(i))
    }

    pub fn clear(&mut self) {
        *self = SetData::new();
    }

    pub fn take_all(&mut self) -> Vec<Value> {
        let old = std::mem::replace(self, SetData::new());
        old.table
            .into_iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k),
                _ => None,
            })
            .collect()
    }

    /// Grow ahead of merging `extra` more keys (CPython's `set_merge`/`set_update_internal`).
    pub fn reserve_for_merge(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= (self.table.len() - 1) * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Unused; newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for slot in old {
            if let Slot::Active(hash, key) = slot {
                let mut perturb = hash as u64;
                let mut i = hash as u64 as usize & mask;
                'probe: loop {
                    if let Slot::Unused = self.table[i] {
                        self.table[i] = Slot::Active(hash, key);
                        break 'probe;
                    }
                    if i + LINEAR_PROBES <= mask {
                        for j in i + 1..=i + LINEAR_PROBES {
                            if let Slot::Unused = self.table[j] {
                                self.table[j] = Slot::Active(hash, key);
                                break 'probe;
                            }
                        }
                    }
                    perturb >>= PERTURB_SHIFT;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
                }
            }
        }
    }
}
