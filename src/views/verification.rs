//! The verification screen: enter the code Kratos mailed to confirm an email address.

use maud::Markup;

use super::Chrome;
use super::flow_page::{self, Words};
use crate::kratos::model::Flow;
use crate::notice::Notice;
use crate::routes;

pub fn page(chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let words = Words {
        title: chrome.tr.t("verification-title"),
        intro: chrome.tr.t("verification-intro"),
        testid: "verification-flow",
        form_suffix: "verification-form",
        links: vec![(
            chrome.links.path(routes::SETTINGS),
            chrome.tr.t("link-go-to-account"),
        )],
        sign_out: false,
    };
    flow_page::page(chrome, &words, flow, notice)
}
