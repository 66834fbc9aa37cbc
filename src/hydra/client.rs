//! The one HTTP client that talks to Hydra's admin API: one method per call.
//!
//! The browser's cookies never go to Hydra (its admin API needs none, and they are Kratos's);
//! only our request id does. Calls are bounded like Kratos's (`upstream`), and a call that gets
//! no answer is logged there once.

use std::sync::Arc;
use std::time::Duration;

use actix_web::http::header::{self, HeaderName, HeaderValue};
use rustls::ClientConfig;
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

use crate::http::problem::Problem;
use crate::http::query::with_query;
use crate::http::request_id::{self, RequestId};
use crate::upstream::{self, Answer, Unreachable, call};

/// Hydra admin endpoints, relative to `HYDRA_ADMIN_URL`.
pub mod endpoint {
    pub const CONSENT: &str = "/admin/oauth2/auth/requests/consent";
    pub const CONSENT_ACCEPT: &str = "/admin/oauth2/auth/requests/consent/accept";
    pub const CONSENT_REJECT: &str = "/admin/oauth2/auth/requests/consent/reject";
    pub const LOGOUT: &str = "/admin/oauth2/auth/requests/logout";
    pub const LOGOUT_ACCEPT: &str = "/admin/oauth2/auth/requests/logout/accept";
    pub const LOGOUT_REJECT: &str = "/admin/oauth2/auth/requests/logout/reject";
    pub const CONSENT_SESSIONS: &str = "/admin/oauth2/auth/sessions/consent";
}

/// What Hydra's answer about one of its requests (`what`, for the log) means: the payload, or
/// the problem the person sees. An unknown, answered or expired challenge ends the app's
/// request; any other answer is not Hydra answering as it does (logged, never the body).
pub fn read<T: DeserializeOwned>(answer: &Answer, what: &str) -> Result<T, Problem> {
    match answer.status {
        200 => answer.json().map_err(|why| {
            log::warn!("Hydra {what}: unreadable answer: {why}");
            Problem::KratosUnavailable
        }),
        // Unknown, answered or expired; also what a request of ours Hydra refuses looks like,
        // so the status is logged (never the body).
        400 | 401 | 404 | 409 | 410 => {
            log::info!("Hydra {what}: the request is gone ({})", answer.status);
            Err(Problem::AppRequestGone)
        }
        status => {
            log::warn!("Hydra {what}: unexpected status {status}");
            Err(Problem::KratosUnavailable)
        }
    }
}

/// Hydra's answer to an accept, reject or revoke that returns nothing: done (200 or 204), or
/// the problem [`read`] makes of it.
pub fn expect_done(answer: &Answer, what: &str) -> Result<(), Problem> {
    match answer.status {
        200 | 204 => Ok(()),
        _ => read::<serde_json::Value>(answer, what).map(|_| ()),
    }
}

/// How many decisions the apps page reads (Hydra keeps one per consent, so an app used often
/// without "remember" has many); a full page is logged.
pub const CONSENT_SESSIONS_PAGE: usize = 500;

/// A Hydra admin API client for one worker.
pub struct HydraClient {
    http: awc::Client,
    admin_url: String,
}

impl HydraClient {
    pub fn new(admin_url: &Url, timeout: Duration, tls: &Arc<ClientConfig>) -> Self {
        Self {
            http: upstream::http_client(timeout, tls),
            admin_url: admin_url.as_str().trim_end_matches('/').to_owned(),
        }
    }

    /// The consent request `challenge` names.
    pub async fn consent_request(
        &self,
        challenge: &str,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        let query = [("consent_challenge", challenge)];
        self.send(
            self.http.get(self.url(endpoint::CONSENT, &query)),
            endpoint::CONSENT,
            id,
        )
        .await
    }

    /// Accepts (`accept`) or rejects the consent request with `body`.
    pub async fn decide_consent(
        &self,
        challenge: &str,
        accept: bool,
        body: &impl Serialize,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        let path = if accept {
            endpoint::CONSENT_ACCEPT
        } else {
            endpoint::CONSENT_REJECT
        };
        let url = self.url(path, &[("consent_challenge", challenge)]);
        let request = self.with_headers(self.http.put(url), id);
        let json = serde_json::to_vec(body).expect("a body of strings and booleans serializes");
        let sent = request
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .send_body(json);
        call("Hydra", path, sent).await
    }

    /// The logout request `challenge` names.
    pub async fn logout_request(
        &self,
        challenge: &str,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        let query = [("logout_challenge", challenge)];
        self.send(
            self.http.get(self.url(endpoint::LOGOUT, &query)),
            endpoint::LOGOUT,
            id,
        )
        .await
    }

    /// Accepts (`accept`) or rejects the logout request.
    pub async fn decide_logout(
        &self,
        challenge: &str,
        accept: bool,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        let path = if accept {
            endpoint::LOGOUT_ACCEPT
        } else {
            endpoint::LOGOUT_REJECT
        };
        let url = self.url(path, &[("logout_challenge", challenge)]);
        self.send(self.http.put(url), path, id).await
    }

    /// The decisions `subject` made for apps (the first [`CONSENT_SESSIONS_PAGE`]).
    pub async fn consent_sessions(
        &self,
        subject: &str,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        let page_size = CONSENT_SESSIONS_PAGE.to_string();
        let query = [("subject", subject), ("page_size", page_size.as_str())];
        let url = self.url(endpoint::CONSENT_SESSIONS, &query);
        self.send(self.http.get(url), endpoint::CONSENT_SESSIONS, id)
            .await
    }

    /// Removes every decision `subject` made for the app `client`, and its tokens.
    pub async fn revoke_consent_sessions(
        &self,
        subject: &str,
        client: &str,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        let query = [("subject", subject), ("client", client)];
        let url = self.url(endpoint::CONSENT_SESSIONS, &query);
        self.send(self.http.delete(url), endpoint::CONSENT_SESSIONS, id)
            .await
    }

    fn url(&self, path: &str, query: &[(&str, &str)]) -> String {
        with_query(format!("{}{path}", self.admin_url), query)
    }

    fn with_headers(
        &self,
        mut request: awc::ClientRequest,
        id: Option<&RequestId>,
    ) -> awc::ClientRequest {
        request = request.insert_header((header::ACCEPT, "application/json"));
        if let Some(value) = id.and_then(|id| HeaderValue::from_str(id.as_str()).ok()) {
            request = request.insert_header((HeaderName::from_static(request_id::HEADER), value));
        }
        request
    }

    async fn send(
        &self,
        request: awc::ClientRequest,
        path: &str,
        id: Option<&RequestId>,
    ) -> Result<Answer, Unreachable> {
        call("Hydra", path, self.with_headers(request, id).send()).await
    }
}
