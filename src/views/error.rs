//! The error page: a Kratos error explained in plain words, with a way forward.

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::kratos::model::KratosError;
use crate::kratos::outcome::error_id;
use crate::routes;

/// The error ids with words of their own (every other id gets the `unknown` words).
pub const EXPLAINED: [&str; 14] = [
    error_id::SESSION_REFRESH_REQUIRED,
    error_id::SESSION_AAL2_REQUIRED,
    error_id::BROWSER_LOCATION_CHANGE_REQUIRED,
    error_id::SECURITY_CSRF_VIOLATION,
    error_id::SECURITY_IDENTITY_MISMATCH,
    error_id::FLOW_EXPIRED,
    error_id::FLOW_REPLACED,
    error_id::RETURN_TO_FORBIDDEN,
    error_id::SESSION_INACTIVE,
    error_id::SESSION_ALREADY_AVAILABLE,
    error_id::SESSION_AAL1_REQUIRED,
    error_id::SESSION_AAL_ALREADY_FULFILLED,
    error_id::SESSION_VERIFIED_ADDRESS_REQUIRED,
    error_id::FLOW_DISABLED,
];

/// Whether Kratos's own sentence (`reason`, else `message`) may be shown beside our words.
///
/// Only for errors we know and whose sentence Kratos writes itself: anyone can craft a link that
/// makes Kratos fail, and some sentences repeat the request (the forbidden `return_to` is quoted
/// whole, path and query included; a required location change quotes the address, which can
/// carry an allowed `return_to`'s query), which would put an attacker's words on our origin.
/// Every other error keeps to the UI's own words and the status code.
fn shows_kratoss_sentence(id: Option<&str>) -> bool {
    const QUOTING_THE_REQUEST: [&str; 2] = [
        error_id::RETURN_TO_FORBIDDEN,
        error_id::BROWSER_LOCATION_CHANGE_REQUIRED,
    ];
    id.is_some_and(|id| EXPLAINED.contains(&id) && !QUOTING_THE_REQUEST.contains(&id))
}

/// An example of each kind of error Hydra reports to its error page (`?error=`), with words
/// of their own; other OAuth2 error codes share them (see [`explain`]).
pub const OAUTH2_EXAMPLES: [&str; 4] = [
    "access_denied",
    "request_unauthorized",
    "invalid_request",
    "server_error",
];

/// The catalogue key of an error id's heading and explanation (`error-<key>-title`,
/// `error-<key>-text`); `unknown` for ids we do not know.
pub fn explain(id: Option<&str>) -> &'static str {
    match id {
        Some(error_id::SECURITY_CSRF_VIOLATION) => "csrf",
        Some(error_id::RETURN_TO_FORBIDDEN) => "return-to",
        Some(error_id::SECURITY_IDENTITY_MISMATCH) => "identity-mismatch",
        Some(error_id::SESSION_ALREADY_AVAILABLE) => "already-signed-in",
        Some(error_id::SESSION_AAL1_REQUIRED) => "aal1-required",
        Some(error_id::SESSION_INACTIVE) => "inactive",
        Some(error_id::SESSION_AAL2_REQUIRED) => "aal2-required",
        Some(error_id::SESSION_AAL_ALREADY_FULFILLED) => "aal-fulfilled",
        Some(error_id::SESSION_REFRESH_REQUIRED) => "refresh-required",
        Some(error_id::SESSION_VERIFIED_ADDRESS_REQUIRED) => "verified-address",
        Some(error_id::FLOW_REPLACED) => "flow-replaced",
        Some(error_id::FLOW_DISABLED) => "flow-disabled",
        Some(error_id::BROWSER_LOCATION_CHANGE_REQUIRED) => "location-change",
        Some(error_id::FLOW_EXPIRED) => "flow-expired",
        // OAuth2's error codes, as Hydra sends them to its error page.
        Some("access_denied") => "app-denied",
        Some(
            "request_unauthorized"
            | "request_forbidden"
            | "login_required"
            | "consent_required"
            | "interaction_required",
        ) => "app-request-expired",
        Some("server_error" | "temporarily_unavailable") => "app-unavailable",
        Some(
            "invalid_request"
            | "invalid_client"
            | "invalid_scope"
            | "invalid_grant"
            | "unauthorized_client"
            | "unsupported_response_type"
            | "unsupported_grant_type"
            | "invalid_redirect_uri"
            | "invalid_request_object",
        ) => "app-invalid",
        _ => "unknown",
    }
}

pub fn page(chrome: &Chrome, error: &KratosError) -> Markup {
    let tr = chrome.tr;
    let key = explain(error.id.as_deref());
    let title = tr.t(&format!("error-{key}-title"));
    let explanation = tr.t(&format!("error-{key}-text"));
    let sentence = error
        .reason
        .as_deref()
        .filter(|reason| !reason.is_empty())
        .or(error.message.as_deref())
        .filter(|_| shows_kratoss_sentence(error.id.as_deref()));
    layout::page(
        chrome,
        &title,
        html! {
            div.flow.flow--narrow data-testid="error-page" data-error-id=[error.id.as_deref()] data-drawn-by=[crate::drawn_by!("error::page")] {
                h1.page-title { (title) }
                p.page-intro { (explanation) }
                @if sentence.is_some() || error.code.is_some() {
                    div.error-detail {
                        @if let Some(sentence) = sentence {
                            p.error-detail-label { (tr.t("error-detail-label")) }
                            // Kratos's own words are English: marked so, so that a right-to-left
                            // page keeps them left to right and a screen reader reads English.
                            p lang="en" dir="ltr" data-testid="error-reason" { (sentence) }
                        }
                        @if let Some(code) = error.code {
                            p.error-detail-code {
                                // An id we do not know could be anyone's words (Hydra's
                                // `?error=` is the link's): the code alone then.
                                @if let Some(id) = error.id.as_ref().filter(|_| key != "unknown") {
                                    (tr.rich("error-code-with-id", &[("code", code.into()), ("id", id.as_str().into())]))
                                } @else {
                                    (tr.rich("error-code", &[("code", code.into())]))
                                }
                            }
                        }
                    }
                }
                p.actions {
                    a.button.button--primary href=(chrome.links.path(routes::SETTINGS)) { (tr.t("link-go-to-account")) }
                    " "
                    a.button.button--secondary href=(chrome.links.path(routes::LOGIN)) { (tr.t("login-title")) }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_id_the_ui_knows_has_its_own_plain_words() {
        let mut keys: Vec<&str> = EXPLAINED.iter().map(|id| explain(Some(id))).collect();
        assert!(!keys.contains(&"unknown"), "{keys:?}");
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), EXPLAINED.len(), "one key per id");
        assert_eq!(explain(Some("something_new")), "unknown");
        assert_eq!(explain(None), "unknown");
    }

    #[test]
    fn kratoss_sentence_is_shown_only_for_known_errors_that_do_not_quote_the_request() {
        assert!(shows_kratoss_sentence(Some(error_id::SESSION_INACTIVE)));
        assert!(shows_kratoss_sentence(Some(error_id::FLOW_EXPIRED)));
        assert!(!shows_kratoss_sentence(Some(error_id::RETURN_TO_FORBIDDEN)));
        assert!(!shows_kratoss_sentence(Some(
            error_id::BROWSER_LOCATION_CHANGE_REQUIRED
        )));
        assert!(!shows_kratoss_sentence(Some("something_new")));
        assert!(!shows_kratoss_sentence(None));
    }
}
