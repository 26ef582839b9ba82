//! A human-readable, deterministic disassembly of [`CodeObject`]s (used by golden tests).
//!
//! ```text
//! Disassembly of <module> (line 1, flags: -)
//!   1      0 LoadConst(0)  (42)                     @1:4-1:6
//!          1 StoreName(0)  (x)                      @1:0-1:1
//! ```
//! The line number appears when it changes; each instruction shows its operand resolved against the
//! code object's tables and its source span (`@line:col-end_line:end_col`, columns 0-based bytes).
//! Nested code objects (functions, classes, comprehensions) follow, each with its own header.

use std::fmt::Write;

use crate::bytecode::{CodeObject, Constant, Instruction, code_flags};

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    header(code, out);
    let mut last_line = None;
    for (i, ins) in code.instructions.iter().enumerate() {
        let loc = code.locations.get(i).copied().unwrap_or_default();
        let line = if last_line != Some(loc.line) {
            last_line = Some(loc.line);
            format!("{:>4}", loc.line)
        } else {
            "    ".to_string()
        };
        let op = format!("{ins:?}");
        let arg = resolve(code, *ins);
        let text = if arg.is_empty() {
            op
        } else {
            format!("{op:<20} ({arg})")
        };
        let _ = writeln!(
            out,
            "{line} {i:>6} {text:<48} @{}:{}-{}:{}",
            loc.line, loc.col, loc.end_line, loc.end_col
        );
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            stacker::maybe_grow(32 * 1024, 1024 * 1024, || disassemble_into(inner, out));
        }
    }
}

fn header(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of {} (name {}, line {}, flags: {})",
        code.qualname,
        code.name,
        code.first_line,
        flag_names(code.flags)
    );
    if code.argcount + code.kwonlyargcount > 0
        || code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0
    {
        let _ = writeln!(
            out,
            "  args: {} (positional-only {}, keyword-only {})",
            code.argcount, code.posonlyargcount, code.kwonlyargcount
        );
    }
    let list =
        |names: &[std::rc::Rc<str>]| names.iter().map(|n| &**n).collect::<Vec<_>>().join(", ");
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", list(&code.varnames));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {}", list(&code.cellvars));
        if code.cell2arg.iter().any(Option::is_some) {
            let _ = writeln!(out, "  cell2arg: {:?}", code.cell2arg);
        }
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {}", list(&code.freevars));
    }
    if let Some(doc) = &code.doc {
        let _ = writeln!(out, "  doc: {doc:?}");
    }
}

fn flag_names(flags: u32) -> String {
    const NAMES: [(u32, &str); 10] = [
        (code_flags::OPTIMIZED, "OPTIMIZED"),
        (code_flags::NEWLOCALS, "NEWLOCALS"),
        (code_flags::VARARGS, "VARARGS"),
        (code_flags::VARKEYWORDS, "VARKEYWORDS"),
        (code_flags::NESTED, "NESTED"),
        (code_flags::GENERATOR, "GENERATOR"),
        (code_flags::NOFREE, "NOFREE"),
        (code_flags::COROUTINE, "COROUTINE"),
        (code_flags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (code_flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let names: Vec<&str> = NAMES
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join("|")
    }
}

fn name_at(names: &[std::rc::Rc<str>], i: u32) -> String {
    names
        .get(i as usize)
        .map_or_else(|| format!("<bad index {i}>"), |n| n.to_string())
}

/// The operand resolved against the code object's tables.
fn resolve(code: &CodeObject, ins: Instruction) -> String {
    use Instruction::*;
    match ins {
        LoadConst(i) => code.consts.get(i as usize).map_or_else(
            || format!("<bad index {i}>"),
            |c| match c {
                Constant::Code(inner) => format!("<code object {}>", inner.qualname),
                other => other.to_string(),
            },
        ),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => name_at(&code.varnames, i),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            if (i as usize) < code.ncells() {
                code.cell_name(i as usize).to_string()
            } else {
                format!("<bad cell {i}>")
            }
        }
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => name_at(&code.names, i),
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t) | ForIter(t)
        | SetupFinally(t) | SetupWith(t) => format!("to {t}"),
        UnpackEx(n) => format!("{} before, {} after", n & 0xff, n >> 8),
        FormatValue(n) => {
            let conv = match n & 3 {
                1 => "!s",
                2 => "!r",
                3 => "!a",
                _ => "",
            };
            let spec = if n & 4 != 0 { "with spec" } else { "" };
            [conv, spec]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        }
        MakeFunction(flags) => {
            let parts: Vec<&str> = [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ]
            .iter()
            .filter(|(b, _)| flags & b != 0)
            .map(|(_, n)| *n)
            .collect();
            parts.join(", ")
        }
        BinaryOp(op) => op.symbol().to_string(),
        CompareOp(op) => op.symbol().to_string(),
        _ => String::new(),
    }
}
