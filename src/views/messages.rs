//! Kratos messages: per field, per flow, the error summary, and the status region they and
//! our notices appear in.
//!
//! Every message sits in an element with `data-testid="ui/message/<id>"` (the convention of
//! Ory's own test suite) and says what Kratos said, in the visitor's language.

use maud::{Markup, html};

use super::target;
use crate::i18n::Tr;
use crate::kratos::model::{Message, MessageKind};
use crate::notice::Notice;

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

/// The status region of a screen (the element htmx puts our problems in): the notice left by
/// the previous request first, shown as `notice_kind`, then `rest`. It takes the focus when
/// `autofocus` says it has the news (see `nodes::Feedback::status_takes_focus`).
pub fn status_region(
    tr: Tr,
    notice: Option<&Notice>,
    notice_kind: MessageKind,
    autofocus: bool,
    rest: Markup,
) -> Markup {
    html! {
        div.flow-status id=(target::FLOW_STATUS) tabindex="-1" autofocus[autofocus] data-drawn-by=[crate::drawn_by!("messages::status_region")] {
            @if let Some(notice) = notice {
                div.flow-messages role="status" {
                    p class=(kind_class(notice_kind)) data-testid={ "ui/notice/" (notice.id()) } { (notice.text(tr)) }
                }
            }
            (rest)
        }
    }
}

/// The messages of one field, under it; `id` is what `aria-describedby` points at.
pub fn field_messages(tr: Tr, id: &str, messages: &[Message]) -> Markup {
    html! {
        @if !messages.is_empty() {
            div.field-messages id=(id) data-drawn-by=[crate::drawn_by!("messages::field_messages")] {
                @for message in messages {
                    p class=(kind_class(message.kind)) data-testid=(testid(message)) {
                        @if message.kind == MessageKind::Error {
                            span.visually-hidden { (tr.t("error-prefix")) " " }
                        }
                        (tr.message_rich(message))
                    }
                }
            }
        }
    }
}

/// Flow-level messages: errors in an alert, the rest in a polite status.
pub fn flow_messages(tr: Tr, messages: &[&Message]) -> Markup {
    let (errors, others): (Vec<&Message>, Vec<&Message>) = messages
        .iter()
        .copied()
        .partition(|message| message.kind == MessageKind::Error);
    html! {
        @if !errors.is_empty() {
            div.flow-messages.flow-messages--error role="alert" data-drawn-by=[crate::drawn_by!("messages::flow_messages")] {
                @for message in errors {
                    p class=(kind_class(message.kind)) data-testid=(testid(message)) { (tr.message_rich(message)) }
                }
            }
        }
        @if !others.is_empty() {
            div.flow-messages role="status" {
                @for message in others {
                    p class=(kind_class(message.kind)) data-testid=(testid(message)) { (tr.message_rich(message)) }
                }
            }
        }
    }
}

/// One invalid field for the error summary: the field's element id, its label, its message.
pub struct FieldError<'a> {
    pub field_id: String,
    pub label: String,
    pub message: &'a Message,
}

/// The GOV.UK-style summary at the top of a failed form, linking to each invalid field. It
/// takes the focus (on load without JavaScript, after the swap with it), so a keyboard or
/// screen-reader user hears what went wrong and can jump to each field from there.
pub fn error_summary(tr: Tr, errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary #error-summary role="alert" tabindex="-1" autofocus
                data-testid="error-summary" aria-labelledby="error-summary-title"
                data-drawn-by=[crate::drawn_by!("messages::error_summary")] {
                h2 #error-summary-title .error-summary-title { (tr.t("error-summary-title")) }
                ul.error-summary-list {
                    @for error in errors {
                        li { a href={ "#" (error.field_id) } { (error.label) ": " (tr.message_rich(error.message)) } }
                    }
                }
            }
        }
    }
}
