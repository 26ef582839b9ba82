//! Python functions and built-in (native) functions.

use std::cell::RefCell;
use std::rc::Rc;

use crate::PyResult;
use crate::objects::code::PyCode;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub struct Function {
    pub code: RefCell<Rc<PyCode>>,
    pub globals: PyRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// A tuple or None.
    pub defaults: RefCell<Value>,
    /// A dict or None.
    pub kwdefaults: RefCell<Value>,
    /// A tuple of cells or None.
    pub closure: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// A dict or None.
    pub annotations: RefCell<Value>,
}

/// Arguments of a native call, vectorcall style: `args` holds the positional arguments followed by the
/// keyword arguments' values, `kwnames` (str objects) names the last `kwnames.len()` of them.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    #[inline]
    pub fn positional(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments' values, in `kwnames` order.
    #[inline]
    pub fn kw_values(&self) -> &'a [Value] {
        &self.args[self.args.len() - self.kwnames.len()..]
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A module-level function (`len`): never binds.
    Function,
    /// A method of a built-in type: accessed through an instance it binds that instance.
    Method,
    /// Binds the class (`dict.fromkeys`).
    ClassMethod,
    /// Never binds (`__new__`, `str.maketrans`).
    StaticMethod,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The bound `self` (for a method taken from an instance) or module.
    pub bound: Option<Value>,
    /// The type that defines the method (for `__qualname__` and `repr`), if any.
    pub owner: Option<PyRef>,
}

impl<'a> Args<'a> {
    /// Bind positional-or-keyword arguments to `names`; the first `required` must be given. Errors use
    /// CPython's Argument Clinic wording.
    pub fn bind<const N: usize>(&self, vm: &Vm, fname: &str, names: [&str; N], required: usize) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = self.positional();
        if pos.len() > N {
            let msg = if N == 0 {
                format!("{fname}() takes no arguments ({} given)", pos.len())
            } else if required == N {
                if N == 1 {
                    format!("{fname}() takes exactly one argument ({} given)", pos.len())
                } else {
                    format!("{fname}() takes exactly {N} arguments ({} given)", pos.len())
                }
            } else {
                format!("{fname}() takes at most {N} argument{} ({} given)", if N == 1 { "" } else { "s" }, pos.len())
            };
            return Err(vm.type_error(msg));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.kwnames.iter().zip(self.kw_values()) {
            let k = Vm::str_of(k).unwrap_or("");
            match names.iter().position(|n| *n == k) {
                Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
                Some(i) => {
                    return Err(vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1)));
                }
                None => return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                if N == 1 && self.kwnames.is_empty() {
                    return Err(vm.type_error(format!("{fname}() takes exactly one argument (0 given)")));
                }
                return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
            }
        }
        Ok(out)
    }

    /// Reject keyword arguments (`f() takes no keyword arguments`).
    pub fn no_kwargs(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() { Ok(()) } else { Err(vm.type_error(format!("{fname}() takes no keyword arguments"))) }
    }

    /// Exactly `n` positional arguments and no keywords, with CPython's message.
    pub fn exact<const M: usize>(&self, vm: &Vm, fname: &str) -> PyResult<&'a [Value; M]> {
        self.no_kwargs(vm, fname)?;
        let pos = self.positional();
        pos.try_into().map_err(|_| {
            if M == 1 {
                vm.type_error(format!("{fname}() takes exactly one argument ({} given)", pos.len()))
            } else {
                vm.type_error(format!("{fname} expected {M} arguments, got {}", pos.len()))
            }
        })
    }
}
