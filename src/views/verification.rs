//! The verification screen: enter the code Kratos mailed to confirm an email address.

use maud::Markup;

use super::Chrome;
use super::flow_page::{self, Words};
use crate::kratos::model::Flow;
use crate::notice::Notice;
use crate::routes;

pub fn page(chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let words = Words {
        title: "Verify your email address",
        intro: "Enter the code we sent to your email address. No code? Enter your address to get a new one.",
        testid: "verification-flow",
        form_suffix: "verification-form",
        links: vec![(chrome.links.path(routes::SETTINGS), "Go to your account")],
        sign_out: false,
    };
    flow_page::page(chrome, &words, flow, notice)
}
