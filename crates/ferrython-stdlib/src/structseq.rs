//! Struct sequences (CPython's `structseq.c`): the named-tuple-like results of `os.stat`,
//! `time.gmtime`, `os.uname`, ... A struct sequence class is a `tuple` subclass; an instance is a tuple
//! of the visible fields and answers attribute access for every field, visible or hidden (CPython's
//! `st_atime` float lives beyond the tuple's end; `st[7]` is the int seconds).
//!
//! Fields are kept in the instance `__dict__`, so (unlike CPython's read-only members) assigning one
//! does not raise: see docs/divergences.md.

use ferrython_vm::object::{Payload, PyObject};
use ferrython_vm::objects::function::{Args, BuiltinKind};
use ferrython_vm::types::type_::create_class;
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

/// Where a struct sequence class's own field list is kept (visible names come first).
const FIELDS_ATTR: &str = "_ferrython_fields";

/// Describes one struct sequence class.
pub struct StructSeqDesc {
    /// `__module__` of the class (`os`, `time`, `posix`).
    pub module: &'static str,
    pub name: &'static str,
    /// Fields that are tuple items, in order.
    pub visible: &'static [&'static str],
    /// Fields reachable only as attributes.
    pub hidden: &'static [&'static str],
    /// CPython's `n_unnamed_fields` (3 for `stat_result`'s integer times).
    pub unnamed: i64,
}

/// Create the class described by `desc`.
pub fn new_class(vm: &mut Vm, desc: &StructSeqDesc) -> PyResult<PyRef> {
    let ns = vm.new_dict();
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let k = vm.intern(k);
        dict_ops::set_str_raw(&ns, &k, v);
    };
    set(vm, "__module__", vm.new_str(desc.module));
    let visible: Vec<Value> = desc.visible.iter().map(|n| vm.new_str(*n)).collect();
    let all: Vec<Value> = desc
        .visible
        .iter()
        .chain(desc.hidden)
        .map(|n| vm.new_str(*n))
        .collect();
    set(vm, "__match_args__", vm.new_tuple(visible));
    set(vm, FIELDS_ATTR, vm.new_tuple(all));
    set(
        vm,
        "n_sequence_fields",
        Value::Int(desc.visible.len() as i64),
    );
    set(
        vm,
        "n_fields",
        Value::Int((desc.visible.len() + desc.hidden.len()) as i64),
    );
    set(vm, "n_unnamed_fields", Value::Int(desc.unnamed));
    let new = vm.new_native("__new__", structseq_new, BuiltinKind::StaticMethod, None);
    set(vm, "__new__", Value::Obj(new));
    let repr = vm.new_native("__repr__", structseq_repr, BuiltinKind::Method, None);
    set(vm, "__repr__", Value::Obj(repr));
    let tuple = Value::Obj(vm.types.tuple.clone());
    let type_ = vm.types.type_.clone();
    create_class(vm, &type_, desc.name, vec![tuple], &ns)
}

/// An instance of struct sequence class `cls`: `values` holds the visible fields then any hidden
/// ones (missing hidden fields are None).
pub fn new_instance(vm: &mut Vm, cls: &PyRef, values: Vec<Value>) -> PyResult<Value> {
    let names = field_names(vm, cls)?;
    let nvisible = visible_count(vm, cls);
    let dict = vm.new_dict();
    for (i, name) in names.iter().enumerate() {
        let mut v = values.get(i).cloned().unwrap_or(Value::None);
        // A missing hidden field named like a visible one takes its value: CPython's
        // `statresult_new` fills the float `st_atime` from the int one this way.
        if v.is_none()
            && i >= nvisible
            && let Some(j) = names[..nvisible].iter().position(|n| n == name)
        {
            v = values.get(j).cloned().unwrap_or(Value::None);
        }
        let k = vm.intern(name);
        dict_ops::set_str_raw(&dict, &k, v);
    }
    let visible: Box<[Value]> = values.into_iter().take(nvisible).collect();
    Ok(Value::Obj(PyObject::with_dict(
        cls.clone(),
        Payload::Tuple(visible),
        dict,
    )))
}

/// The values of all fields of a struct sequence instance (visible then hidden), by name.
pub fn field_value(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    obj.as_obj()
        .and_then(|o| o.dict())
        .and_then(|d| dict_ops::get_str(&d, &k))
}

fn field_names(vm: &mut Vm, cls: &PyRef) -> PyResult<Vec<String>> {
    let k = vm.intern(FIELDS_ATTR);
    let names = ferrython_vm::vm::attr::lookup_type(cls, &k);
    match names
        .as_ref()
        .and_then(|n| n.as_obj())
        .and_then(|o| o.as_tuple())
    {
        Some(t) => Ok(t
            .iter()
            .filter_map(|v| Vm::str_of(v).map(str::to_string))
            .collect()),
        None => Err(vm.type_error("not a struct sequence class")),
    }
}

fn visible_count(vm: &mut Vm, cls: &PyRef) -> usize {
    let k = vm.intern("n_sequence_fields");
    match ferrython_vm::vm::attr::lookup_type(cls, &k) {
        Some(Value::Int(n)) => n.max(0) as usize,
        _ => 0,
    }
}

/// `tp_name` of the class: `time.struct_time`.
fn qualified_name(vm: &mut Vm, cls: &PyRef) -> String {
    let k = vm.intern("__module__");
    let module = ferrython_vm::vm::attr::lookup_type(cls, &k);
    let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
    match module.as_ref().and_then(Vm::str_of) {
        Some(m) if m != "builtins" => format!("{m}.{name}"),
        _ => name,
    }
}

/// `structseq.__new__(cls, sequence, dict=None)`.
fn structseq_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, seq, _dict] = args.bind(vm, "structseq", ["cls", "sequence", "dict"], 2)?;
    let Some(Value::Obj(cls)) = cls.filter(|c| c.as_obj().is_some_and(|o| o.as_type().is_some()))
    else {
        return Err(vm.type_error("structseq.__new__(X): X is not a type object"));
    };
    let seq = seq.unwrap_or(Value::None);
    let items = match seq.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => match vm.get_iter(&seq) {
            Ok(_) => vm.collect_iterable(&seq)?,
            Err(_) => return Err(vm.type_error("constructor requires a sequence")),
        },
    };
    let (min, max) = (visible_count(vm, &cls), field_names(vm, &cls)?.len());
    let n = items.len();
    if n < min || n > max {
        let name = qualified_name(vm, &cls);
        let msg = if min == max {
            format!("{name}() takes a {min}-sequence ({n}-sequence given)")
        } else if n < min {
            format!("{name}() takes an at least {min}-sequence ({n}-sequence given)")
        } else {
            format!("{name}() takes an at most {max}-sequence ({n}-sequence given)")
        };
        return Err(vm.type_error(msg));
    }
    new_instance(vm, &cls, items)
}

/// `repr()`: `time.struct_time(tm_year=1970, ...)` over the visible fields.
fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let cls = vm.class_of(&this);
    let names = field_names(vm, &cls)?;
    let items: Vec<Value> = match this.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("descriptor '__repr__' requires a struct sequence")),
    };
    let mut out = qualified_name(vm, &cls);
    out.push('(');
    for (i, (name, v)) in names.iter().zip(&items).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}
