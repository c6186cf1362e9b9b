//! CPython's internals, one file per model. Each mirrors named CPython functions, owns its
//! state, reports what it does as typed events, and knows nothing about frames or pixels.

pub mod dict;
pub mod gc;
pub mod gil;
pub mod hash;
pub mod intern;
pub mod mro;
pub mod set;
