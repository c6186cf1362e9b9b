//! pyxray: a simulated CPython 3.11 interpreter that records what CPython does inside.
//!
//! Data flows one way: scenario → [`frontend`] (parse + compile) → [`vm`] (resumable
//! interpreter) calling the [`models`] (dict, set, hash, …) → [`trace`] (events, steps,
//! timeline) → views. Nothing in this library depends on a GUI toolkit.

pub mod diff;
pub mod frontend;
pub mod models;
pub mod run;
pub mod scenario;
pub mod trace;
pub mod ui;
pub mod vm;
