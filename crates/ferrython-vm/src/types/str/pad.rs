//! Padding: `center`, `ljust`, `rjust` (`pad` in Objects/unicodeobject.c), `zfill` and
//! `expandtabs`.

use super::args::{clinic, one_arg, ssize_arg, unpack};
use super::{as_pystr, this};
use crate::PyResult;
use crate::format::FormatError;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// The fill character argument: exactly one character.
fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = as_pystr(v) else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// `left` fill characters, the text, `right` fill characters; MemoryError if it cannot fit.
fn padded(vm: &Vm, text: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let mut out = String::new();
    let extra = (left + right).checked_mul(fill.len_utf8());
    if extra
        .and_then(|e| e.checked_add(text.len()))
        .is_none_or(|t| out.try_reserve(t).is_err())
    {
        return Err(super::fmt::format_error(vm, FormatError::memory()));
    }
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(out))
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad_common(vm: &mut Vm, args: Args, name: &str, align: Align) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, name)?;
    let pos = unpack(vm, rest, format_args!("str.{name}"), name, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = fill_char(vm, pos.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(super::same_or_new(vm, v, s.as_str()));
    }
    let marg = width - len;
    let (left, right) = match align {
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
        // CPython: `left = marg / 2 + (marg & width & 1)`.
        Align::Center => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    padded(vm, s.as_str(), left as usize, right as usize, fill)
}

pub fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "center", Align::Center)
}

pub fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "ljust", Align::Left)
}

pub fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "rjust", Align::Right)
}

pub fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, "zfill")?;
    let width = one_arg(vm, rest, "str.zfill")?;
    let width = ssize_arg(vm, width)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(super::same_or_new(vm, v, s.as_str()));
    }
    let text = s.as_str();
    let fill = (width - len) as usize;
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let padded_v = padded(vm, digits, fill, 0, '0')?;
    if sign.is_empty() {
        return Ok(padded_v);
    }
    let body = Vm::str_of(&padded_v).unwrap_or("");
    Ok(super::ops::concat(vm, sign, body))
}

pub fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, "expandtabs")?;
    let [tabsize] = clinic(vm, rest, "expandtabs", ["tabsize"])?;
    let tabsize = match &tabsize {
        Some(t) => ssize_arg(vm, t)?,
        None => 8,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(super::same_or_new(vm, v, text));
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut column: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    column += incr;
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}
