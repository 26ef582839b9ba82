//! The on-disk bytecode cache format: a compiled module as Ferrython writes it to
//! `__pycache__/<name>.ferrython-311.pyc`.
//!
//! A cache file is valid for exactly one source text: its header carries the length and a 64-bit
//! SipHash of the source bytes (as CPython's hash-based `.pyc` files, PEP 552, always checked), so an
//! edit is seen even when it keeps the file's size and modification time. Layout, integers little-endian:
//!
//! ```text
//! magic          4 bytes  b"FRYC"
//! fingerprint    8 bytes  the compiler build that wrote it (COMPILER_FINGERPRINT)
//! source length  8 bytes
//! source hash    8 bytes  source_hash(source)
//! payload hash   8 bytes  SipHash of the payload, so a damaged file is refused, not trusted
//! payload        postcard encoding of the module's CodeObject (nested code objects inline)
//! ```
//!
//! The fingerprint is a hash of this crate's sources taken at build time (`build.rs`): a compiler
//! that changes in any way, including the instruction set, never reads another build's files.
//! [`read`] refuses a file that does not match, and checks what it decodes before handing it out:
//! every operand within its table, every jump inside the code, every instruction finding the stack
//! items it reads ([`crate::max_stack_depth`]). The VM can therefore run a cached code object with the
//! same trust as a freshly compiled one, and a damaged or foreign file costs a recompilation, never a
//! crash.

use std::hash::Hasher;
use std::rc::Rc;

use crate::bytecode::{CodeObject, Constant, Instruction};

const MAGIC: &[u8; 4] = b"FRYC";
const HEADER_LEN: usize = 4 + 8 * 4;

/// Identifies the compiler build; see the module docs.
pub const COMPILER_FINGERPRINT: u64 = parse_fingerprint(env!("FERRYTHON_COMPILER_FINGERPRINT"));

const fn parse_fingerprint(hex: &str) -> u64 {
    let bytes = hex.as_bytes();
    let mut value = 0u64;
    let mut i = 0;
    while i < bytes.len() {
        let digit = match bytes[i] {
            b @ b'0'..=b'9' => b - b'0',
            b @ b'a'..=b'f' => b - b'a' + 10,
            _ => panic!("FERRYTHON_COMPILER_FINGERPRINT is not lowercase hex"),
        };
        value = value << 4 | digit as u64;
        i += 1;
    }
    value
}

/// Why a cache file was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a Ferrython cache file, or written by another compiler build.
    Foreign,
    /// Written for other source text.
    Stale,
    /// Truncated or damaged, or decodes to code that does not hold together.
    Damaged(String),
}

/// 64-bit SipHash-1-3 (the standard library's `DefaultHasher`, zero keys) of `bytes`.
pub fn source_hash(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// The cache file for `code`, compiled from `source`.
pub fn write(code: &CodeObject, source: &[u8]) -> Vec<u8> {
    // Serialising plain owned data into a Vec cannot fail.
    let payload = postcard::to_stdvec(code).unwrap_or_default();
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&COMPILER_FINGERPRINT.to_le_bytes());
    out.extend_from_slice(&(source.len() as u64).to_le_bytes());
    out.extend_from_slice(&source_hash(source).to_le_bytes());
    out.extend_from_slice(&source_hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// The code object in the cache file `data`, if it was written for exactly `source` by this compiler
/// build and is intact. Its code objects are renamed to `filename` when the source has moved (CPython's
/// `_fix_co_filename`).
pub fn read(data: &[u8], source: &[u8], filename: &str) -> Result<CodeObject, Refusal> {
    let Some((header, payload)) = data.split_at_checked(HEADER_LEN) else {
        return Err(if data.starts_with(MAGIC) { Refusal::Damaged("truncated header".into()) } else { Refusal::Foreign });
    };
    let field = |i: usize| u64::from_le_bytes(header[4 + 8 * i..12 + 8 * i].try_into().unwrap_or_default());
    if &header[..4] != MAGIC || field(0) != COMPILER_FINGERPRINT {
        return Err(Refusal::Foreign);
    }
    if field(1) != source.len() as u64 || field(2) != source_hash(source) {
        return Err(Refusal::Stale);
    }
    if field(3) != source_hash(payload) {
        return Err(Refusal::Damaged("payload does not match its hash".into()));
    }
    let mut code: CodeObject = postcard::from_bytes(payload).map_err(|e| Refusal::Damaged(e.to_string()))?;
    check(&code).map_err(Refusal::Damaged)?;
    if &*code.filename != filename {
        rename(&mut code, &Rc::from(filename));
    }
    Ok(code)
}

fn rename(code: &mut CodeObject, filename: &Rc<str>) {
    code.filename = filename.clone();
    for c in &mut code.consts {
        if let Constant::Code(inner) = c {
            let mut owned = (**inner).clone();
            rename(&mut owned, filename);
            *inner = Rc::new(owned);
        }
    }
}

/// Everything the VM relies on without checking at run time: tables indexed by operands are long enough,
/// jumps land inside the code, one location per instruction, and a consistent stack.
pub fn check(code: &CodeObject) -> Result<(), String> {
    use Instruction::*;
    let n = code.instructions.len();
    let fail = |i: usize, what: &str| Err(format!("{}: instruction {i} ({:?}): {what}", code.qualname, code.instructions[i]));
    if n == 0 || code.locations.len() != n {
        return Err(format!("{}: {n} instructions, {} locations", code.qualname, code.locations.len()));
    }
    if code.cell2arg.len() != code.cellvars.len() || code.cell2arg.iter().flatten().any(|&a| a as usize >= code.varnames.len()) {
        return Err(format!("{}: cell2arg does not fit cellvars and varnames", code.qualname));
    }
    if code.total_args() > code.varnames.len() || code.posonlyargcount > code.argcount {
        return Err(format!("{}: more parameters than local names", code.qualname));
    }
    for (i, ins) in code.instructions.iter().enumerate() {
        let (index, table) = match *ins {
            LoadConst(k) => (k, code.consts.len()),
            LoadFast(k) | StoreFast(k) | DeleteFast(k) => (k, code.varnames.len()),
            LoadDeref(k) | StoreDeref(k) | DeleteDeref(k) | LoadClosure(k) | LoadClassDeref(k) => (k, code.ncells()),
            LoadName(k) | StoreName(k) | DeleteName(k) | LoadGlobal(k) | StoreGlobal(k) | DeleteGlobal(k) | LoadAttr(k) | StoreAttr(k)
            | DeleteAttr(k) | LoadMethod(k) | ImportName(k) | ImportFrom(k) => (k, code.names.len()),
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
            | ForIter(t) | SetupFinally(t) | SetupWith(t) => (t, n),
            _ => continue,
        };
        if index as usize >= table {
            return fail(i, "operand out of range");
        }
    }
    crate::max_stack_depth(code).map_err(|e| e.to_string())?;
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            check(inner)?;
        }
    }
    Ok(())
}
