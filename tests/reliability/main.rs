//! Reliability tests: the UI under sustained load, with Kratos killed and restarted under it,
//! and stopped by SIGTERM in the middle of a request — against the real Kratos, with the UI
//! running as its own process (the binary `cargo test` builds), so its memory and its log are
//! its own.
//!
//! A test binary of its own: `cargo test` runs test binaries one after another, so a minute
//! of load here never slows the timing-sensitive integration tests, and the tests in here take
//! turns ([`HEAVY`]) for the same reason.

#[allow(dead_code)]
#[path = "../integration/authorizer.rs"]
mod authorizer;
#[allow(dead_code)]
#[path = "../integration/browser.rs"]
mod browser;
#[allow(dead_code)]
#[path = "../integration/harness.rs"]
mod harness;

#[path = "../integration/provider.rs"]
mod provider;
#[allow(dead_code)]
#[path = "../integration/proxy.rs"]
mod proxy;
#[path = "../integration/test_ca.rs"]
mod test_ca;

mod kratos_down;
mod kratos_script;
mod load;
mod load_generator;
mod shutdown;
mod tls;
mod ui_process;

/// Held by each test while it runs: one load on the machine at a time.
pub static HEAVY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
