//! pyxray: a simulated CPython 3.11 interpreter that records what CPython does inside.
//!
//! Data flows one way: scenario → [`frontend`] (parse + compile) → [`vm`] (resumable
//! interpreter) calling the [`models`] (dict, hash, …) → [`trace`] (events, steps,
//! timeline) → views. Nothing in this library depends on a GUI toolkit.

pub mod frontend;
pub mod models;
pub mod trace;
pub mod vm;
