//! Command-line parsing and the top-level run modes.

use ferrython_vm::Vm;
use ferrython_vm::value::Value;
use ferrython_vm::vm::dict_ops;

use crate::options::{Options, Parsed, Target};

pub fn run(args: Vec<String>) -> i32 {
    let (options, target, rest) = match crate::options::parse(&args) {
        Parsed::Exit(code) => return code,
        Parsed::Run { options, target, args } => (options, target, args),
    };
    ferrython_vm::signals::install();
    let mut vm = Vm::new();
    ferrython_stdlib::register(&mut vm);
    configure_sys(&mut vm, &options);
    // Start-up leaves a little cyclic garbage (configuring sys replaces classes made while the
    // interpreter was built); the program's first gc.collect() should not count it.
    ferrython_vm::gc::collect();
    let stdin = matches!(target, Target::Stdin { .. });
    let mut code = run_target(&mut vm, &options, target, rest);
    // `-i`: the prompt after the script, command or module (the prompt itself when reading stdin).
    if options.inspect && !stdin {
        code = crate::repl::inspect(&mut vm);
    }
    vm.finalize();
    code
}

fn set_sys(vm: &mut Vm, name: &str, value: Value) {
    let k = vm.intern(name);
    dict_ops::set_str_raw(&vm.sys.dict().expect("sys dict"), &k, value);
}

/// What the options change in `sys` before anything runs.
fn configure_sys(vm: &mut Vm, o: &Options) {
    let flags = ferrython_vm::modules::sys::Flags {
        inspect: o.inspect,
        optimize: o.optimize,
        dont_write_bytecode: o.dont_write_bytecode,
        no_user_site: o.no_user_site,
        no_site: o.no_site,
        ignore_environment: o.ignore_environment,
        verbose: o.verbose,
        bytes_warning: o.bytes_warning,
        quiet: o.quiet,
        isolated: o.isolated,
        dev_mode: o.xoptions.iter().any(|x| x == "dev"),
        safe_path: o.safe_path,
    };
    ferrython_vm::modules::sys::set_flags(vm, flags);
    vm.import.frozen.enabled = !o.xoptions.iter().any(|x| x == "frozen_modules=off");
    if o.unbuffered {
        ferrython_vm::types::file::make_std_streams_unbuffered(vm);
    }
    let warnoptions = o.warnoptions.iter().map(|w| vm.new_str(w.as_str())).collect();
    let warnoptions = vm.new_list(warnoptions);
    set_sys(vm, "warnoptions", warnoptions);
    // `-X name=value` maps name to value, a bare `-X name` to True.
    let xoptions = vm.new_dict();
    for x in &o.xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (vm.new_str(k), vm.new_str(v)),
            None => (vm.new_str(x.as_str()), Value::Bool(true)),
        };
        let _ = vm.setitem(&Value::Obj(xoptions.clone()), k, v);
    }
    set_sys(vm, "_xoptions", Value::Obj(xoptions));
}

fn set_argv(vm: &mut Vm, first: String, rest: Vec<String>) {
    let mut items = vec![vm.new_str(first)];
    items.extend(rest.into_iter().map(|a| vm.new_str(a)));
    let argv = vm.new_list(items);
    let k = vm.intern("argv");
    dict_ops::set_str_raw(&vm.sys.dict().expect("sys dict"), &k, argv);
}

/// `sys.path`: `first` (the script's directory, the current directory, or `''`) unless `-P`/`-I`,
/// then the PYTHONPATH entries unless `-E`/`-I`, then the standard library's folder with
/// `-X frozen_modules=off`.
fn set_path(vm: &mut Vm, o: &Options, first: String) {
    let mut items = Vec::new();
    if !o.safe_path {
        items.push(vm.new_str(first));
    }
    // CPython's getpath: every entry made absolute and normalised (an empty one is the current
    // directory), in order.
    if let Some(pp) = std::env::var("PYTHONPATH").ok().filter(|_| !o.ignore_environment) {
        let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        for p in pp.split(':') {
            let abs = ferrython_stdlib::posixpath::pure::abspath(p.as_bytes(), cwd.as_bytes());
            items.push(vm.new_str(String::from_utf8_lossy(&abs).into_owned()));
        }
    }
    // The standard library's own folder, where CPython's getpath puts its stdlib directory: only
    // with `-X frozen_modules=off`, when the frozen copies are not used.
    if !vm.import.frozen.enabled && std::path::Path::new(ferrython_stdlib::LIB_DIR).is_dir() {
        items.push(vm.new_str(ferrython_stdlib::LIB_DIR));
    }
    let path = vm.new_list(items);
    set_sys(vm, "path", path);
}

fn run_target(vm: &mut Vm, o: &Options, target: Target, rest: Vec<String>) -> i32 {
    match target {
        Target::Dis(file) => match std::fs::read_to_string(&file) {
            Ok(src) => match ferrython_compiler::compile(&src, &file, ferrython_compiler::Mode::Exec) {
                Ok(code) => {
                    print!("{}", ferrython_compiler::disassemble(&code));
                    0
                }
                Err(e) => {
                    let err = vm.syntax_error(&e);
                    vm.handle_uncaught(err)
                }
            },
            Err(e) => {
                eprintln!(
                    "ferrython: can't open file '{file}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(0),
                    ferrython_vm::modules::strerror(e.raw_os_error().unwrap_or(0))
                );
                2
            }
        },
        Target::Stdin { dash } => {
            // The prompt on a terminal (or with `-i`), else the whole of standard input is the
            // program, named `<stdin>` (`python3 < file`, or `python3 -`); sys.argv[0] is '-' only
            // when `-` was given.
            set_argv(vm, if dash { "-".into() } else { String::new() }, rest);
            set_path(vm, o, String::new());
            crate::repl::run_stdin(vm, o)
        }
        Target::Command(code) => {
            set_argv(vm, "-c".into(), rest);
            set_path(vm, o, String::new());
            let main = vm.main_module();
            let d = main.dict().expect("module dict");
            match vm.exec_source(&code, "<string>", &d) {
                Ok(_) => 0,
                Err(e) => crate::repl::uncaught(vm, e, o.inspect),
            }
        }
        Target::Module(name) => {
            // CPython: `sys.argv[0]` is "-m" until the module is found, then its file; `sys.path[0]`
            // is the current directory, as a full path.
            set_argv(vm, "-m".into(), rest);
            set_path(vm, o, std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default());
            vm.main_module();
            match vm.run_module_as_main(&name) {
                Ok(()) => 0,
                Err(e) => crate::repl::uncaught(vm, e, o.inspect),
            }
        }
        Target::Script(path) => {
            let source = match std::fs::read(&path) {
                Ok(s) if o.skip_first_line => skip_first_line(&String::from_utf8_lossy(&s)),
                Ok(s) => String::from_utf8_lossy(&s).to_string(),
                Err(e) => {
                    let n = e.raw_os_error().unwrap_or(0);
                    let exe = std::env::args().next().unwrap_or_else(|| "ferrython".into());
                    let abs = std::path::absolute(&path).map(|p| p.to_string_lossy().to_string()).unwrap_or(path.clone());
                    eprintln!("{exe}: can't open file '{abs}': [Errno {n}] {}", ferrython_vm::modules::strerror(n));
                    return 2;
                }
            };
            set_argv(vm, path.clone(), rest);
            let dir = std::path::Path::new(&path).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            let dir = std::path::absolute(if dir.is_empty() { "." } else { &dir }).map(|p| p.to_string_lossy().to_string()).unwrap_or(dir);
            set_path(vm, o, dir);
            // CPython 3.9+: the script's `__file__` (and its code's filename) is absolute.
            let abs = std::path::absolute(&path).map(|p| p.to_string_lossy().to_string()).unwrap_or(path.clone());
            let main = vm.main_module();
            let d = main.dict().expect("module dict");
            dict_ops::set_str_raw(&d, &vm.names.__file__.clone(), vm.new_str(abs.clone()));
            dict_ops::set_str_raw(&d, &vm.names.__cached__.clone(), Value::None);
            // `set_main_loader`: the script's loader is a SourceFileLoader named `__main__`.
            if let Ok(loader) = ferrython_vm::import::loader::new_source_loader(vm, "__main__", &abs) {
                dict_ops::set_str_raw(&d, &vm.names.__loader__.clone(), loader);
            }
            match vm.exec_source(&source, &abs, &d) {
                Ok(_) => 0,
                Err(e) => crate::repl::uncaught(vm, e, o.inspect),
            }
        }
    }
}

/// `-x`: the first line becomes empty, so the rest keeps its line numbers.
fn skip_first_line(source: &str) -> String {
    match source.find('\n') {
        Some(at) => source[at..].to_string(),
        None => String::new(),
    }
}
