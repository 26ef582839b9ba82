//! The built-in type objects of one interpreter, and the exception hierarchy.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{Payload, PyObject};
use crate::objects::types::{Layout, TypeData};
use crate::value::PyRef;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $layout:ident, $base:ident; )*) => {
        /// Every built-in (non-exception) type.
        pub struct Types {
            $( pub $field: PyRef, )*
        }

        impl Types {
            pub(crate) fn create(type_: PyRef, object: PyRef) -> Types {
                let object_ = object.clone();
                let type__ = type_.clone();
                $( let $field = make_type_named(&type_, $name, Layout::$layout, stringify!($field), &object_, &type__); )*
                Types { $( $field, )* }
            }

            /// Every built-in type, in declaration order.
            pub fn all(&self) -> Vec<PyRef> {
                vec![ $( self.$field.clone(), )* ]
            }
        }
    };
}

fn make_type_named(type_: &PyRef, name: &str, layout: Layout, field: &str, object: &PyRef, type_obj: &PyRef) -> PyRef {
    match field {
        "object" => object.clone(),
        "type_" => type_obj.clone(),
        _ => new_builtin_type(type_, name, layout, std::slice::from_ref(object)),
    }
}

builtin_types! {
    object: "object", Object, object;
    type_: "type", Type, object;
    int: "int", Int, object;
    bool_: "bool", Bool, int;
    float: "float", Float, object;
    complex: "complex", Complex, object;
    str: "str", Str, object;
    bytes: "bytes", Bytes, object;
    bytearray: "bytearray", ByteArray, object;
    list: "list", List, object;
    tuple: "tuple", Tuple, object;
    dict: "dict", Dict, object;
    set: "set", Set, object;
    frozenset: "frozenset", FrozenSet, object;
    range: "range", Opaque, object;
    slice: "slice", Opaque, object;
    none_type: "NoneType", Opaque, object;
    not_implemented_type: "NotImplementedType", Opaque, object;
    ellipsis_type: "ellipsis", Opaque, object;
    function: "function", Opaque, object;
    builtin_function: "builtin_function_or_method", Opaque, object;
    method_descriptor: "method_descriptor", Opaque, object;
    classmethod_descriptor: "classmethod_descriptor", Opaque, object;
    wrapper_descriptor: "wrapper_descriptor", Opaque, object;
    method_wrapper: "method-wrapper", Opaque, object;
    method: "method", Opaque, object;
    code: "code", Opaque, object;
    cell: "cell", Opaque, object;
    generator: "generator", Opaque, object;
    coroutine: "coroutine", Opaque, object;
    async_generator: "async_generator", Opaque, object;
    coroutine_wrapper: "coroutine_wrapper", Opaque, object;
    async_generator_asend: "async_generator_asend", Opaque, object;
    async_generator_athrow: "async_generator_athrow", Opaque, object;
    anext_awaitable: "anext_awaitable", Opaque, object;
    module: "module", Module, object;
    property: "property", Property, object;
    staticmethod: "staticmethod", StaticMethod, object;
    classmethod: "classmethod", ClassMethod, object;
    super_: "super", Opaque, object;
    traceback: "traceback", Opaque, object;
    frame: "frame", Opaque, object;
    mappingproxy: "mappingproxy", Opaque, object;
    generic_alias: "GenericAlias", Opaque, object;
    union_type: "UnionType", Opaque, object;
    member_descriptor: "member_descriptor", Opaque, object;
    getset_descriptor: "getset_descriptor", Opaque, object;
    memoryview: "memoryview", Opaque, object;
    dict_keys: "dict_keys", Opaque, object;
    dict_values: "dict_values", Opaque, object;
    dict_items: "dict_items", Opaque, object;
    list_iterator: "list_iterator", Opaque, object;
    tuple_iterator: "tuple_iterator", Opaque, object;
    str_iterator: "str_iterator", Opaque, object;
    bytes_iterator: "bytes_iterator", Opaque, object;
    range_iterator: "range_iterator", Opaque, object;
    dict_keyiterator: "dict_keyiterator", Opaque, object;
    dict_valueiterator: "dict_valueiterator", Opaque, object;
    dict_itemiterator: "dict_itemiterator", Opaque, object;
    dict_reversekeyiterator: "dict_reversekeyiterator", Opaque, object;
    dict_reversevalueiterator: "dict_reversevalueiterator", Opaque, object;
    dict_reverseitemiterator: "dict_reverseitemiterator", Opaque, object;
    set_iterator: "set_iterator", Opaque, object;
    reversed: "reversed", Opaque, object;
    list_reverseiterator: "list_reverseiterator", Opaque, object;
    enumerate: "enumerate", Opaque, object;
    zip: "zip", Opaque, object;
    map: "map", Opaque, object;
    filter: "filter", Opaque, object;
    callable_iterator: "callable_iterator", Opaque, object;
    iterator: "iterator", Opaque, object;
    text_file: "TextIOWrapper", Opaque, object;
    binary_file: "BufferedReader", Opaque, object;
    buffered_writer: "BufferedWriter", Opaque, object;
    buffered_random: "BufferedRandom", Opaque, object;
    unsupported_operation: "UnsupportedOperation", Exception, object;
    weakref: "weakref.ReferenceType", WeakRef, object;
    weakproxy: "weakref.ProxyType", Opaque, object;
    weakcallableproxy: "weakref.CallableProxyType", Opaque, object;
}

/// A built-in type object (class `type`, immutable, no instance dict).
pub fn new_builtin_type(type_: &PyRef, name: &str, layout: Layout, bases: &[PyRef]) -> PyRef {
    let td = TypeData::new(name, layout, true);
    *td.bases.borrow_mut() = bases.to_vec();
    let ty = PyObject::new(type_.clone(), Payload::Type(Box::new(td)));
    finish_type(&ty);
    ty
}

/// Compute a single-inheritance MRO for a built-in type (user classes use C3 in `types/type_.rs`).
fn finish_type(ty: &PyRef) {
    let td = ty.as_type().expect("type");
    let mut mro = vec![ty.clone()];
    if let Some(base) = td.bases.borrow().first() {
        mro.extend(base.as_type().expect("type").mro.borrow().iter().cloned());
    }
    *td.mro.borrow_mut() = mro;
}

/// Fix up the layout-dependent bases of built-in types after creation (`bool` derives from `int`).
pub(crate) fn link_builtin_bases(types: &Types) {
    set_base(&types.bool_, &types.int);
}

fn set_base(ty: &PyRef, base: &PyRef) {
    let td = ty.as_type().expect("type");
    *td.bases.borrow_mut() = vec![base.clone()];
    finish_type(ty);
}

/// Create `type` and `object`, which refer to each other (`type(type) is type`).
pub(crate) fn bootstrap() -> (PyRef, PyRef) {
    let uninit: Rc<std::mem::MaybeUninit<PyObject>> = Rc::new_uninit();
    let raw = Rc::into_raw(uninit) as *const PyObject;
    // SAFETY: `raw` came from `Rc::into_raw` of an `Rc<MaybeUninit<PyObject>>`, which has the layout of
    // `Rc<PyObject>`. We add a second strong count for the self-reference, then initialise the value
    // through the raw pointer before anything reads it; no reference to the contents exists meanwhile.
    let type_ = unsafe {
        Rc::increment_strong_count(raw);
        let self_ref = Rc::from_raw(raw);
        (raw as *mut PyObject).write(PyObject {
            class: RefCell::new(self_ref),
            dict: RefCell::new(None),
            payload: Payload::Type(Box::new(TypeData::new("type", Layout::Type, true))),
            gc_slot: std::cell::Cell::new(u32::MAX),
            flags: std::cell::Cell::new(0),
        });
        Rc::from_raw(raw)
    };
    let object = PyObject::new(type_.clone(), Payload::Type(Box::new(TypeData::new("object", Layout::Object, true))));
    *object.as_type().expect("type").mro.borrow_mut() = vec![object.clone()];
    *type_.as_type().expect("type").bases.borrow_mut() = vec![object.clone()];
    *type_.as_type().expect("type").mro.borrow_mut() = vec![type_.clone(), object.clone()];
    (type_, object)
}

macro_rules! exception_types {
    ($root:ident; $( $field:ident : $name:literal < $base:ident; )*) => {
        /// The built-in exception classes.
        pub struct ExcTypes {
            pub $root: PyRef,
            $( pub $field: PyRef, )*
        }

        impl ExcTypes {
            pub(crate) fn create(type_: &PyRef, object: &PyRef) -> ExcTypes {
                let $root = new_builtin_type(type_, "BaseException", Layout::Exception, std::slice::from_ref(object));
                $( let $field = new_builtin_type(type_, $name, Layout::Exception, std::slice::from_ref(&$base)); )*
                ExcTypes { $root, $( $field, )* }
            }

            /// `(name, class)` for every exception class, for the `builtins` module.
            pub fn all(&self) -> Vec<(&'static str, PyRef)> {
                let mut v = vec![("BaseException", self.$root.clone())];
                $( v.push(($name, self.$field.clone())); )*
                v
            }
        }
    };
}

exception_types! {
    base_exception;
    exception: "Exception" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    system_exit: "SystemExit" < base_exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    stop_async_iteration: "StopAsyncIteration" < exception;
    stop_iteration: "StopIteration" < exception;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    bytes_warning: "BytesWarning" < warning;
    deprecation_warning: "DeprecationWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    user_warning: "UserWarning" < warning;
}
