//! Kratos's WebAuthn script that does not match the integrity value asked for: one warning in
//! the UI's own log that names the reason, and neither the script nor the digest.

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::harness::{Profile, stack};
use crate::ui_process::UiProcess;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_script_that_does_not_match_is_one_warning_in_the_log() {
    let _heavy = crate::HEAVY.lock().await;
    let stack = stack(Profile::Default).await;
    let ui = UiProcess::start(&stack.kratos_public, &[("RUST_LOG", "warn")]);
    let wrong = format!("sha512-{}", STANDARD.encode([7u8; 64]));
    let encoded: String = url::form_urlencoded::byte_serialize(wrong.as_bytes()).collect();
    let answer = reqwest::get(format!("{}/kratos/webauthn.js?integrity={encoded}", ui.url))
        .await
        .unwrap();
    assert_eq!(answer.status(), 502);
    let deadline = Instant::now() + Duration::from_secs(10);
    let log = loop {
        let log = ui.log_text();
        if log.contains("WebAuthn script") {
            break log;
        }
        assert!(Instant::now() < deadline, "no warning logged:\n{log}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let lines: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("WebAuthn script"))
        .collect();
    assert_eq!(lines.len(), 1, "{log}");
    let line = lines[0];
    assert!(
        line.contains("WARN") && line.contains("does not match the sha512 integrity value"),
        "{line}"
    );
    // scripts/check-logs.sh's rule for tokens: no long base64 run (the digest is one).
    let longest_run = line
        .split(|c: char| !(c.is_ascii_alphanumeric() || "+_=".contains(c)))
        .map(str::len)
        .max()
        .unwrap_or(0);
    assert!(longest_run < 24, "neither digest nor script: {line}");
    assert!(!line.contains("function"), "not the script: {line}");
}
