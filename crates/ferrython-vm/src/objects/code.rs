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
    value: Value,
}

fn dict_version(d: &PyRef) -> u64 {
    d.as_dict().map_or(u64::MAX, |d| d.borrow().version)
}

impl PyCode {
    #[inline]
    pub fn cached_global(&self, i: usize, globals: &PyRef, builtins: &PyRef) -> Option<Value> {
        let cache = self.global_cache.borrow();
        let e = cache.get(i)?.as_ref()?;
        (std::ptr::eq(e.globals.as_ptr(), Rc::as_ptr(globals))
            && e.globals_version == dict_version(globals)
            && e.builtins_version == dict_version(builtins))
        .then(|| e.value.clone())
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
            value: value.clone(),
        });
    }

    #[inline]
    pub fn is_generator(&self) -> bool {
        self.code.has_flag(ferrython_compiler::bytecode::code_flags::GENERATOR)
    }
}
