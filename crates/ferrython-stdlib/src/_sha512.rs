//! The `_sha512` module (CPython's `Modules/sha512module.c`): `sha512()` and `sha384()` hash
//! objects with `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size` and `block_size`.
//! The digests come from the `sha2` crate. `random.seed(str)` hashes its seed with it, as CPython's
//! `random.py` does.

use std::cell::RefCell;

use ferrython_vm::object::{Payload, PyObject};
use ferrython_vm::objects::function::{Args, BuiltinKind, NativeFn};
use ferrython_vm::objects::types::Layout;
use ferrython_vm::{PyRef, PyResult, Value, Vm};
use sha2::{Digest, Sha384, Sha512};

/// The running state of one hash object.
#[derive(Clone)]
enum Hasher {
    Sha512(Sha512),
    Sha384(Sha384),
}

impl Hasher {
    fn name(&self) -> &'static str {
        match self {
            Hasher::Sha512(_) => "sha512",
            Hasher::Sha384(_) => "sha384",
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Sha512(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
        }
    }

    fn digest(&self) -> Vec<u8> {
        match self {
            Hasher::Sha512(h) => h.clone().finalize().to_vec(),
            Hasher::Sha384(h) => h.clone().finalize().to_vec(),
        }
    }
}

type State = RefCell<Hasher>;

/// `import _sha512`.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_sha512");
    for (name, digest_size, constructor) in [("sha512", 64, sha512 as NativeFn), ("sha384", 48, sha384)] {
        let object = vm.types.object.clone();
        let ty = ferrython_vm::vm::types::new_builtin_type(&vm.types.type_, name, Layout::Opaque, &[object]);
        *ty.dict.borrow_mut() = Some(vm.new_dict());
        let module_name = vm.new_str("_sha512");
        vm.set_type_attr(&ty, "__module__", module_name);
        vm.set_type_attr(&ty, "digest_size", Value::Int(digest_size));
        vm.set_type_attr(&ty, "block_size", Value::Int(128));
        vm.add_method(&ty, "update", hash_update);
        vm.add_method(&ty, "digest", hash_digest);
        vm.add_method(&ty, "hexdigest", hash_hexdigest);
        vm.add_method(&ty, "copy", hash_copy);
        let name_getter = vm.new_native("name", hash_name, BuiltinKind::Method, Some(ty.clone()));
        let prop = vm.call(&Value::Obj(vm.types.property.clone()), &[Value::Obj(name_getter)], &[])?;
        vm.set_type_attr(&ty, "name", prop);
        crate::pyargs::set_attr(vm, &m, if name == "sha512" { "SHA512Type" } else { "SHA384Type" }, Value::Obj(ty));
        let f = vm.new_native(name, constructor, BuiltinKind::Function, None);
        crate::pyargs::set_attr(vm, &m, name, Value::Obj(f));
    }
    Ok(m)
}

fn sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_hash(vm, args, "sha512", Hasher::Sha512(Sha512::new()))
}

fn sha384(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_hash(vm, args, "sha384", Hasher::Sha384(Sha384::new()))
}

/// `sha512(string=b'', *, usedforsecurity=True)`.
fn new_hash(vm: &mut Vm, args: Args, name: &'static str, mut hasher: Hasher) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 positional argument ({} given)", pos.len())));
    }
    let mut data = pos.first().cloned();
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(k).unwrap_or("") {
            "string" if data.is_none() => data = Some(v.clone()),
            "string" => return Err(vm.type_error(format!("argument for {name}() given by name ('string') and position (1)"))),
            "usedforsecurity" => {}
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        }
    }
    if let Some(d) = &data {
        hasher.update(&buffer(vm, d)?);
    }
    let ty_name = if name == "sha512" { "SHA512Type" } else { "SHA384Type" };
    let module = vm.import_module("_sha512")?;
    let Some(Value::Obj(cls)) = crate::pyargs::get_attr(vm, module.as_obj().expect("module"), ty_name) else {
        return Err(vm.new_error(&vm.exc.system_error.clone(), format!("module state lost: _sha512.{ty_name}")));
    };
    Ok(Value::Obj(PyObject::new(cls, Payload::Native(Box::new(State::new(hasher))))))
}

/// The bytes of a bytes-like argument, with the `_hashlib` messages.
fn buffer<'a>(vm: &Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    if Vm::str_of(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    ferrython_vm::types::bytes::bytes_data(v).ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a State> {
    if let Some(Value::Obj(o)) = args.args.first()
        && let Payload::Native(state) = &o.payload
        && let Some(state) = state.downcast_ref::<State>()
    {
        return Ok(state);
    }
    let got = args.args.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into());
    Err(vm.type_error(format!("descriptor '{method}' for '_sha512.sha512' objects doesn't apply to a '{got}' object")))
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args { args: &args.args[1..], kwnames: args.kwnames }
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "update")?;
    let name = state.borrow().name();
    let data = crate::pyargs::one_arg(vm, rest(&args), &format!("{name}.update"))?;
    let bytes = buffer(vm, data)?;
    state.borrow_mut().update(&bytes);
    Ok(Value::None)
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "digest")?;
    let name = state.borrow().name();
    crate::pyargs::no_args(vm, rest(&args), &format!("{name}.digest"))?;
    let d = state.borrow().digest();
    Ok(vm.new_bytes(d))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "hexdigest")?;
    let name = state.borrow().name();
    crate::pyargs::no_args(vm, rest(&args), &format!("{name}.hexdigest"))?;
    let hex: String = state.borrow().digest().iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(hex))
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "copy")?;
    let name = state.borrow().name();
    crate::pyargs::no_args(vm, rest(&args), &format!("{name}.copy"))?;
    let cls = args.args[0].as_obj().expect("checked by this").class();
    let copy = state.borrow().clone();
    Ok(Value::Obj(PyObject::new(cls, Payload::Native(Box::new(State::new(copy))))))
}

fn hash_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "name")?;
    let name = state.borrow().name();
    Ok(vm.new_str(name))
}
