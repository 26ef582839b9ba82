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
    /// `weakref.ref` (subclassable, unlike the other opaque types).
    WeakRef,
    /// `property` (subclassable; instances carry `Payload::Property`).
    Property,
    /// `staticmethod` and `classmethod` (subclassable, like `property`).
    StaticMethod,
    ClassMethod,
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
    /// Whether instances can be weakly referenced (`__weakref__`), as far as `__slots__` checks go.
    pub has_weakref: bool,
    /// A tag unique among all types and all states of a type (CPython's `tp_version_tag`): replaced
    /// by a fresh one whenever this type's or an ancestor's namespace changes, so an inline cache
    /// that recorded it is valid exactly while the tag matches. Never 0.
    pub version: Cell<u64>,
    /// Types that list this one as a base, so a change here can invalidate their caches.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::PyObject>>>,
    /// The names of the member descriptors the class body's `__slots__` created (mangled, sorted,
    /// without `__dict__` and `__weakref__`); None when the body declared no `__slots__`.
    pub slots: RefCell<Option<Vec<Value>>>,
    /// How many slot values instances carry: the slots of this class and of its bases.
    pub nslots: usize,
    /// Results of MRO lookups by name (CPython's method cache), keyed by the name object (kept alive
    /// by the key, so its address cannot be reused). Cleared for this type and every subclass whenever
    /// a namespace along the MRO changes (`invalidate_lookup_cache`).
    pub lookup_cache: RefCell<LookupCache>,
    /// Whether the class or a base defines `__del__` (checked when an instance is freed).
    pub has_finalizer: Cell<bool>,
    /// Py_TPFLAGS_IS_ABSTRACT: set by assigning a non-empty `__abstractmethods__` to the class
    /// (as `ABCMeta` does), checked by `object.__new__`.
    pub is_abstract: Cell<bool>,
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
            has_weakref: !builtin,
            version: Cell::new(next_version_tag()),
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(None),
            nslots: 0,
            has_finalizer: Cell::new(false),
            is_abstract: Cell::new(false),
            lookup_cache: RefCell::new(LookupCache::default()),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// `__name__`: a built-in type's name after its module (`tp_name` `"weakref.ReferenceType"` is
    /// `ReferenceType`, as CPython's `type_name` cuts it).
    pub fn short_name(&self) -> String {
        let name = self.name.borrow();
        match name.rfind('.') {
            Some(i) if self.builtin => name[i + 1..].to_string(),
            _ => name.clone(),
        }
    }
}

/// Name-object address -> (the name, kept alive so the address is not reused; the lookup result).
pub type LookupCache = std::collections::HashMap<usize, (PyRef, Option<Value>), BuildPtrHasher>;

/// A hasher for addresses: one multiply, no SipHash (the keys are not attacker-chosen).
#[derive(Default, Clone, Copy)]
pub struct BuildPtrHasher;

#[derive(Default)]
pub struct PtrHasher(u64);

impl std::hash::BuildHasher for BuildPtrHasher {
    type Hasher = PtrHasher;
    fn build_hasher(&self) -> PtrHasher {
        PtrHasher(0)
    }
}

impl std::hash::Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ *b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

thread_local! {
    static NEXT_VERSION_TAG: Cell<u64> = const { Cell::new(1) };
}

/// A type version tag never handed out before.
fn next_version_tag() -> u64 {
    NEXT_VERSION_TAG.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

/// Forget the cached lookups of `name` (by text) in `cls` and every class that inherits from it,
/// keeping their versions: for a class attribute whose value changed but not its kind.
pub fn forget_cached_name(cls: &PyRef, name: &PyRef) {
    let Some(td) = cls.as_type() else { return };
    let text = name.as_str().map(|s| s.as_str());
    td.lookup_cache.borrow_mut().retain(|_, (n, _)| n.as_str().map(|s| s.as_str()) != text);
    let subs: Vec<PyRef> = td.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        forget_cached_name(&s, name);
    }
}

/// Forget cached lookups of `cls` and of every class that inherits from it.
pub fn invalidate_lookup_cache(cls: &PyRef) {
    let Some(td) = cls.as_type() else { return };
    td.lookup_cache.borrow_mut().clear();
    td.version.set(next_version_tag());
    let subs: Vec<PyRef> = td.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        invalidate_lookup_cache(&s);
    }
}
