//! Broken-down time (C's `struct tm`) and the conversions `time` needs: seconds to UTC fields
//! (computed here, exact for any 64-bit year), seconds to local fields and back (libc's
//! `localtime_r`/`mktime`, so `TZ` is honoured), and the time zone names and offsets.

/// C's `struct tm` with the year in full (not minus 1900): `mon` 0-11, `wday` 0 = Sunday,
/// `yday` 0-365.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: Option<String>,
    pub gmtoff: Option<i64>,
}

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days from 1970-01-01 to the civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day count from 1970-01-01 (`civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `gmtime_r`: UTC fields of `t` seconds since the epoch; None when the year does not fit C's
/// `int` (glibc fails with EOVERFLOW there).
pub fn gmtime(t: i64) -> Option<Tm> {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    if year - 1900 > i32::MAX as i64 || year - 1900 < i32::MIN as i64 {
        return None;
    }
    Some(Tm {
        year,
        mon: mon - 1,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        // 1970-01-01 was a Thursday.
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: 0,
        zone: Some("GMT".into()),
        gmtoff: Some(0),
    })
}

fn to_libc(tm: &Tm) -> Option<libc::tm> {
    // SAFETY: `libc::tm` is plain data; all-zero is a valid value (tm_zone a null pointer).
    let mut c: libc::tm = unsafe { std::mem::zeroed() };
    c.tm_year = i32::try_from(tm.year - 1900).ok()?;
    c.tm_mon = i32::try_from(tm.mon).ok()?;
    c.tm_mday = i32::try_from(tm.mday).ok()?;
    c.tm_hour = i32::try_from(tm.hour).ok()?;
    c.tm_min = i32::try_from(tm.min).ok()?;
    c.tm_sec = i32::try_from(tm.sec).ok()?;
    c.tm_wday = i32::try_from(tm.wday).ok()?;
    c.tm_yday = i32::try_from(tm.yday).ok()?;
    c.tm_isdst = i32::try_from(tm.isdst).ok()?;
    c.tm_gmtoff = tm.gmtoff.unwrap_or(0) as libc::c_long;
    Some(c)
}

fn from_libc(c: &libc::tm) -> Tm {
    let zone = if c.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null tm_zone set by localtime_r points at a NUL-terminated string in libc's
        // time zone data, which lives for the rest of the process.
        Some(
            unsafe { std::ffi::CStr::from_ptr(c.tm_zone) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    Tm {
        year: c.tm_year as i64 + 1900,
        mon: c.tm_mon as i64,
        mday: c.tm_mday as i64,
        hour: c.tm_hour as i64,
        min: c.tm_min as i64,
        sec: c.tm_sec as i64,
        wday: c.tm_wday as i64,
        yday: c.tm_yday as i64,
        isdst: c.tm_isdst as i64,
        zone,
        gmtoff: Some(c.tm_gmtoff),
    }
}

/// `localtime_r` (after `tzset`, as CPython's `_PyTime_localtime`); Err(errno) on failure.
pub fn localtime(t: i64) -> Result<Tm, i32> {
    let tt = t as libc::time_t;
    // SAFETY: zeroed `struct tm` is a valid out-buffer; tzset and localtime_r have no other
    // preconditions.
    unsafe {
        tzset();
        let mut out: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&tt, &mut out).is_null() {
            return Err(std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EOVERFLOW));
        }
        Ok(from_libc(&out))
    }
}

/// `mktime`: local fields to seconds; None when C's mktime fails (CPython's "mktime argument out
/// of range").
pub fn mktime(tm: &Tm) -> Option<i64> {
    let mut c = to_libc(tm)?;
    // CPython sets tm_wday to -1 first: mktime leaves it alone only when it fails.
    c.tm_wday = -1;
    // SAFETY: `c` is a valid, initialised `struct tm`.
    let t = unsafe {
        tzset();
        libc::mktime(&mut c)
    };
    if t == -1 && c.tm_wday == -1 {
        None
    } else {
        Some(t as i64)
    }
}

unsafe extern "C" {
    fn tzset();
    static tzname: [*const libc::c_char; 2];
}

/// `tzname[isdst]` after `tzset` (glibc's `%Z` for a `struct tm` without a zone).
pub fn tzname_for(isdst: bool) -> String {
    // SAFETY: after tzset, libc's `tzname` holds two valid NUL-terminated strings.
    unsafe {
        tzset();
        let p = tzname[usize::from(isdst)];
        if p.is_null() {
            String::new()
        } else {
            std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    }
}

/// CPython's `init_timezone`: (timezone, altzone, daylight, (stdname, dstname)) from the local
/// offsets at the start and the middle of the current year.
pub fn zone_info(now: i64) -> (i64, i64, bool, (String, String)) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let jan_t = now / YEAR * YEAR;
    let jul_t = jan_t + YEAR / 2;
    let probe = |t: i64| match localtime(t) {
        Ok(tm) => (-tm.gmtoff.unwrap_or(0), tm.zone.unwrap_or_default()),
        Err(_) => (0, "UTC".to_string()),
    };
    let (jan_zone, jan_name) = probe(jan_t);
    let (jul_zone, jul_name) = probe(jul_t);
    if jan_zone < jul_zone {
        // DST is reversed in the southern hemisphere.
        (
            jul_zone,
            jan_zone,
            jan_zone != jul_zone,
            (jul_name, jan_name),
        )
    } else {
        (
            jan_zone,
            jul_zone,
            jan_zone != jul_zone,
            (jan_name, jul_name),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmtime_known_dates() {
        let t = gmtime(0).unwrap_or_default();
        assert_eq!((t.year, t.mon, t.mday, t.wday, t.yday), (1970, 0, 1, 4, 0));
        let t = gmtime(1_700_000_000).unwrap_or_default();
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.min, t.sec),
            (2023, 10, 14, 22, 13, 20)
        );
        let t = gmtime(-1).unwrap_or_default();
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.yday, t.wday),
            (1969, 11, 31, 23, 364, 3)
        );
        let t = gmtime(951_782_400).unwrap_or_default();
        assert_eq!((t.year, t.mon, t.mday, t.yday), (2000, 1, 29, 59));
    }
}
