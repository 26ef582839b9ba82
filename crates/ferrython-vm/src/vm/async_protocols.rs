//! The protocols of `async for` and `async with` (CPython 3.11's `GET_AITER`, `GET_ANEXT` and
//! `BEFORE_ASYNC_WITH`), with CPython's messages.

use crate::objects::generator::GenKind;
use crate::types::coroutine::{AWAIT, gen_kind, get_awaitable};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::attr::lookup_type;
use crate::{PyErr, PyResult};

impl Vm {
    /// `GetAIter`: `obj.__aiter__()`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        let name = self.intern("__aiter__");
        let Some(m) = self.special(obj, &name) else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'async for' requires an object with __aiter__ method, got {tn}")));
        };
        let it = self.call(&m, std::slice::from_ref(obj), &[])?;
        let anext = self.intern("__anext__");
        if self.special(&it, &anext).is_none() {
            let tn = self.type_name(&it);
            return Err(self.type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {tn}")));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let anext = self.intern("__anext__");
        let Some(m) = self.special(aiter, &anext) else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!("'async for' requires an iterator with __anext__ method, got {tn}")));
        };
        let next = self.call(&m, std::slice::from_ref(aiter), &[])?;
        if gen_kind(aiter) == Some(GenKind::AsyncGenerator) {
            return Ok(next);
        }
        match get_awaitable(self, &next, AWAIT) {
            Ok(aw) => Ok(aw),
            Err(cause) => {
                let tn = self.type_name(&next);
                let e = self.type_error(format!("'async for' received an invalid object from __anext__: {tn}"));
                Err(self.chain_cause(e, cause))
            }
        }
    }

    /// `BeforeAsyncWith`: `(mgr.__aexit__ bound, mgr.__aenter__())`.
    pub(crate) fn enter_async_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(mgr);
        let (aenter, aexit) = (self.intern("__aenter__"), self.intern("__aexit__"));
        let tn = self.type_name(mgr);
        let Some(enter) = lookup_type(&cls, &aenter) else {
            return Err(self.type_error(format!("'{tn}' object does not support the asynchronous context manager protocol")));
        };
        let Some(exit) = lookup_type(&cls, &aexit) else {
            return Err(
                self.type_error(format!("'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"))
            );
        };
        let exit_bound = self.bind_descriptor(&exit, mgr, &cls)?;
        let enter_bound = self.bind_descriptor(&enter, mgr, &cls)?;
        let entered = self.call(&enter_bound, &[], &[])?;
        Ok((exit_bound, entered))
    }

    pub(crate) fn is_stop_async_iteration(&self, exc: &Value) -> bool {
        crate::vm::attr::is_subtype(&self.class_of(exc), &self.exc.stop_async_iteration)
    }

    /// `new` raised "from" `cause` (CPython's `_PyErr_FormatFromCause`).
    pub(crate) fn chain_cause(&mut self, new: PyErr, cause: PyErr) -> PyErr {
        if let crate::object::Payload::Exception(d) = &new.exc.payload {
            *d.cause.borrow_mut() = Value::Obj(cause.exc.clone());
            *d.context.borrow_mut() = Value::Obj(cause.exc.clone());
            d.suppress_context.set(true);
        }
        new
    }
}
