//! The settings screen: one section per method group, each a real form.
//!
//! [`page`] is the layout around [`body`], and htmx saves answer with [`body`] alone, which
//! replaces the whole `#flow` element: one save can change other sections (a new password
//! enables unlinking a social account), so every section always shows the re-fetched flow.

use maud::{Markup, html};

use super::messages;
use super::nodes::{self, Feedback, GroupForm};
use super::{Chrome, FlowView, Screen, target};
use crate::i18n::Tr;
use crate::kratos::group;
use crate::kratos::model::{ContinueWith, Flow, MessageKind};
use crate::notice::Notice;
use crate::routes::{self, Links};

/// Everything the settings screen shows.
pub struct SettingsView<'a> {
    /// The visitor's language.
    pub tr: Tr,
    pub links: &'a Links,
    pub flow: &'a Flow,
    /// A notice from the previous request (e.g. "your form expired").
    pub notice: Option<&'a Notice>,
    /// `continue_with` of the submit that produced this view (htmx path only).
    pub continue_with: &'a [ContinueWith],
}

/// The parts of the settings page, in the order a person looks for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Profile,
    SignIn,
    SecondFactor,
    Other,
}

impl Category {
    pub fn of(group_name: &str) -> Self {
        match group_name {
            group::PROFILE => Category::Profile,
            group::PASSWORD | group::PASSKEY | group::OIDC => Category::SignIn,
            group::TOTP | group::WEBAUTHN | group::LOOKUP_SECRET => Category::SecondFactor,
            _ => Category::Other,
        }
    }

    /// The category's `id`: for `aria-labelledby`, anchors, and its texts in the catalogue
    /// (`category-<id>-title`, `category-<id>-intro`).
    pub fn id(self) -> &'static str {
        match self {
            Category::Profile => "profile",
            Category::SignIn => "sign-in",
            Category::SecondFactor => "two-factor",
            Category::Other => "other",
        }
    }
}

/// Where a group sits inside its category.
fn rank(group_name: &str) -> u8 {
    [
        group::PROFILE,
        group::PASSWORD,
        group::PASSKEY,
        group::OIDC,
        group::TOTP,
        group::WEBAUTHN,
        group::LOOKUP_SECRET,
    ]
    .iter()
    .position(|known| *known == group_name)
    .map_or(u8::MAX, |position| position as u8)
}

/// Groups with their own heading and explanation in the catalogue (`section-<group>-title`,
/// `section-<group>-intro`).
const KNOWN_SECTIONS: [&str; 7] = [
    group::PROFILE,
    group::PASSWORD,
    group::OIDC,
    group::TOTP,
    group::LOOKUP_SECRET,
    group::WEBAUTHN,
    group::PASSKEY,
];

/// The heading and one-line explanation of a settings section; a group this UI does not know
/// yet gets its name as heading and a general explanation.
pub fn section_words(tr: Tr, group_name: &str) -> (String, String) {
    if KNOWN_SECTIONS.contains(&group_name) {
        (
            tr.t(&format!("section-{group_name}-title")),
            tr.t(&format!("section-{group_name}-intro")),
        )
    } else {
        (title_case(group_name), tr.t("section-other-intro"))
    }
}

fn title_case(name: &str) -> String {
    let spaced = name.replace(['_', '-'], " ");
    let mut chars = spaced.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The settings screen: the heading and the way to the sessions page above the swappable
/// body.
pub fn screen(chrome: &Chrome, view: &FlowView) -> Screen {
    let tr = chrome.tr;
    let settings = SettingsView {
        tr,
        links: chrome.links,
        flow: view.flow,
        notice: view.notice,
        continue_with: view.continue_with,
    };
    let title = tr.t("settings-title");
    Screen {
        lead: html! {
            h1.page-title { (title) }
            p.page-intro {
                a href=(chrome.links.path(routes::SESSIONS)) data-testid="sessions-link" { (tr.t("sessions-link")) }
                @if chrome.offers_apps { " · " (super::apps::link(chrome)) }
            }
        },
        title,
        body: body(&settings),
    }
}

/// The swappable part: status region, error summary and every section.
pub fn body(view: &SettingsView) -> Markup {
    let flow = view.flow;
    let tr = view.tr;
    let mut forms = nodes::group_forms(&flow.ui);
    // Stable: unknown groups keep Kratos's order among themselves.
    forms.sort_by_key(|form| (Category::of(form.group), rank(form.group)));
    let feedback = Feedback::of(tr, &flow.ui, &forms);
    let verification = view.continue_with.iter().find_map(|item| match item {
        ContinueWith::ShowVerificationUi { flow } => Some(flow),
        _ => None,
    });
    let submit_url = view.links.flow(routes::SETTINGS, &flow.id);
    let has_status =
        view.notice.is_some() || !feedback.flow_messages.is_empty() || verification.is_some();
    html! {
        div.flow id=(target::FLOW) data-testid="settings-flow" data-flow-id=(flow.id) data-drawn-by=[crate::drawn_by!("settings::body")] {
            (messages::status_region(tr, view.notice, MessageKind::Info, feedback.status_takes_focus(has_status), html! {
                (messages::flow_messages(tr, &feedback.flow_messages))
                @if let Some(verification) = verification {
                    div.flow-messages role="status" data-testid="verification-notice" {
                        p.message.message--info {
                            @if let Some(address) = verification.verifiable_address.as_deref() {
                                (tr.rich("verification-sent", &[("address", address.into())]))
                            } @else {
                                (tr.t("verification-sent-unknown"))
                            }
                            (tr.lang.sentence_gap())
                            a href=(view.links.flow(routes::VERIFICATION, &verification.id)) { (tr.t("verification-enter-code")) }
                        }
                    }
                }
            }))
            (messages::error_summary(tr, &feedback.field_errors))
            @for category in [Category::Profile, Category::SignIn, Category::SecondFactor, Category::Other] {
                @let members: Vec<&GroupForm> = forms.iter().filter(|form| Category::of(form.group) == category).collect();
                @if !members.is_empty() {
                    @let id = category.id();
                    section.settings-category aria-labelledby={ (id) "-category" } data-testid={ "settings-category-" (id) } data-drawn-by=[crate::drawn_by!("settings::body")] {
                        h2.category-title id={ (id) "-category" } { (tr.t(&format!("category-{id}-title"))) }
                        p.category-intro { (tr.t(&format!("category-{id}-intro"))) }
                        @for form in members {
                            (section(view, form, &submit_url))
                        }
                    }
                }
            }
        }
    }
}

/// One section; its form posts to `submit_url` with htmx (our server), to Kratos without.
fn section(view: &SettingsView, form: &GroupForm, submit_url: &str) -> Markup {
    let tr = view.tr;
    let (heading, intro) = section_words(tr, form.group);
    let heading_id = format!("{}-heading", form.group);
    let ui = &view.flow.ui;
    html! {
        div.card role="group" data-testid={ (form.group) "-settings-card" } aria-labelledby=(heading_id) data-drawn-by=[crate::drawn_by!("settings::section")] {
            h3.card-title id=(heading_id) { (heading) }
            p.card-intro { (intro) }
            @if form.group == group::PROFILE {
                (unverified_addresses(view))
            }
            form.card-form method=(ui.method.to_ascii_lowercase()) action=(ui.action)
                hx-post=(submit_url)
                hx-target=(target::selector(target::FLOW)) hx-swap="outerHTML" hx-sync="this:drop"
                novalidate {
                (nodes::render(tr, form.group, &form.nodes))
            }
        }
    }
}

/// Addresses Kratos has not verified yet, each with a way to verify it.
fn unverified_addresses(view: &SettingsView) -> Markup {
    let unverified: Vec<&str> = view
        .flow
        .identity
        .iter()
        .flat_map(|identity| identity.verifiable_addresses.iter())
        .filter(|address| !address.verified)
        .map(|address| address.value.as_str())
        .collect();
    html! {
        @for address in unverified {
            p.card-note data-testid="unverified-address" {
                (view.tr.rich("unverified-address", &[("address", address.into())]))
                (view.tr.lang.sentence_gap())
                a href=(view.links.path(routes::VERIFICATION)) { (view.tr.t("verify-it")) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(nodes: &str) -> Flow {
        serde_json::from_str(&format!(
            r#"{{"id":"f","ui":{{"action":"http://kratos/self-service/settings?flow=f","method":"POST","nodes":{nodes}}}}}"#
        ))
        .unwrap()
    }

    fn render(flow: &Flow) -> String {
        body(&SettingsView {
            tr: Tr::new(crate::i18n::Lang::EN),
            links: &Links::new("", "http://kratos"),
            flow,
            notice: None,
            continue_with: &[],
        })
        .into_string()
    }

    #[test]
    fn an_unknown_group_still_gets_its_own_section() {
        let flow = flow(
            r#"[{"type":"input","group":"default","attributes":{"node_type":"input","name":"csrf_token","type":"hidden","value":"t"},"messages":[],"meta":{}},
                {"type":"input","group":"holo_deck","attributes":{"node_type":"input","name":"holo_code","type":"text"},"messages":[],"meta":{"label":{"id":1,"text":"Holo code","type":"info"}}}]"#,
        );
        let html = render(&flow);
        assert!(
            html.contains(r#"data-testid="holo_deck-settings-card""#),
            "{html}"
        );
        assert!(html.contains("Holo deck"), "{html}");
        assert!(
            html.contains(r#"data-testid="settings-category-other""#),
            "{html}"
        );
        assert!(html.contains(r#"name="csrf_token""#), "{html}");
    }

    #[test]
    fn sections_follow_the_order_a_person_expects() {
        let node = |group: &str| {
            format!(
                r#"{{"type":"input","group":"{group}","attributes":{{"node_type":"input","name":"method","type":"submit","value":"{group}"}},"messages":[],"meta":{{}}}}"#
            )
        };
        let groups = [
            "lookup_secret",
            "totp",
            "webauthn",
            "oidc",
            "password",
            "passkey",
            "profile",
        ];
        let nodes: Vec<String> = groups.iter().map(|g| node(g)).collect();
        let html = render(&flow(&format!("[{}]", nodes.join(","))));
        let position = |group: &str| {
            html.find(&format!(r#"data-testid="{group}-settings-card""#))
                .unwrap()
        };
        let order = [
            "profile",
            "password",
            "passkey",
            "oidc",
            "totp",
            "webauthn",
            "lookup_secret",
        ];
        for pair in order.windows(2) {
            assert!(
                position(pair[0]) < position(pair[1]),
                "{} before {}",
                pair[0],
                pair[1]
            );
        }
    }
}
