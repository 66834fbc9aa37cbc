//! The account recovery screen: ask for a code by email, then enter it. Kratos does not tell
//! whether an address has an account, and neither does this page.

use maud::html;

use super::flow_page::{self, Words};
use super::{Chrome, FlowView, Screen};
use crate::routes;

pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let words = Words {
        title: chrome.tr.t("recovery-title"),
        intro: html! { (chrome.tr.t("recovery-intro")) },
        testid: "recovery-flow",
        form_suffix: "recovery-form",
        links: vec![(
            chrome.links.path(routes::LOGIN),
            chrome.tr.t("link-back-to-sign-in"),
        )],
        sign_out: false,
        lead: None,
    };
    flow_page::screen(chrome, words, view)
}
