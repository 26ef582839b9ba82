//! Runtime code objects: the compiler's `CodeObject` plus its constants and names as Python values.

use std::cell::RefCell;
use std::rc::Rc;

use ferrython_compiler::CodeObject;

use crate::value::{PyRef, Value};

pub struct PyCode {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// `co_names` as interned str objects.
    pub names: Vec<PyRef>,
    pub varnames: Vec<PyRef>,
    /// Python-visible `co_name`, `co_qualname`, `co_filename`.
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    /// `LoadGlobal` inline caches, one per name: valid while both the globals and the builtins dict
    /// keep the version they had when the entry was filled (a reload rewriting the module dict, or
    /// any assignment to a global, changes the version).
    pub global_cache: RefCell<Vec<Option<GlobalCacheEntry>>>,
    /// The number of arguments of a "simple" call: a plain function (no `*args`, `**kwargs`,
    /// keyword-only parameters, cells or generator) called with exactly its positional parameters
    /// binds them to the first fast locals and nothing else. `u32::MAX` when the code is not simple.
    pub simple_argcount: u32,
    /// For each instruction, its line in `attr_cache` (`LoadAttr`, `StoreAttr` and `LoadMethod`
    /// have one each; `u32::MAX` for the others); empty for module and class bodies (not cached).
    pub attr_slots: Box<[u32]>,
    /// Inline caches of the attribute instructions (allocated on the first fill). See `vm::attr`
    /// for how entries are filled and used.
    pub attr_cache: RefCell<Vec<AttrCacheLine>>,
    /// Exceptions passing through frames of this code get no traceback entry: set on the Python
    /// functions that stand for C code in CPython (asyncio's `Future` and `Task` methods), whose
    /// calls leave no trace there.
    pub hidden_from_tracebacks: std::cell::Cell<bool>,
}

/// `PyCode::attr_slots` for `code`. Module and class bodies (code without `CO_OPTIMIZED`) usually run
/// once, so they get no attribute caches at all: an import would otherwise allocate a cache line for
/// every attribute access at module level that it never reads again.
pub fn attr_slots(code: &CodeObject) -> Box<[u32]> {
    use ferrython_compiler::bytecode::{Instruction, code_flags};
    if !code.has_flag(code_flags::OPTIMIZED) {
        return Box::new([]);
    }
    let mut n = 0;
    code.instructions
        .iter()
        .map(|i| match i {
            Instruction::LoadAttr(_) | Instruction::StoreAttr(_) | Instruction::LoadMethod(_) => {
                n += 1;
                n - 1
            }
            _ => u32::MAX,
        })
        .collect()
}

/// The cache of one attribute instruction: a few entries, so a site that sees instances of a
/// handful of classes (subclasses sharing a base method) hits for each of them.
#[derive(Clone, Default)]
pub struct AttrCacheLine {
    pub entries: [AttrCacheEntry; 4],
    /// The entry the next fill replaces (round robin).
    pub next: u8,
}

/// What an attribute instruction found the last time, for objects whose class had `version`.
#[derive(Clone, Default)]
pub struct AttrCacheEntry {
    /// The class's `TypeData::version` when the entry was filled; 0 is never a version (empty).
    pub version: u64,
    pub kind: AttrCacheKind,
    /// Where the name was found in the instance dict last time (an entry index), tried first.
    pub hint: std::cell::Cell<u32>,
    /// The class attribute the lookup found (a function for `Method`, the property for `Property`).
    /// Weak, so a cache never keeps a class's contents alive; while the version matches, the class
    /// namespace still holds it.
    pub value: std::rc::Weak<crate::object::PyObject>,
}

#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum AttrCacheKind {
    #[default]
    Empty,
    /// Nothing on the class: the attribute can only come from the instance dict.
    InstanceDict,
    /// A plain function on the class, shadowed only by an instance dict entry.
    Method,
    /// A class attribute that is not a descriptor, shadowed only by an instance dict entry (its
    /// value is looked up on the class at each hit).
    ClassValue,
    /// A `property` (a data descriptor: it wins over the instance dict).
    Property,
    /// A `__slots__` member (a data descriptor); `hint` is the slot's index in the instance's
    /// slot storage.
    Slot,
}

/// `PyCode::simple_argcount` for `code`.
pub fn simple_argcount(code: &CodeObject) -> u32 {
    use ferrython_compiler::bytecode::code_flags;
    let complex = code.has_flag(code_flags::VARARGS)
        || code.has_flag(code_flags::VARKEYWORDS)
        || code.has_flag(code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
        || code.kwonlyargcount != 0
        || code.ncells() != 0;
    if complex { u32::MAX } else { code.argcount }
}

pub struct GlobalCacheEntry {
    /// Weak, so the address cannot be reused by another dict while the entry exists.
    globals: std::rc::Weak<crate::object::PyObject>,
    globals_version: u64,
    builtins_version: u64,
    value: CachedValue,
}

/// The value a `LoadGlobal` cache entry found. An object is held weakly: while the versions match,
/// the dict it came from still holds it, and once they differ the entry must not keep it alive
/// (`del x` at module level frees `x` even if a function has read it).
enum CachedValue {
    Immediate(Value),
    Object(std::rc::Weak<crate::object::PyObject>),
}

fn dict_version(d: &PyRef) -> u64 {
    d.as_dict().map_or(u64::MAX, |d| d.borrow().version)
}

impl PyCode {
    #[inline]
    pub fn cached_global(&self, i: usize, globals: &PyRef, builtins: &PyRef) -> Option<Value> {
        let cache = self.global_cache.borrow();
        let e = cache.get(i)?.as_ref()?;
        if !(std::ptr::eq(e.globals.as_ptr(), Rc::as_ptr(globals))
            && e.globals_version == dict_version(globals)
            && e.builtins_version == dict_version(builtins))
        {
            return None;
        }
        match &e.value {
            CachedValue::Immediate(v) => Some(v.clone()),
            CachedValue::Object(o) => o.upgrade().map(Value::Obj),
        }
    }

    pub fn cache_global(&self, i: usize, globals: &PyRef, builtins: &PyRef, value: &Value) {
        let mut cache = self.global_cache.borrow_mut();
        if cache.len() <= i {
            cache.resize_with(self.names.len().max(i + 1), || None);
        }
        cache[i] = Some(GlobalCacheEntry {
            globals: Rc::downgrade(globals),
            globals_version: dict_version(globals),
            builtins_version: dict_version(builtins),
            value: match value {
                Value::Obj(o) => CachedValue::Object(Rc::downgrade(o)),
                v => CachedValue::Immediate(v.clone()),
            },
        });
    }

    /// Calling the function makes a generator, a coroutine or an async generator.
    #[inline]
    pub fn is_generator(&self) -> bool {
        use ferrython_compiler::bytecode::code_flags;
        self.code.has_flag(code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
    }
}
