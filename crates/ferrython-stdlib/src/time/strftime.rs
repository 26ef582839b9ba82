//! `strftime` as glibc formats in the C locale (what CPython prints on Linux): every conversion
//! glibc knows, its flags (`-` no padding, `_` spaces, `0` zeros, `^` upper case, `#` swap case)
//! and field widths. An unknown conversion is copied as written (`%Q` stays `%Q`).

use super::tm::{Tm, is_leap};

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS.get(tm.wday.rem_euclid(7) as usize)
        .copied()
        .unwrap_or("?")
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS
        .get(tm.mon.rem_euclid(12) as usize)
        .copied()
        .unwrap_or("?")
}

fn abbr(s: &str) -> &str {
    s.get(..3).unwrap_or(s)
}

/// How to lay out one number: its minimum width and the default padding character.
struct Num {
    value: i64,
    width: usize,
    pad: char,
}

/// glibc's `iso_week_days`: days since the Monday of ISO week 1 containing `yday`.
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1
}

/// (ISO year, ISO week number) as glibc's `%G`/`%V` compute them from `tm_yday`/`tm_wday`.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let mut year = tm.year;
    let mut days = iso_week_days(tm.yday, tm.wday);
    if days < 0 {
        year -= 1;
        days = iso_week_days(tm.yday + 365 + i64::from(is_leap(year)), tm.wday);
    } else {
        let d = iso_week_days(tm.yday - (365 + i64::from(is_leap(year))), tm.wday);
        if d >= 0 {
            year += 1;
            days = d;
        }
    }
    (year, days / 7 + 1)
}

fn hour12(h: i64) -> i64 {
    let h = h.rem_euclid(12);
    if h == 0 { 12 } else { h }
}

/// Format `tm` by `fmt`. `epoch` gives `%s` (seconds of `tm` read as local time).
#[cfg(test)]
pub fn strftime(fmt: &str, tm: &Tm, epoch: &dyn Fn(&Tm) -> i64) -> String {
    strftime_capped(fmt, tm, epoch, usize::MAX).unwrap_or_default()
}

/// Like glibc's `strftime` into a buffer of `cap + 1` bytes: None when the result does not fit
/// (a field width larger than the buffer fails before anything is built).
pub fn strftime_capped(
    fmt: &str,
    tm: &Tm,
    epoch: &dyn Fn(&Tm) -> i64,
    cap: usize,
) -> Option<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flag: Option<char> = None;
        let (mut upper, mut swap) = (false, false);
        while let Some(&c) = chars.get(i) {
            match c {
                '_' | '-' | '0' => flag = Some(c),
                '^' => upper = true,
                '#' => swap = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            width = Some(
                width
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(d as usize),
            );
            i += 1;
        }
        if matches!(chars.get(i), Some('E' | 'O')) {
            i += 1;
        }
        if width.is_some_and(|w| w > cap) {
            return None;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let spec = Spec {
            flag,
            width,
            upper,
            swap,
        };
        match convert(conv, tm, epoch) {
            Some(Field::Text(s, swap_lower)) => out.push_str(&spec.text(&s, swap_lower)),
            Some(Field::Num(n)) => out.push_str(&spec.number(&n)),
            Some(Field::Composite(s)) => {
                out.push_str(&spec.text(&strftime_capped(s, tm, epoch, cap)?, false))
            }
            None => out.extend(&chars[start..i]),
        }
        if out.len() > cap {
            return None;
        }
    }
    if out.len() > cap { None } else { Some(out) }
}

struct Spec {
    flag: Option<char>,
    width: Option<usize>,
    upper: bool,
    swap: bool,
}

impl Spec {
    fn text(&self, s: &str, swap_lower: bool) -> String {
        let s = if self.upper || (self.swap && !swap_lower) {
            s.to_uppercase()
        } else if self.swap && swap_lower {
            s.to_lowercase()
        } else {
            s.to_string()
        };
        let len = s.chars().count();
        match self.width {
            Some(w) if w > len => {
                let pad = if self.flag == Some('0') { '0' } else { ' ' };
                let mut out: String = std::iter::repeat_n(pad, w - len).collect();
                out.push_str(&s);
                out
            }
            _ => s,
        }
    }

    fn number(&self, n: &Num) -> String {
        let digits = n.value.unsigned_abs().to_string();
        let neg = n.value < 0;
        let width = match (self.flag, self.width) {
            (_, Some(w)) => w,
            (Some('-'), None) => 0,
            (_, None) => n.width,
        };
        let pad = match self.flag {
            Some('_') => ' ',
            Some('0') => '0',
            // With a width, `-` still pads, with spaces (glibc: `%-5d` is `    5`).
            Some('-') => ' ',
            _ if self.width.is_some() && n.pad == ' ' => ' ',
            _ => n.pad,
        };
        let len = digits.len() + usize::from(neg);
        let fill = width.saturating_sub(len);
        let mut out = String::new();
        if pad == '0' {
            if neg {
                out.push('-');
            }
            out.extend(std::iter::repeat_n('0', fill));
        } else {
            out.extend(std::iter::repeat_n(' ', fill));
            if neg {
                out.push('-');
            }
        }
        out.push_str(&digits);
        out
    }
}

enum Field {
    /// Text, and whether `#` makes it lower case (`%Z`, `%p`) rather than upper case.
    Text(String, bool),
    Num(Num),
    /// A conversion defined as another format (`%D` is `%m/%d/%y`).
    Composite(&'static str),
}

fn num(value: i64, width: usize, pad: char) -> Option<Field> {
    Some(Field::Num(Num { value, width, pad }))
}

fn convert(conv: char, tm: &Tm, epoch: &dyn Fn(&Tm) -> i64) -> Option<Field> {
    let text = |s: &str| Some(Field::Text(s.to_string(), false));
    match conv {
        'a' => text(abbr(day_name(tm))),
        'A' => text(day_name(tm)),
        'b' | 'h' => text(abbr(month_name(tm))),
        'B' => text(month_name(tm)),
        'c' => Some(Field::Composite("%a %b %e %H:%M:%S %Y")),
        'C' => num(tm.year.div_euclid(100), 1, '0'),
        'd' => num(tm.mday, 2, '0'),
        'D' | 'x' => Some(Field::Composite("%m/%d/%y")),
        'e' => num(tm.mday, 2, ' '),
        'F' => Some(Field::Composite("%Y-%m-%d")),
        'g' => num(iso_week(tm).0.rem_euclid(100), 2, '0'),
        'G' => num(iso_week(tm).0, 1, '0'),
        'H' => num(tm.hour, 2, '0'),
        'I' => num(hour12(tm.hour), 2, '0'),
        'j' => num(tm.yday + 1, 3, '0'),
        'k' => num(tm.hour, 2, ' '),
        'l' => num(hour12(tm.hour), 2, ' '),
        'm' => num(tm.mon + 1, 2, '0'),
        'M' => num(tm.min, 2, '0'),
        'n' => text("\n"),
        'p' => Some(Field::Text(
            if tm.hour >= 12 { "PM" } else { "AM" }.into(),
            true,
        )),
        'P' => text(if tm.hour >= 12 { "pm" } else { "am" }),
        'r' => Some(Field::Composite("%I:%M:%S %p")),
        'R' => Some(Field::Composite("%H:%M")),
        's' => num(epoch(tm), 1, '0'),
        'S' => num(tm.sec, 2, '0'),
        't' => text("\t"),
        'T' | 'X' => Some(Field::Composite("%H:%M:%S")),
        'u' => num((tm.wday - 1).rem_euclid(7) + 1, 1, '0'),
        'U' => num((tm.yday - tm.wday + 7).div_euclid(7), 2, '0'),
        'V' => num(iso_week(tm).1, 2, '0'),
        'w' => num(tm.wday, 1, '0'),
        'W' => num((tm.yday - (tm.wday - 1 + 7) % 7 + 7).div_euclid(7), 2, '0'),
        'y' => num(tm.year.rem_euclid(100), 2, '0'),
        'Y' => num(tm.year, 1, '0'),
        'z' => {
            let off = tm.gmtoff.unwrap_or(0);
            let sign = if off < 0 { '-' } else { '+' };
            let m = off.abs() / 60;
            Some(Field::Text(
                format!("{sign}{:02}{:02}", m / 60, m % 60),
                false,
            ))
        }
        'Z' => {
            let zone = match &tm.zone {
                Some(z) => z.clone(),
                None => super::tm::tzname_for(tm.isdst > 0),
            };
            Some(Field::Text(zone, true))
        }
        '%' => text("%"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tm(year: i64, mon: i64, mday: i64, wday: i64, yday: i64) -> Tm {
        Tm {
            year,
            mon,
            mday,
            hour: 7,
            min: 8,
            sec: 9,
            wday,
            yday,
            zone: Some("UTC".into()),
            gmtoff: Some(0),
            ..Tm::default()
        }
    }

    #[test]
    fn formats_like_glibc() {
        let t = tm(2020, 0, 5, 0, 4);
        let e = |_: &Tm| 0;
        assert_eq!(
            strftime("%-d|%_H|%^a|%#Z|%10A|%010d|%#a", &t, &e),
            "5| 7|SUN|utc|    Sunday|0000000005|SUN"
        );
        assert_eq!(strftime("%G %g %V %U %W", &t, &e), "2020 20 01 01 00");
        assert_eq!(
            strftime("%Q %5Y %", &tm(1970, 0, 1, 4, 0), &e),
            "%Q 01970 %"
        );
        assert_eq!(
            strftime("%c", &tm(2001, 8, 9, 0, 251), &e),
            "Sun Sep  9 07:08:09 2001"
        );
        assert_eq!(
            strftime("%Y|%C|%y|%4Y", &tm(-1, 0, 1, 1, 0), &e),
            "-1|-1|99|-001"
        );
        assert_eq!(strftime("%5%", &t, &e), "    %");
    }
}
