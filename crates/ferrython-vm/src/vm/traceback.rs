//! Printing exceptions the way CPython 3.11 does (`traceback.py`'s `format_exception`): chained
//! causes and contexts first, then `Traceback (most recent call last):`, each frame with its source line
//! and the `^^^^`/`~~^~~` markers, repeated frames folded, and the `Type: message` line.

use std::rc::Rc;

use crate::object::{Payload, TracebackData};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

const RECURSIVE_CUTOFF: usize = 3;

impl Vm {
    /// The full report for an uncaught exception, as `sys.excepthook` prints it.
    pub fn format_exception(&mut self, exc: &PyRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &PyRef, out: &mut String, seen: &mut Vec<PyRef>) {
        seen.push(exc.clone());
        if let Payload::Exception(data) = &exc.payload {
            let cause = data.cause.borrow().clone();
            let context = data.context.borrow().clone();
            if let Value::Obj(c) = &cause {
                if !seen.iter().any(|s| Rc::ptr_eq(s, c)) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let Value::Obj(c) = &context
                && !data.suppress_context.get()
                && !seen.iter().any(|s| Rc::ptr_eq(s, c))
            {
                self.format_chain(c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
            let tb = data.traceback.borrow().clone();
            if let Some(tb) = tb {
                out.push_str("Traceback (most recent call last):\n");
                self.format_tb(&tb, out);
            }
        }
        self.format_exception_only(exc, out);
    }

    fn format_tb(&mut self, tb: &PyRef, out: &mut String) {
        let mut entries: Vec<PyRef> = Vec::new();
        let mut cur = Some(tb.clone());
        while let Some(t) = cur {
            let next = match &t.payload {
                Payload::Traceback(d) => d.next.borrow().clone(),
                _ => None,
            };
            entries.push(t);
            cur = next;
        }
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for t in &entries {
            let Payload::Traceback(d) = &t.payload else { continue };
            let key = (d.code.code.filename.to_string(), d.lineno.get(), d.code.code.name.to_string());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                flush_repeats(out, count);
                last = Some(key);
                count = 1;
            }
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            self.format_frame(d, out);
        }
        flush_repeats(out, count);
    }

    fn format_frame(&mut self, d: &TracebackData, out: &mut String) {
        let code = &d.code.code;
        let lineno = d.lineno.get();
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, lineno, code.name));
        let Some(line) = self.source_line(&code.filename, lineno) else { return };
        let stripped = line.trim();
        if stripped.is_empty() {
            return;
        }
        out.push_str(&format!("    {stripped}\n"));
        let Some(loc) = code.locations.get(d.instr).copied() else { return };
        if loc.line != lineno || loc.line == 0 {
            return;
        }
        let orig = line.trim_end_matches(['\n', '\r']);
        let stripped_chars = orig.chars().count() - orig.trim_start().chars().count();
        let start = byte_to_char(orig, loc.col as usize);
        let mut end = byte_to_char(orig, loc.end_col as usize);
        let mut anchors = None;
        if loc.line == loc.end_line {
            let segment: String = orig.chars().skip(start).take(end.saturating_sub(start)).collect();
            anchors = ferrython_compiler::anchors::caret_anchors(&segment);
        } else {
            end = orig.trim_end().chars().count();
        }
        let stripped_len = stripped.chars().count();
        let show = end.saturating_sub(start) < stripped_len || anchors.is_some_and(|(l, r)| r > l);
        if !show || end <= start {
            return;
        }
        out.push_str("    ");
        out.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
        match anchors {
            Some((left, right)) => {
                out.push_str(&"~".repeat(left));
                out.push_str(&"^".repeat(right - left));
                out.push_str(&"~".repeat((end - start).saturating_sub(right)));
            }
            None => out.push_str(&"^".repeat(end - start)),
        }
        out.push('\n');
    }

    /// Line `lineno` of the file (like `linecache.getline`).
    pub fn source_line(&self, filename: &str, lineno: u32) -> Option<String> {
        if filename.starts_with('<') {
            return None;
        }
        let text = std::fs::read(filename).ok()?;
        let text = String::from_utf8_lossy(&text);
        text.split_inclusive('\n').nth(lineno.checked_sub(1)? as usize).map(|s| s.to_string())
    }

    /// The last line(s): `Type: message`, with SyntaxError's source display.
    pub fn format_exception_only(&mut self, exc: &PyRef, out: &mut String) {
        let cls = exc.class();
        let mut name = cls.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
        let module = cls.dict().and_then(|d| dict_ops::get_str(&d, &self.names.__module__));
        if let Some(m) = module.as_ref().and_then(Vm::str_of)
            && m != "builtins"
            && m != "__main__"
        {
            name = format!("{m}.{name}");
        }
        if crate::vm::attr::is_subtype(&cls, &self.exc.syntax_error.clone()) {
            self.format_syntax_error_detail(exc, out);
        }
        let exc_v = Value::Obj(exc.clone());
        let msg = if crate::vm::attr::is_subtype(&cls, &self.exc.syntax_error.clone()) {
            let m = exc.dict().and_then(|d| dict_ops::get_str(&d, &self.names.msg));
            match m {
                Some(m) => self.str_string(&m).unwrap_or_default(),
                None => self.str_string(&exc_v).unwrap_or_default(),
            }
        } else {
            match self.str_string(&exc_v) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            }
        };
        let suggestion = self.offer_suggestion(exc).map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default();
        if msg.is_empty() && suggestion.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {msg}{suggestion}"));
        }
        out.push('\n');
    }

    /// The `File ..., line N`, source and caret lines of a `SyntaxError`, as CPython 3.11's
    /// `print_exception` with `parse_syntax_error` and `print_error_text` (pythonrun.c).
    fn format_syntax_error_detail(&mut self, exc: &PyRef, out: &mut String) {
        let Some(d) = exc.dict() else { return };
        let get = |n: &PyRef| dict_ops::get_str(&d, n).filter(|v| !v.is_none());
        let int = |v: Option<Value>| if let Some(Value::Int(i)) = v { Some(i) } else { None };
        let filename = get(&self.names.filename).and_then(|v| Vm::str_of(&v).map(|s| s.to_string()));
        let lineno = int(get(&self.names.lineno)).unwrap_or(0);
        let text = get(&self.names.text).and_then(|v| Vm::str_of(&v).map(|s| s.to_string()));
        let offset = int(get(&self.names.offset)).unwrap_or(-1);
        // Only an exact `SyntaxError` has its end position used; subclasses (`IndentationError`,
        // `TabError`) get one caret.
        let exact = Rc::ptr_eq(&exc.class(), &self.exc.syntax_error);
        let (end_lineno, mut end_offset) =
            if exact { (int(get(&self.names.end_lineno)).unwrap_or(lineno), int(get(&self.names.end_offset)).unwrap_or(-1)) } else { (lineno, -1) };
        out.push_str(&format!("  File \"{}\", line {}\n", filename.as_deref().unwrap_or("<string>"), lineno));
        let Some(text) = text else { return };
        let line_size = text.len() as i64;
        // An error spanning lines is highlighted to the end of its first line.
        if end_lineno > lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        print_error_text(out, offset, end_offset, &text);
    }
}

/// CPython's `print_error_text`: the line without its indentation, and a caret line unless the
/// (1-based) `offset` points into the indentation.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset { (end_offset - offset) as usize } else { 1 };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Lines before the one the offset is on are skipped.
    while let Some(nl) = text.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if text.as_bytes().get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets));
    out.push('\n');
}

fn flush_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
    }
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}
