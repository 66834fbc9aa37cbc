//! The sign-up screen: Kratos's two steps (traits, then a credential; Back keeps the traits) or
//! one step, drawn from the flow's nodes like every other flow.

use super::flow_page::{self, Words};
use super::{Chrome, FlowView, Screen};
use crate::routes;

pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let words = Words {
        title: chrome.tr.t("registration-title"),
        intro: chrome.tr.t("registration-intro"),
        testid: "registration-flow",
        form_suffix: "registration-form",
        links: vec![(
            flow_page::link_keeping_return_to(chrome, routes::LOGIN, view.flow),
            chrome.tr.t("link-have-account"),
        )],
        sign_out: false,
    };
    flow_page::screen(chrome, words, view)
}
