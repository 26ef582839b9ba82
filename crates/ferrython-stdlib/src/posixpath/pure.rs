//! The string algorithms of CPython 3.11's `posixpath.py` (and `genericpath._splitext`), on the
//! bytes of a path. `/` and `.` are ASCII, so cutting a UTF-8 str's bytes at them keeps it valid.

const SEP: u8 = b'/';
const DOT: u8 = b'.';

fn rfind(p: &[u8], c: u8) -> Option<usize> {
    p.iter().rposition(|&b| b == c)
}

fn rstrip_sep(p: &[u8]) -> &[u8] {
    let end = p.iter().rposition(|&b| b != SEP).map_or(0, |i| i + 1);
    &p[..end]
}

fn all_sep(p: &[u8]) -> bool {
    p.iter().all(|&b| b == SEP)
}

/// `join(a, *p)`: an absolute component restarts the path.
pub fn join(a: &[u8], rest: &[&[u8]]) -> Vec<u8> {
    let mut path = a.to_vec();
    for b in rest {
        if b.first() == Some(&SEP) {
            path = b.to_vec();
        } else if path.is_empty() || path.last() == Some(&SEP) {
            path.extend_from_slice(b);
        } else {
            path.push(SEP);
            path.extend_from_slice(b);
        }
    }
    path
}

/// `split(p)`: (head, tail); trailing slashes go from head unless it is all slashes.
pub fn split(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let i = rfind(p, SEP).map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && !all_sep(head) {
        rstrip_sep(head)
    } else {
        head
    };
    (head.to_vec(), tail.to_vec())
}

/// `basename(p)`.
pub fn basename(p: &[u8]) -> Vec<u8> {
    split_tail(p).to_vec()
}

fn split_tail(p: &[u8]) -> &[u8] {
    let i = rfind(p, SEP).map_or(0, |i| i + 1);
    &p[i..]
}

/// `dirname(p)`.
pub fn dirname(p: &[u8]) -> Vec<u8> {
    split(p).0
}

/// `genericpath._splitext(p, '/', None, '.')`: leading dots of the last component are not an
/// extension (`.bashrc` has none).
pub fn splitext(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let sep_index = rfind(p, SEP).map_or(-1, |i| i as isize);
    if let Some(dot_index) = rfind(p, DOT)
        && dot_index as isize > sep_index
        && p[(sep_index + 1) as usize..dot_index]
            .iter()
            .any(|&b| b != DOT)
    {
        return (p[..dot_index].to_vec(), p[dot_index..].to_vec());
    }
    (p.to_vec(), Vec::new())
}

/// `isabs(s)`.
pub fn isabs(p: &[u8]) -> bool {
    p.first() == Some(&SEP)
}

/// `normpath(path)`: POSIX keeps exactly two leading slashes, three or more become one.
pub fn normpath(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return vec![DOT];
    }
    let mut initial_slashes = usize::from(path.starts_with(b"/"));
    if path.starts_with(b"//") && !path.starts_with(b"///") {
        initial_slashes = 2;
    }
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in path.split(|&b| b == SEP) {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        if comp != b".."
            || (initial_slashes == 0 && comps.is_empty())
            || comps.last() == Some(&&b".."[..])
        {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = vec![SEP; initial_slashes];
    out.extend_from_slice(&comps.join(&SEP));
    if out.is_empty() { vec![DOT] } else { out }
}

/// `abspath(path)` given the current directory.
pub fn abspath(path: &[u8], cwd: &[u8]) -> Vec<u8> {
    if isabs(path) {
        normpath(path)
    } else {
        normpath(&join(cwd, &[path]))
    }
}

/// `relpath(path, start)` given the current directory (both non-empty).
pub fn relpath(path: &[u8], start: &[u8], cwd: &[u8]) -> Vec<u8> {
    let start_abs = abspath(start, cwd);
    let path_abs = abspath(path, cwd);
    let start_list: Vec<&[u8]> = start_abs
        .split(|&b| b == SEP)
        .filter(|c| !c.is_empty())
        .collect();
    let path_list: Vec<&[u8]> = path_abs
        .split(|&b| b == SEP)
        .filter(|c| !c.is_empty())
        .collect();
    let common = start_list
        .iter()
        .zip(&path_list)
        .take_while(|(a, b)| a == b)
        .count();
    let mut rel: Vec<&[u8]> = vec![b".."; start_list.len() - common];
    rel.extend_from_slice(&path_list[common..]);
    match rel.split_first() {
        None => vec![DOT],
        Some((first, rest)) => join(first, rest),
    }
}

/// `commonpath(paths)` for paths of one kind, all absolute or all relative (the caller checks).
pub fn commonpath(paths: &[Vec<u8>]) -> Vec<u8> {
    let split: Vec<Vec<&[u8]>> = paths
        .iter()
        .map(|p| {
            p.split(|&b| b == SEP)
                .filter(|c| !c.is_empty() && *c != b".")
                .collect()
        })
        .collect();
    let (Some(s1), Some(s2)) = (split.iter().min(), split.iter().max()) else {
        return Vec::new();
    };
    let common = s1.iter().zip(s2).take_while(|(a, b)| a == b).count();
    let mut out = if paths.first().is_some_and(|p| isabs(p)) {
        vec![SEP]
    } else {
        Vec::new()
    };
    out.extend_from_slice(&s1[..common].join(&SEP));
    out
}

/// `expandvars(path)`: `$name` and `${name}` (name: ASCII `\w+`) replaced from `lookup`; unknown
/// variables are left alone.
pub fn expandvars(path: &[u8], lookup: impl Fn(&[u8]) -> Option<Vec<u8>>) -> Vec<u8> {
    if !path.contains(&b'$') {
        return path.to_vec();
    }
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = path.to_vec();
    let mut i = 0;
    while i < out.len() {
        if out[i] != b'$' {
            i += 1;
            continue;
        }
        // The regex `\$(\w+|\{[^}]*\})` at position i.
        let (name, end) = match out.get(i + 1) {
            Some(&b) if is_word(b) => {
                let end = (i + 1..out.len())
                    .find(|&j| !is_word(out[j]))
                    .unwrap_or(out.len());
                (out[i + 1..end].to_vec(), end)
            }
            Some(b'{') => match (i + 2..out.len()).find(|&j| out[j] == b'}') {
                Some(close) => (out[i + 2..close].to_vec(), close + 1),
                None => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i += 1;
                continue;
            }
        };
        match lookup(&name) {
            Some(value) => {
                let tail = out[end..].to_vec();
                out.truncate(i);
                out.extend_from_slice(&value);
                i = out.len();
                out.extend_from_slice(&tail);
            }
            None => i = end,
        }
    }
    out
}

/// `expanduser(path)` given how to find the home directory of the current user (`None` name) or
/// of a named user; `None` from `home` leaves the path unchanged.
pub fn expanduser(path: &[u8], home: impl Fn(Option<&[u8]>) -> Option<Vec<u8>>) -> Vec<u8> {
    if path.first() != Some(&b'~') {
        return path.to_vec();
    }
    let i = path[1..]
        .iter()
        .position(|&b| b == SEP)
        .map_or(path.len(), |j| j + 1);
    let user = if i == 1 { None } else { Some(&path[1..i]) };
    let Some(userhome) = home(user) else {
        return path.to_vec();
    };
    let mut out = rstrip_sep(&userhome).to_vec();
    out.extend_from_slice(&path[i..]);
    if out.is_empty() { vec![SEP] } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: Vec<u8>) -> String {
        String::from_utf8(v).unwrap_or_default()
    }

    #[test]
    fn join_and_split() {
        assert_eq!(s(join(b"a", &[b"/b", b"c"])), "/b/c");
        assert_eq!(s(join(b"a/", &[b"b"])), "a/b");
        assert_eq!(s(join(b"", &[b"b"])), "b");
        assert_eq!(s(join(b"a", &[b""])), "a/");
        assert_eq!(split(b"//"), (b"//".to_vec(), Vec::new()));
        assert_eq!(split(b"a//b"), (b"a".to_vec(), b"b".to_vec()));
    }

    #[test]
    fn normpath_cases() {
        assert_eq!(s(normpath(b"a/./b/../c")), "a/c");
        assert_eq!(s(normpath(b"//a")), "//a");
        assert_eq!(s(normpath(b"///a/..")), "/");
        assert_eq!(s(normpath(b"../../a")), "../../a");
        assert_eq!(s(normpath(b"/..")), "/");
    }

    #[test]
    fn splitext_cases() {
        assert_eq!(splitext(b".bashrc"), (b".bashrc".to_vec(), Vec::new()));
        assert_eq!(splitext(b"a/..b.c"), (b"a/..b".to_vec(), b".c".to_vec()));
        assert_eq!(splitext(b"a.b/c"), (b"a.b/c".to_vec(), Vec::new()));
    }

    #[test]
    fn expandvars_cases() {
        let look = |n: &[u8]| if n == b"X" { Some(b"1".to_vec()) } else { None };
        assert_eq!(s(expandvars(b"$X/${X}/$Y/${X", look)), "1/1/$Y/${X");
        assert_eq!(s(expandvars(b"$X$X", look)), "11");
    }
}
