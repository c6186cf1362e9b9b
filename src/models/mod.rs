//! CPython's internals, one file per model. Each mirrors named CPython functions, owns its
//! state, reports what it does as typed events, and knows nothing about frames or pixels.

pub mod codecs;
pub mod dict;
pub mod gc;
pub mod gil;
pub mod hash;
pub mod intern;
pub mod list;
pub mod mro;
pub mod set;
pub mod shared_keys;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;
