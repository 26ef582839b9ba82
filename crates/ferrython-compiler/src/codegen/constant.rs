//! Literals to [`Constant`]s, the small amount of constant folding CPython's AST optimizer does that
//! programs can observe (negative literals, tuples of constants), and dedupe keys.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr, Number, UnaryOp};

use crate::bytecode::Constant;

/// Key for deduplicating constants: `1`, `1.0` and `True` are distinct, and `0.0`/`-0.0` too (CPython's
/// `_PyCode_ConstantKey`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
}

impl ConstKey {
    /// `None` for constants that are never shared (code objects).
    pub(crate) fn of(c: &Constant) -> Option<ConstKey> {
        Some(match c {
            Constant::None => ConstKey::None,
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(i) => ConstKey::BigInt(i.clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(items) => {
                ConstKey::Tuple(items.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            Constant::Code(_) => return None,
        })
    }
}

/// The constant an integer literal denotes (`ruff` keeps big literals as their source text).
fn int_constant(i: &ast::Int) -> Constant {
    if let Some(v) = i.as_i64() {
        return Constant::Int(v);
    }
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    match BigInt::from_str_radix(digits, radix) {
        Ok(b) => match i64::try_from(&b) {
            Ok(v) => Constant::Int(v),
            Err(_) => Constant::BigInt(b),
        },
        Err(_) => Constant::Int(0),
    }
}

/// The constant value of `e` if it is a literal (or a folded negative literal / tuple of constants).
pub(crate) fn constant_of(e: &Expr) -> Option<Constant> {
    // `- - - ... 1` recurses once per operator: grow the stack rather than overflow it.
    stacker::maybe_grow(32 * 1024, 1024 * 1024, || constant_of_inner(e))
}

fn constant_of_inner(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => int_constant(i),
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match constant_of(&u.operand)? {
            Constant::Int(i) => match i.checked_neg() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(-BigInt::from(i)),
            },
            Constant::BigInt(b) => {
                let neg = -b;
                match i64::try_from(&neg) {
                    Ok(v) => Constant::Int(v),
                    Err(_) => Constant::BigInt(neg),
                }
            }
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex { real, imag } => Constant::Complex {
                real: -real,
                imag: -imag,
            },
            _ => return None,
        },
        // `1 + 2j` / `-0 - 0j`: complex literals (CPython's AST optimizer folds them; match patterns
        // rely on it).
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            let real = match constant_of(&b.left)? {
                Constant::Int(i) => i as f64,
                Constant::Float(f) => f,
                _ => return None,
            };
            let Constant::Complex { real: r2, imag } = constant_of(&b.right)? else {
                return None;
            };
            if b.op == ast::Operator::Add {
                Constant::Complex {
                    real: real + r2,
                    imag,
                }
            } else {
                Constant::Complex {
                    real: real - r2,
                    imag: -imag,
                }
            }
        }
        Expr::Tuple(t) => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(constant_of).collect();
            Constant::Tuple(items?.into())
        }
        _ => return None,
    })
}

/// Is `e` a literal constant (not a folded tuple)? Used where CPython drops constant statements.
pub(crate) fn is_literal(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}
