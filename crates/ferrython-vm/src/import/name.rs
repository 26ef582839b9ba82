//! Module names: resolving relative imports, as `import.c`'s `resolve_name` (for `import`
//! statements, from the importer's globals) and importlib's `_resolve_name` (for
//! `importlib.import_module` and `importlib.util.resolve_name`, from an explicit package).

use crate::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dict_ops;

use super::{attr, text};

/// The absolute name of `from <level dots><name> import ...` in a module whose namespace is
/// `globals` (`__package__`, else `__spec__.parent`, else `__name__` and `__path__`).
pub fn resolve_relative(vm: &mut Vm, name: &str, globals: Option<&Value>, level: usize) -> PyResult<String> {
    let Some(globals) = globals.filter(|g| !g.is_none()) else {
        return Err(vm.new_error(&vm.exc.key_error.clone(), "'__name__' not in globals"));
    };
    let Some(g) = globals.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error("globals must be a dict"));
    };
    let package = dict_ops::get_str(&g, &vm.names.__package__.clone()).filter(|p| !p.is_none());
    let spec = dict_ops::get_str(&g, &vm.names.__spec__.clone()).filter(|s| !s.is_none());
    let package = match (package, spec) {
        (Some(p), _) => text(&p).ok_or_else(|| vm.type_error("package must be a string"))?,
        (None, Some(spec)) => {
            let parent = attr(vm, &spec, "parent")?;
            text(&parent).ok_or_else(|| vm.type_error("__spec__.parent must be a string"))?
        }
        (None, None) => {
            let Some(n) = dict_ops::get_str(&g, &vm.names.__name__.clone()) else {
                return Err(vm.new_error(&vm.exc.key_error.clone(), "'__name__' not in globals"));
            };
            let n = text(&n).ok_or_else(|| vm.type_error("__name__ must be a string"))?;
            if dict_ops::get_str(&g, &vm.names.__path__.clone()).is_some() {
                n
            } else {
                match n.rfind('.') {
                    Some(dot) => n[..dot].to_string(),
                    None => return Err(no_parent(vm)),
                }
            }
        }
    };
    if package.is_empty() {
        return Err(no_parent(vm));
    }
    let mut last_dot = package.len();
    for _ in 1..level {
        match package[..last_dot].rfind('.') {
            Some(dot) => last_dot = dot,
            None => return Err(beyond_top_level(vm)),
        }
    }
    let base = &package[..last_dot];
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// importlib's `_resolve_name(name, package, level)`.
pub fn resolve_in_package(vm: &Vm, name: &str, package: &str, level: usize) -> PyResult<String> {
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(beyond_top_level(vm));
    }
    let base = bits.last().copied().unwrap_or("");
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// The number of leading dots of a relative name.
pub fn leading_dots(name: &str) -> usize {
    name.len() - name.trim_start_matches('.').len()
}

fn no_parent(vm: &Vm) -> crate::PyErr {
    vm.import_error(&vm.exc.import_error.clone(), "attempted relative import with no known parent package".into(), None, None)
}

fn beyond_top_level(vm: &Vm) -> crate::PyErr {
    vm.import_error(&vm.exc.import_error.clone(), "attempted relative import beyond top-level package".into(), None, None)
}
