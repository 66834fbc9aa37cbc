//! The verification screen: enter the code Kratos mailed to confirm an email address.

use maud::Markup;

use super::Chrome;
use super::flow_page::{self, Words};
use crate::kratos::model::Flow;
use crate::notice::Notice;

pub fn page(chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let words = Words {
        title: "Verify your email address",
        intro: "Enter the code we sent to your email address. No code? Enter your address to get a new one.",
        testid: "verification-flow",
        form_suffix: "verification-form",
    };
    flow_page::page(chrome, &words, flow, notice)
}
