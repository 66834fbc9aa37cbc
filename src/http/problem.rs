//! Failures a person can understand: each variant names its status and its plain words.
//!
//! Handlers return `Result<Reply, Problem>` and use `?`: a problem is an actix error, and the
//! `problems` middleware (`flows/problems.rs`) draws it for the request it answers: a whole page
//! for a browser, or for htmx a message swapped into the flow's status region, leaving what
//! the person typed in place so they can try again. This module only classifies; the words
//! are drawn by `views::problem`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::i18n::Tr;
use crate::routes;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Kratos cannot be reached, timed out, or answered something that is not Kratos.
    KratosUnavailable,
    /// The `flow` query parameter is missing its value or is not a flow id.
    MalformedFlowId,
    /// Kratos does not know this flow.
    FlowNotFound,
    /// No page lives at this address.
    PageNotFound,
    /// A state-changing form was posted from another site.
    CrossSite,
    /// The request itself is unusable (e.g. an unsupported form encoding); the catalogue id
    /// of the reason.
    BadRequest(&'static str),
    /// The request body is larger than this server accepts.
    TooLarge,
    /// The request body took longer to arrive than this server waits.
    TooSlow,
    /// The request's headers (usually its cookies) are larger than this server accepts.
    HeadersTooLarge,
    /// This address exists but does not answer this method; the methods it does answer
    /// (the `Allow` header).
    MethodNotAllowed(&'static str),
    /// An app's request (a consent or logout challenge) is unknown, answered or expired.
    AppRequestGone,
    /// An app asked about another account than the one signed in here.
    OtherAccount,
    /// Kratos has this flow (named by its route) switched off.
    NotOffered(&'static str),
}

impl Problem {
    pub fn status(&self) -> StatusCode {
        match self {
            Problem::KratosUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Problem::MalformedFlowId | Problem::BadRequest(_) => StatusCode::BAD_REQUEST,
            Problem::CrossSite => StatusCode::FORBIDDEN,
            Problem::FlowNotFound | Problem::PageNotFound => StatusCode::NOT_FOUND,
            Problem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Problem::TooSlow => StatusCode::REQUEST_TIMEOUT,
            Problem::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Problem::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Problem::AppRequestGone => StatusCode::NOT_FOUND,
            Problem::OtherAccount => StatusCode::FORBIDDEN,
            Problem::NotOffered(_) => StatusCode::NOT_FOUND,
        }
    }

    /// The catalogue key of a problem with a heading and text of its own
    /// (`problem-<key>-title`, `problem-<key>-text`); the others share the bad-request heading.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Problem::KratosUnavailable => Some("unavailable"),
            Problem::MalformedFlowId => Some("malformed-flow"),
            Problem::FlowNotFound => Some("flow-not-found"),
            Problem::PageNotFound => Some("page-not-found"),
            Problem::CrossSite => Some("cross-site"),
            Problem::AppRequestGone => Some("app-request-gone"),
            Problem::OtherAccount => Some("other-account"),
            Problem::NotOffered(route) if *route == routes::REGISTRATION => {
                Some("registration-off")
            }
            Problem::NotOffered(_) => Some("recovery-off"),
            Problem::BadRequest(_)
            | Problem::TooLarge
            | Problem::TooSlow
            | Problem::HeadersTooLarge
            | Problem::MethodNotAllowed(_) => None,
        }
    }

    /// A heading and an explanation, in plain words, never internals.
    pub fn words(&self, tr: Tr) -> (String, String) {
        if let Some(key) = self.key() {
            return (
                tr.t(&format!("problem-{key}-title")),
                tr.t(&format!("problem-{key}-text")),
            );
        }
        let text = match self {
            Problem::BadRequest(reason) => reason,
            Problem::TooLarge => "problem-too-large",
            Problem::TooSlow => "problem-too-slow",
            Problem::HeadersTooLarge => "problem-headers-too-large",
            _ => "problem-method-not-allowed",
        };
        (tr.t("problem-bad-request-title"), tr.t(text))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

/// The bare answer, for a problem no middleware draws (none should reach a person this way:
/// the `problems` middleware replaces it with the page or the status message).
impl ResponseError for Problem {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status())
            .content_type("text/plain; charset=utf-8")
            .body(self.status().canonical_reason().unwrap_or("Error"))
    }
}
