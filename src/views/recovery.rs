//! The account recovery screen: ask for a code by email, then enter it. Kratos does not tell
//! whether an address has an account, and neither does this page.

use maud::Markup;

use super::Chrome;
use super::flow_page::{self, Words};
use crate::kratos::model::Flow;
use crate::notice::Notice;
use crate::routes;

pub fn page(chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let words = Words {
        title: "Recover your account",
        intro: "Enter your email address. If it belongs to an account, we send it a code to sign you in, so you can set a new password.",
        testid: "recovery-flow",
        form_suffix: "recovery-form",
        links: vec![(chrome.links.path(routes::LOGIN), "Back to sign in")],
        sign_out: false,
    };
    flow_page::page(chrome, &words, flow, notice)
}
