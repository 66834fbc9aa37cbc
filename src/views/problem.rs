//! Pages and status messages for failures on our side of the line (see `http::problem`).

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::http::problem::Problem;
use crate::i18n::Tr;
use crate::routes;

pub fn page(chrome: &Chrome, problem: &Problem, retry: &str) -> Markup {
    let tr = chrome.tr;
    let (title, words) = problem.words(tr);
    layout::page(
        chrome,
        &title,
        html! {
            div.flow.flow--narrow data-testid="problem-page" data-status=(problem.status().as_u16()) data-drawn-by=[crate::drawn_by!("problem::page")] {
                h1.page-title { (title) }
                p.page-intro role="alert" { (words) }
                p.actions {
                    a.button.button--primary href=(retry) { (tr.t("try-again")) }
                    " "
                    a.button.button--secondary href=(chrome.links.path(routes::HOME)) { (tr.t("link-go-to-account")) }
                }
            }
        },
    )
}

/// The same words, for htmx to put into the status region of the form on screen.
pub fn status_message(tr: Tr, problem: &Problem) -> Markup {
    let (title, words) = problem.words(tr);
    html! {
        div.flow-messages.flow-messages--error role="alert" data-testid="problem-message"
            data-status=(problem.status().as_u16()) data-drawn-by=[crate::drawn_by!("problem::status_message")] {
            p.message.message--error { strong { (title) } ". " (words) }
        }
    }
}
