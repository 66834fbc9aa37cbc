//! The verification screen: enter the code Kratos mailed to confirm an email address.

use maud::html;

use super::flow_page::{self, Words};
use super::{Chrome, FlowView, Screen};
use crate::routes;

pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let words = Words {
        title: chrome.tr.t("verification-title"),
        intro: html! { (chrome.tr.t("verification-intro")) },
        testid: "verification-flow",
        form_suffix: "verification-form",
        links: vec![(
            chrome.links.path(routes::SETTINGS),
            chrome.tr.t("link-go-to-account"),
        )],
        sign_out: false,
        lead: None,
    };
    flow_page::screen(chrome, words, view)
}
