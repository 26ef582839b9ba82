//! The command line, parsed as CPython parses it (`Python/getopt.c` and `initconfig.c`): short options
//! may be combined (`-qB`, `-Bc code`), `-c`/`-m`/`-W`/`-X` take the rest of their argument or the
//! next one, `-c` and `-m` end the options, `-` reads the program from standard input, `--` ends the
//! options before a script name.

/// What to run.
pub enum Target {
    Script(String),
    Command(String),
    Module(String),
    /// `-` (`dash`) or no target: the program comes from standard input (the prompt when it is a
    /// terminal); `sys.argv[0]` is `'-'` or `''`.
    Stdin {
        dash: bool,
    },
    /// Ferrython's `--dis file`: print the file's bytecode.
    Dis(String),
}

/// The options that change how the program runs.
#[derive(Default)]
pub struct Options {
    /// `-B` (or PYTHONDONTWRITEBYTECODE): no `__pycache__` files.
    pub dont_write_bytecode: bool,
    /// `-E`/`-I`: PYTHON* environment variables are ignored.
    pub ignore_environment: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-P` (and `-I`): no script directory or current directory in front of `sys.path`.
    pub safe_path: bool,
    /// `-u` (or PYTHONUNBUFFERED): standard output and error write through.
    pub unbuffered: bool,
    /// `-q`: no banner at the prompt.
    pub quiet: bool,
    /// `-i` (or PYTHONINSPECT): the prompt after the program.
    pub inspect: bool,
    /// `-x`: skip the script's first line.
    pub skip_first_line: bool,
    pub optimize: u8,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub no_user_site: bool,
    pub no_site: bool,
    /// `-W` arguments, in order (`sys.warnoptions`).
    pub warnoptions: Vec<String>,
    /// `-X` arguments, in order (`sys._xoptions`).
    pub xoptions: Vec<String>,
}

/// The parsed command line, or what to do instead of running (print and exit with a status).
pub enum Parsed {
    Run { options: Options, target: Target, args: Vec<String> },
    Exit(i32),
}

fn exe() -> String {
    std::env::args().next().unwrap_or_else(|| "ferrython".into())
}

/// CPython's usage error: the message, the usage line naming the executable, and the hint.
fn usage_error(msg: &str) -> Parsed {
    eprintln!("{msg}\nusage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ferrython -h' for more information.", exe());
    Parsed::Exit(2)
}

/// `--help`, in the layout of `python3 --help`, listing what Ferrython implements.
fn help() -> String {
    format!(
        "usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-b     : accepted for compatibility (bytes warnings are not issued)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : accepted for compatibility (parser debugging output)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Ferrython from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : accepted for compatibility (sys.flags.optimize is set; asserts still run)
-OO    : accepted for compatibility
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization (Ferrython has no site)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : accepted for compatibility (verbose import tracing)
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         (recorded in sys.warnoptions)
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (recorded in sys._xoptions)
--dis file : print Ferrython's bytecode for the file and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
",
        exe()
    )
}

/// Is the environment variable set to something non-empty (CPython's test for flag variables)?
fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

pub fn parse(args: &[String]) -> Parsed {
    let mut o = Options::default();
    let mut i = 1;
    let mut target = None;
    'args: while i < args.len() {
        let arg = &args[i];
        if arg == "-" {
            target = Some(Target::Stdin { dash: true });
            i += 1;
            break;
        }
        if arg == "--" {
            i += 1;
            if let Some(script) = args.get(i) {
                target = Some(Target::Script(script.clone()));
                i += 1;
            }
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "version" => {
                    println!("Python 3.11.7");
                    return Parsed::Exit(0);
                }
                "help" | "help-all" => {
                    print!("{}", help());
                    return Parsed::Exit(0);
                }
                "dis" => {
                    let Some(f) = args.get(i + 1) else {
                        eprintln!("--dis needs a file");
                        return Parsed::Exit(2);
                    };
                    target = Some(Target::Dis(f.clone()));
                    i += 2;
                    break;
                }
                "check-hash-based-pycs" => {
                    if args.get(i + 1).is_none() {
                        return usage_error("Argument expected for the --check-hash-based-pycs option");
                    }
                    i += 2;
                    continue;
                }
                // CPython: "unknown option --x" for long options.
                _ => return usage_error(&format!("unknown option {arg}")),
            }
        }
        let Some(flags) = arg.strip_prefix('-').filter(|f| !f.is_empty()) else {
            target = Some(Target::Script(arg.clone()));
            i += 1;
            break;
        };
        i += 1;
        for (at, flag) in flags.char_indices() {
            // Options with an argument take the rest of this word, or the next word.
            let mut value = || -> Option<String> {
                let rest = &flags[at + flag.len_utf8()..];
                if !rest.is_empty() {
                    return Some(rest.to_string());
                }
                let next = args.get(i).cloned();
                i += usize::from(next.is_some());
                next
            };
            match flag {
                'c' | 'm' | 'W' | 'X' => {
                    let Some(v) = value() else {
                        return usage_error(&format!("Argument expected for the -{flag} option"));
                    };
                    match flag {
                        'c' => target = Some(Target::Command(v)),
                        'm' => target = Some(Target::Module(v)),
                        'W' => o.warnoptions.push(v),
                        _ => o.xoptions.push(v),
                    }
                    if matches!(flag, 'c' | 'm') {
                        break 'args;
                    }
                    continue 'args;
                }
                'b' => o.bytes_warning += 1,
                'B' => o.dont_write_bytecode = true,
                'd' | 'R' => {}
                'E' => o.ignore_environment = true,
                'h' | '?' => {
                    print!("{}", help());
                    return Parsed::Exit(0);
                }
                'i' => o.inspect = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.safe_path = true;
                    o.no_user_site = true;
                }
                'O' => o.optimize += 1,
                'P' => o.safe_path = true,
                'q' => o.quiet = true,
                's' => o.no_user_site = true,
                'S' => o.no_site = true,
                'u' => o.unbuffered = true,
                'v' => o.verbose += 1,
                'V' => {
                    println!("Python 3.11.7");
                    return Parsed::Exit(0);
                }
                'x' => o.skip_first_line = true,
                // CPython: "Unknown option: -x" for short ones.
                other => return usage_error(&format!("Unknown option: -{other}")),
            }
        }
    }
    if !o.ignore_environment {
        o.dont_write_bytecode |= env_flag("PYTHONDONTWRITEBYTECODE");
        o.unbuffered |= env_flag("PYTHONUNBUFFERED");
        o.inspect |= env_flag("PYTHONINSPECT");
        o.safe_path |= env_flag("PYTHONSAFEPATH");
        o.no_user_site |= env_flag("PYTHONNOUSERSITE");
    }
    let args = args[i.min(args.len())..].to_vec();
    Parsed::Run { options: o, target: target.unwrap_or(Target::Stdin { dash: false }), args }
}
