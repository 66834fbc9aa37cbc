//! Failures a person can understand: each variant names its status and its plain words.
//!
//! A problem becomes a whole page for a browser, or for htmx a message swapped into the flow's
//! status region, leaving whatever the person typed in place so they can try again.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use super::htmx::Requester;
use super::respond;
use crate::i18n::Tr;
use crate::views::{self, Chrome};

/// Where htmx puts a problem: the status region of the flow on the page.
pub const STATUS_REGION_SELECTOR: &str = "#flow-status";

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
    /// The request's headers (usually its cookies) are larger than this server accepts.
    HeadersTooLarge,
    /// This address exists but does not answer this method.
    MethodNotAllowed,
}

impl Problem {
    pub fn status(&self) -> StatusCode {
        match self {
            Problem::KratosUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Problem::MalformedFlowId | Problem::BadRequest(_) => StatusCode::BAD_REQUEST,
            Problem::CrossSite => StatusCode::FORBIDDEN,
            Problem::FlowNotFound | Problem::PageNotFound => StatusCode::NOT_FOUND,
            Problem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Problem::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Problem::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        }
    }

    /// A heading and an explanation, in plain words, never internals.
    pub fn words(&self, tr: Tr) -> (String, String) {
        let key = match self {
            Problem::KratosUnavailable => "unavailable",
            Problem::MalformedFlowId => "malformed-flow",
            Problem::FlowNotFound => "flow-not-found",
            Problem::PageNotFound => "page-not-found",
            Problem::CrossSite => "cross-site",
            Problem::BadRequest(reason) => {
                return (tr.t("problem-bad-request-title"), tr.t(reason));
            }
            Problem::TooLarge => {
                return (tr.t("problem-bad-request-title"), tr.t("problem-too-large"));
            }
            Problem::HeadersTooLarge => {
                return (
                    tr.t("problem-bad-request-title"),
                    tr.t("problem-headers-too-large"),
                );
            }
            Problem::MethodNotAllowed => {
                return (
                    tr.t("problem-bad-request-title"),
                    tr.t("problem-method-not-allowed"),
                );
            }
        };
        (
            tr.t(&format!("problem-{key}-title")),
            tr.t(&format!("problem-{key}-text")),
        )
    }

    /// The answer for `requester`: a page, or for htmx a message in the status region.
    pub fn respond(&self, requester: Requester, chrome: &Chrome, retry: &str) -> HttpResponse {
        match requester {
            Requester::Browser => respond::markup(
                self.status(),
                views::problem::page(chrome, self, retry),
                &[],
            ),
            Requester::Htmx => respond::retargeted(
                self.status(),
                STATUS_REGION_SELECTOR,
                "innerHTML",
                views::problem::status_message(chrome.tr, self),
                &[],
            ),
        }
    }
}
