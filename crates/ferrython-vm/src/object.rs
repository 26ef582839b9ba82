//! Heap objects: a class pointer, an optional instance `__dict__`, and a payload saying what the object
//! is natively (a list's items, a function's code, ...). Instances of user classes that subclass a
//! built-in type carry that type's payload and their own class.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::objects::code::PyCode;
use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::file::FileData;
use crate::objects::function::{BuiltinFunction, Function};
use crate::objects::generator::{AwaitableData, GeneratorData};
use crate::objects::iter::IterState;
use crate::objects::set::SetData;
use crate::objects::str::PyStr;
use crate::objects::types::TypeData;
use crate::objects::weakref::WeakRefData;
use crate::value::{PyRef, Value};

pub struct PyObject {
    pub class: RefCell<PyRef>,
    /// The instance `__dict__` (a dict object), for objects that have one; for types, their namespace.
    pub dict: RefCell<Option<PyRef>>,
    pub payload: Payload,
    /// `gc::FINALIZED` and friends.
    pub flags: Cell<u8>,
    /// The object's index in the collection in progress (`gc::collect`), valid only while the object
    /// at that index is this one. Fits in the padding after `flags`.
    pub gc_slot: Cell<u32>,
}

pub enum Payload {
    /// A plain instance: `object()`, or a user class with no built-in base.
    Plain,
    /// An instance of a user class whose MRO declares `__slots__` (no other built-in base): one
    /// value per slot, `None` while the slot is unset (`TypeData::nslots` of the class).
    Slots(RefCell<Box<[Option<Value>]>>),
    /// A slot's `member_descriptor` in its class's namespace.
    Member(Box<MemberData>),
    /// An `int` too big for `i64` (or an int subclass instance).
    Int(BigInt),
    /// A float subclass instance.
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<DictData>),
    Set(RefCell<SetData>),
    FrozenSet(RefCell<SetData>),
    Range(RangeData),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Builtin(Box<BuiltinFunction>),
    BoundMethod(Box<(Value, Value)>),
    Type(Box<TypeData>),
    Module,
    Code(Rc<PyCode>),
    Cell(RefCell<Option<Value>>),
    /// A generator, coroutine or async generator.
    Generator(Box<RefCell<GeneratorData>>),
    /// `coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`.
    Awaitable(Box<AwaitableData>),
    Exception(Box<ExceptionData>),
    Traceback(Box<TracebackData>),
    /// `fget`, `fset`, `fdel`, `__doc__`, and the name `__set_name__` gave it.
    Property(Box<[RefCell<Value>; 5]>),
    StaticMethod(RefCell<Value>),
    ClassMethod(RefCell<Value>),
    Super(Box<(PyRef, Value)>),
    Iterator(RefCell<IterState>),
    /// `dict.keys()`, `.values()`, `.items()`: the dict and which view.
    DictView(PyRef, DictViewKind),
    MappingProxy(PyRef),
    /// `types.GenericAlias` (`list[int]`): origin, arguments (a tuple), type parameters (a tuple).
    GenericAlias(Box<[Value; 3]>),
    /// `types.UnionType` (`int | None`): arguments and type parameters (tuples).
    Union(Box<[Value; 2]>),
    /// A `memoryview` over a bytes-like object (a one-dimensional byte view).
    MemoryView(PyRef),
    /// `weakref.ref` / `weakref.proxy` (and subclasses of `ref`).
    WeakRef(Box<WeakRefData>),
    File(Box<RefCell<FileData>>),
    NotImplemented,
    Ellipsis,
    /// The state of an instance of a type defined by a native module (`re.Pattern`, `re.Match`),
    /// which downcasts it. References to Python objects it holds are not traversed by the cycle
    /// collector, so they count as external and keep their targets alive.
    Native(Box<dyn std::any::Any>),
}

/// A `__slots__` entry: the slot's (mangled) name, the class that declared it and its index in the
/// instances' slot storage.
pub struct MemberData {
    pub name: PyRef,
    pub owner: PyRef,
    pub index: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Clone, Debug)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// `(start, stop, step)` of a range whose bounds do not fit in `i64` (the fields above are then
    /// an empty range and unused; `types/range.rs` handles these).
    pub big: Option<Box<[i128; 3]>>,
}

impl RangeData {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => {
                if b[2] > 0 {
                    b[0] >= b[1]
                } else {
                    b[0] <= b[1]
                }
            }
            None => self.len() == 0,
        }
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// One traceback entry (`tb_frame` is not kept: `tb_lineno`, `tb_lasti` and the code are).
pub struct TracebackData {
    pub code: Rc<PyCode>,
    pub instr: usize,
    pub next: RefCell<Option<PyRef>>,
    /// The frame's globals, so `tb_frame.f_globals` style tools can read the module.
    pub globals: Option<PyRef>,
    pub lineno: Cell<u32>,
}

impl PyObject {
    pub fn new(class: PyRef, payload: Payload) -> PyRef {
        let o =
            Rc::new(PyObject { class: RefCell::new(class), dict: RefCell::new(None), payload, flags: Cell::new(0), gc_slot: Cell::new(u32::MAX) });
        crate::gc::track(&o);
        o
    }

    pub fn with_dict(class: PyRef, payload: Payload, dict: PyRef) -> PyRef {
        let o = Rc::new(PyObject {
            class: RefCell::new(class),
            dict: RefCell::new(Some(dict)),
            payload,
            flags: Cell::new(0),
            gc_slot: Cell::new(u32::MAX),
        });
        crate::gc::track(&o);
        o
    }

    #[inline]
    pub fn class(&self) -> PyRef {
        self.class.borrow().clone()
    }

    #[inline]
    pub fn dict(&self) -> Option<PyRef> {
        self.dict.borrow().clone()
    }

    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The slot values of an instance of a class with `__slots__`.
    #[inline]
    pub fn slot_storage(&self) -> Option<&RefCell<Box<[Option<Value>]>>> {
        match &self.payload {
            Payload::Slots(s) => Some(s),
            Payload::Exception(e) => Some(&e.slots),
            Payload::WeakRef(w) => Some(&w.slots),
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(&self) -> Option<&RefCell<DictData>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    #[inline]
    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match &self.payload {
            Payload::List(l) => Some(l),
            _ => None,
        }
    }

    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }
}

// Every heap object pays for the largest payload: keep rare large ones boxed (files, functions, types).
const _: () = assert!(std::mem::size_of::<PyObject>() <= 128);
