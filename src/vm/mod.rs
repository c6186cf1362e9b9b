//! The VM.
