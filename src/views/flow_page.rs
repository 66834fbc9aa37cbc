//! The screen of every flow but settings (sign-in, sign-up, recovery, verification): a heading,
//! the status region, the error summary and its forms (see `nodes::group_forms`), all from the
//! nodes. Forms post to Kratos; a flow that takes posts here also gets `hx-post`.

use std::borrow::Cow;

use maud::{Markup, html};

use super::layout::{self, SignOut};
use super::messages;
use super::nodes::{self, Feedback};
use super::{Chrome, FlowView, Screen, target};
use crate::kratos::group;
use crate::kratos::model::{Flow, Message, MessageKind, Node, Ui};

/// What a flow page says about itself.
pub struct Words<'a> {
    pub title: String,
    /// Under the title; markup, so that an app's name in it keeps its own direction.
    pub intro: Markup,
    /// `data-testid` of the page's container, e.g. `login-flow`.
    pub testid: &'a str,
    /// The forms' `data-testid` is `<group>-<form_suffix>`, e.g. `password-login-form`.
    pub form_suffix: &'a str,
    /// Ways on below the forms: (href, text), e.g. to sign up or to recover the account.
    pub links: Vec<(String, String)>,
    /// Offer to sign out (a person who is signed in but stuck at a second step).
    pub sign_out: bool,
    /// Shown above the forms (who is signing in, and a way to be someone else).
    pub lead: Option<Markup>,
}

/// Whether htmx posts a group's form to our server (when the flow takes posts at all). Social
/// sign-in leaves for the provider and passkeys are submitted by Kratos's script: both are
/// navigations, which a plain post to Kratos does best.
fn posts_here(group: &str) -> bool {
    group != group::OIDC && group != group::PASSKEY
}

/// A link to `route`, carrying the flow's `return_to` so the journey still ends there, and
/// with `app` the challenge of the app that sent the person (for a flow that takes it: signing
/// in or up), so the journey still ends in the app.
pub fn link_keeping_journey(chrome: &Chrome, route: &str, flow: &Flow, app: bool) -> String {
    let challenge = flow
        .oauth2_login_challenge
        .as_deref()
        .filter(|challenge| app && !challenge.is_empty());
    let query: Vec<(&str, &str)> = [
        flow.return_to.as_deref().map(|to| ("return_to", to)),
        challenge.map(|challenge| ("login_challenge", challenge)),
    ]
    .into_iter()
    .flatten()
    .collect();
    chrome.links.page(route, &query)
}

/// The app a flow was started for (through Hydra), by name.
pub fn app_name(flow: &Flow) -> Option<&str> {
    flow.oauth2_login_request
        .as_ref()
        .map(|request| request.client.name())
}

/// Kratos reports a wrong or used code (sign-in, sign-up, recovery, verification) for the
/// whole flow, but it is about the code field: it is shown there, and the error summary links
/// to the field.
const CODE_ERRORS: [u64; 4] = [4010008, 4040003, 4060006, 4070006];

fn code_errors_at_their_field(ui: &Ui) -> Cow<'_, Ui> {
    let is_code_error = |message: &Message| CODE_ERRORS.contains(&message.id);
    let code_field = |node: &Node| {
        node.input()
            .is_some_and(|input| input.name == "code" && input.kind != "hidden")
    };
    let Some(field) = ui.nodes.iter().position(code_field) else {
        return Cow::Borrowed(ui);
    };
    if !ui.messages.iter().any(is_code_error) {
        return Cow::Borrowed(ui);
    }
    let mut ui = ui.clone();
    let (errors, rest): (Vec<Message>, Vec<Message>) =
        ui.messages.into_iter().partition(is_code_error);
    ui.messages = rest;
    ui.nodes[field].messages.extend(errors);
    Cow::Owned(ui)
}

pub fn screen(chrome: &Chrome, words: Words, view: &FlowView) -> Screen {
    let flow = view.flow;
    let ui = code_errors_at_their_field(&flow.ui);
    let forms = nodes::group_forms(&ui);
    let tr = chrome.tr;
    let feedback = Feedback::of(tr, &ui, &forms);
    let has_status = view.notice.is_some() || !feedback.flow_messages.is_empty();
    let body = html! {
        div.flow.flow--narrow id=(target::FLOW) data-testid=(words.testid) data-drawn-by=[crate::drawn_by!("flow_page::screen")] {
            h1.page-title { (words.title) }
            p.page-intro { (words.intro) }
            (messages::status_region(
                tr,
                view.notice,
                MessageKind::Info,
                feedback.status_takes_focus(has_status),
                messages::flow_messages(tr, &feedback.flow_messages),
            ))
            (messages::error_summary(tr, &feedback.field_errors))
            @if let Some(lead) = &words.lead {
                (lead)
            }
            @for form in &forms {
                @let here = view.submit_here.as_deref().filter(|_| posts_here(form.group));
                form.card-form.flow-form method=(flow.ui.method.to_ascii_lowercase())
                    action=(flow.ui.action) data-testid={ (form.group) "-" (words.form_suffix) }
                    hx-post=[here] hx-target=[here.map(|_| target::selector(target::FLOW))]
                    hx-swap=[here.map(|_| "outerHTML")] hx-sync=[here.map(|_| "this:drop")]
                    novalidate {
                    (nodes::render(tr, form.group, &form.nodes))
                }
            }
            @if !words.links.is_empty() {
                ul.flow-links {
                    @for (href, text) in &words.links {
                        li { a href=(href) { (text) } }
                    }
                }
            }
            @if words.sign_out {
                (layout::sign_out(chrome, SignOut::Instead))
            }
        }
    };
    Screen {
        title: words.title,
        lead: html! {},
        body,
    }
}
