//! The error page: a Kratos error explained in plain words, with a way forward.

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::kratos::model::KratosError;
use crate::kratos::outcome::error_id;
use crate::routes;

/// A heading and an explanation for an error id (and a fallback for ids we do not know).
pub fn explain(id: Option<&str>) -> (&'static str, &'static str) {
    match id {
        Some(error_id::SECURITY_CSRF_VIOLATION) => (
            "Your request could not be verified",
            "For your protection the request was rejected: its security token (the CSRF check) did not match this browser. This happens when cookies are blocked, when the form was opened in another browser or tab that signed in since, or after signing in again. Please start again.",
        ),
        Some(error_id::RETURN_TO_FORBIDDEN) => (
            "That return address is not allowed",
            "The link asked to send you to an address this service does not trust after you finish. Open your account from the service you came from, or start again here.",
        ),
        Some(error_id::SECURITY_IDENTITY_MISMATCH) => (
            "This form belongs to another account",
            "The form you used was started by a different account than the one signed in now. Start again to get a form for your account.",
        ),
        Some(error_id::SESSION_ALREADY_AVAILABLE) => (
            "You are already signed in",
            "There is no need to sign in again. Continue to your account.",
        ),
        Some(error_id::SESSION_AAL1_REQUIRED) => (
            "Please sign in first",
            "A second step can only be confirmed after signing in. Sign in, then continue.",
        ),
        Some(error_id::SESSION_INACTIVE) => (
            "You are not signed in",
            "Your session has ended or you have not signed in yet. Sign in, then try again.",
        ),
        Some(error_id::SESSION_AAL2_REQUIRED) => (
            "A second step is needed",
            "Your account is protected by a second step. Sign in again and confirm it to continue.",
        ),
        Some(error_id::SESSION_AAL_ALREADY_FULFILLED) => (
            "You have already confirmed the second step",
            "There is nothing more to confirm. Continue to your account.",
        ),
        Some(error_id::SESSION_REFRESH_REQUIRED) => (
            "Please confirm it is you",
            "For this change you need to have signed in recently. Sign in again, then repeat it.",
        ),
        Some(error_id::SESSION_VERIFIED_ADDRESS_REQUIRED) => (
            "Please verify your email address first",
            "This needs a verified email address. Verify yours, then try again.",
        ),
        Some(error_id::FLOW_REPLACED) => (
            "This form was replaced",
            "A newer form took the place of this one, for example in another tab. Start again.",
        ),
        Some(error_id::FLOW_DISABLED) => (
            "This is switched off",
            "The account service does not offer this. If you think it should, contact the service's administrators.",
        ),
        Some(error_id::BROWSER_LOCATION_CHANGE_REQUIRED) => (
            "Your browser needs to go elsewhere",
            "This step continues on another page, such as your sign-in provider. Start again from your account.",
        ),
        Some(error_id::FLOW_EXPIRED) => (
            "This form expired",
            "The form was open for too long. Start again to get a new one.",
        ),
        _ => (
            "Something went wrong",
            "The account service could not complete your request. Please start again.",
        ),
    }
}

pub fn page(chrome: &Chrome, error: &KratosError) -> Markup {
    let (title, explanation) = explain(error.id.as_deref());
    let detail = error
        .reason
        .as_deref()
        .filter(|reason| !reason.is_empty())
        .or(error.message.as_deref());
    layout::page(
        chrome,
        title,
        html! {
            div.flow.flow--narrow data-testid="error-page" data-error-id=[error.id.as_deref()] {
                h1.page-title { (title) }
                p.page-intro { (explanation) }
                @if let Some(detail) = detail {
                    div.error-detail {
                        p.error-detail-label { "What the account service said:" }
                        p data-testid="error-reason" { (detail) }
                        @if let Some(code) = error.code {
                            p.error-detail-code { "Error " (code) @if let Some(id) = &error.id { " (" (id) ")" } }
                        }
                    }
                }
                p.actions {
                    a.button.button--primary href=(chrome.links.path(routes::SETTINGS)) { "Go to your account" }
                    " "
                    a.button.button--secondary href=(chrome.links.path(routes::LOGIN)) { "Sign in" }
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
        let fallback = explain(None);
        for id in [
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
        ] {
            assert_ne!(explain(Some(id)), fallback, "{id}");
        }
        assert_eq!(explain(Some("something_new")), fallback);
    }
}
