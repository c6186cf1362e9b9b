//! The `with` statement: `BEFORE_WITH` and `WITH_EXCEPT_START` as ceval.c runs them.
//!
//! `__enter__` and `__exit__` are looked up on the type (`_PyObject_LookupSpecial`): a
//! user class's Python methods run in frames of their own (their results land on the
//! value stack like any call's), a simulated lock's are built-in methods.

use super::object::{Obj, ObjId, TypeId};
use super::{PyResult, Vm};

impl Vm {
    /// The bound special method `name` of a context manager, if its type has one.
    fn special_bound(&mut self, mgr: ObjId, name: &'static str) -> PyResult<Option<ObjId>> {
        if let Obj::Sync(_) = self.heap.get(mgr) {
            return Ok(Some(self.heap.alloc(Obj::Method {
                receiver: mgr,
                name,
            })));
        }
        match self.user_special_fn(mgr, name)? {
            Some(f) if matches!(self.heap.get(f), Obj::Function(_)) => {
                Ok(Some(self.heap.alloc(Obj::BoundMethod {
                    func: f,
                    receiver: mgr,
                })))
            }
            Some(f) => Ok(Some(f)),
            None => Ok(None),
        }
    }

    /// `BEFORE_WITH`: push the bound `__exit__`, then call `__enter__()`.
    pub(crate) fn before_with(&mut self, mgr: ObjId) -> PyResult<()> {
        let Some(enter) = self.special_bound(mgr, "__enter__")? else {
            let tn = self.type_name(mgr);
            return self.type_error(format!(
                "'{tn}' object does not support the context manager protocol"
            ));
        };
        let Some(exit) = self.special_bound(mgr, "__exit__")? else {
            let tn = self.type_name(mgr);
            return self.type_error(format!(
                "'{tn}' object does not support the context manager protocol (missed __exit__ method)"
            ));
        };
        self.push(exit);
        self.call(enter, Vec::new(), Vec::new())
    }

    /// `WITH_EXCEPT_START`: `__exit__(type(exc), exc, exc.__traceback__)`.
    pub(crate) fn with_except_start(&mut self, exit: ObjId, exc: ObjId) -> PyResult<()> {
        let ty = match self.heap.get(exc) {
            Obj::Exception(e) => match e.class {
                Some(c) => c,
                None => {
                    let t = e.ty;
                    self.type_obj(t)
                }
            },
            _ => self.type_obj(TypeId::BaseException),
        };
        let tb = self.heap.alloc(Obj::TracebackRef(exc));
        self.call(exit, vec![ty, exc, tb], Vec::new())
    }
}
