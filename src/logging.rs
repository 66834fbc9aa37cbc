//! Log setup: `env_logger` with the level from `RUST_LOG` (default `info`), one line per event,
//! carrying the id of the request being served (see [`crate::http::request_id`]).
//!
//! Nothing here filters secrets: the code never logs a cookie, token, code or query string in
//! the first place (the access log prints method and path only), and `scripts/check-logs.sh`
//! checks a full test run's log for them.

use std::io::Write;

use crate::http::request_id::RequestId;

/// Installs the logger once, for the binary.
pub fn init() {
    let mut builder =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info"));
    // rustls describes every certificate and handshake at debug level: noise for an operator
    // who asked for our debug lines, so it stays at info unless `RUST_LOG` names it.
    let names_rustls = std::env::var("RUST_LOG").is_ok_and(|filter| filter.contains("rustls"));
    if !names_rustls {
        builder.filter_module("rustls", log::LevelFilter::Info);
    }
    builder
        .format(|out, record| {
            let time = out.timestamp_millis();
            match RequestId::current_for_log() {
                Some(id) => writeln!(
                    out,
                    "{time} {:<5} {} [{id}] {}",
                    record.level(),
                    record.target(),
                    record.args()
                ),
                None => writeln!(
                    out,
                    "{time} {:<5} {} {}",
                    record.level(),
                    record.target(),
                    record.args()
                ),
            }
        })
        .init();
}
