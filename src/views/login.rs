//! The sign-in screen: every way in Kratos offers (password, mailed code, passkey, social,
//! identifier first), re-authentication (`refresh=true`) and the second factor (`aal=aal2`),
//! all drawn from the flow's nodes.
//!
//! Without JavaScript its forms post to Kratos, whose 303s carry the journey on; with htmx
//! they come through our server and swap in place (a code sent, a wrong code), except social
//! sign-in and passkeys, which are navigations. Beyond the nodes the page adds what Kratos
//! leaves implicit: whose sign-in it is once Kratos holds the identifier (with a way to start
//! over), a way to verify an address Kratos requires verified, and links to sign-up and
//! recovery only when Kratos offers them.

use maud::{Markup, html};

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

/// Kratos's message ids this page adds a way on to.
mod message_id {
    /// A social sign-in found an existing account with the same address: sign in to it, and
    /// the social account is added to it.
    pub const LINK_ACCOUNTS: u64 = 1_010_016;
    /// Signing in needs a verified address (the `require_verified_address` hook).
    pub const ADDRESS_NOT_VERIFIED: u64 = 4_000_010;
}

/// The identifier of this sign-in, and whether Kratos holds it already (a code was sent to it,
/// the identifier-first step is done, a code could not be sent to it, or a social account is to
/// be linked to it): then Kratos keeps it hidden.
fn identifier(flow: &Flow) -> Option<(&str, bool)> {
    flow.ui.nodes.iter().find_map(|node| {
        let input = node.input()?;
        let value = input.value.as_ref()?.as_str()?;
        (input.name == "identifier" && !value.is_empty()).then_some((value, input.kind == "hidden"))
    })
}

fn has_message(flow: &Flow, id: u64) -> bool {
    flow.ui.messages.iter().any(|message| message.id == id)
}

/// What the page says above the forms on a sign-in: whose sign-in it is when Kratos holds the
/// identifier, with a way to start over as someone else (or, when linking a social account,
/// to sign in without adding it); and a way to verify an address Kratos requires verified.
fn lead(chrome: &Chrome, flow: &Flow) -> Option<Markup> {
    let tr = chrome.tr;
    let known = identifier(flow);
    let held = known
        .filter(|(_, held)| *held)
        .map(|(identifier, _)| identifier);
    let again = flow_page::link_keeping_journey(chrome, routes::LOGIN, flow, true);
    let linking = has_message(flow, message_id::LINK_ACCOUNTS);
    let unverified = has_message(flow, message_id::ADDRESS_NOT_VERIFIED);
    if held.is_none() && !unverified {
        return None;
    }
    // Kratos answers this refusal with an empty identifier when the form was posted to it
    // (no JavaScript); with htmx the page keeps what was typed, and the link carries it.
    let address = known.map(|(identifier, _)| identifier);
    let verify = unverified.then(|| {
        let query: Vec<(&str, &str)> = [
            address.map(|address| ("email", address)),
            flow.return_to.as_deref().map(|to| ("return_to", to)),
        ]
        .into_iter()
        .flatten()
        .collect();
        chrome.links.page(routes::VERIFICATION, &query)
    });
    Some(html! {
        @if let Some(identifier) = held {
            p.flow-identity data-testid="login-identifier" data-drawn-by=[crate::drawn_by!("login::lead")] {
                (tr.rich("login-as", &[("identifier", identifier.into())]))
                (tr.lang.sentence_gap())
                @if linking {
                    a href=(again) data-testid="login-without-linking" { (tr.t("login-without-linking")) }
                } @else {
                    a href=(again) data-testid="login-use-another-account" { (tr.t("login-use-another-account")) }
                }
            }
        }
        @if let Some(verify) = verify {
            p.flow-identity data-testid="login-verify-address" data-drawn-by=[crate::drawn_by!("login::lead")] {
                a href=(verify) {
                    @if let Some(address) = address {
                        (tr.rich("login-verify-address", &[("address", address.into())]))
                    } @else {
                        (tr.t("login-verify-your-address"))
                    }
                }
            }
        }
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
        .then(|| lead(chrome, flow))
        .flatten();
    let words = Words {
        title: tr.t(title),
        intro: match (flow_page::app_name(flow), kind) {
            (Some(app), LoginKind::SignIn) => tr.rich("login-intro-app", &[("app", app.into())]),
            (Some(app), LoginKind::Reauthenticate) => {
                tr.rich("reauth-intro-app", &[("app", app.into())])
            }
            _ => html! { (tr.t(intro)) },
        },
        testid: "login-flow",
        form_suffix: "login-form",
        links,
        sign_out: kind != LoginKind::SignIn,
        lead,
    };
    flow_page::screen(chrome, words, view)
}
