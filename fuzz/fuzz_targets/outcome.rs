//! A status (first two bytes) and a body (the rest) through the outcome map, with its invariants.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kratos_htmx_ui_fuzz::outcome(data));
