//! `list.sort` and `sorted()`: CPython 3.11's `listsort` (Objects/listobject.c, described in
//! Objects/listsort.txt), a stable adaptive merge sort with galloping and the powersort merge
//! policy, ported so that the sequence of `<` comparisons, and so the outcome with inconsistent or
//! failing comparisons, is the same as CPython's.
//!
//! Rust's `slice::sort_by` is not used with Python comparisons: since Rust 1.81 it may panic on a
//! comparison that is not a total order, which a Python `__lt__` easily is. The port below
//! stops at the first failing comparison and always leaves a permutation of its input.
//! Homogeneous lists of small ints or exact strs (the common case) skip Python comparisons: their
//! native orders are total, so the standard stable sort gives the same result.

use std::rc::Rc;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::types::sequence;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// `MIN_GALLOP`: when one run wins this many times in a row, switch to galloping.
const MIN_GALLOP: usize = 7;
/// `MAX_MINRUN`: runs shorter than this are extended by binary insertion.
const MAX_MINRUN: usize = 64;

pub fn init(vm: &mut Vm, list: &PyRef) {
    vm.add_method(list, "sort", list_sort);
}

/// Define `builtins.sorted` (called from `builtins::init`, which runs after the types are set up).
pub fn init_builtins(vm: &mut Vm) {
    crate::builtins::add_function(vm, "sorted", builtin_sorted);
}

/// `list.sort(*, key=None, reverse=False)`.
fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = sequence::receiver(vm, args, "list", "sort")?;
    let cell = crate::types::list::list_cell(vm, this, "sort")?;
    if !rest.positional().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, rest)?;
    // The list looks empty while it is sorted (CPython empties it so that comparisons that mutate
    // it cannot disturb the sort); a mutation is detected afterwards.
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let mut l = cell.borrow_mut();
    let modified = !l.is_empty() || l.capacity() != 0;
    let during = std::mem::replace(&mut *l, items);
    drop(l);
    drop(during);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let [iterable] = pos else {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    };
    let mut items = vm.collect_iterable(iterable)?;
    let (key, reverse) = sort_options(vm, Args { args: &args.args[1..], kwnames: args.kwnames })?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(vm.new_list(items))
}

/// The keyword arguments of `sort`: `key` (None means no key) and `reverse` (an int, as in 3.11).
fn sort_options(vm: &mut Vm, args: Args) -> PyResult<(Option<Value>, bool)> {
    let (mut key, mut reverse) = (None, false);
    for (name, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(name).unwrap_or("") {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "reverse" => reverse = sequence::int_arg(vm, v, &sequence::SSIZE_OVERFLOW)? != 0,
            other => {
                return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for sort()")));
            }
        }
    }
    Ok((key, reverse))
}

/// Sort `items` in place, stably, by `key(item)` (or the items), ascending or descending. On error
/// `items` is some permutation of its input.
pub fn sort_values(vm: &mut Vm, items: &mut [Value], key: Option<&Value>, reverse: bool) -> PyResult<()> {
    if items.len() < 2 && key.is_none() {
        return Ok(());
    }
    match key {
        None => {
            // Reverse stability: reverse, sort stably, reverse back.
            if reverse {
                items.reverse();
            }
            let r = sort_keys(vm, items);
            if reverse {
                items.reverse();
            }
            r
        }
        Some(key) => {
            let mut pairs = Vec::with_capacity(items.len());
            for v in items.iter() {
                pairs.push((vm.call(key, std::slice::from_ref(v), &[])?, v.clone()));
            }
            if reverse {
                pairs.reverse();
            }
            let r = sort_pairs(vm, &mut pairs);
            if reverse {
                pairs.reverse();
            }
            for (slot, (_, v)) in items.iter_mut().zip(pairs) {
                *slot = v;
            }
            r
        }
    }
}

/// What every key is, decided once before sorting (CPython's pre-sort check).
enum KeyKind {
    Int,
    Float,
    Str,
    Other,
}

fn key_kind<'a>(vm: &Vm, mut keys: impl Iterator<Item = &'a Value>) -> KeyKind {
    let Some(first) = keys.next() else {
        return KeyKind::Other;
    };
    let is_exact_str = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && Rc::ptr_eq(&o.class.borrow(), &vm.types.str));
    match first {
        Value::Int(_) if keys.all(|k| matches!(k, Value::Int(_))) => KeyKind::Int,
        Value::Float(_) if keys.all(|k| matches!(k, Value::Float(_))) => KeyKind::Float,
        v if is_exact_str(v) && keys.all(is_exact_str) => KeyKind::Str,
        _ => KeyKind::Other,
    }
}

fn as_int(v: &Value) -> i64 {
    if let Value::Int(i) = v { *i } else { 0 }
}

fn as_float(v: &Value) -> f64 {
    if let Value::Float(f) = v { *f } else { 0.0 }
}

fn as_text(v: &Value) -> &str {
    Vm::str_of(v).unwrap_or("")
}

fn sort_keys(vm: &mut Vm, items: &mut [Value]) -> PyResult<()> {
    match key_kind(vm, items.iter()) {
        KeyKind::Int => items.sort_by_key(as_int),
        KeyKind::Str => items.sort_by(|a, b| as_text(a).cmp(as_text(b))),
        // `<` on floats is not a total order (nan): keep CPython's algorithm.
        KeyKind::Float => timsort(items, &mut |a: &Value, b: &Value| Ok::<bool, ()>(as_float(a) < as_float(b))).unwrap_or(()),
        KeyKind::Other => return timsort(items, &mut |a: &Value, b: &Value| lt(vm, a, b)),
    }
    Ok(())
}

fn sort_pairs(vm: &mut Vm, pairs: &mut [(Value, Value)]) -> PyResult<()> {
    match key_kind(vm, pairs.iter().map(|p| &p.0)) {
        KeyKind::Int => pairs.sort_by_key(|p| as_int(&p.0)),
        KeyKind::Str => pairs.sort_by(|a, b| as_text(&a.0).cmp(as_text(&b.0))),
        KeyKind::Float => timsort(pairs, &mut |a: &(Value, Value), b: &(Value, Value)| Ok::<bool, ()>(as_float(&a.0) < as_float(&b.0))).unwrap_or(()),
        KeyKind::Other => {
            return timsort(pairs, &mut |a: &(Value, Value), b: &(Value, Value)| lt(vm, &a.0, &b.0));
        }
    }
    Ok(())
}

/// `a < b` for sorting. Exact tuples (the usual multi-field key) are compared here, as CPython's
/// `unsafe_tuple_compare` does, without dispatching to `tuple.__lt__`: skip the equal leading
/// items, then compare the first differing pair (or the lengths).
fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (exact_tuple(vm, a), exact_tuple(vm, b)) {
        for (p, q) in x.iter().zip(y) {
            if !vm.eq_bool(p, q)? {
                return vm.lt_bool(p, q);
            }
        }
        return Ok(x.len() < y.len());
    }
    vm.lt_bool(a, b)
}

fn exact_tuple<'a>(vm: &Vm, v: &'a Value) -> Option<&'a [Value]> {
    match v {
        Value::Obj(o) if Rc::ptr_eq(&o.class.borrow(), &vm.types.tuple) => o.as_tuple(),
        _ => None,
    }
}

/// A pending run: where it starts, its length, and its powersort "power".
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'f, T, E> {
    lt: &'f mut dyn FnMut(&T, &T) -> Result<bool, E>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

/// `listsort`: sort `a` stably with the strict-weak-order predicate `lt` (`a < b`).
pub fn timsort<T: Clone, E>(a: &mut [T], lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>) -> Result<(), E> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { lt, min_gallop: MIN_GALLOP, pending: Vec::new(), listlen: n };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(&a[lo..lo + remaining])?;
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(&mut a[lo..lo + force], run)?;
            run = force;
        }
        ms.found_new_run(a, run)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse(a)
}

/// `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the depth of the boundary between the runs `s1..s1+n1` and `..+n2` in the
/// conceptual binary merge tree over `0..n`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Clone `src[s..s+k]` into `a[d..d+k]`, front to back.
fn copy_into<T: Clone>(a: &mut [T], d: usize, src: &[T], s: usize, k: usize) {
    a[d..d + k].clone_from_slice(&src[s..s + k]);
}

/// Move `a[s..s+k]` to `a[d..d+k]` within one slice (the ranges may overlap).
fn move_within<T: Clone>(a: &mut [T], d: usize, s: usize, k: usize) {
    if d < s {
        for i in 0..k {
            a[d + i] = a[s + i].clone();
        }
    } else {
        for i in (0..k).rev() {
            a[d + i] = a[s + i].clone();
        }
    }
}

impl<T: Clone, E> MergeState<'_, T, E> {
    /// `count_run` (3.11): the length of the run at the start of `a`, and whether it is strictly
    /// descending.
    fn count_run(&mut self, a: &[T]) -> Result<(usize, bool), E> {
        if a.len() == 1 {
            return Ok((1, false));
        }
        let mut n = 2;
        if (self.lt)(&a[1], &a[0])? {
            while n < a.len() && (self.lt)(&a[n], &a[n - 1])? {
                n += 1;
            }
            Ok((n, true))
        } else {
            while n < a.len() && !(self.lt)(&a[n], &a[n - 1])? {
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// `binarysort`: `a[..start]` is sorted; insert the rest one at a time.
    fn binarysort(&mut self, a: &mut [T], start: usize) -> Result<(), E> {
        for s in start.max(1)..a.len() {
            let pivot = a[s].clone();
            let (mut l, mut r) = (0, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if (self.lt)(&pivot, &a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            a[l..=s].rotate_right(1);
        }
        Ok(())
    }

    /// `gallop_left`: the k in 0..=len such that `a[k-1] < key <= a[k]`, searching from `hint`.
    fn gallop_left(&mut self, key: &T, a: &[T], hint: usize) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if (self.lt)(&a[hint as usize], key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if (self.lt)(&a[(hint + ofs) as usize], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if (self.lt)(&a[(hint - ofs) as usize], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if (self.lt)(&a[m as usize], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `gallop_right`: the k in 0..=len such that `a[k-1] <= key < a[k]`, searching from `hint`.
    fn gallop_right(&mut self, key: &T, a: &[T], hint: usize) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if (self.lt)(key, &a[hint as usize])? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if (self.lt)(key, &a[(hint - ofs) as usize])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if (self.lt)(key, &a[(hint + ofs) as usize])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if (self.lt)(key, &a[m as usize])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// `found_new_run`: merge pending runs whose power exceeds the new boundary's.
    fn found_new_run(&mut self, a: &mut [T], n2: usize) -> Result<(), E> {
        let Some(last) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(last.base, last.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// `merge_force_collapse`.
    fn force_collapse(&mut self, a: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(a, n)?;
        }
        Ok(())
    }

    /// `merge_at`: merge pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [T], i: usize) -> Result<(), E> {
        let (ra, rb) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = ra.len + rb.len;
        self.pending.remove(i + 1);
        let (mut pa, mut na, pb, nb) = (ra.base, ra.len, rb.base, rb.len);
        // Where does b start in a? Elements before that are already in place.
        let key = a[pb].clone();
        let k = self.gallop_right(&key, &a[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements after that are already in place.
        let key = a[pa + na - 1].clone();
        let nb = self.gallop_left(&key, &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb { self.merge_lo(a, pa, na, pb, nb) } else { self.merge_hi(a, pa, na, pb, nb) }
    }

    /// `merge_lo`: merge `a[pa..pa+na]` and the following `a[pb..pb+nb]` (na <= nb) through a copy
    /// of the first run.
    fn merge_lo(&mut self, a: &mut [T], pa: usize, mut na: usize, pb: usize, mut nb: usize) -> Result<(), E> {
        let tmp: Vec<T> = a[pa..pa + na].to_vec();
        let (mut dest, mut ia, mut ib) = (pa, 0usize, pb);
        // Ok(true): "CopyB", Ok(false): "Succeed".
        let outcome: Result<bool, E> = 'merge: {
            a[dest] = a[ib].clone();
            dest += 1;
            ib += 1;
            nb -= 1;
            if nb == 0 {
                break 'merge Ok(false);
            }
            if na == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match (self.lt)(&a[ib], &tmp[ia]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest] = a[ib].clone();
                            dest += 1;
                            ib += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(false);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest] = tmp[ia].clone();
                            dest += 1;
                            ia += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(true);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = a[ib].clone();
                    let k = match self.gallop_right(&key, &tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        copy_into(a, dest, &tmp, ia, k);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(true);
                        }
                        // Impossible with a consistent order, but a Python `<` may be anything.
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    a[dest] = a[ib].clone();
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(false);
                    }
                    let key = tmp[ia].clone();
                    let k = match self.gallop_left(&key, &a[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        move_within(a, dest, ib, k);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    a[dest] = tmp[ia].clone();
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(true) => {
                // The last element of the first run belongs at the end of the merge.
                move_within(a, dest, ib, nb);
                a[dest + nb] = tmp[ia].clone();
                Ok(())
            }
            other => {
                copy_into(a, dest, &tmp, ia, na);
                other.map(|_| ())
            }
        }
    }

    /// `merge_hi`: merge `a[pa..pa+na]` and the following `a[pb..pb+nb]` (na >= nb) from the right,
    /// through a copy of the second run.
    fn merge_hi(&mut self, a: &mut [T], pa: usize, mut na: usize, pb: usize, mut nb: usize) -> Result<(), E> {
        let tmp: Vec<T> = a[pb..pb + nb].to_vec();
        // Positions of the last unmerged element of each run and of the destination; `ia` may
        // pass below `pa` (to -1) once the first run is used up.
        let mut dest = (pb + nb - 1) as isize;
        let mut ia = (pa + na - 1) as isize;
        let mut ib = (nb - 1) as isize;
        let outcome: Result<bool, E> = 'merge: {
            a[dest as usize] = a[ia as usize].clone();
            dest -= 1;
            ia -= 1;
            na -= 1;
            if na == 0 {
                break 'merge Ok(false);
            }
            if nb == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match (self.lt)(&tmp[ib as usize], &a[ia as usize]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest as usize] = a[ia as usize].clone();
                            dest -= 1;
                            ia -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(false);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest as usize] = tmp[ib as usize].clone();
                            dest -= 1;
                            ib -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(true);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = tmp[ib as usize].clone();
                    let k = match self.gallop_right(&key, &a[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        move_within(a, (dest + 1) as usize, (ia + 1) as usize, k);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    a[dest as usize] = tmp[ib as usize].clone();
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(true);
                    }
                    let key = a[ia as usize].clone();
                    let k = match self.gallop_left(&key, &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        copy_into(a, (dest + 1) as usize, &tmp, (ib + 1) as usize, k);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(true);
                        }
                        // Impossible with a consistent order, but a Python `<` may be anything.
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    a[dest as usize] = a[ia as usize].clone();
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(true) => {
                // The first element of the second run belongs at the front of the merge.
                let d = (dest + 1) as usize - na;
                let s = (ia + 1) as usize - na;
                move_within(a, d, s, na);
                a[d - 1] = tmp[ib as usize].clone();
                Ok(())
            }
            other => {
                if nb > 0 {
                    copy_into(a, (dest + 1) as usize - nb, &tmp, 0, nb);
                }
                other.map(|_| ())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::timsort;

    /// A deterministic pseudo-random sequence (no external crates in unit tests).
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut seed = 42;
        for len in [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [2, 10, 1000, u64::MAX] {
                let mut v: Vec<(u64, usize)> = (0..len).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                let mut expected = v.clone();
                expected.sort_by_key(|p| p.0);
                timsort(&mut v, &mut |a: &(u64, usize), b: &(u64, usize)| Ok::<bool, ()>(a.0 < b.0)).unwrap();
                assert_eq!(v, expected, "len {len} modulus {modulus}");
            }
        }
    }

    #[test]
    fn sorts_runs_and_reversed_input() {
        let mut v: Vec<u32> = (0..3000).rev().chain(0..3000).collect();
        let mut expected = v.clone();
        expected.sort();
        timsort(&mut v, &mut |a: &u32, b: &u32| Ok::<bool, ()>(a < b)).unwrap();
        assert_eq!(v, expected);
    }

    #[test]
    fn an_error_leaves_a_permutation() {
        let mut seed = 7;
        let original: Vec<u64> = (0..2000).map(|_| lcg(&mut seed) % 500).collect();
        for limit in [0, 1, 5, 100, 5000, 15000] {
            let mut v = original.clone();
            let mut calls = 0;
            let r = timsort(&mut v, &mut |a: &u64, b: &u64| {
                calls += 1;
                if calls > limit { Err(()) } else { Ok(a < b) }
            });
            assert!(r.is_err());
            let (mut x, mut y) = (v.clone(), original.clone());
            x.sort();
            y.sort();
            assert_eq!(x, y, "limit {limit}");
        }
    }

    #[test]
    fn an_inconsistent_order_does_not_panic() {
        let mut seed = 3;
        let mut v: Vec<u64> = (0..3000).collect();
        let r = timsort(&mut v, &mut |_: &u64, _: &u64| Ok::<bool, ()>(lcg(&mut seed).is_multiple_of(2)));
        assert!(r.is_ok());
        v.sort();
        assert_eq!(v, (0..3000).collect::<Vec<u64>>());
    }
}
