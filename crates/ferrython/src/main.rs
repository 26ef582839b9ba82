//! The `ferrython` command: run a script, `-c` code, or `-m` a module, or open the interactive
//! prompt, like `python3`.

use std::process::ExitCode;

mod cli;
mod options;
mod repl;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The interpreter runs on a thread with a large stack: Python recursion is bounded by
    // `sys.getrecursionlimit()` (and a stack-space check), never by a native stack overflow.
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new().name("ferrython".into()).stack_size(1 << 30).spawn(move || cli::run(args));
    ferrython_vm::signals::block_sigint_on_this_thread();
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => {
            ferrython_vm::signals::exit_by_sigint();
            ExitCode::from(code as u8)
        }
        _ => ExitCode::from(1),
    }
}
