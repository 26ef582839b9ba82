//! Interned names the VM looks up often (special methods, module attributes).

use crate::value::PyRef;
use crate::vm::Vm;

macro_rules! names {
    ($( $field:ident ),* $(,)?) => {
        /// Interned str objects for `__add__`, `__init__`, ...: field `__add__` holds `"__add__"`.
        #[allow(non_snake_case)]
        pub struct Names {
            $( pub $field: PyRef, )*
        }

        impl Names {
            pub(crate) fn placeholder(dummy: &PyRef) -> Names {
                Names { $( $field: dummy.clone(), )* }
            }

            pub(crate) fn create(vm: &mut Vm) -> Names {
                Names { $( $field: vm.intern(stringify!($field)), )* }
            }
        }
    };
}

names! {
    __abs__, __add__, __and__, __annotations__, __bool__, __build_class__, __call__, __class__,
    __classcell__, __contains__, __del__, __delattr__, __delete__, __delitem__, __dict__, __dir__,
    __divmod__, __doc__, __enter__, __eq__, __exit__, __file__, __float__, __floordiv__, __format__,
    __ge__, __get__, __getattr__, __getattribute__, __getitem__, __gt__, __hash__, __iadd__, __iand__,
    __ifloordiv__, __ilshift__, __imatmul__, __imod__, __import__, __imul__, __index__, __init__,
    __init_subclass__, __int__, __invert__, __ior__, __ipow__, __irshift__, __isub__, __iter__,
    __itruediv__, __ixor__, __le__, __len__, __loader__, __lshift__, __lt__, __main__, __matmul__,
    __missing__, __mod__, __module__, __mro_entries__, __mul__, __name__, __ne__, __neg__, __new__,
    __next__, __or__, __package__, __pos__, __pow__, __prepare__, __qualname__, __radd__, __rand__,
    __rdivmod__, __repr__, __reversed__, __rfloordiv__, __rlshift__, __rmatmul__, __rmod__, __rmul__,
    __ror__, __round__, __rpow__, __rrshift__, __rshift__, __rsub__, __rtruediv__, __rxor__,
    __set__, __set_name__, __setattr__, __setitem__, __slots__, __spec__, __str__, __sub__,
    __truediv__, __trunc__, __xor__, __builtins__, __all__, __path__, __cached__, __length_hint__,
    __instancecheck__, __subclasscheck__, __weakref__, __ceil__, __floor__, __complex__, __bytes__,
    __reduce__, __reduce_ex__, __getstate__, __sizeof__, __subclasshook__, __match_args__,
    __class_getitem__, __aenter__, __aexit__, __await__, __mro__, __bases__,
    send, throw, close, keys, items, values, append, extend, write, flush, read, readline,
    name, obj, args, value, code, errno, strerror, filename, msg, lineno, offset, text, end_lineno,
    end_offset, print_file_and_line, path, stdout, stderr, stdin, displayhook, excepthook, modules,
    argv, mro, fromlist, level, metaclass, encoding, errors, exit, filename2, winerror,
}
