//! Signals: Ctrl-C (SIGINT) raises `KeyboardInterrupt` in the running Python code.
//!
//! [`install`] sets a C handler that only records the signal; the interpreter loop looks at the record
//! at every instruction boundary (beside the memory manager's attention flag) and raises
//! `KeyboardInterrupt` there, as CPython's default `signal.default_int_handler` does. Blocking calls
//! that the signal interrupts (`time.sleep`, reading standard input) check it too, so Ctrl-C does not
//! wait for them to finish. A program that ends with an uncaught `KeyboardInterrupt` then dies by
//! SIGINT itself ([`exit_by_sigint`]), as CPython 3.8+ does, so its parent sees a Ctrl-C death.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::vm::Vm;
use crate::{PyErr, PyResult};

static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);
static DIE_BY_SIGINT: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    SIGINT_PENDING.store(true, Ordering::Relaxed);
}

/// Make SIGINT raise `KeyboardInterrupt` (what CPython's start-up does). Without `SA_RESTART`, so a
/// blocking system call returns `EINTR` and its caller can raise.
pub fn install() {
    // SAFETY: a zeroed sigaction is a valid "no flags, empty mask" value; the handler only stores to
    // an atomic, which is async-signal-safe.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Have SIGINT delivered to other threads than this one: the command line's main thread, which only
/// waits for the interpreter thread, calls it once that thread runs, so that Ctrl-C interrupts the
/// interpreter's own blocking calls (a read from standard input) rather than the main thread's wait.
pub fn block_sigint_on_this_thread() {
    mask_sigint(libc::SIG_BLOCK);
}

/// Block (`SIG_BLOCK`) or unblock (`SIG_UNBLOCK`) SIGINT for the calling thread.
fn mask_sigint(how: libc::c_int) {
    // SAFETY: the set is initialised by sigemptyset before use; pthread_sigmask only changes this
    // thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// Is a SIGINT waiting to be raised? (Cheap: the interpreter loop asks at every instruction.)
#[inline(always)]
pub fn pending() -> bool {
    SIGINT_PENDING.load(Ordering::Relaxed)
}

/// Forget a pending SIGINT (the prompt, which handles Ctrl-C itself, clears it before running input).
pub fn clear() {
    SIGINT_PENDING.store(false, Ordering::Relaxed);
}

impl Vm {
    /// Raise `KeyboardInterrupt` if a SIGINT arrived since the last check.
    pub fn check_signals(&self) -> PyResult<()> {
        if SIGINT_PENDING.swap(false, Ordering::Relaxed) {
            return Err(PyErr::new(self.new_exception_obj(&self.exc.keyboard_interrupt, vec![])));
        }
        Ok(())
    }
}

/// Record that the program ended with an uncaught `KeyboardInterrupt`.
pub(crate) fn request_exit_by_sigint() {
    DIE_BY_SIGINT.store(true, Ordering::Relaxed);
}

/// If the program ended with an uncaught `KeyboardInterrupt`, end the process by SIGINT with the
/// default disposition (status 130 to a shell), as CPython does. Call it last, after flushing.
pub fn exit_by_sigint() {
    if !DIE_BY_SIGINT.load(Ordering::Relaxed) {
        return;
    }
    // SAFETY: resetting a disposition has no memory-safety preconditions.
    unsafe { libc::signal(libc::SIGINT, libc::SIG_DFL) };
    // The main thread blocked SIGINT (`block_sigint_on_this_thread`): unblock it to die by it.
    mask_sigint(libc::SIG_UNBLOCK);
    // SAFETY: raising a signal has no memory-safety preconditions.
    unsafe { libc::raise(libc::SIGINT) };
}
