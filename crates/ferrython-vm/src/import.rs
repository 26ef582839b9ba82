//! A first import system: `sys.modules`, native modules, and source files found on `sys.path`
//! (`name.py`, `name/__init__.py`), with dotted names and relative imports. The full importlib-shaped
//! machinery (finders, loaders, specs, reload) is the next issue.

use crate::object::{Payload, PyObject};
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::dict_ops;
use crate::vm::frame::Frame;
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// `ImportName`: call `builtins.__import__` (so replacing it sees every import).
    pub fn import_name_instr(&mut self, frame: &Frame, name: &PyRef, fromlist: Value, level: Value) -> PyResult<Value> {
        let import = match dict_ops::get_str(&frame.builtins, &self.names.__import__.clone()) {
            Some(f) => f,
            None => return Err(self.new_error(&self.exc.import_error, "__import__ not found")),
        };
        let locals = frame.locals.clone().unwrap_or(Value::None);
        self.call(&import, &[Value::Obj(name.clone()), Value::Obj(frame.globals.clone()), locals, fromlist, level], &[])
    }

    /// `ImportFrom`: `from module import name`, falling back to the submodule `module.name`.
    pub fn import_from(&mut self, module: &Value, name: &PyRef) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                let mname = self.getattr(module, &self.names.__name__.clone()).ok().and_then(|v| Vm::str_of(&v).map(|s| s.to_string()));
                if let Some(m) = &mname {
                    let full = format!("{m}.{}", name.as_str().map(|s| s.as_str()).unwrap_or(""));
                    let k = self.new_str(full);
                    if let Some(v) = dict_ops::get_item(self, &self.sys_modules.clone(), &k)? {
                        return Ok(v);
                    }
                }
                let n = name.as_str().map(|s| s.as_str()).unwrap_or("").to_string();
                let file = self.getattr(module, &self.names.__file__.clone()).ok().filter(|f| !f.is_none());
                let mdisplay = mname.clone().unwrap_or_else(|| "<unknown module name>".into());
                let msg = match &file {
                    Some(f) => format!("cannot import name '{n}' from '{mdisplay}' ({})", self.str_string(f)?),
                    None => format!("cannot import name '{n}' from '{mdisplay}' (unknown location)"),
                };
                Err(self.import_error(&self.exc.import_error.clone(), msg, mname.map(|m| self.new_str(m)), file))
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_error(&self, cls: &PyRef, msg: String, name: Option<Value>, path: Option<Value>) -> crate::PyErr {
        let exc = self.new_exception_obj(cls, vec![self.new_str(msg.clone())]);
        if let Some(d) = exc.dict() {
            dict_ops::set_str_raw(&d, &self.names.name, name.unwrap_or(Value::None));
            dict_ops::set_str_raw(&d, &self.names.path, path.unwrap_or(Value::None));
            dict_ops::set_str_raw(&d, &self.names.msg, self.new_str(msg));
        }
        crate::PyErr::new(exc)
    }

    /// `from module import *`.
    pub fn import_star(&mut self, frame: &mut Frame, module: &Value) -> PyResult<()> {
        let all = self.getattr(module, &self.names.__all__.clone()).ok();
        let names: Vec<Value> = match all {
            Some(a) => self.collect_iterable(&a)?,
            None => {
                let d = match module {
                    Value::Obj(o) => o.dict(),
                    _ => None,
                };
                d.map(|d| d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default())
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|k| !Vm::str_of(k).is_some_and(|s| s.starts_with('_')))
                    .collect()
            }
        };
        for n in names {
            let Some(name) = n.as_obj().filter(|o| o.as_str().is_some()).cloned() else {
                return Err(self.type_error(format!("Item in {}.__all__ must be str, not {}", "module", self.type_name(&n))));
            };
            let v = self.getattr(module, &name)?;
            match &frame.locals {
                Some(ns) => {
                    let ns = ns.clone();
                    self.setitem(&ns, Value::Obj(name), v)?;
                }
                None => dict_ops::set_str_raw(&frame.globals, &name, v),
            }
        }
        Ok(())
    }

    /// Create an empty module object named `name`.
    pub fn new_module(&mut self, name: &str) -> PyRef {
        let d = self.new_dict();
        dict_ops::set_str_raw(&d, &self.names.__name__.clone(), self.new_str(name));
        for k in [&self.names.__doc__, &self.names.__package__, &self.names.__loader__, &self.names.__spec__] {
            dict_ops::set_str_raw(&d, k, Value::None);
        }
        PyObject::with_dict(self.types.module.clone(), Payload::Module, d)
    }

    /// Import `name` (absolute, dotted) and return the leaf module.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let k = self.new_str(name);
        if let Some(m) = dict_ops::get_item(self, &self.sys_modules.clone(), &k)? {
            if m.is_none() {
                return Err(self.import_error(
                    &self.exc.module_not_found_error.clone(),
                    format!("import of {name} halted; None in sys.modules"),
                    Some(k),
                    None,
                ));
            }
            return Ok(m);
        }
        let (parent, leaf) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        let search: Vec<String> = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                // Importing the parent may have imported this module (`os` puts `os.path` in
                // sys.modules): importlib's `_find_and_load_unlocked` checks again here.
                if let Some(m) = dict_ops::get_item(self, &self.sys_modules.clone(), &k)? {
                    return Ok(m);
                }
                let path = self.getattr(&pm, &self.names.__path__.clone()).ok();
                match path {
                    Some(p) => self.collect_iterable(&p)?.iter().filter_map(|v| Vm::str_of(v).map(|s| s.to_string())).collect(),
                    None => {
                        return Err(self.import_error(
                            &self.exc.module_not_found_error.clone(),
                            format!("No module named '{name}'; '{}' is not a package", parent.unwrap_or("")),
                            Some(self.new_str(name)),
                            None,
                        ));
                    }
                }
            }
            None => {
                if let Some(init) = self.native_modules.get(name).copied() {
                    let m = init(self)?;
                    let k = self.new_str(name);
                    dict_ops::set_item(self, &self.sys_modules.clone(), k, Value::Obj(m.clone()))?;
                    return Ok(Value::Obj(m));
                }
                let path = self.sys_attr("path").unwrap_or(Value::None);
                self.collect_iterable(&path).unwrap_or_default().iter().filter_map(|v| Vm::str_of(v).map(|s| s.to_string())).collect()
            }
        };
        for dir in &search {
            let base = if dir.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(dir) };
            let pkg_init = base.join(leaf).join("__init__.py");
            let file = base.join(format!("{leaf}.py"));
            let (path, is_pkg) = if pkg_init.is_file() {
                (pkg_init, true)
            } else if file.is_file() {
                (file, false)
            } else {
                continue;
            };
            let shown = if dir.is_empty() { path.strip_prefix(".").unwrap_or(&path).to_path_buf() } else { path.clone() };
            let abs = std::path::absolute(&shown).unwrap_or(shown);
            let m = self.load_source_module(name, &abs, is_pkg)?;
            if let Some(p) = parent {
                let pm = self.import_module(p)?;
                let leaf_name = self.intern(leaf);
                self.setattr(&pm, &leaf_name, m.clone())?;
            }
            return Ok(m);
        }
        Err(self.import_error(&self.exc.module_not_found_error.clone(), format!("No module named '{name}'"), Some(self.new_str(name)), None))
    }

    fn load_source_module(&mut self, name: &str, path: &std::path::Path, is_pkg: bool) -> PyResult<Value> {
        let source = std::fs::read(path).map_err(|e| crate::modules::os_error_from_io(self, &e, Some(self.new_str(path.to_string_lossy().to_string()))))?;
        let source = String::from_utf8_lossy(&source).to_string();
        let filename = path.to_string_lossy().to_string();
        let module = self.new_module(name);
        let d = module.dict().expect("module dict");
        dict_ops::set_str_raw(&d, &self.names.__file__.clone(), self.new_str(filename.clone()));
        dict_ops::set_str_raw(&d, &self.names.__cached__.clone(), Value::None);
        let package = if is_pkg {
            let dir = path.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            let l = self.new_list(vec![self.new_str(dir)]);
            dict_ops::set_str_raw(&d, &self.names.__path__.clone(), l);
            name.to_string()
        } else {
            name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
        };
        dict_ops::set_str_raw(&d, &self.names.__package__.clone(), self.new_str(package));
        let k = self.new_str(name);
        dict_ops::set_item(self, &self.sys_modules.clone(), k.clone(), Value::Obj(module.clone()))?;
        let r = self.exec_source(&source, &filename, &d);
        if let Err(e) = r {
            dict_ops::del_item(self, &self.sys_modules.clone(), &k)?;
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(dict_ops::get_item(self, &self.sys_modules.clone(), &k)?.unwrap_or(Value::Obj(module)))
    }
}

/// Resolve a relative import against the importing module's `__package__`/`__name__`.
fn resolve_name(vm: &mut Vm, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    let g = globals.as_obj().filter(|o| o.as_dict().is_some()).cloned();
    let package = g.as_ref().and_then(|g| dict_ops::get_str(g, &vm.names.__package__.clone())).and_then(|p| Vm::str_of(&p).map(|s| s.to_string()));
    let package = match package {
        Some(p) => p,
        None => {
            let n = g.as_ref().and_then(|g| dict_ops::get_str(g, &vm.names.__name__.clone())).and_then(|p| Vm::str_of(&p).map(|s| s.to_string()));
            let is_pkg = g.as_ref().and_then(|g| dict_ops::get_str(g, &vm.names.__path__.clone())).is_some();
            match n {
                Some(n) if is_pkg => n,
                Some(n) => n.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
                None => String::new(),
            }
        }
    };
    if package.is_empty() {
        return Err(vm.import_error(&vm.exc.import_error.clone(), "attempted relative import with no known parent package".into(), None, None));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if (level as usize) > parts.len() {
        return Err(vm.import_error(&vm.exc.import_error.clone(), "attempted relative import beyond top-level package".into(), None, None));
    }
    let base = parts[..parts.len() - (level as usize - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = args.bind(vm, "__import__", ["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(name) = Vm::str_of(&name).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!("module name must be str, not {}", vm.type_name(&name))));
    };
    let globals = globals.unwrap_or(Value::None);
    let level = match level {
        Some(Value::Int(l)) => l,
        _ => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let full = if level > 0 { resolve_name(vm, &name, &globals, level)? } else { name.clone() };
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let module = vm.import_module(&full)?;
    let fromlist = fromlist.unwrap_or(Value::None);
    let has_fromlist = !fromlist.is_none() && vm.is_true(&fromlist)?;
    if has_fromlist {
        // Import submodules named in the fromlist when the module is a package.
        if vm.getattr(&module, &vm.names.__path__.clone()).is_ok() {
            for item in vm.collect_iterable(&fromlist)? {
                if let Some(s) = Vm::str_of(&item).map(|s| s.to_string()) {
                    if s != "*" {
                        let n = vm.intern(&s);
                        if vm.getattr(&module, &n).is_err() {
                            match vm.import_module(&format!("{full}.{s}")) {
                                Ok(_) => {}
                                Err(e) if vm.err_matches(&e, &vm.exc.module_not_found_error.clone()) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
        }
        return Ok(module);
    }
    if level == 0 {
        let top = name.split('.').next().unwrap_or(&name).to_string();
        return vm.import_module(&top);
    }
    if name.is_empty() {
        return Ok(module);
    }
    // `from . import x` style with a dotted name: return the top of the relative part.
    let cut = full.len() - name.len();
    let top = match name.find('.') {
        Some(i) => full[..cut + i].to_string(),
        None => full.clone(),
    };
    vm.import_module(&top)
}
