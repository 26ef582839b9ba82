//! The interpreter state of one Python interpreter: built-in types, `builtins`, `sys`, the handled
//! exception, the frame stack and the recursion limit. Nothing here is global: several `Vm`s can live
//! in one process (one per thread, since values are `Rc`).

pub mod async_protocols;
pub mod attr;
pub mod call;
pub mod compare;
pub mod dict_ops;
pub mod eval;
pub mod frame;
pub mod iter;
pub mod names;
pub mod ops;
pub mod pattern;
pub mod protocols;
pub mod suggestions;
pub mod traceback;
pub mod types;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{Payload, PyObject};
use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::function::{BuiltinFunction, BuiltinKind, NativeFn};
use crate::objects::set::SetData;
use crate::objects::str::PyStr;
use crate::value::{PyRef, Value};
use crate::{PyErr, PyResult};

pub use names::Names;
pub use types::{ExcTypes, Types};

pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    pub names: Names,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys: PyRef,
    pub sys_modules: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub empty_tuple: PyRef,
    /// The exception being handled (`sys.exc_info()[1]`), or None.
    pub exc_info: Value,
    /// Frames being executed, innermost last. Each pointer is valid while its frame runs (see `eval`).
    pub(crate) frames: Vec<*const frame::Frame>,
    pub recursion_depth: usize,
    pub recursion_limit: usize,
    interned: HashMap<Box<str>, PyRef>,
    /// Finished frames (empty stack and locals, no function, globals reset to the builtins), reused
    /// by the next call: boxed, so a call neither allocates nor moves a frame.
    #[expect(clippy::vec_box, reason = "boxed, so taking a frame from the pool or returning it moves a pointer, not the whole frame")]
    pub(crate) frame_pool: Vec<Box<frame::Frame>>,
    /// The interned one-character strs `'\x00'..='\x7f'`, so `s[i]` and iteration over ASCII text
    /// allocate nothing (CPython's latin-1 single-character cache).
    pub ascii_chars: Vec<PyRef>,
    /// The import machinery's classes (`ModuleSpec`, the finders and loaders).
    pub import: crate::import::Machinery,
    /// Native modules that `import` can create, by name.
    pub native_modules: HashMap<String, fn(&mut Vm) -> PyResult<PyRef>>,
    /// Containers whose `repr` is being computed (CPython's `Py_ReprEnter` list), so a container
    /// that contains itself prints as `[...]`.
    repr_active: Vec<*const PyObject>,
    /// `sys.set_asyncgen_hooks`'s `(firstiter, finalizer)`, None when unset.
    pub asyncgen_hooks: (Value, Value),
    /// The `asyncgen_hooks` struct sequence class, made at the first `sys.get_asyncgen_hooks()`.
    pub(crate) asyncgen_hooks_type: Option<PyRef>,
    /// `(filename, lineno, message)` of the warnings already shown, so each location warns once
    /// (the `warnings` module's "default" action, for the warnings the core issues itself).
    pub(crate) warnings_shown: std::collections::HashSet<(String, u32, String)>,
}

impl Vm {
    pub fn new() -> Vm {
        let (type_, object) = types::bootstrap();
        let types = Types::create(type_.clone(), object.clone());
        types::link_builtin_bases(&types);
        let exc = ExcTypes::create(&type_, &object);
        let dummy = PyObject::new(types.object.clone(), Payload::Plain);
        let mut vm = Vm {
            names: Names::placeholder(&dummy),
            builtins: dummy.clone(),
            builtins_dict: dummy.clone(),
            sys: dummy.clone(),
            sys_modules: dummy.clone(),
            not_implemented: PyObject::new(types.not_implemented_type.clone(), Payload::NotImplemented),
            ellipsis: PyObject::new(types.ellipsis_type.clone(), Payload::Ellipsis),
            empty_tuple: PyObject::new(types.tuple.clone(), Payload::Tuple(Box::new([]))),
            exc_info: Value::None,
            frames: Vec::new(),
            recursion_depth: 0,
            recursion_limit: 1000,
            interned: HashMap::new(),
            ascii_chars: Vec::new(),
            import: crate::import::Machinery::placeholder(&dummy),
            native_modules: HashMap::new(),
            repr_active: Vec::new(),
            asyncgen_hooks: (Value::None, Value::None),
            asyncgen_hooks_type: None,
            warnings_shown: Default::default(),
            frame_pool: Vec::new(),
            types,
            exc,
        };
        vm.names = Names::create(&mut vm);
        vm.ascii_chars = (0u8..128).map(|b| vm.intern(char::from(b).encode_utf8(&mut [0; 4]))).collect();
        crate::types::init_types(&mut vm);
        crate::builtins::init(&mut vm);
        crate::modules::sys::init(&mut vm);
        crate::import::init(&mut vm);
        vm
    }

    // ----- creating objects -------------------------------------------------------------------

    /// An interned str object (identifiers, attribute names).
    pub fn intern(&mut self, s: &str) -> PyRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = PyObject::new(self.types.str.clone(), Payload::Str(PyStr::new(s)));
        self.interned.insert(s.into(), o.clone());
        o
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        Value::Obj(PyObject::new(self.types.str.clone(), Payload::Str(PyStr::new(s))))
    }

    pub fn new_str_obj(&self, s: impl Into<Box<str>>) -> PyRef {
        PyObject::new(self.types.str.clone(), Payload::Str(PyStr::new(s)))
    }

    pub fn new_bytes(&self, b: impl Into<Box<[u8]>>) -> Value {
        Value::Obj(PyObject::new(self.types.bytes.clone(), Payload::Bytes(b.into())))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new(self.types.list.clone(), Payload::List(std::cell::RefCell::new(items))))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(PyObject::new(self.types.tuple.clone(), Payload::Tuple(items.into_boxed_slice())))
    }

    pub fn new_dict(&self) -> PyRef {
        PyObject::new(self.types.dict.clone(), Payload::Dict(std::cell::RefCell::new(DictData::new())))
    }

    pub fn new_set(&self, data: SetData) -> Value {
        Value::Obj(PyObject::new(self.types.set.clone(), Payload::Set(std::cell::RefCell::new(data))))
    }

    pub fn new_frozenset(&self, data: SetData) -> Value {
        Value::Obj(PyObject::new(self.types.frozenset.clone(), Payload::FrozenSet(std::cell::RefCell::new(data))))
    }

    /// An `int` from a big integer, normalised to the inline form when it fits.
    pub fn new_int(&self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(small) => Value::Int(small),
            None => Value::Obj(PyObject::new(self.types.int.clone(), Payload::Int(i))),
        }
    }

    pub fn new_native(&self, name: &'static str, func: NativeFn, kind: BuiltinKind, owner: Option<PyRef>) -> PyRef {
        let class = self.native_class(name, kind, owner.as_ref());
        PyObject::new(class, Payload::Builtin(Box::new(BuiltinFunction { name, func, kind, bound: None, owner })))
    }

    /// The type of a native function: a built-in type's methods are `method_descriptor`s,
    /// `wrapper_descriptor`s for the special methods CPython implements as type slots, or
    /// `classmethod_descriptor`s; anything else is a `builtin_function_or_method`.
    fn native_class(&self, name: &str, kind: BuiltinKind, owner: Option<&PyRef>) -> PyRef {
        let Some(owner) = owner.filter(|o| o.as_type().is_some_and(|t| t.builtin)) else {
            return self.types.builtin_function.clone();
        };
        match kind {
            BuiltinKind::Method if crate::types::function::is_slot_wrapper(self, owner, name) => self.types.wrapper_descriptor.clone(),
            BuiltinKind::Method => self.types.method_descriptor.clone(),
            BuiltinKind::ClassMethod => self.types.classmethod_descriptor.clone(),
            _ => self.types.builtin_function.clone(),
        }
    }

    /// Define a method of a built-in type.
    pub fn add_method(&mut self, ty: &PyRef, name: &'static str, func: NativeFn) {
        self.add_native(ty, name, func, BuiltinKind::Method);
    }

    pub fn add_native(&mut self, ty: &PyRef, name: &'static str, func: NativeFn, kind: BuiltinKind) {
        let f = self.new_native(name, func, kind, Some(ty.clone()));
        let key = self.intern(name);
        let ns = ty.dict().expect("types have a namespace");
        dict_ops::set_str(self, &ns, &key, Value::Obj(f));
        crate::objects::types::invalidate_lookup_cache(ty);
    }

    /// Set an attribute in a built-in type's namespace.
    pub fn set_type_attr(&mut self, ty: &PyRef, name: &str, value: Value) {
        let key = self.intern(name);
        let ns = ty.dict().expect("types have a namespace");
        dict_ops::set_str(self, &ns, &key, value);
        crate::objects::types::invalidate_lookup_cache(ty);
    }

    // ----- exceptions ------------------------------------------------------------------------

    /// Instantiate exception class `cls` with `args` without running Python code.
    pub fn new_exception_obj(&self, cls: &PyRef, args: Vec<Value>) -> PyRef {
        let args = match self.new_tuple(args) {
            Value::Obj(t) => t,
            _ => unreachable!("tuples are objects"),
        };
        let data = ExceptionData {
            args: std::cell::RefCell::new(args),
            traceback: std::cell::RefCell::new(None),
            cause: std::cell::RefCell::new(Value::None),
            context: std::cell::RefCell::new(Value::None),
            suppress_context: std::cell::Cell::new(false),
            slots: std::cell::RefCell::new(vec![None; cls.as_type().map_or(0, |t| t.nslots)].into_boxed_slice()),
        };
        PyObject::with_dict(cls.clone(), Payload::Exception(Box::new(data)), self.new_dict())
    }

    pub fn new_error(&self, cls: &PyRef, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::new(self.new_exception_obj(cls, vec![self.new_str(msg)]))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }

    pub fn zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.runtime_error, msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr::new(self.new_exception_obj(&self.exc.key_error, vec![key]))
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let exc = self.new_exception_obj(&self.exc.stop_iteration, if value.is_none() { vec![] } else { vec![value.clone()] });
        if let Some(d) = exc.dict() {
            let key = self.new_str_obj("value");
            dict_ops::set_str_raw(&d, &key, value);
        }
        PyErr::new(exc)
    }

    /// `AttributeError` with `name` and `obj` set, as CPython 3.10+ does.
    pub fn attribute_error(&self, obj: &Value, name: &PyRef, msg: String) -> PyErr {
        let exc = self.new_exception_obj(&self.exc.attribute_error, vec![self.new_str(msg)]);
        if let Some(d) = exc.dict() {
            dict_ops::set_str_raw(&d, &self.new_str_obj("name"), Value::Obj(name.clone()));
            dict_ops::set_str_raw(&d, &self.new_str_obj("obj"), obj.clone());
        }
        PyErr::new(exc)
    }

    pub fn name_error(&self, name: &PyRef) -> PyErr {
        let msg = format!("name '{}' is not defined", name.as_str().map(|s| s.as_str()).unwrap_or(""));
        let exc = self.new_exception_obj(&self.exc.name_error, vec![self.new_str(msg)]);
        if let Some(d) = exc.dict() {
            dict_ops::set_str_raw(&d, &self.new_str_obj("name"), Value::Obj(name.clone()));
        }
        PyErr::new(exc)
    }

    /// Is `err` an instance of exception class `cls`?
    pub fn err_matches(&self, err: &PyErr, cls: &PyRef) -> bool {
        attr::is_subtype(&err.exc.class(), cls)
    }

    // ----- small helpers ----------------------------------------------------------------------

    /// `Py_ReprEnter`: false when `obj`'s repr is already being computed further up the stack (the
    /// caller then prints `[...]`); otherwise records it until [`Vm::repr_leave`].
    pub fn repr_enter(&mut self, obj: &PyRef) -> bool {
        let p = Rc::as_ptr(obj);
        if self.repr_active.contains(&p) {
            return false;
        }
        self.repr_active.push(p);
        true
    }

    /// `Py_ReprLeave`.
    pub fn repr_leave(&mut self, obj: &PyRef) {
        let p = Rc::as_ptr(obj);
        if let Some(i) = self.repr_active.iter().rposition(|q| *q == p) {
            self.repr_active.remove(i);
        }
    }

    /// The class of any value.
    #[inline]
    pub fn class_of(&self, v: &Value) -> PyRef {
        match v {
            Value::None => self.types.none_type.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Obj(o) => o.class(),
            Value::Null => self.types.none_type.clone(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Obj(o) => o.class.borrow().as_type().map(|t| t.name()).unwrap_or_default(),
            Value::Null => "NULL".into(),
        }
    }

    pub fn none_if_null(v: Value) -> Value {
        if let Value::Null = v { Value::None } else { v }
    }

    /// Run `f` one level deeper in the recursion limit.
    pub fn with_recursion<T>(&mut self, msg: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_recursion(msg)?;
        let r = f(self);
        self.recursion_depth -= 1;
        r
    }

    pub fn enter_recursion(&mut self, msg: &str) -> PyResult<()> {
        if self.recursion_depth >= self.recursion_limit || stacker::remaining_stack().is_some_and(|r| r < 128 * 1024) {
            return Err(self.new_error(&self.exc.recursion_error, format!("maximum recursion depth exceeded{msg}")));
        }
        self.recursion_depth += 1;
        Ok(())
    }

    /// Builtins module's namespace lookup by name.
    pub fn builtin(&mut self, name: &str) -> Option<Value> {
        let key = self.intern(name);
        dict_ops::get_str(&self.builtins_dict, &key)
    }

    pub fn str_of(v: &Value) -> Option<&str> {
        match v {
            Value::Obj(o) => o.as_str().map(|s| s.as_str()),
            _ => None,
        }
    }

    pub fn code_rc(code: &Rc<crate::objects::code::PyCode>) -> Rc<crate::objects::code::PyCode> {
        code.clone()
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
