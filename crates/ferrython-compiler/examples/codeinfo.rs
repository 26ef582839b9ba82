//! `cargo run -p ferrython-compiler --example codeinfo -- FILE...`: one line per code object with its
//! names, counts and flags, in the format `tests/../codeinfo.py`-style scripts print for CPython, to
//! compare scoping decisions on real code.

use ferrython_compiler::{CodeObject, Constant, Mode, compile};

fn walk(code: &CodeObject, out: &mut String) {
    if let Err(e) = ferrython_compiler::max_stack_depth(code) {
        out.push_str(&format!("STACK ERROR {e}\n"));
    }
    let list = |v: &[std::rc::Rc<str>]| {
        v.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    out.push_str(&format!(
        "{} {} {} {} {} {} {} [{}] [{}] [{}]\n",
        code.qualname,
        code.name,
        code.first_line,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags & 0x3f,
        list(&code.varnames),
        list(&code.cellvars),
        list(&code.freevars)
    ));
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            walk(inner, out);
        }
    }
}

fn main() {
    for path in std::env::args().skip(1) {
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        match compile(&source, &path, Mode::Exec) {
            Ok(code) => {
                let mut out = String::new();
                walk(&code, &mut out);
                print!("{out}");
            }
            Err(e) => println!("ERROR {path}: {e:?}"),
        }
    }
}
