//! What the Kratos and Hydra clients share: an awc client that follows no redirect, waits a
//! bounded time and speaks TLS with rustls (certificates and host names always verified), one
//! call's [`Answer`] (status, every `Set-Cookie`, a bounded body), or why there was none
//! ([`Unreachable`], logged here once, naming the endpoint and never its query).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rustls::{ClientConfig, RootCertStore};

use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;

use crate::http::problem::Problem;

/// The largest answer read. Flows are a few kB; a TOTP QR code adds about 10 kB.
pub const MAX_RESPONSE_BYTES: usize = 1024 * 1024;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

/// An HTTP client for one worker (awc clients are not `Send`): redirects are never followed
/// (their `Set-Cookie`s would be lost), every call is bounded by `timeout`, https is verified
/// against `tls`'s roots.
pub fn http_client(timeout: Duration, tls: &Arc<ClientConfig>) -> awc::Client {
    awc::Client::builder()
        .disable_redirects()
        .timeout(timeout)
        .connector(
            awc::Connector::new()
                .timeout(CONNECT_TIMEOUT)
                .rustls_0_23(tls.clone()),
        )
        .finish()
}

/// The TLS settings of every call: the platform's root certificates (as the OpenSSL convention
/// has it, `SSL_CERT_FILE` or `SSL_CERT_DIR` replace them) plus the certificates of
/// `extra_ca_file` (`KRATOS_CA_FILE`, PEM), e.g. a private CA in front of Kratos in a cluster.
/// rustls with ring: no OpenSSL, certificate and host-name verification always on.
pub fn tls_config(extra_ca_file: Option<&Path>) -> Result<Arc<ClientConfig>, String> {
    let mut roots = RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    for error in &native.errors {
        log::warn!("platform root certificates: {error}");
    }
    roots.add_parsable_certificates(native.certs);
    if let Some(path) = extra_ca_file {
        for certificate in crate::config::ca_certificates(path)? {
            roots
                .add(certificate)
                .map_err(|error| format!("{}: {error}", path.display()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| error.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// What a service answered: status, every `Set-Cookie` to relay, and the raw body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub set_cookies: Vec<HeaderValue>,
    pub body: Bytes,
    /// Whether the body was declared as JSON (`application/json`, as Kratos and Hydra send).
    pub is_json: bool,
}

impl Answer {
    /// The body read as `T`. A body not declared as JSON (a proxy's error page, say) is never
    /// parsed; the error says why without quoting the body, since it is logged.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, String> {
        if !self.is_json {
            return Err("not declared as JSON".to_owned());
        }
        serde_json::from_slice(&self.body).map_err(|error| without_content(&error))
    }
}

/// What went wrong reading a body, without quoting it: serde's messages can repeat a value of
/// the body (which could be a token), and these reasons are logged.
pub fn without_content(error: &serde_json::Error) -> String {
    format!(
        "{:?} error at line {} column {}",
        error.classify(),
        error.line(),
        error.column()
    )
}

/// Why a call produced no answer at all.
#[derive(Debug)]
pub enum Unreachable {
    Connect(String),
    Timeout,
    Body(String),
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreachable::Connect(why) => write!(f, "cannot connect: {why}"),
            Unreachable::Timeout => f.write_str("no answer in time"),
            Unreachable::Body(why) => write!(f, "cannot read the answer: {why}"),
        }
    }
}

/// A service gave no answer at all (logged by [`call`]): what the person gets is the "not
/// available" page, so a handler says `?`.
impl From<Unreachable> for Problem {
    fn from(_: Unreachable) -> Self {
        Problem::KratosUnavailable
    }
}

/// The answer of `service` (its name, for the log line) to a call to `endpoint` (its path,
/// without the query).
pub async fn call(
    service: &str,
    endpoint: &str,
    sent: awc::SendClientRequest,
) -> Result<Answer, Unreachable> {
    read(sent)
        .await
        .inspect_err(|unreachable| log::warn!("{service} {endpoint}: {unreachable}"))
}

async fn read(sent: awc::SendClientRequest) -> Result<Answer, Unreachable> {
    let mut response = sent.await.map_err(|error| match error {
        awc::error::SendRequestError::Timeout => Unreachable::Timeout,
        awc::error::SendRequestError::Connect(awc::error::ConnectError::Timeout) => {
            Unreachable::Timeout
        }
        other => Unreachable::Connect(other.to_string()),
    })?;
    let status = response.status().as_u16();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(';')
                .next()
                .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/json"))
        });
    let set_cookies = response
        .headers()
        .get_all(header::SET_COOKIE)
        .cloned()
        .collect();
    let body = response
        .body()
        .limit(MAX_RESPONSE_BYTES)
        .await
        .map_err(|error| match error {
            awc::error::PayloadError::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                Unreachable::Timeout
            }
            other => Unreachable::Body(other.to_string()),
        })?;
    Ok(Answer {
        status,
        set_cookies,
        body,
        is_json,
    })
}
