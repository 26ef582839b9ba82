//! Type objects: name, bases, MRO and the native layout their instances have. The namespace is the
//! object's `dict` (a real dict; `__dict__` shows it through a mappingproxy).

use std::cell::{Cell, RefCell};

use crate::value::{PyRef, Value};

/// The native payload a type's instances carry; a subclass inherits its base's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// A built-in type whose instances only the VM creates (functions, iterators, ...).
    Opaque,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    pub layout: Layout,
    /// Built-in types are immutable: setting attributes on them fails like CPython.
    pub builtin: bool,
    /// Whether instances get a `__dict__`.
    pub has_instance_dict: bool,
    /// Bumped whenever this type's or an ancestor's namespace changes (method caches compare it).
    pub version: Cell<u64>,
    /// Types that list this one as a base, so a change here can invalidate their caches.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::PyObject>>>,
    /// `__slots__` names declared by the class body (instances still get a dict for now).
    pub slots: RefCell<Option<Vec<Value>>>,
    /// Whether the class or a base defines `__del__` (checked when an instance is freed).
    pub has_finalizer: Cell<bool>,
}

impl TypeData {
    pub fn new(name: &str, layout: Layout, builtin: bool) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            layout,
            builtin,
            has_instance_dict: !builtin,
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(None),
            has_finalizer: Cell::new(false),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}
