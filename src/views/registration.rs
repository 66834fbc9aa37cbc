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
        title: "Create an account",
        intro: "Tell us how to reach you, then choose how you will sign in.",
        testid: "registration-flow",
        form_suffix: "registration-form",
        links: vec![(
            flow_page::link_keeping_return_to(chrome, routes::LOGIN, flow),
            "Already have an account? Sign in",
        )],
        sign_out: false,
    };
    flow_page::page(chrome, &words, flow, notice)
}
