//! Tab completion, as CPython's `rlcompleter.Completer` (3.11) computes it for its prompt: keywords,
//! then names in `__main__`, then builtins, for a plain word; for `expr.attr`, where `expr` is a
//! dotted name (never a call: nothing else is evaluated), the attributes of its value. Callables get
//! `(`, and `()` when they take no arguments; keywords a space (or `:` for `try` and `finally`); Tab
//! on nothing inserts a tab.

use ferrython_vm::Vm;
use ferrython_vm::object::Payload;
use ferrython_vm::value::Value;
use ferrython_vm::vm::dict_ops;

/// `keyword.kwlist + keyword.softkwlist` of Python 3.11.
const KEYWORDS: [&str; 38] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "_", "case", "match",
];

/// The characters that end a word for completion: CPython's `readline` module sets GNU readline's
/// `rl_completer_word_break_characters` to these (`.` is not one: `os.pa` is one word).
const WORD_BREAKS: &str = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/// Byte offset where the word ending at `pos` starts.
pub(super) fn word_start(line: &str, pos: usize) -> usize {
    line[..pos].char_indices().rev().find(|(_, c)| WORD_BREAKS.contains(*c)).map_or(0, |(i, c)| i + c.len_utf8())
}

/// What `Completer.complete(text, state)` returns for state 0, 1, ... until `None`.
pub(super) fn matches(vm: &mut Vm, text: &str) -> Vec<String> {
    if text.is_empty() {
        // rlcompleter inserts a tab, so Tab indents at the start of a line.
        return vec!["\t".to_string()];
    }
    if text.contains('.') { attr_matches(vm, text) } else { global_matches(vm, text) }
}

fn global_matches(vm: &mut Vm, text: &str) -> Vec<String> {
    let mut matches = Vec::new();
    let mut seen: Vec<String> = vec!["__builtins__".to_string()];
    for word in KEYWORDS.iter().filter(|w| w.starts_with(text)) {
        seen.push(word.to_string());
        matches.push(match *word {
            "finally" | "try" => format!("{word}:"),
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" | "_" => word.to_string(),
            _ => format!("{word} "),
        });
    }
    let namespaces = [main_dict(vm), Some(vm.builtins_dict.clone())];
    for namespace in namespaces.into_iter().flatten() {
        for (word, value) in dict_items(&namespace) {
            if word.starts_with(text) && !seen.contains(&word) {
                seen.push(word.clone());
                matches.push(callable_postfix(vm, &value, word));
            }
        }
    }
    matches
}

fn attr_matches(vm: &mut Vm, text: &str) -> Vec<String> {
    // rlcompleter: `re.match(r"(\w+(\.\w+)*)\.(\w*)", text)`.
    let Some((expr, attr)) = text.rsplit_once('.') else { return Vec::new() };
    let is_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !expr.split('.').all(is_word) || !(attr.is_empty() || is_word(attr)) {
        return Vec::new();
    }
    let Some(object) = eval_dotted_name(vm, expr) else { return Vec::new() };
    let mut words = dir(vm, &object).unwrap_or_default();
    words.retain(|w| w != "__builtins__");
    // Every object has `__class__`; add what its class and bases have.
    words.push("__class__".to_string());
    let class = Value::Obj(vm.class_of(&object));
    class_members(vm, &class, &mut words, 0);
    words.sort();
    words.dedup();
    // Names starting with `_` (then `__`) only once the attribute typed so far starts that way.
    let mut noprefix = match attr {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    loop {
        let mut matches = Vec::new();
        for word in words.iter().filter(|w| w.starts_with(attr) && !noprefix.is_some_and(|p| w.starts_with(p))) {
            let name = format!("{expr}.{word}");
            // A property on the class is not evaluated (bpo-44752) and gets no `(`.
            let on_class = getattr_or_none(vm, &class, word);
            if is_property(vm, &on_class) {
                matches.push(name);
                continue;
            }
            match getattr_or_none(vm, &object, word) {
                Value::None => matches.push(name),
                value => matches.push(callable_postfix(vm, &value, name)),
            }
        }
        if !matches.is_empty() || noprefix.is_none() {
            matches.sort();
            return matches;
        }
        noprefix = if noprefix == Some("_") { Some("__") } else { None };
    }
}

fn is_property(vm: &mut Vm, v: &Value) -> bool {
    let property = Value::Obj(vm.types.property.clone());
    call_builtin(vm, "isinstance", &[v.clone(), property]).is_some_and(|r| matches!(r, Value::Bool(true)))
}

/// `eval(expr, __main__.__dict__)` for a dotted name: the first name from `__main__` or builtins,
/// then attribute after attribute.
fn eval_dotted_name(vm: &mut Vm, expr: &str) -> Option<Value> {
    let mut parts = expr.split('.');
    let first = vm.intern(parts.next()?);
    let mut value = main_dict(vm).and_then(|d| dict_ops::get_str(&d, &first)).or_else(|| dict_ops::get_str(&vm.builtins_dict.clone(), &first))?;
    for part in parts {
        let name = vm.intern(part);
        value = vm.getattr(&value, &name).ok()?;
    }
    Some(value)
}

/// rlcompleter's `get_class_members`: `dir(klass)` and, recursively, its bases'.
fn class_members(vm: &mut Vm, class: &Value, words: &mut Vec<String>, depth: usize) {
    if depth > 100 {
        return;
    }
    words.extend(dir(vm, class).unwrap_or_default());
    let bases = vm.intern("__bases__");
    let Ok(Value::Obj(bases)) = vm.getattr(class, &bases) else { return };
    let bases: Vec<Value> = bases.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    for base in &bases {
        class_members(vm, base, words, depth + 1);
    }
}

fn dir(vm: &mut Vm, object: &Value) -> Option<Vec<String>> {
    let list = call_builtin(vm, "dir", std::slice::from_ref(object))?;
    let items = list.as_obj().and_then(|l| l.as_list().map(|l| l.borrow().clone()))?;
    Some(items.iter().filter_map(|w| Vm::str_of(w).map(str::to_string)).collect())
}

/// `getattr(object, name, None)`; any exception counts as missing.
fn getattr_or_none(vm: &mut Vm, object: &Value, name: &str) -> Value {
    let name = vm.intern(name);
    vm.getattr(object, &name).unwrap_or(Value::None)
}

/// rlcompleter's `_callable_postfix`: `(` for a callable, `()` when `inspect.signature` finds it takes
/// no parameters.
fn callable_postfix(vm: &mut Vm, value: &Value, word: String) -> String {
    if !vm.is_callable(value) {
        return word;
    }
    if takes_no_arguments(vm, value) { format!("{word}()") } else { format!("{word}(") }
}

/// Whether `inspect.signature(value).parameters` is empty. Python functions, bound methods and
/// classes are answered as `inspect` does; built-in functions and methods carry no signature here,
/// so only `globals` and `locals` are known to take nothing (a divergence for the others, such as
/// `'abc'.upper`, where CPython completes `()`).
fn takes_no_arguments(vm: &mut Vm, value: &Value) -> bool {
    match value.payload() {
        Some(Payload::Function(f)) => parameters(&f.code.borrow().code) == 0,
        // A bound method's signature drops the first positional parameter.
        Some(Payload::BoundMethod(bound)) => match bound.0.payload() {
            Some(Payload::Function(f)) => {
                let code = f.code.borrow().code.clone();
                code.argcount >= 1 && parameters(&code) == 1
            }
            _ => false,
        },
        Some(Payload::Type(_)) => class_takes_no_arguments(vm, value),
        Some(Payload::Builtin(_)) => ["globals", "locals"]
            .iter()
            .any(|name| vm.builtin(name).is_some_and(|b| b.as_obj().zip(value.as_obj()).is_some_and(|(a, b)| std::rc::Rc::ptr_eq(a, b)))),
        _ => false,
    }
}

/// `inspect.signature` of a class: that of the first `__new__` or `__init__` defined along its MRO
/// (less its first parameter) when written in Python; none when built in (`ValueError`, or a built-in
/// type's parameters); `object()`'s, no parameters, when only `object` defines them.
fn class_takes_no_arguments(vm: &mut Vm, class: &Value) -> bool {
    let Some(Payload::Type(data)) = class.payload() else { return false };
    let mro = data.mro.borrow().clone();
    let (new, init) = (vm.intern("__new__"), vm.intern("__init__"));
    for base in mro.iter().filter(|b| !std::rc::Rc::ptr_eq(b, &vm.types.object)) {
        let Some(namespace) = base.dict() else { continue };
        let Some(method) = dict_ops::get_str(&namespace, &new).or_else(|| dict_ops::get_str(&namespace, &init)) else { continue };
        let function = match method.payload() {
            Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => f.borrow().clone(),
            _ => method,
        };
        return match function.payload() {
            Some(Payload::Function(f)) => {
                let code = f.code.borrow().code.clone();
                code.argcount >= 1 && parameters(&code) == 1
            }
            _ => false,
        };
    }
    true
}

/// Positional, keyword-only, `*args` and `**kwargs` parameters of a code object.
fn parameters(code: &ferrython_compiler::CodeObject) -> u32 {
    use ferrython_compiler::bytecode::code_flags::{VARARGS, VARKEYWORDS};
    code.argcount + code.kwonlyargcount + u32::from(code.flags & VARARGS != 0) + u32::from(code.flags & VARKEYWORDS != 0)
}

fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> Option<Value> {
    let function = vm.builtin(name)?;
    vm.call(&function, args, &[]).ok()
}

fn main_dict(vm: &mut Vm) -> Option<ferrython_vm::PyRef> {
    let key = vm.intern("__main__");
    match dict_ops::get_str(&vm.sys_modules.clone(), &key)? {
        Value::Obj(m) => m.dict(),
        _ => None,
    }
}

/// The `str` keys of a dict and their values, in order.
fn dict_items(dict: &ferrython_vm::PyRef) -> Vec<(String, Value)> {
    let keys = dict.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
    keys.iter()
        .filter_map(|k| {
            let word = Vm::str_of(k)?.to_string();
            let value = match k {
                Value::Obj(key) => dict_ops::get_str(dict, key)?,
                _ => return None,
            };
            Some((word, value))
        })
        .collect()
}
