//! The sign-in screen: password sign-in, re-authentication (`refresh=true`) and the second
//! factor (`aal=aal2`), all drawn from the flow's nodes.
//!
//! Its forms post straight to Kratos, with or without JavaScript: signing in ends in a
//! navigation anyway, and Kratos's 303s carry the journey back to where it started.

use maud::{Markup, html};

use super::messages::{self, FieldError};
use super::nodes;
use super::{Chrome, layout};
use crate::kratos::model::{Flow, Message};
use crate::notice::Notice;

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

    fn words(self) -> (&'static str, &'static str) {
        match self {
            LoginKind::SignIn => ("Sign in", "Sign in to manage your account."),
            LoginKind::Reauthenticate => (
                "Confirm it is you",
                "For your security, enter your password again before this change is made.",
            ),
            LoginKind::SecondFactor => (
                "Second step",
                "Your account is protected by a second step. Confirm it to continue.",
            ),
        }
    }
}

pub fn page(chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let kind = LoginKind::of(flow);
    let (title, intro) = kind.words();
    let forms = nodes::group_forms(&flow.ui);
    let field_errors: Vec<FieldError> = forms
        .iter()
        .flat_map(|form| nodes::field_errors(form.group, &form.nodes))
        .collect();
    let mut flow_messages: Vec<&Message> = flow.ui.messages.iter().collect();
    flow_messages.extend(nodes::orphan_messages(&flow.ui.nodes));
    let autofocus = field_errors.first().map(|error| error.field_id.as_str());
    layout::page(
        chrome,
        title,
        html! {
            div #flow .flow .flow--narrow data-testid="login-flow" data-login-kind=(format!("{kind:?}")) {
                h1.page-title { (title) }
                p.page-intro { (intro) }
                div #flow-status .flow-status tabindex="-1" {
                    @if let Some(notice) = notice {
                        div.flow-messages role="status" {
                            p.message.message--info data-testid={ "ui/notice/" (notice.id()) } { (notice.text()) }
                        }
                    }
                    (messages::flow_messages(&flow_messages))
                }
                (messages::error_summary(&field_errors))
                @for form in &forms {
                    form.card-form.login-form method=(flow.ui.method.to_ascii_lowercase())
                        action=(flow.ui.action) data-testid={ (form.group) "-login-form" } novalidate {
                        (nodes::render(form.group, &form.nodes, autofocus))
                    }
                }
            }
        },
    )
}
