//! The one HTTP client that talks to Kratos's public API.
//!
//! One method per endpoint. Every call forwards the browser's Kratos cookies (only those: see
//! [`super::cookies`]), `User-Agent` and `X-Forwarded-*` headers, asks for JSON with exactly
//! `Accept: application/json` (anything else makes Kratos answer with redirects), never follows
//! redirects (their `Set-Cookie`s would be lost), is bounded by a timeout and a body limit, and
//! hands back the `Set-Cookie`s of Kratos's own cookies so the caller can relay them to the
//! browser. A call that gets no answer at all is logged once by
//! `upstream::call` (the endpoint, never the query, which holds flow ids), so callers only
//! turn [`Unreachable`] into the person's 503 page (with `?`).
//!
//! awc clients are not `Send`: each actix worker builds its own [`KratosClient`].

use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpRequest;
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::web::Bytes;
use rustls::ClientConfig;
use url::Url;

use super::cookies::KratosCookies;
use super::outcome::{Outcome, classify};
use crate::config::IpRange;
use crate::http::query::{encode, with_query};
use crate::http::request_id::{self, RequestId};
use crate::upstream::{self, Answer, Unreachable, call};

/// Kratos endpoints, relative to the public base URL.
pub mod endpoint {
    pub const SETTINGS_INIT: &str = "/self-service/settings/browser";
    pub const SETTINGS_FLOW: &str = "/self-service/settings/flows";
    pub const SETTINGS_SUBMIT: &str = "/self-service/settings";
    pub const LOGIN_INIT: &str = "/self-service/login/browser";
    pub const LOGIN_FLOW: &str = "/self-service/login/flows";
    pub const LOGIN_SUBMIT: &str = "/self-service/login";
    pub const REGISTRATION_INIT: &str = "/self-service/registration/browser";
    pub const REGISTRATION_FLOW: &str = "/self-service/registration/flows";
    pub const RECOVERY_INIT: &str = "/self-service/recovery/browser";
    pub const RECOVERY_FLOW: &str = "/self-service/recovery/flows";
    pub const VERIFICATION_INIT: &str = "/self-service/verification/browser";
    pub const VERIFICATION_FLOW: &str = "/self-service/verification/flows";
    pub const ERRORS: &str = "/self-service/errors";
    pub const LOGOUT_INIT: &str = "/self-service/logout/browser";
    pub const HEALTH_READY: &str = "/health/ready";
    pub const WEBAUTHN_SCRIPT: &str = "/.well-known/ory/webauthn.js";
    pub const WHOAMI: &str = "/sessions/whoami";
    pub const SESSIONS: &str = "/sessions";
}

/// The browser-side context of one call: what is forwarded to Kratos.
#[derive(Clone, Debug, Default)]
pub struct Forwarded {
    cookie: Option<HeaderValue>,
    user_agent: Option<HeaderValue>,
    forwarded_for: Option<HeaderValue>,
    forwarded_proto: Option<HeaderValue>,
    forwarded_host: Option<HeaderValue>,
    true_client_ip: Option<HeaderValue>,
    real_ip: Option<HeaderValue>,
    /// Our request id, so Kratos's log lines can be matched to ours.
    request_id: Option<HeaderValue>,
}

impl Forwarded {
    /// Takes the headers to forward from the browser's request, so that Kratos records where a
    /// session was used. Only a peer in `trusted_proxies` (a reverse proxy of the operator's)
    /// has its `X-Forwarded-*`, `True-Client-IP` and `X-Real-IP` passed on, with its own address
    /// appended to `X-Forwarded-For`; from anyone else, Kratos hears the peer's address alone,
    /// whatever the client wrote into those headers.
    pub fn from_request(req: &HttpRequest, trusted_proxies: &[IpRange]) -> Self {
        let headers = req.headers();
        let peer = req.peer_addr().map(|addr| addr.ip());
        let trusted = peer.is_some_and(|peer| trusted_proxies.iter().any(|r| r.contains(peer)));
        let peer = peer.map(|peer| peer.to_string());
        let passed = |name: &str| trusted.then(|| headers.get(name).cloned()).flatten();
        let forwarded_for = match (passed("x-forwarded-for"), peer) {
            (Some(existing), Some(peer)) => existing
                .to_str()
                .ok()
                .and_then(|existing| HeaderValue::from_str(&format!("{existing}, {peer}")).ok()),
            (None, Some(peer)) => HeaderValue::from_str(&peer).ok(),
            (existing, None) => existing,
        };
        Self {
            cookie: joined_cookie_header(headers),
            user_agent: headers.get(header::USER_AGENT).cloned(),
            forwarded_for,
            forwarded_proto: passed("x-forwarded-proto"),
            forwarded_host: passed("x-forwarded-host"),
            true_client_ip: passed("true-client-ip"),
            real_ip: passed("x-real-ip"),
            request_id: RequestId::of(req).and_then(|id| HeaderValue::from_str(id.as_str()).ok()),
        }
    }

    /// The same browser after it stored `set_cookies`: used to re-fetch a flow right after a
    /// submit that re-issued cookies (a new session cookie after a save, for instance).
    pub fn with_cookies_set(&self, set_cookies: &[HeaderValue]) -> Self {
        if set_cookies.is_empty() {
            return self.clone();
        }
        let mut jar: Vec<(String, String)> = self
            .cookie
            .as_ref()
            .and_then(|value| value.to_str().ok())
            .map(|value| {
                value
                    .split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .map(|(name, value)| (name.to_owned(), value.to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        for set_cookie in set_cookies {
            let Some(first) = set_cookie.to_str().ok().and_then(|v| v.split(';').next()) else {
                continue;
            };
            let Some((name, value)) = first.trim().split_once('=') else {
                continue;
            };
            let expired = set_cookie.to_str().is_ok_and(is_expiring_set_cookie);
            jar.retain(|(existing, _)| existing != name);
            if !expired {
                jar.push((name.to_owned(), value.to_owned()));
            }
        }
        let joined = jar
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("; ");
        Self {
            cookie: HeaderValue::from_str(&joined)
                .ok()
                .filter(|_| !jar.is_empty()),
            ..self.clone()
        }
    }
}

/// Browsers send one `Cookie` header; HTTP/2 clients may split it. Kratos gets one.
fn joined_cookie_header(headers: &HeaderMap) -> Option<HeaderValue> {
    let mut values = headers.get_all(header::COOKIE);
    let first = values.next()?.clone();
    let rest: Vec<&str> = values.filter_map(|v| v.to_str().ok()).collect();
    if rest.is_empty() {
        return Some(first);
    }
    let mut joined = first.to_str().ok()?.to_owned();
    for value in rest {
        joined.push_str("; ");
        joined.push_str(value);
    }
    HeaderValue::from_str(&joined).ok()
}

fn is_expiring_set_cookie(set_cookie: &str) -> bool {
    set_cookie.split(';').skip(1).any(|attribute| {
        let attribute = attribute.trim().to_ascii_lowercase();
        attribute == "max-age=0" || attribute.starts_with("max-age=-")
    })
}

/// Kratos's answers, read as Kratos means them (an inherent impl beside the client, since
/// [`Answer`] is the transport both clients share).
impl Answer {
    /// What the answer means. A body declared as something other than JSON (a proxy's error
    /// page in front of Kratos, say) is never parsed, even when it happens to look like JSON;
    /// only the bodiless answers the outcome map reads from the status alone pass.
    pub fn outcome(&self) -> Outcome {
        if !self.is_json && !matches!(self.status, 401 | 404) {
            return Outcome::Unavailable(format!(
                "Kratos answered {} with a body that is not declared as JSON",
                self.status
            ));
        }
        classify(self.status, &self.body)
    }

    /// What a 200 carries, read as `T`, for the answers that are not flows (a session, a
    /// logout URL, a stored error). Any other status is what the outcome map makes of it, and
    /// so is a 200 whose body is not a `T` (or not declared as JSON): Kratos is then not
    /// answering as Kratos does. The reason never quotes the body, since it is logged.
    pub fn payload<T: serde::de::DeserializeOwned>(&self) -> Result<T, Outcome> {
        if self.status != 200 {
            return Err(self.outcome());
        }
        self.json().map_err(|why| {
            Outcome::Unavailable(format!(
                "Kratos answered 200 with an unreadable body: {why}"
            ))
        })
    }
}

/// A Kratos public API client for one worker.
pub struct KratosClient {
    http: awc::Client,
    public_url: String,
    /// Which of the browser's cookies go to Kratos, and which of Kratos's come back.
    cookies: KratosCookies,
}

impl KratosClient {
    pub fn new(
        public_url: &Url,
        timeout: Duration,
        tls: &Arc<ClientConfig>,
        cookies: KratosCookies,
    ) -> Self {
        Self {
            http: upstream::http_client(timeout, tls),
            public_url: public_url.as_str().trim_end_matches('/').to_owned(),
            cookies,
        }
    }

    fn url(&self, path: &str, query: &[(&str, &str)]) -> String {
        with_query(format!("{}{path}", self.public_url), query)
    }

    /// `GET <flow endpoint>?id=<id>`: one self-service flow as JSON.
    pub async fn fetch_flow(
        &self,
        flow_endpoint: &str,
        id: &str,
        from: &Forwarded,
    ) -> Result<Answer, Unreachable> {
        self.get(flow_endpoint, &[("id", id)], from).await
    }

    /// `POST <submit endpoint>?flow=<id>`: forwards the browser's form body unchanged.
    pub async fn submit_flow(
        &self,
        submit_endpoint: &str,
        id: &str,
        content_type: &HeaderValue,
        body: Bytes,
        from: &Forwarded,
    ) -> Result<Answer, Unreachable> {
        let url = self.url(submit_endpoint, &[("flow", id)]);
        let request = self
            .forward(self.http.post(url), from)
            .insert_header((header::CONTENT_TYPE, content_type.clone()));
        self.call(submit_endpoint, request.send_body(body)).await
    }

    /// `GET /self-service/errors?id=`: a stored error.
    pub async fn fetch_error(&self, id: &str, from: &Forwarded) -> Result<Answer, Unreachable> {
        self.get(endpoint::ERRORS, &[("id", id)], from).await
    }

    /// `GET /self-service/logout/browser[?return_to=]`: a logout URL for the signed-in browser
    /// (Kratos checks `return_to` against its allow-list).
    pub async fn create_logout_flow(
        &self,
        return_to: Option<&str>,
        from: &Forwarded,
    ) -> Result<Answer, Unreachable> {
        let query: Vec<(&str, &str)> = return_to.map(|to| ("return_to", to)).into_iter().collect();
        self.get(endpoint::LOGOUT_INIT, &query, from).await
    }

    /// `GET <init endpoint>` as a new visitor: a new flow, or Kratos's refusal when the flow
    /// is switched off.
    pub async fn start_flow(&self, init_endpoint: &str) -> Result<Answer, Unreachable> {
        self.get(init_endpoint, &[], &Forwarded::default()).await
    }

    /// `GET /health/ready`: whether Kratos itself is ready (and reachable).
    pub async fn ready(&self) -> Result<Answer, Unreachable> {
        self.get(endpoint::HEALTH_READY, &[], &Forwarded::default())
            .await
    }

    /// `GET /.well-known/ory/webauthn.js`: Kratos's WebAuthn and passkey script.
    pub async fn webauthn_script(&self) -> Result<Answer, Unreachable> {
        self.get(endpoint::WEBAUTHN_SCRIPT, &[], &Forwarded::default())
            .await
    }

    /// `GET /sessions/whoami`: the browser's own session.
    pub async fn whoami(&self, from: &Forwarded) -> Result<Answer, Unreachable> {
        self.get(endpoint::WHOAMI, &[], from).await
    }

    /// `GET /sessions`: the identity's other active sessions (the current one excluded).
    pub async fn other_sessions(&self, from: &Forwarded) -> Result<Answer, Unreachable> {
        self.get(endpoint::SESSIONS, &[("per_page", "250")], from)
            .await
    }

    /// `DELETE /sessions/{id}` (one of the identity's other sessions), or `DELETE /sessions`
    /// (all of them) when `id` is `None`.
    pub async fn revoke_sessions(
        &self,
        id: Option<&str>,
        from: &Forwarded,
    ) -> Result<Answer, Unreachable> {
        let path = match id {
            Some(id) => format!("{}/{}", endpoint::SESSIONS, encode(id)),
            None => endpoint::SESSIONS.to_owned(),
        };
        let request = self.forward(self.http.delete(self.url(&path, &[])), from);
        self.call(endpoint::SESSIONS, request.send()).await
    }

    async fn get(
        &self,
        endpoint: &str,
        query: &[(&str, &str)],
        from: &Forwarded,
    ) -> Result<Answer, Unreachable> {
        let request = self.forward(self.http.get(self.url(endpoint, query)), from);
        self.call(endpoint, request.send()).await
    }

    /// Sends `request`; of the cookies Kratos sets, only its own are handed back.
    async fn call(
        &self,
        endpoint: &str,
        sent: awc::SendClientRequest,
    ) -> Result<Answer, Unreachable> {
        let mut answer = call("Kratos", endpoint, sent).await?;
        answer.set_cookies = self
            .cookies
            .to_browser(std::mem::take(&mut answer.set_cookies));
        Ok(answer)
    }

    /// The browser's headers as Kratos may see them: of its cookies, only Kratos's own.
    fn forward(&self, request: awc::ClientRequest, from: &Forwarded) -> awc::ClientRequest {
        let cookie = from
            .cookie
            .as_ref()
            .and_then(|cookie| self.cookies.to_kratos(cookie));
        forward(request, from, cookie)
    }
}

fn forward(
    mut request: awc::ClientRequest,
    from: &Forwarded,
    cookie: Option<HeaderValue>,
) -> awc::ClientRequest {
    request = request.insert_header((header::ACCEPT, "application/json"));
    let pairs = [
        (header::COOKIE, &cookie),
        (header::USER_AGENT, &from.user_agent),
        (
            header::HeaderName::from_static("x-forwarded-for"),
            &from.forwarded_for,
        ),
        (
            header::HeaderName::from_static("x-forwarded-proto"),
            &from.forwarded_proto,
        ),
        (
            header::HeaderName::from_static("x-forwarded-host"),
            &from.forwarded_host,
        ),
        (
            header::HeaderName::from_static("true-client-ip"),
            &from.true_client_ip,
        ),
        (header::HeaderName::from_static("x-real-ip"), &from.real_ip),
        (
            header::HeaderName::from_static(request_id::HEADER),
            &from.request_id,
        ),
    ];
    for (name, value) in pairs {
        if let Some(value) = value {
            request = request.insert_header((name, value.clone()));
        }
    }
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refetch_uses_the_cookies_kratos_just_set() {
        let from = Forwarded {
            cookie: Some(HeaderValue::from_static(
                "ory_kratos_session=old; csrf_token_abc=keep; gone=1",
            )),
            ..Forwarded::default()
        };
        let next = from.with_cookies_set(&[
            HeaderValue::from_static("ory_kratos_session=new; Path=/; HttpOnly"),
            HeaderValue::from_static("gone=; Path=/; Max-Age=0"),
            HeaderValue::from_static("ory_kratos_continuity=c; Path=/"),
        ]);
        let cookie = next.cookie.unwrap();
        assert_eq!(
            cookie.to_str().unwrap(),
            "csrf_token_abc=keep; ory_kratos_session=new; ory_kratos_continuity=c"
        );
    }
}
