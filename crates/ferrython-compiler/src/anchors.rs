//! Where the `^` part of a traceback's `~~^~~` markers goes: CPython 3.11's
//! `traceback._extract_caret_anchors_from_line_segment`, on our parser.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// For a one-line source segment that is a binary operation or a subscript, the character offsets
/// `(left_end, right_start)` of the operator (or the `[...]` part) within the segment.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    if segment.starts_with([' ', '\t']) {
        return None;
    }
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(stmt) = &body[0] else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let normalize = |byte: usize| segment[..byte.min(segment.len())].chars().count();
    match &*stmt.value {
        Expr::BinOp(binop) => {
            let left_end = binop.left.range().end().to_usize();
            let right_start = binop.right.range().start().to_usize();
            let operator_str: Vec<char> = chars[normalize(left_end)..normalize(right_start)].to_vec();
            let lstripped = operator_str.iter().skip_while(|c| c.is_whitespace()).count();
            let operator_offset = operator_str.len() - lstripped;
            // CPython adds the character offset to the *byte* end offset here; mirror it exactly.
            let mut left_anchor = left_end + operator_offset;
            let mut right_anchor = left_anchor + 1;
            if operator_offset + 1 < operator_str.len() && !operator_str[operator_offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < chars.len() && (chars[left_anchor].is_whitespace() || matches!(chars[left_anchor], ')' | '#')) {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((normalize(left_anchor), normalize(right_anchor)))
        }
        Expr::Subscript(sub) => {
            let mut left_anchor = normalize(sub.value.range().end().to_usize());
            let mut right_anchor = normalize(sub.slice.range().end().to_usize() + 1);
            while left_anchor < chars.len() && chars[left_anchor] != '[' {
                left_anchor += 1;
            }
            while right_anchor < chars.len() && chars[right_anchor] != ']' {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::caret_anchors;

    #[test]
    fn binop_and_subscript() {
        // python3: traceback._extract_caret_anchors_from_line_segment
        assert_eq!(caret_anchors("1 + None"), Some((2, 3)));
        assert_eq!(caret_anchors("a // b"), Some((2, 4)));
        assert_eq!(caret_anchors("d['missing']"), Some((1, 12)));
        assert_eq!(caret_anchors("f(x)"), None);
    }
}
