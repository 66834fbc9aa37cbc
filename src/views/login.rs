//! The sign-in screen: password sign-in, re-authentication (`refresh=true`) and the second
//! factor (`aal=aal2`), all drawn from the flow's nodes.
//!
//! Its forms post straight to Kratos, with or without JavaScript: signing in ends in a
//! navigation anyway, and Kratos's 303s carry the journey back to where it started.

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

pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let flow = view.flow;
    let kind = LoginKind::of(flow);
    let tr = chrome.tr;
    let (title, intro) = kind.words();
    let links = match kind {
        LoginKind::SignIn => vec![
            (
                flow_page::link_keeping_journey(chrome, routes::REGISTRATION, flow, true),
                tr.t("link-create-account"),
            ),
            (
                flow_page::link_keeping_journey(chrome, routes::RECOVERY, flow, false),
                tr.t("link-forgot-password"),
            ),
        ],
        LoginKind::Reauthenticate | LoginKind::SecondFactor => Vec::new(),
    };
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
    };
    flow_page::screen(chrome, words, view)
}
