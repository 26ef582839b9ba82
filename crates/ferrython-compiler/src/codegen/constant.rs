//! Literals to [`Constant`]s, the small amount of constant folding CPython's AST optimizer does that
//! programs can observe (negative literals, tuples of constants), and dedupe keys.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr, Number, UnaryOp};

use crate::bytecode::Constant;

/// Key for deduplicating constants: `1`, `1.0` and `True` are distinct, and `0.0`/`-0.0` too (CPython's
/// `_PyCode_ConstantKey`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// The items' keys, sorted: frozensets with the same items share one constant whatever their
    /// order, as CPython's key (a frozenset of the items' keys) does.
    FrozenSet(Vec<ConstKey>),
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
            Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(ConstKey::of).collect::<Option<_>>()?),
            Constant::FrozenSet(items) => {
                let mut keys = items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>()?;
                keys.sort();
                ConstKey::FrozenSet(keys)
            }
            Constant::Code(_) => return None,
        })
    }
}

/// The frozenset constant CPython's AST optimizer makes of a set display whose items are all
/// constants (`fold_iter`, and `starunpack_helper` for three or more items): the items in source
/// order, each kept only if no earlier item equals it (`{1, 1.0, True}` is `frozenset({1})`).
pub(crate) fn frozenset_of(elts: &[Expr]) -> Option<Constant> {
    let mut items: Vec<Constant> = Vec::with_capacity(elts.len());
    for e in elts {
        let c = constant_of(e)?;
        if !items.iter().any(|seen| python_eq(seen, &c)) {
            items.push(c);
        }
    }
    Some(Constant::FrozenSet(items.into()))
}

/// `a == b` for constants, as Python compares them (numbers across types by value).
pub(crate) fn python_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    match (a, b) {
        (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
        (C::Str(x), C::Str(y)) => x == y,
        (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::Tuple(x), C::Tuple(y)) | (C::FrozenSet(x), C::FrozenSet(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| python_eq(p, q)),
        _ => match (Numeric::of(a), Numeric::of(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// A number constant as an exact value, for [`python_eq`]: an integer (bool, int, or an integral
/// float), otherwise a complex of two floats.
#[derive(PartialEq)]
enum Numeric {
    Integer(BigInt),
    Complex(f64, f64),
}

impl Numeric {
    fn of(c: &Constant) -> Option<Numeric> {
        Some(match c {
            Constant::Bool(b) => Numeric::Integer(BigInt::from(u8::from(*b))),
            Constant::Int(i) => Numeric::Integer(BigInt::from(*i)),
            Constant::BigInt(i) => Numeric::Integer(i.clone()),
            Constant::Float(f) => Numeric::real(*f),
            Constant::Complex { real, imag } if *imag == 0.0 => Numeric::real(*real),
            Constant::Complex { real, imag } => Numeric::Complex(*real, *imag),
            _ => return None,
        })
    }

    fn real(f: f64) -> Numeric {
        match num_traits::FromPrimitive::from_f64(f) {
            Some(i) if f.fract() == 0.0 => Numeric::Integer(i),
            _ => Numeric::Complex(f, 0.0),
        }
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
            Number::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
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
            Constant::Complex { real, imag } => Constant::Complex { real: -real, imag: -imag },
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
            if b.op == ast::Operator::Add { Constant::Complex { real: real + r2, imag } } else { Constant::Complex { real: real - r2, imag: -imag } }
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
