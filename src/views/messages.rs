//! Kratos messages: per field, per flow, and the error summary.
//!
//! Every message sits in an element with `data-testid="ui/message/<id>"` (the convention of
//! Ory's own test suite) and carries Kratos's text.

use maud::{Markup, html};

use crate::kratos::model::{Message, MessageKind};

pub fn testid(message: &Message) -> String {
    format!("ui/message/{}", message.id)
}

fn kind_class(kind: MessageKind) -> &'static str {
    match kind {
        MessageKind::Error => "message message--error",
        MessageKind::Success => "message message--success",
        MessageKind::Info | MessageKind::Other => "message message--info",
    }
}

/// The messages of one field, under it; `id` is what `aria-describedby` points at.
pub fn field_messages(id: &str, messages: &[Message]) -> Markup {
    html! {
        @if !messages.is_empty() {
            div.field-messages id=(id) {
                @for message in messages {
                    p class=(kind_class(message.kind)) data-testid=(testid(message)) {
                        @if message.kind == MessageKind::Error {
                            span.visually-hidden { "Error: " }
                        }
                        (message.text)
                    }
                }
            }
        }
    }
}

/// Flow-level messages: errors in an alert, the rest in a polite status.
pub fn flow_messages(messages: &[&Message]) -> Markup {
    let (errors, others): (Vec<&Message>, Vec<&Message>) = messages
        .iter()
        .copied()
        .partition(|message| message.kind == MessageKind::Error);
    html! {
        @if !errors.is_empty() {
            div.flow-messages.flow-messages--error role="alert" {
                @for message in errors {
                    p class=(kind_class(message.kind)) data-testid=(testid(message)) { (message.text) }
                }
            }
        }
        @if !others.is_empty() {
            div.flow-messages role="status" {
                @for message in others {
                    p class=(kind_class(message.kind)) data-testid=(testid(message)) { (message.text) }
                }
            }
        }
    }
}

/// One invalid field for the error summary: the field's element id, its label, its message.
pub struct FieldError<'a> {
    pub field_id: String,
    pub label: &'a str,
    pub message: &'a Message,
}

/// The GOV.UK-style summary at the top of a failed form, linking to each invalid field.
pub fn error_summary(errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary data-testid="error-summary" aria-labelledby="error-summary-title" {
                h2 #error-summary-title .error-summary-title { "There is a problem" }
                ul.error-summary-list {
                    @for error in errors {
                        li { a href={ "#" (error.field_id) } { (error.label) ": " (error.message.text) } }
                    }
                }
            }
        }
    }
}
