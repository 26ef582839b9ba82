//! `codeop::compile_command` replayed line by line, as the prompt uses it, against what CPython
//! 3.11's interactive loop did with the same lines (`codeop/cases.expected`, recorded by
//! `codeop/generate.py`, which documents the format): which prompts it showed and which syntax
//! errors it reported.

use std::path::Path;

use ferrython_compiler::codeop::compile_command;

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The prompts and syntax errors of an interactive session fed `source` and then end of input.
fn transcript(source: &str) -> String {
    let mut events = vec![">>>".to_string()];
    let mut buffer = String::new();
    let outcome = |buffer: &mut String, end_of_input: bool, events: &mut Vec<String>| match compile_command(buffer, "<stdin>", end_of_input) {
        Ok(None) => events.push("...".into()),
        Ok(Some(_)) => {
            buffer.clear();
            events.push(">>>".into());
        }
        Err(e) => {
            events.push(format!("! {}: {} @{}", e.kind, e.msg, e.lineno));
            buffer.clear();
            events.push(">>>".into());
        }
    };
    for line in source.split_inclusive('\n') {
        buffer.push_str(line);
        outcome(&mut buffer, false, &mut events);
    }
    if !buffer.is_empty() {
        outcome(&mut buffer, true, &mut events);
    }
    events.join(" ")
}

#[test]
fn statements_end_where_cpythons_prompt_ends_them() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codeop/cases.expected");
    let expected = std::fs::read_to_string(&path).expect("cases.expected (run generate.py)");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in expected.lines() {
        let (case, want) = line.split_once(" -> ").expect("`case -> transcript`");
        let got = transcript(&unescape(case));
        count += 1;
        if got != want {
            failures.push(format!("{case}\n  CPython:   {want}\n  Ferrython: {got}"));
        }
    }
    assert!(count > 0);
    assert!(failures.is_empty(), "{} of {count} cases differ:\n{}", failures.len(), failures.join("\n"));
}
