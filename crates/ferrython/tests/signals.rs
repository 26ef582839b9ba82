//! Ctrl-C: a SIGINT sent to a running program raises `KeyboardInterrupt` where the program is (a busy
//! loop, `time.sleep`, `input()` waiting on standard input), can be caught, and when it is not, the
//! traceback is printed and the process dies by SIGINT. Each program runs under Ferrython and under
//! CPython 3.11 (the real executable, not a shell shim that would take the signal itself), and the
//! two must print the same and end the same way.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn cpython() -> String {
    let out = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output().expect("python3 on PATH");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Start `exe -c program`, wait until it printed `ready` (so it is in the code the signal must
/// interrupt), send SIGINT, and return (stdout, stderr, exit description).
fn interrupt(exe: &str, program: &str) -> (String, String, String) {
    let mut child: Child = Command::new(exe)
        .args(["-c", program])
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("piped");
    // A program that never gets ready, or ignores the signal, is killed after a while, so the
    // reads below end and the comparison fails instead of hanging.
    let pid = child.id() as i32;
    let watchdog = std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(50));
            // SAFETY: signal 0 only checks that the process exists.
            if unsafe { libc_kill(pid, 0) } != 0 {
                return;
            }
        }
        // SAFETY: as above; 9 is SIGKILL.
        unsafe { libc_kill(pid, 9) };
    });
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("ready\n") {
        let mut byte = [0u8; 1];
        match stdout.read(&mut byte) {
            Ok(1) => seen.push(byte[0]),
            _ => break,
        }
    }
    // Let it enter the blocking call or the loop after printing.
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: kill with a valid pid and signal number has no memory-safety preconditions.
    unsafe { libc_kill(child.id() as i32, 2) };
    let mut rest = Vec::new();
    let _ = stdout.read_to_end(&mut rest);
    seen.extend(rest);
    let mut err = String::new();
    let _ = child.stderr.take().expect("piped").read_to_string(&mut err);
    drop(child.stdin.take());
    let status = child.wait().expect("wait");
    let _ = watchdog.join();
    let how = match (status.code(), status.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(s)) => format!("signal {s}"),
        _ => "unknown".into(),
    };
    (String::from_utf8_lossy(&seen).into_owned(), err, how)
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

fn same_as_cpython(program: &str) {
    let ours = interrupt(env!("CARGO_BIN_EXE_ferrython"), program);
    let theirs = interrupt(&cpython(), program);
    assert_eq!(ours, theirs, "program:\n{program}");
}

#[test]
fn ctrl_c_stops_a_busy_loop_and_the_process_dies_by_sigint() {
    same_as_cpython("print('ready')\nn = 0\nwhile True:\n    n += 1\n");
}

#[test]
fn ctrl_c_in_a_loop_with_a_test_and_in_a_for_loop_in_a_function() {
    same_as_cpython("print('ready')\nn = 0\nwhile n >= 0:\n    n += 1\n");
    same_as_cpython("def spin():\n    total = 0\n    for i in range(10**12):\n        total += i\n    return total\nprint('ready')\nspin()\n");
}

#[test]
fn ctrl_c_interrupts_sleep() {
    same_as_cpython("import time\nprint('ready')\ntime.sleep(30)\n");
}

#[test]
fn ctrl_c_interrupts_input() {
    same_as_cpython("print('ready')\ninput()\n");
}

#[test]
fn keyboard_interrupt_can_be_caught_and_the_program_goes_on() {
    same_as_cpython(
        "import time\ntry:\n    print('ready')\n    time.sleep(30)\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\nprint('after')\n",
    );
}

#[test]
fn an_uncaught_keyboard_interrupt_raised_by_the_program_also_dies_by_sigint() {
    same_as_cpython("print('ready')\nraise KeyboardInterrupt('by hand')\n");
}

/// A loop that starts its code object (as `while True:` typed at the prompt does) jumps back to
/// instruction 0, which is not a frame start: Ctrl-C lands on the back edge, the `while` line, as in
/// CPython. It used to land on the body's line now and then (the prompt's Ctrl-C session showed it).
#[test]
fn issue_4_ctrl_c_in_a_loop_that_starts_its_code() {
    for _ in 0..3 {
        same_as_cpython("n = 0\nprint('ready')\nexec('while True:\\n    n += 1')\n");
    }
}
