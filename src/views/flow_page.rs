//! The page of a flow whose forms post straight to Kratos (login, verification, ...): a
//! heading, the status region, the error summary and one form per group, all from the nodes.

use maud::{Markup, html};

use super::messages::{self, FieldError};
use super::nodes;
use super::{Chrome, layout};
use crate::kratos::model::{Flow, Message};
use crate::notice::Notice;

/// What a flow page says about itself.
pub struct Words<'a> {
    pub title: &'a str,
    pub intro: &'a str,
    /// `data-testid` of the page's container, e.g. `login-flow`.
    pub testid: &'a str,
    /// The forms' `data-testid` is `<group>-<form_suffix>`, e.g. `password-login-form`.
    pub form_suffix: &'a str,
}

pub fn page(chrome: &Chrome, words: &Words, flow: &Flow, notice: Option<&Notice>) -> Markup {
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
        words.title,
        html! {
            div #flow .flow .flow--narrow data-testid=(words.testid) {
                h1.page-title { (words.title) }
                p.page-intro { (words.intro) }
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
                    form.card-form.flow-form method=(flow.ui.method.to_ascii_lowercase())
                        action=(flow.ui.action) data-testid={ (form.group) "-" (words.form_suffix) } novalidate {
                        (nodes::render(form.group, &form.nodes, autofocus))
                    }
                }
            }
        },
    )
}
