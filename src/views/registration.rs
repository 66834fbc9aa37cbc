//! The sign-up screen: Kratos's two steps (traits, then a credential; Back keeps the traits) or
//! one step, drawn from the flow's nodes like every other flow.

use maud::Markup;

use super::Chrome;
use super::flow_page::{self, Words};
use crate::kratos::model::Flow;
use crate::notice::Notice;
use crate::routes;

pub fn page(chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let words = Words {
        title: chrome.tr.t("registration-title"),
        intro: chrome.tr.t("registration-intro"),
        testid: "registration-flow",
        form_suffix: "registration-form",
        links: vec![(
            flow_page::link_keeping_return_to(chrome, routes::LOGIN, flow),
            chrome.tr.t("link-have-account"),
        )],
        sign_out: false,
    };
    flow_page::page(chrome, &words, flow, notice)
}
