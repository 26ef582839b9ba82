//! The interactive prompt, and programs piped into standard input.
//!
//! `ferrython` with no script reads standard input as CPython's `pymain_run_stdin` does: on a
//! terminal (or with `-i`) it is the prompt, `PyRun_InteractiveLoop`; otherwise the whole input is
//! one program named `<stdin>`, as `python3 < file` runs it. `-i` opens the prompt after a script,
//! `-c` command or `-m` module, with its names.
//!
//! The prompt reads a line at a time (on a terminal with [`editor`]: line editing, history in
//! `~/.ferrython_history`, Tab completion as `rlcompleter` does it), asks
//! `ferrython_compiler::codeop::compile_command` whether the statement is complete, and runs it in
//! `__main__`: expression statements echo through `sys.displayhook`, exceptions print through
//! `sys.excepthook` (their traceback says `File "<stdin>", line N` with N counted from the statement's
//! first line) and the prompt goes on. Only `SystemExit` (`exit()`, `quit()`, `sys.exit()`) and end of
//! input (Ctrl-D) leave it.

mod complete;
mod editor;
mod input;

use std::io::{IsTerminal, Read, Write};
use std::rc::Rc;

use ferrython_compiler::codeop::compile_command;
use ferrython_vm::value::{PyRef, Value};
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyErr, Vm};

use crate::options::Options;
use input::{Input, Line};

/// The file name statements typed at the prompt (and programs piped in) are compiled with.
const STDIN: &str = "<stdin>";

/// `ferrython` with no script, or `-`: the prompt when standard input is a terminal or `-i` is
/// given, otherwise the whole of standard input run as one program. `sys.argv` and `sys.path` are
/// set by the caller.
pub fn run_stdin(vm: &mut Vm, options: &Options) -> i32 {
    let main = vm.main_module();
    if options.inspect || std::io::stdin().is_terminal() {
        // CPython prints the banner when it reads statements from standard input interactively.
        if !options.quiet {
            eprintln!("Ferrython {} (Python 3.11.7) on {}", env!("CARGO_PKG_VERSION"), std::env::consts::OS);
        }
        if !options.ignore_environment
            && let Some(status) = run_startup_file(vm, &main)
        {
            return status;
        }
        return interact(vm);
    }
    let mut source = Vec::new();
    if let Err(e) = std::io::stdin().lock().read_to_end(&mut source) {
        eprintln!("{}: can't read standard input: {e}", std::env::args().next().unwrap_or_default());
        return 2;
    }
    let source = String::from_utf8_lossy(&source);
    let Some(globals) = main.dict() else { return 1 };
    match run_file(vm, &globals, &source, STDIN) {
        Ok(()) => 0,
        Err(e) => vm.handle_uncaught(e),
    }
}

/// CPython's `_PyRun_SimpleFileObject`: `__file__` names the file (and `__cached__` is None) while it
/// runs in `globals`, unless `globals` has a `__file__` already.
fn run_file(vm: &mut Vm, globals: &PyRef, source: &str, filename: &str) -> Result<(), PyErr> {
    let (file, cached) = (vm.names.__file__.clone(), vm.names.__cached__.clone());
    let set_file_name = dict_ops::get_str(globals, &file).is_none();
    if set_file_name {
        dict_ops::set_str_raw(globals, &file, vm.new_str(filename));
        dict_ops::set_str_raw(globals, &cached, Value::None);
    }
    let result = vm.exec_source(source, filename, globals).map(|_| ());
    if set_file_name {
        dict_ops::del_str(globals, &file);
        dict_ops::del_str(globals, &cached);
    }
    result
}

/// An exception that ended the script, command or module. With `-i` even `SystemExit` is only printed
/// (CPython's `_Py_HandleSystemExit` leaves exiting to the prompt that follows) and the status is 1.
pub fn uncaught(vm: &mut Vm, err: PyErr, inspect: bool) -> i32 {
    if !inspect {
        return vm.handle_uncaught(err);
    }
    print_error(vm, &err);
    1
}

/// `-i` after a script, command or module: the prompt, with no banner (as CPython). Its exit status
/// replaces the program's.
pub fn inspect(vm: &mut Vm) -> i32 {
    interact(vm)
}

/// CPython's `PYTHONSTARTUP`: a file run in `__main__` before the first prompt, its errors printed.
/// `Some(status)` when it raised `SystemExit`.
fn run_startup_file(vm: &mut Vm, main: &PyRef) -> Option<i32> {
    let path = std::env::var("PYTHONSTARTUP").ok().filter(|p| !p.is_empty())?;
    let globals = main.dict()?;
    let source = match std::fs::read(&path) {
        Ok(s) => String::from_utf8_lossy(&s).into_owned(),
        Err(e) => {
            eprintln!("Could not open PYTHONSTARTUP");
            let filename = vm.new_str(path.as_str());
            let err = ferrython_vm::modules::os_error_from_io(vm, &e, Some(filename));
            let mut text = String::new();
            vm.format_exception_only(&err.exc, &mut text);
            eprint!("{text}");
            return None;
        }
    };
    match run_file(vm, &globals, &source, &path) {
        Ok(()) => None,
        Err(e) => report(vm, e),
    }
}

/// The read-compile-run loop. Returns the exit status.
fn interact(vm: &mut Vm) -> i32 {
    // CPython sets `sys.ps1` and `sys.ps2` on entering the loop if they are not set already.
    for (name, default) in [("ps1", ">>> "), ("ps2", "... ")] {
        if vm.sys_attr(name).is_none() {
            let key = vm.intern(name);
            let value = vm.new_str(default);
            if let Some(d) = vm.sys.dict() {
                dict_ops::set_str_raw(&d, &key, value);
            }
        }
    }
    let mut input = Input::new();
    let status = read_eval_print(vm, &mut input);
    input.finish();
    status
}

fn read_eval_print(vm: &mut Vm, input: &mut Input) -> i32 {
    let mut source = String::new();
    loop {
        let prompt = prompt_text(vm, if source.is_empty() { "ps1" } else { "ps2" });
        vm.flush_std("stdout");
        vm.flush_std("stderr");
        let line = input.read_line(vm, &prompt);
        // A Ctrl-C that came while reading belongs to the line, not to the statement about to run.
        ferrython_vm::signals::clear();
        let end_of_input = match line {
            Line::Text(line) => {
                source.push_str(&line);
                source.push('\n');
                false
            }
            Line::Interrupt => {
                // Ctrl-C at the prompt drops what was typed: CPython prints `KeyboardInterrupt`
                // through `sys.excepthook`, with no traceback.
                source.clear();
                let cls = vm.exc.keyboard_interrupt.clone();
                let err = PyErr::new(vm.new_exception_obj(&cls, vec![]));
                print_error(vm, &err);
                continue;
            }
            Line::Eof if source.is_empty() => return 0,
            // Ctrl-D on a continuation line: compile what there is, complete or not.
            Line::Eof => true,
        };
        let compiled = compile_command(&source, STDIN, end_of_input);
        if matches!(compiled, Ok(None)) {
            continue;
        }
        source.clear();
        let outcome = match compiled {
            Ok(Some(code)) => run_statement(vm, &code),
            Err(e) => Err(vm.syntax_error(&e)),
            Ok(None) => Ok(()),
        };
        if let Err(err) = outcome
            && let Some(status) = report(vm, err)
        {
            return status;
        }
    }
}

/// Run one compiled statement in `__main__` (whatever `sys.modules['__main__']` is now, as
/// CPython's `PyImport_AddModule` finds it, made afresh if it was deleted).
fn run_statement(vm: &mut Vm, code: &Rc<ferrython_compiler::CodeObject>) -> Result<(), PyErr> {
    let key = vm.intern("__main__");
    let globals = match dict_ops::get_str(&vm.sys_modules.clone(), &key) {
        Some(Value::Obj(m)) if m.dict().is_some() => m.dict(),
        _ => vm.main_module().dict(),
    };
    let Some(globals) = globals else { return Ok(()) };
    let code = vm.load_code(code);
    vm.exec_code(code, &globals, None).map(|_| ())
}

/// Print an exception from a statement; `Some(status)` for `SystemExit`, which ends the session.
fn report(vm: &mut Vm, err: PyErr) -> Option<i32> {
    if vm.err_matches(&err, &vm.exc.system_exit.clone()) {
        return Some(vm.handle_uncaught(err));
    }
    print_error(vm, &err);
    None
}

/// CPython's `PyErr_Print`: remember the exception in `sys.last_type`, `sys.last_value` and
/// `sys.last_traceback`, then print it through `sys.excepthook`.
fn print_error(vm: &mut Vm, err: &PyErr) {
    let tb = match &err.exc.payload {
        ferrython_vm::object::Payload::Exception(d) => d.traceback.borrow().clone().map_or(Value::None, Value::Obj),
        _ => Value::None,
    };
    let last = [("last_type", Value::Obj(err.exc.class())), ("last_value", Value::Obj(err.exc.clone())), ("last_traceback", tb)];
    if let Some(d) = vm.sys.dict() {
        for (name, value) in last {
            let key = vm.intern(name);
            dict_ops::set_str_raw(&d, &key, value);
        }
    }
    vm.print_exception(err);
    let _ = std::io::stderr().flush();
}

/// `str(sys.ps1)` or `str(sys.ps2)`, read afresh for every line; empty if missing or unprintable.
fn prompt_text(vm: &mut Vm, name: &str) -> String {
    match vm.sys_attr(name) {
        Some(v) => vm.str_string(&v).unwrap_or_default(),
        None => String::new(),
    }
}
