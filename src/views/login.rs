//! The sign-in screen: password sign-in, re-authentication (`refresh=true`) and the second
//! factor (`aal=aal2`), all drawn from the flow's nodes.
//!
//! Its forms post straight to Kratos, with or without JavaScript: signing in ends in a
//! navigation anyway, and Kratos's 303s carry the journey back to where it started.

use maud::html;

use super::flow_page::{self, Words};
use super::{Chrome, FlowView, Screen};
use crate::kratos::model::Flow;
use crate::routes;

/// Which kind of sign-in this flow asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoginKind {
    SignIn,
    Reauthenticate,
    SecondFactor,
}

impl LoginKind {
    pub fn of(flow: &Flow) -> Self {
        if flow.requested_aal.as_deref() == Some("aal2") {
            LoginKind::SecondFactor
        } else if flow.refresh == Some(true) {
            LoginKind::Reauthenticate
        } else {
            LoginKind::SignIn
        }
    }

    /// The catalogue ids of the page's title and introduction.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            LoginKind::SignIn => ("login-title", "login-intro"),
            LoginKind::Reauthenticate => ("reauth-title", "reauth-intro"),
            LoginKind::SecondFactor => ("second-factor-title", "second-factor-intro"),
        }
    }
}

/// The identifier Kratos already holds for this sign-in (a code was sent to it, the
/// identifier-first step is done, or a code could not be sent to it): Kratos keeps it hidden,
/// so the page says whose sign-in this is, with a way to start over as someone else.
fn known_identifier(flow: &Flow) -> Option<&str> {
    flow.ui.nodes.iter().find_map(|node| {
        let input = node.input()?;
        (input.name == "identifier" && input.kind == "hidden")
            .then(|| input.value.as_ref()?.as_str())
            .flatten()
            .filter(|value| !value.is_empty())
    })
}

pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let flow = view.flow;
    let kind = LoginKind::of(flow);
    let tr = chrome.tr;
    let (title, intro) = kind.words();
    // Only to the flows Kratos offers: a link to a switched-off one is a dead end.
    let links = match kind {
        LoginKind::SignIn => [
            view.offered.registration.then(|| {
                (
                    flow_page::link_keeping_journey(chrome, routes::REGISTRATION, flow, true),
                    tr.t("link-create-account"),
                )
            }),
            view.offered.recovery.then(|| {
                (
                    flow_page::link_keeping_journey(chrome, routes::RECOVERY, flow, false),
                    tr.t("link-forgot-password"),
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect(),
        LoginKind::Reauthenticate | LoginKind::SecondFactor => Vec::new(),
    };
    let lead = (kind == LoginKind::SignIn)
        .then(|| known_identifier(flow))
        .flatten()
        .map(|identifier| {
            let again = flow_page::link_keeping_journey(chrome, routes::LOGIN, flow, true);
            html! {
                p.flow-identity data-testid="login-identifier" {
                    (tr.t_with("login-as", &[("identifier", identifier.into())]))
                    " "
                    a href=(again) data-testid="login-use-another-account" { (tr.t("login-use-another-account")) }
                }
            }
        });
    let words = Words {
        title: tr.t(title),
        intro: match (flow_page::app_name(flow), kind) {
            (Some(app), LoginKind::SignIn) => tr.t_with("login-intro-app", &[("app", app.into())]),
            (Some(app), LoginKind::Reauthenticate) => {
                tr.t_with("reauth-intro-app", &[("app", app.into())])
            }
            _ => tr.t(intro),
        },
        testid: "login-flow",
        form_suffix: "login-form",
        links,
        sign_out: kind != LoginKind::SignIn,
        lead,
    };
    flow_page::screen(chrome, words, view)
}
