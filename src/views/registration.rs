//! The sign-up screen: Kratos's two steps (traits, then a credential; Back keeps the traits) or
//! one step, drawn from the flow's nodes like every other flow.

use maud::html;

use super::flow_page::{self, Words};
use super::{Chrome, FlowView, Screen};
use crate::routes;

pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let words = Words {
        title: chrome.tr.t("registration-title"),
        intro: match flow_page::app_name(view.flow) {
            Some(app) => chrome
                .tr
                .rich("registration-intro-app", &[("app", app.into())]),
            None => html! { (chrome.tr.t("registration-intro")) },
        },
        testid: "registration-flow",
        form_suffix: "registration-form",
        links: vec![(
            flow_page::link_keeping_journey(chrome, routes::LOGIN, view.flow, true),
            chrome.tr.t("link-have-account"),
        )],
        sign_out: false,
        lead: None,
    };
    flow_page::screen(chrome, words, view)
}
