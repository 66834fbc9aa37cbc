//! Bytes as Kratos might send them, parsed into every payload type; what parses is rendered.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kratos_htmx_ui_fuzz::model(data));
