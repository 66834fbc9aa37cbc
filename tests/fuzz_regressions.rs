//! Replays every input kept under `tests/fuzz-regressions/<target>/` (crashes the fuzzers found,
//! and hand-made hostile inputs) through the fuzz targets' own checks, on stable Rust.
//!
//! The checks are `fuzz/src/lib.rs`, included here as a module, so a kept input runs exactly
//! as `scripts/fuzz.sh` ran it: the `model` target parses it as every payload type and draws
//! what parses; the `outcome` target reads a status from its first two bytes and classifies
//! the rest.

use std::panic;
use std::path::{Path, PathBuf};

use kratos_htmx_ui::kratos::model::Flow;
use kratos_htmx_ui::kratos::outcome::{Outcome, classify};

#[path = "../fuzz/src/lib.rs"]
mod harness;

fn kept_inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && path.file_name().is_some_and(|name| name != "README.md"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_kept_input_runs_through_its_target_without_a_finding() {
    let mut failures = Vec::new();
    for target in harness::TARGETS {
        let inputs = kept_inputs(target);
        assert!(
            !inputs.is_empty(),
            "tests/fuzz-regressions/{target}/ holds no input: this test would prove nothing"
        );
        for path in inputs {
            let data = std::fs::read(&path).unwrap();
            if let Err(panic) = panic::catch_unwind(|| harness::run(target, &data)) {
                let why = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("(no message)");
                failures.push(format!("{}: {why}", path.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "kept fuzz inputs that still fail:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_status_is_read_from_the_first_two_bytes_as_the_fuzzer_reads_it() {
    assert_eq!(harness::status_and_body(b""), (100, &b""[..]));
    assert_eq!(harness::status_and_body(b"\x07"), (107, &b""[..]));
    assert_eq!(harness::status_and_body(b"\x00\x64{}"), (200, &b"{}"[..]));
    assert_eq!(harness::status_and_body(b"\x01\x2d"), (401, &b""[..]));
    assert_eq!(harness::status_and_body(b"\x01\x90x"), (500, &b"x"[..]));
    // Every two-byte number lands in 100..=599, and every status there is reachable.
    let mut seen = [false; 600];
    for number in 0..=u16::MAX {
        let bytes = number.to_be_bytes();
        let (status, body) = harness::status_and_body(&bytes);
        assert!((100..=599).contains(&status) && body.is_empty(), "{number}");
        seen[usize::from(status)] = true;
    }
    assert!(seen[100..].iter().all(|seen| *seen));
}

#[test]
fn the_kept_outcome_inputs_mean_what_their_names_say() {
    let read = |name: &str| {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/fuzz-regressions/outcome/{name}")),
        )
        .unwrap()
    };
    let answer = |name: &str| {
        let data = read(name);
        let (status, body) = harness::status_and_body(&data);
        classify(status, body)
    };
    assert!(matches!(
        answer("status-401-empty-body"),
        Outcome::SignInRequired
    ));
    assert!(matches!(answer("status-599-flow"), Outcome::Unavailable(_)));
    assert!(matches!(answer("empty"), Outcome::Unavailable(_)));
    for name in [
        "status-200-deep-nesting",
        "status-400-deep-nesting-in-error",
        "status-410-code-out-of-range",
        "status-403-invalid-utf8",
    ] {
        assert!(matches!(answer(name), Outcome::Unavailable(_)), "{name}");
    }
    assert!(matches!(
        answer("status-403-refresh-without-target"),
        Outcome::Rejected { status: 403, .. }
    ));
}

/// serde_json stops at 128 levels of nesting, so a hostile body cannot overflow the stack,
/// wherever the nesting sits (a free-form `value`, an error's `details`).
#[test]
fn deep_nesting_is_refused_by_the_recursion_limit_not_the_stack() {
    let data = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-regressions/model/deep-nesting-10k.json"),
    )
    .unwrap();
    assert!(data.iter().filter(|byte| **byte == b'[').count() > 10_000);
    let error = serde_json::from_slice::<Flow>(&data).unwrap_err();
    assert!(error.to_string().contains("recursion limit"), "{error}");
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(serde_json::from_str::<serde_json::Value>(&nested(127)).is_ok());
    let error = serde_json::from_str::<serde_json::Value>(&nested(10_000)).unwrap_err();
    assert!(error.to_string().contains("recursion limit"), "{error}");
}
