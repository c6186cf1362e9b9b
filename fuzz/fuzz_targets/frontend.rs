//! Any text fed to the front end and a briefly-run VM must compile-or-reject and
//! run-or-raise — never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let opts = pyxray::vm::VmOptions {
            max_steps: 5_000,
            ..Default::default()
        };
        let _ = pyxray::run::run_source(src, "fuzz.py", opts);
    }
});
