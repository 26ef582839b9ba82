//! The C library's math functions, called directly so results match CPython's bit for bit (Rust's
//! own `asinh`/`acosh`/`atanh`, for example, are not the libm ones).

use std::ffi::{c_char, c_void};
use std::sync::OnceLock;

unsafe extern "C" {
    pub safe fn sin(x: f64) -> f64;
    pub safe fn cos(x: f64) -> f64;
    pub safe fn tan(x: f64) -> f64;
    pub safe fn asin(x: f64) -> f64;
    pub safe fn acos(x: f64) -> f64;
    pub safe fn atan(x: f64) -> f64;
    pub safe fn atan2(y: f64, x: f64) -> f64;
    pub safe fn sinh(x: f64) -> f64;
    pub safe fn cosh(x: f64) -> f64;
    pub safe fn tanh(x: f64) -> f64;
    pub safe fn asinh(x: f64) -> f64;
    pub safe fn acosh(x: f64) -> f64;
    pub safe fn atanh(x: f64) -> f64;
    pub safe fn exp(x: f64) -> f64;
    pub safe fn exp2(x: f64) -> f64;
    pub safe fn expm1(x: f64) -> f64;
    pub safe fn log(x: f64) -> f64;
    pub safe fn log2(x: f64) -> f64;
    pub safe fn log10(x: f64) -> f64;
    pub safe fn log1p(x: f64) -> f64;
    pub safe fn sqrt(x: f64) -> f64;
    pub safe fn pow(x: f64, y: f64) -> f64;
    pub safe fn fmod(x: f64, y: f64) -> f64;
    pub safe fn erf(x: f64) -> f64;
    pub safe fn erfc(x: f64) -> f64;
    pub safe fn nextafter(x: f64, y: f64) -> f64;
    pub safe fn remainder(x: f64, y: f64) -> f64;
}

unsafe extern "C" {
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

/// The C library's `cbrt`. Rust's runtime links its own (correctly rounded) `cbrt` ahead of
/// libm's, so look libm's up by name, as CPython calls it; fall back to Rust's.
pub fn cbrt(x: f64) -> f64 {
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: `dlsym(RTLD_DEFAULT, "cbrt")` finds the global `cbrt` symbol (libm's, which is
        // loaded because this binary imports other libm functions). If found, it is C's
        // `double cbrt(double)`, whose ABI is exactly `extern "C" fn(f64) -> f64`.
        unsafe {
            let p = dlsym(std::ptr::null_mut(), c"cbrt".as_ptr());
            if p.is_null() {
                None
            } else {
                Some(std::mem::transmute::<*mut c_void, extern "C" fn(f64) -> f64>(p))
            }
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}
