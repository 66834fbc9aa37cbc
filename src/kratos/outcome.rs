//! The outcome map: a pure classification of one Kratos answer.
//!
//! Kratos's answers are inconsistent (several 401/404/410s carry no error id; an expired flow
//! is a 410 with `details` on fetch and with a top-level `use_flow_id` on submit), so the
//! branching on status codes and error ids lives here, once, and is unit-tested. What to *do*
//! with an outcome (page, fragment, redirect) is the flows' business.

use super::model::{Completion, ContinueWith, ErrorBody, Flow, KratosError};
use crate::upstream::without_content;

/// The error ids the UI branches on or explains (Kratos's `error.id`).
pub mod error_id {
    pub const SESSION_REFRESH_REQUIRED: &str = "session_refresh_required";
    pub const SESSION_AAL2_REQUIRED: &str = "session_aal2_required";
    pub const BROWSER_LOCATION_CHANGE_REQUIRED: &str = "browser_location_change_required";
    pub const SECURITY_CSRF_VIOLATION: &str = "security_csrf_violation";
    pub const SECURITY_IDENTITY_MISMATCH: &str = "security_identity_mismatch";
    pub const FLOW_EXPIRED: &str = "self_service_flow_expired";
    pub const FLOW_REPLACED: &str = "self_service_flow_replaced";
    pub const RETURN_TO_FORBIDDEN: &str = "self_service_flow_return_to_forbidden";
    pub const SESSION_INACTIVE: &str = "session_inactive";
    pub const SESSION_ALREADY_AVAILABLE: &str = "session_already_available";
    pub const SESSION_AAL1_REQUIRED: &str = "session_aal1_required";
    pub const SESSION_AAL_ALREADY_FULFILLED: &str = "session_aal_already_fulfilled";
    pub const SESSION_VERIFIED_ADDRESS_REQUIRED: &str = "session_verified_address_required";
    pub const FLOW_DISABLED: &str = "self_service_flow_disabled";
}

/// Why Kratos wants the browser somewhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedirectReason {
    /// The privileged session is too old: sign in again, then the change is applied.
    Reauthenticate,
    /// A second factor is needed first.
    SecondFactor,
    /// The browser must navigate (an OIDC provider, a recovery hand-over).
    LocationChange,
}

/// What one Kratos answer means for the UI.
#[derive(Debug)]
pub enum Outcome {
    /// 200: a flow to render (after a submit: saved).
    Flow(Box<Flow>),
    /// 400 with a flow: validation messages are in the flow.
    Invalid(Box<Flow>),
    /// 200 without a flow: the person is signed in (or signed up); `continue_with` says
    /// where to (`return_to`, or the verification of a new address).
    Completed { continue_with: Vec<ContinueWith> },
    /// 410: the flow expired or was replaced; `use_flow_id` names a replacement when Kratos
    /// already made one (submit), `return_to` is the original `return_to` (fetch).
    Expired {
        use_flow_id: Option<String>,
        return_to: Option<String>,
    },
    /// The browser must go to `to` (a Kratos URL).
    Redirect { to: String, reason: RedirectReason },
    /// 401: nobody is signed in (or the session ended).
    SignInRequired,
    /// 404: no such flow.
    NotFound,
    /// Another 4xx Kratos explains (CSRF, identity mismatch, forbidden `return_to`, ...).
    Rejected { status: u16, error: KratosError },
    /// 5xx, or an answer that is not what Kratos sends: treat Kratos as unavailable.
    Unavailable(String),
}

impl Outcome {
    /// What the answer was, in a few words fit for a log line (never the payload: a flow
    /// holds a CSRF token).
    pub fn describe(&self) -> &'static str {
        match self {
            Outcome::Flow(_) => "a flow",
            Outcome::Invalid(_) => "a flow with validation messages",
            Outcome::Completed { .. } => "a completed flow",
            Outcome::Expired { .. } => "an expired flow",
            Outcome::Redirect { .. } => "a redirect",
            Outcome::SignInRequired => "nobody is signed in",
            Outcome::NotFound => "not found",
            Outcome::Rejected { .. } => "a refusal",
            Outcome::Unavailable(_) => "not Kratos",
        }
    }
}

/// Classifies a Kratos JSON answer by HTTP status first and error id second.
pub fn classify(status: u16, body: &[u8]) -> Outcome {
    match status {
        200 | 400 => match serde_json::from_slice::<Flow>(body) {
            Ok(flow) if status == 200 => Outcome::Flow(Box::new(flow)),
            Ok(flow) => Outcome::Invalid(Box::new(flow)),
            Err(flow_error) if status == 200 => match serde_json::from_slice::<Completion>(body) {
                Ok(done) if done.is_complete() => Outcome::Completed {
                    continue_with: done.continue_with,
                },
                _ => Outcome::Unavailable(format!(
                    "Kratos answered 200 with a body that is neither a flow nor a session: {}",
                    without_content(&flow_error)
                )),
            },
            Err(flow_error) => match serde_json::from_slice::<ErrorBody>(body) {
                Ok(envelope) if status == 400 && looks_like_error(&envelope) => Outcome::Rejected {
                    status,
                    error: envelope.error,
                },
                _ => Outcome::Unavailable(format!(
                    "Kratos answered {status} with a body that is not a flow: {}",
                    without_content(&flow_error)
                )),
            },
        },
        401 => Outcome::SignInRequired,
        404 => Outcome::NotFound,
        402..=499 => match serde_json::from_slice::<ErrorBody>(body) {
            Ok(envelope) => classify_error(status, envelope),
            Err(error) => Outcome::Unavailable(format!(
                "Kratos answered {status} with an unreadable error: {}",
                without_content(&error)
            )),
        },
        _ => Outcome::Unavailable(format!("Kratos answered with status {status}")),
    }
}

fn looks_like_error(envelope: &ErrorBody) -> bool {
    envelope.error.code.is_some() || envelope.error.message.is_some() || envelope.error.id.is_some()
}

fn classify_error(status: u16, envelope: ErrorBody) -> Outcome {
    let id = envelope.error.id.as_deref();
    let redirect = envelope.redirect_browser_to.clone().or_else(|| {
        envelope
            .error
            .detail("redirect_browser_to")
            .map(str::to_owned)
    });
    match (status, id, redirect) {
        (410, _, _) => Outcome::Expired {
            use_flow_id: envelope.use_flow_id,
            return_to: envelope.error.detail("return_to").map(str::to_owned),
        },
        (_, Some(error_id::SESSION_REFRESH_REQUIRED), Some(to)) => Outcome::Redirect {
            to,
            reason: RedirectReason::Reauthenticate,
        },
        (_, Some(error_id::SESSION_AAL2_REQUIRED), Some(to)) => Outcome::Redirect {
            to,
            reason: RedirectReason::SecondFactor,
        },
        (_, Some(error_id::BROWSER_LOCATION_CHANGE_REQUIRED), Some(to)) => Outcome::Redirect {
            to,
            reason: RedirectReason::LocationChange,
        },
        _ if !looks_like_error(&envelope) => {
            Outcome::Unavailable(format!("Kratos answered {status} without an error object"))
        }
        _ => Outcome::Rejected {
            status,
            error: envelope.error,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOW: &str = r#"{"id":"f1","ui":{"action":"http://k/self-service/settings?flow=f1","method":"POST","nodes":[]}}"#;

    #[test]
    fn saved_and_invalid_flows_are_told_apart_by_status() {
        assert!(matches!(classify(200, FLOW.as_bytes()), Outcome::Flow(_)));
        assert!(matches!(
            classify(400, FLOW.as_bytes()),
            Outcome::Invalid(_)
        ));
    }

    #[test]
    fn a_session_or_identity_without_a_flow_is_completion() {
        let signed_in = r#"{"session":{"id":"s"},"continue_with":[{"action":"redirect_browser_to","redirect_browser_to":"http://ui/"}]}"#;
        match classify(200, signed_in.as_bytes()) {
            Outcome::Completed { continue_with } => assert!(matches!(
                continue_with.as_slice(),
                [ContinueWith::RedirectBrowserTo { redirect_browser_to }] if redirect_browser_to == "http://ui/"
            )),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            classify(200, br#"{"identity":{"id":"i"},"continue_with":null}"#),
            Outcome::Completed { .. }
        ));
        assert!(matches!(
            classify(200, br#"{"continue_with":[]}"#),
            Outcome::Unavailable(_)
        ));
    }

    #[test]
    fn reauthentication_carries_the_login_url() {
        let body = r#"{"error":{"id":"session_refresh_required","code":403,"message":"m"},"redirect_browser_to":"http://k/self-service/login/browser?refresh=true"}"#;
        match classify(403, body.as_bytes()) {
            Outcome::Redirect { to, reason } => {
                assert_eq!(reason, RedirectReason::Reauthenticate);
                assert!(to.contains("refresh=true"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn second_factor_redirect_may_live_in_details() {
        let body = r#"{"error":{"id":"session_aal2_required","code":403,"details":{"redirect_browser_to":"http://k/login?aal=aal2"}}}"#;
        assert!(matches!(
            classify(403, body.as_bytes()),
            Outcome::Redirect {
                reason: RedirectReason::SecondFactor,
                ..
            }
        ));
    }

    #[test]
    fn expiry_on_submit_names_the_replacement_and_on_fetch_the_return_to() {
        let submit =
            r#"{"error":{"id":"self_service_flow_expired","code":410},"use_flow_id":"new"}"#;
        assert!(matches!(
            classify(410, submit.as_bytes()),
            Outcome::Expired { use_flow_id: Some(id), .. } if id == "new"
        ));
        let fetch = r#"{"error":{"code":410,"status":"Gone","details":{"redirect_to":"http://k/self-service/settings/browser","return_to":"http://ui/x"}}}"#;
        assert!(matches!(
            classify(410, fetch.as_bytes()),
            Outcome::Expired { use_flow_id: None, return_to: Some(to) } if to == "http://ui/x"
        ));
    }

    #[test]
    fn csrf_and_mismatch_are_rejections_with_their_reason() {
        let body = r#"{"error":{"id":"security_csrf_violation","code":403,"reason":"The anti-CSRF cookie is missing."}}"#;
        match classify(403, body.as_bytes()) {
            Outcome::Rejected { status: 403, error } => {
                assert_eq!(error.id.as_deref(), Some("security_csrf_violation"));
                assert!(error.reason.unwrap().contains("CSRF"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn status_without_id_is_enough_for_401_and_404() {
        assert!(matches!(classify(401, b"{}"), Outcome::SignInRequired));
        assert!(matches!(classify(404, b"garbage"), Outcome::NotFound));
    }

    #[test]
    fn garbage_and_server_errors_mean_unavailable() {
        for (status, body) in [
            (200, &b"<html>not json</html>"[..]),
            (200, b"{\"id\":1}"),
            (400, b"[]"),
            (403, b"nope"),
            (500, b"{}"),
            (502, b""),
            (302, b""),
        ] {
            assert!(
                matches!(classify(status, body), Outcome::Unavailable(_)),
                "{status} {body:?}"
            );
        }
    }
}
