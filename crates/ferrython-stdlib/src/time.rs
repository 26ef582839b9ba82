//! The `time` module: clocks, `sleep`, `struct_time` with `gmtime`/`localtime`/`mktime`, `strftime`,
//! `asctime`/`ctime`, and the time zone attributes. Local time is libc's (so `TZ` applies); UTC
//! conversion and `strftime` are computed here with glibc's results.

mod strftime;
mod tm;

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::{Args, NativeFn};
use ferrython_vm::{PyRef, PyResult, Value, Vm};
use num_traits::ToPrimitive;

use crate::pyargs::{add_functions, add_module_functions, int_arg, module_class, no_args, one_arg, set_attr, split_module};
use ferrython_vm::types::structseq::{self, StructSeqDesc};
use tm::Tm;

const STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    module: "time",
    name: "struct_time",
    visible: &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
    hidden: &["tm_zone", "tm_gmtoff"],
    unnamed: 0,
};

/// `import time`.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("time");
    let cls = structseq::new_class(vm, &STRUCT_TIME)?;
    set_attr(vm, &m, "struct_time", Value::Obj(cls));
    add_functions(vm, &m, FUNCTIONS);
    add_module_functions(vm, &m, MODULE_FUNCTIONS);
    let (timezone, altzone, daylight, (std_name, dst_name)) = tm::zone_info(now().0);
    set_attr(vm, &m, "timezone", Value::Int(timezone));
    set_attr(vm, &m, "altzone", Value::Int(altzone));
    set_attr(vm, &m, "daylight", Value::Int(i64::from(daylight)));
    let names = vm.new_tuple(vec![vm.new_str(std_name), vm.new_str(dst_name)]);
    set_attr(vm, &m, "tzname", names);
    for (name, id) in [("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3)] {
        set_attr(vm, &m, name, Value::Int(id));
    }
    Ok(m)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_perf_counter),
    ("perf_counter_ns", time_perf_counter_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("thread_time", time_thread_time),
    ("thread_time_ns", time_thread_time_ns),
    ("sleep", time_sleep),
    ("mktime", time_mktime),
    ("strftime", time_strftime),
    ("asctime", time_asctime),
    ("ctime", time_ctime),
];

/// Functions that build `struct_time` instances.
const MODULE_FUNCTIONS: &[(&str, NativeFn)] = &[("gmtime", time_gmtime), ("localtime", time_localtime)];

// ----- clocks ---------------------------------------------------------------------------------

fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-pointer; the clock ids used here exist on Linux.
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec, ts.tv_nsec)
}

fn now() -> (i64, i64) {
    clock(libc::CLOCK_REALTIME)
}

fn as_float((s, ns): (i64, i64)) -> Value {
    Value::Float(s as f64 + ns as f64 * 1e-9)
}

fn as_ns(vm: &Vm, (s, ns): (i64, i64)) -> Value {
    vm.new_int(num_bigint::BigInt::from(s) * 1_000_000_000 + ns)
}

macro_rules! clock_fns {
    ($( $float:ident, $ns:ident, $fq:literal, $nq:literal, $id:expr; )*) => {
        $(
            fn $float(vm: &mut Vm, args: Args) -> PyResult<Value> {
                no_args(vm, args, $fq)?;
                Ok(as_float(clock($id)))
            }

            fn $ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
                no_args(vm, args, $nq)?;
                Ok(as_ns(vm, clock($id)))
            }
        )*
    };
}

// perf_counter is the monotonic clock on Linux, as in CPython.
clock_fns! {
    time_time, time_time_ns, "time.time", "time.time_ns", libc::CLOCK_REALTIME;
    time_monotonic, time_monotonic_ns, "time.monotonic", "time.monotonic_ns", libc::CLOCK_MONOTONIC;
    time_perf_counter, time_perf_counter_ns, "time.perf_counter", "time.perf_counter_ns", libc::CLOCK_MONOTONIC;
    time_process_time, time_process_time_ns, "time.process_time", "time.process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID;
    time_thread_time, time_thread_time_ns, "time.thread_time", "time.thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID;
}

/// `time.sleep(secs)`: CPython's `_PyTime_FromSecondsObject` checks, then a plain sleep.
fn time_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = one_arg(vm, args, "time.sleep")?;
    const MAX_NS: f64 = i64::MAX as f64;
    let ns: i64 = match secs {
        Value::Float(f) => float_ns(vm, *f, MAX_NS)?,
        Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => {
            let Payload::Float(f) = o.payload else { unreachable!("checked") };
            float_ns(vm, f, MAX_NS)?
        }
        other => {
            let too_large = || "timestamp too large to convert to C _PyTime_t";
            let i = match other {
                Value::Obj(o) => match &o.payload {
                    Payload::Int(b) => b.to_i64().ok_or_else(|| vm.overflow_error(too_large()))?,
                    _ => vm.index_value(other)?,
                },
                _ => vm.index_value(other)?,
            };
            i.checked_mul(1_000_000_000).ok_or_else(|| vm.overflow_error(too_large()))?
        }
    };
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // nanosleep, resumed after a signal (PEP 475) unless the signal raised (Ctrl-C).
    let mut request = libc::timespec { tv_sec: (ns / 1_000_000_000) as libc::time_t, tv_nsec: (ns % 1_000_000_000) as _ };
    loop {
        let mut remaining = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: both pointers are to live, initialised timespecs.
        if unsafe { libc::nanosleep(&request, &mut remaining) } == 0 {
            return Ok(Value::None);
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Ok(Value::None);
        }
        vm.check_signals()?;
        request = remaining;
    }
}

fn float_ns(vm: &Vm, f: f64, max: f64) -> PyResult<i64> {
    if f.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let ns = (f * 1e9).ceil();
    if !(-max..max).contains(&ns) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(ns as i64)
}

// ----- struct_time ----------------------------------------------------------------------------

/// `_PyTime_ObjectToTime_t(obj, ROUND_FLOOR)`, or the current time for None.
fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(now().0),
        Some(v) => v,
    };
    let out_of_range = |vm: &Vm| vm.overflow_error("timestamp out of range for platform time_t");
    let f = match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            Payload::Int(b) => return b.to_i64().ok_or_else(|| out_of_range(vm)),
            _ => None,
        },
        _ => None,
    };
    match f {
        Some(f) if f.is_nan() => Err(vm.value_error("Invalid value NaN (not a number)")),
        Some(f) => {
            let f = f.floor();
            if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) { Ok(f as i64) } else { Err(out_of_range(vm)) }
        }
        None => vm.index_value(v),
    }
}

/// A `struct_time` from broken-down time.
fn struct_time(vm: &mut Vm, module: Option<&PyRef>, t: &Tm) -> PyResult<Value> {
    let cls = module_class(vm, module, "struct_time")?;
    let zone = t.zone.as_ref().map_or(Value::None, |z| vm.new_str(z.as_str()));
    let values = vec![
        Value::Int(t.year),
        Value::Int(t.mon + 1),
        Value::Int(t.mday),
        Value::Int(t.hour),
        Value::Int(t.min),
        Value::Int(t.sec),
        // Python counts weekdays from Monday.
        Value::Int((t.wday + 6) % 7),
        Value::Int(t.yday + 1),
        Value::Int(t.isdst),
        zone,
        t.gmtoff.map_or(Value::None, Value::Int),
    ];
    structseq::new_instance(vm, &cls, values)
}

/// The optional single argument of `gmtime`/`localtime`/`ctime` (`|O:name`).
fn optional_arg<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<Option<&'a Value>> {
    args.no_kwargs(vm, fname)?;
    match args.positional() {
        [] => Ok(None),
        [v] => Ok(Some(v)),
        p => Err(vm.type_error(format!("{fname}() takes at most 1 argument ({} given)", p.len()))),
    }
}

fn eoverflow(vm: &Vm, errno: i32) -> ferrython_vm::PyErr {
    ferrython_vm::modules::os_error_from_io(vm, &std::io::Error::from_raw_os_error(errno), None)
}

fn time_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let secs = optional_arg(vm, &args, "gmtime")?;
    let t = seconds_arg(vm, secs)?;
    let tm = tm::gmtime(t).ok_or_else(|| eoverflow(vm, libc::EOVERFLOW))?;
    struct_time(vm, module.as_ref(), &tm)
}

fn time_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let secs = optional_arg(vm, &args, "localtime")?;
    let t = seconds_arg(vm, secs)?;
    let tm = tm::localtime(t).map_err(|e| eoverflow(vm, e))?;
    struct_time(vm, module.as_ref(), &tm)
}

/// CPython's `gettmarg`: a tuple (or struct_time) of nine ints, converted to C conventions; a
/// struct_time also brings its zone and offset.
fn gettmarg(vm: &mut Vm, v: &Value, illegal: &str) -> PyResult<Tm> {
    let Some(items) = v.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(illegal.to_string()));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        let n = int_arg(vm, item)?;
        *slot = i32::try_from(n)
            .map_err(|_| vm.overflow_error(if n > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" }))?
            as i64;
    }
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = f;
    if year - 1900 < i32::MIN as i64 {
        return Err(vm.overflow_error("year out of range"));
    }
    let mut t = Tm { year, mon: mon - 1, mday, hour, min, sec, wday: (wday + 1) % 7, yday: yday - 1, isdst, zone: None, gmtoff: None };
    let tn = vm.class_of(v);
    if tn.as_type().is_some_and(|td| td.name() == "struct_time") {
        if let Some(z) = structseq::field_value(vm, v, "tm_zone").filter(|z| !z.is_none()) {
            match Vm::str_of(&z) {
                Some(s) => t.zone = Some(s.to_string()),
                None => return Err(vm.type_error("bad argument type for built-in operation")),
            }
        }
        if let Some(off) = structseq::field_value(vm, v, "tm_gmtoff").filter(|o| !o.is_none()) {
            t.gmtoff = Some(int_arg(vm, &off)?);
        }
    }
    Ok(t)
}

/// CPython's `checktm`: range checks, with 0 accepted for month, day and day of year.
fn checktm(vm: &Vm, t: &mut Tm) -> PyResult<()> {
    if t.mon == -1 {
        t.mon = 0;
    } else if !(0..=11).contains(&t.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if t.mday == 0 {
        t.mday = 1;
    } else if !(0..=31).contains(&t.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&t.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&t.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&t.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if t.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if t.yday == -1 {
        t.yday = 0;
    } else if !(0..=365).contains(&t.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn time_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "time.mktime")?;
    let t = gettmarg(vm, v, "mktime(): illegal time tuple argument")?;
    match tm::mktime(&t) {
        Some(secs) => Ok(Value::Float(secs as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

/// `%s`: the broken-down time read as local time.
fn epoch_of(t: &Tm) -> i64 {
    tm::mktime(t).unwrap_or(-1)
}

/// `time.strftime(format[, tuple])`.
fn time_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "strftime")?;
    let (fmt, tuple) = match args.positional() {
        [] => return Err(vm.type_error("strftime() takes at least 1 argument (0 given)")),
        [f] => (f, None),
        [f, t] => (f, Some(t)),
        p => {
            return Err(vm.type_error(format!("strftime() takes at most 2 arguments ({} given)", p.len())));
        }
    };
    let Some(fmt) = Vm::str_of(fmt).map(str::to_string) else {
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(fmt))));
    };
    let mut t = match tuple {
        None => tm::localtime(now().0).map_err(|e| eoverflow(vm, e))?,
        Some(v) => {
            let mut t = gettmarg(vm, v, "strftime(): illegal time tuple argument")?;
            checktm(vm, &mut t)?;
            t
        }
    };
    t.isdst = t.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    // CPython retries with a buffer doubling from 1024 bytes while it is under 256 bytes per format
    // byte, then gives up with ''.
    let mut size = 1024;
    while size < 256 * fmt.len() {
        size *= 2;
    }
    let out = strftime::strftime_capped(&fmt, &t, &epoch_of, size - 1).unwrap_or_default();
    Ok(vm.new_str(out))
}

/// C's `asctime` layout, `"%s %s%3d %.2d:%.2d:%.2d %d"`: `Thu Jan  1 00:00:00 1970`.
fn asctime_text(t: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let d = DAYS.get(t.wday.rem_euclid(7) as usize).copied().unwrap_or("???");
    let m = MONTHS.get(t.mon.rem_euclid(12) as usize).copied().unwrap_or("???");
    format!("{d} {m}{:>3} {:02}:{:02}:{:02} {}", t.mday, t.hour, t.min, t.sec, t.year)
}

fn time_asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "asctime")?;
    let t = match args.positional() {
        [] => tm::localtime(now().0).map_err(|e| eoverflow(vm, e))?,
        [v] => {
            let mut t = gettmarg(vm, v, "asctime(): illegal time tuple argument")?;
            checktm(vm, &mut t)?;
            t
        }
        p => {
            return Err(vm.type_error(format!("asctime expected at most 1 argument, got {}", p.len())));
        }
    };
    Ok(vm.new_str(asctime_text(&t)))
}

fn time_ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = optional_arg(vm, &args, "ctime")?;
    let secs = seconds_arg(vm, secs)?;
    let t = tm::localtime(secs).map_err(|e| eoverflow(vm, e))?;
    Ok(vm.new_str(asctime_text(&t)))
}
