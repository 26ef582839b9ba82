//! Case conversion (`upper`, `lower`, `casefold`, `title`, `capitalize`, `swapcase`) and the
//! `is...` predicates of `str`, with CPython's rules (`do_title`, `handle_capital_sigma`,
//! `unicode_istitle_impl`, ...).

use super::args::no_args;
use super::this;
use super::unicode::{
    is_alnum, is_alpha, is_case_ignorable, is_cased, is_decimal, is_digit, is_lower, is_numeric,
    is_printable, is_space, is_title, is_upper, is_xid_continue, is_xid_start, push_casefold,
    push_title,
};
use crate::PyResult;
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;

/// `handle_capital_sigma`: Σ at `i` lowers to final ς when a cased letter precedes it and none
/// follows (case-ignorable characters skipped both ways).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// `lower_ucs4`: the full lowercase mapping of `chars[i]`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Applies `f` to each character of a non-ASCII text (with the whole text for context).
fn map_chars(s: &str, mut f: impl FnMut(&mut String, &[char], usize)) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        f(&mut out, &chars, i);
    }
    out
}

fn convert(
    vm: &mut Vm,
    args: Args,
    name: &str,
    ascii: fn(&str) -> String,
    full: fn(&str) -> String,
) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, name)?;
    no_args(vm, rest, format_args!("str.{name}"))?;
    let text = s.as_str();
    let out = if s.is_ascii() {
        ascii(text)
    } else {
        full(text)
    };
    Ok(vm.new_str(out))
}

pub fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(
        vm,
        args,
        "upper",
        str::to_ascii_uppercase,
        str::to_uppercase,
    )
}

pub fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "lower", str::to_ascii_lowercase, |s| {
        map_chars(s, push_lower)
    })
}

pub fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "casefold", str::to_ascii_lowercase, |s| {
        map_chars(s, |out, chars, i| push_casefold(out, chars[i]))
    })
}

/// `do_title`: titlecase after an uncased character, lowercase after a cased one.
fn title(s: &str) -> String {
    let mut prev_cased = false;
    map_chars(s, |out, chars, i| {
        let c = chars[i];
        if prev_cased {
            push_lower(out, chars, i);
        } else {
            push_title(out, c);
        }
        prev_cased = is_cased(c);
    })
}

pub fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "title", title, title)
}

/// `do_capitalize`: the first character titlecased, the rest lowercased.
fn capitalize(s: &str) -> String {
    map_chars(s, |out, chars, i| {
        if i == 0 {
            push_title(out, chars[0])
        } else {
            push_lower(out, chars, i)
        }
    })
}

pub fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "capitalize", capitalize, capitalize)
}

/// `do_swapcase`.
fn swapcase(s: &str) -> String {
    map_chars(s, |out, chars, i| {
        let c = chars[i];
        if is_upper(c) {
            push_lower(out, chars, i);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    })
}

pub fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "swapcase", swapcase, swapcase)
}

fn predicate(vm: &mut Vm, args: Args, name: &str, test: fn(&PyStr) -> bool) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, name)?;
    no_args(vm, rest, format_args!("str.{name}"))?;
    Ok(Value::Bool(test(s)))
}

/// Non-empty and every character passes.
fn all_chars(s: &PyStr, f: fn(char) -> bool) -> bool {
    s.char_len() > 0 && s.as_str().chars().all(f)
}

pub fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| all_chars(s, is_digit))
}

pub fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| all_chars(s, is_decimal))
}

pub fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| all_chars(s, is_numeric))
}

pub fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |s| all_chars(s, is_alpha))
}

pub fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| all_chars(s, is_alnum))
}

pub fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| all_chars(s, is_space))
}

pub fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| {
        s.as_str().chars().all(is_printable)
    })
}

pub fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", PyStr::is_ascii)
}

pub fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", |s| {
        let mut chars = s.as_str().chars();
        chars.next().is_some_and(is_xid_start) && chars.all(is_xid_continue)
    })
}

/// At least one cased character, and none of the other case (`unicode_isupper_impl`).
fn cased_only(s: &PyStr, wanted: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.as_str().chars() {
        if other(c) || is_title(c) {
            return false;
        }
        cased |= wanted(c);
    }
    cased
}

pub fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |s| cased_only(s, is_upper, is_lower))
}

pub fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |s| cased_only(s, is_lower, is_upper))
}

/// `unicode_istitle_impl`: uppercase/titlecase only after uncased characters, lowercase only
/// after cased ones, and at least one cased character.
fn istitle(s: &PyStr) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.as_str().chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", istitle)
}
