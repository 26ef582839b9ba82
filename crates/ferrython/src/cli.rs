//! Command-line parsing and the top-level run modes.

use ferrython_vm::Vm;
use ferrython_vm::value::Value;
use ferrython_vm::vm::dict_ops;

/// CPython's usage error: the message, the usage line naming the executable, and the hint.
fn usage_error(msg: &str) -> i32 {
    let exe = std::env::args().next().unwrap_or_else(|| "ferrython".into());
    eprintln!("{msg}\nusage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ferrython -h' for more information.");
    2
}

const USAGE: &str = "usage: ferrython [option] ... [-c cmd | -m mod | file | -] [arg] ...";

enum Target {
    Script(String),
    Command(String),
    Module(String),
    Dis(String),
    /// No script, or `-`: standard input (the prompt on a terminal, see `repl`).
    Stdin {
        dash: bool,
    },
}

pub fn run(args: Vec<String>) -> i32 {
    let mut i = 1;
    let mut target = None;
    // `-B`, or PYTHONDONTWRITEBYTECODE set to anything non-empty: no `__pycache__` files.
    let mut dont_write_bytecode = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    // `-i`: the prompt after the program; `-q`: no banner.
    let (mut inspect, mut quiet) = (false, false);
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.11.7");
                return 0;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                target = Some(Target::Command(code.clone()));
                i += 2;
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -m option");
                };
                target = Some(Target::Module(m.clone()));
                i += 2;
                break;
            }
            "--dis" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("--dis needs a file");
                    return 2;
                };
                target = Some(Target::Dis(f.clone()));
                i += 2;
                break;
            }
            "-B" => {
                dont_write_bytecode = true;
                i += 1;
            }
            "-i" => {
                inspect = true;
                i += 1;
            }
            "-q" => {
                quiet = true;
                i += 1;
            }
            "-" => {
                target = Some(Target::Stdin { dash: true });
                i += 1;
                break;
            }
            "-E" | "-I" | "-s" | "-S" | "-u" => i += 1,
            "-h" | "--help" => {
                println!("{USAGE}");
                return 0;
            }
            // CPython: "unknown option --x" for long options, "Unknown option: -x" for short ones.
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            s if s.starts_with('-') && s.len() > 1 => return usage_error(&format!("Unknown option: {}", &s[..2])),
            _ => {
                target = Some(Target::Script(a.clone()));
                i += 1;
                break;
            }
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let target = target.unwrap_or(Target::Stdin { dash: false });
    let mut vm = Vm::new();
    ferrython_stdlib::register(&mut vm);
    if dont_write_bytecode {
        let k = vm.intern("dont_write_bytecode");
        dict_ops::set_str_raw(&vm.sys.dict().expect("sys dict"), &k, Value::Bool(true));
    }
    let stdin = matches!(target, Target::Stdin { .. });
    let mut code = run_target(&mut vm, target, rest, (quiet, inspect));
    if inspect && !stdin {
        code = crate::repl::inspect(&mut vm);
    }
    vm.finalize();
    code
}

fn set_argv(vm: &mut Vm, first: String, rest: Vec<String>) {
    let mut items = vec![vm.new_str(first)];
    items.extend(rest.into_iter().map(|a| vm.new_str(a)));
    let argv = vm.new_list(items);
    let k = vm.intern("argv");
    dict_ops::set_str_raw(&vm.sys.dict().expect("sys dict"), &k, argv);
}

fn set_path(vm: &mut Vm, first: String) {
    let mut items = vec![vm.new_str(first)];
    // CPython's getpath: every entry made absolute and normalised (an empty one is the current
    // directory), in order.
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        for p in pp.split(':') {
            let abs = ferrython_stdlib::posixpath::pure::abspath(p.as_bytes(), cwd.as_bytes());
            items.push(vm.new_str(String::from_utf8_lossy(&abs).into_owned()));
        }
    }
    let path = vm.new_list(items);
    let k = vm.intern("path");
    dict_ops::set_str_raw(&vm.sys.dict().expect("sys dict"), &k, path);
}

fn run_target(vm: &mut Vm, target: Target, rest: Vec<String>, (quiet, inspect): (bool, bool)) -> i32 {
    match target {
        Target::Stdin { dash } => {
            set_argv(vm, if dash { "-" } else { "" }.into(), rest);
            set_path(vm, String::new());
            crate::repl::run_stdin(vm, quiet, inspect)
        }
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
        Target::Command(code) => {
            set_argv(vm, "-c".into(), rest);
            set_path(vm, String::new());
            let main = vm.main_module();
            let d = main.dict().expect("module dict");
            match vm.exec_source(&code, "<string>", &d) {
                Ok(_) => 0,
                Err(e) => crate::repl::uncaught(vm, e, inspect),
            }
        }
        Target::Module(name) => {
            // CPython: `sys.argv[0]` is "-m" until the module is found, then its file; `sys.path[0]`
            // is the current directory, as a full path.
            set_argv(vm, "-m".into(), rest);
            set_path(vm, std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default());
            vm.main_module();
            match vm.run_module_as_main(&name) {
                Ok(()) => 0,
                Err(e) => crate::repl::uncaught(vm, e, inspect),
            }
        }
        Target::Script(path) => {
            let source = match std::fs::read(&path) {
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
            set_path(vm, dir);
            // CPython 3.9+: the script's `__file__` (and its code's filename) is absolute.
            let abs = std::path::absolute(&path).map(|p| p.to_string_lossy().to_string()).unwrap_or(path.clone());
            let main = vm.main_module();
            let d = main.dict().expect("module dict");
            dict_ops::set_str_raw(&d, &vm.names.__file__.clone(), vm.new_str(abs.clone()));
            dict_ops::set_str_raw(&d, &vm.names.__cached__.clone(), Value::None);
            match vm.exec_source(&source, &abs, &d) {
                Ok(_) => 0,
                Err(e) => crate::repl::uncaught(vm, e, inspect),
            }
        }
    }
}
