//! `repr()` of `bytes` (`PyBytes_Repr`) and `bytearray` (`bytearray_repr`).

use super::{Kind, this};
use crate::PyResult;
use crate::objects::function::Args;
use crate::types::str::args::no_args;
use crate::value::Value;
use crate::vm::Vm;

/// `b'...'`: single quotes unless the data has a `'` and no `"`; `\\`, the quote, `\t \n \r`
/// escaped, other bytes outside `' '..='~'` as `\xhh`. `escape_single` also escapes `'` inside
/// double quotes, as `bytearray`'s repr does in CPython 3.11.
pub fn bytes_repr(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\'' if quote == b'\'' || escape_single => out.push_str("\\'"),
            b'"' if quote == b'"' => out.push_str("\\\""),
            b' '..=b'~' => out.push(char::from(b)),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
    out.push(char::from(quote));
    out
}

pub fn repr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__repr__")?;
    no_args(vm, r.rest, r.qualname("__repr__"))?;
    let data = r.data();
    let text = match r.kind {
        Kind::Bytes => bytes_repr(&data, false),
        Kind::ByteArray => {
            // `bytearray(b'...')`, named after the actual class (subclasses show their name).
            let cls = vm.type_name(r.value);
            format!("{cls}({})", bytes_repr(&data, true))
        }
    };
    Ok(vm.new_str(text))
}
