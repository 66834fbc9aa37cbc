//! The one node renderer: every Kratos UI node of every flow is drawn here.
//!
//! Inputs keep Kratos's `name`, `type`, `required`, `autocomplete`, `pattern` and `maxlength`;
//! labels come from `meta.label` (the schema `title` for traits); messages sit under their
//! field, linked with `aria-describedby`, and an invalid field says `aria-invalid="true"`.
//! Submit inputs become `<button name value>` so the clicked one is what the form sends.
//! Unknown node types render nothing rather than failing the page.

use maud::{Markup, html};
use serde::Deserialize;

use super::messages::{self, FieldError};
use crate::i18n::Tr;
use crate::kratos::group;
use crate::kratos::model::{Attributes, InputAttributes, Message, MessageKind, Node, Ui};

/// The nodes of one form: the shared hidden fields (CSRF token) plus one group's nodes, or
/// several groups' when they share a visible field.
pub struct GroupForm<'a> {
    /// The form's group; for a shared form, the first of its groups.
    pub group: &'a str,
    pub nodes: Vec<&'a Node>,
}

/// Groups whose submit needs the visible fields Kratos keeps in the `default` group (the sign-in
/// identifier, sign-up traits). When more than one is offered they share one form, so a person
/// types the identifier once whichever way they then sign in; the password comes first, so
/// Enter in the form signs in with it.
const SHARING_GROUPS: [&str; 4] = [
    group::PASSWORD,
    group::CODE,
    group::WEBAUTHN,
    group::PROFILE,
];

/// Hidden inputs every form carries: the CSRF token, and the identifier once Kratos has it
/// (the identifier-first step keeps it in its own group).
fn is_shared_hidden(node: &Node) -> bool {
    node.is_hidden_input()
        && (node.group == group::DEFAULT || node.group == group::IDENTIFIER_FIRST)
}

/// Splits a flow's nodes into forms, in Kratos's order: one per group, except that groups
/// which submit the `default` group's visible fields share one form holding them (see
/// [`SHARING_GROUPS`]), and shared hidden inputs go into every form. A group with nothing of
/// its own gets no form.
pub fn group_forms<'a>(ui: &'a Ui) -> Vec<GroupForm<'a>> {
    let mut groups: Vec<&str> = Vec::new();
    for node in &ui.nodes {
        if node.group != group::DEFAULT
            && !is_shared_hidden(node)
            && !groups.contains(&node.group.as_str())
        {
            groups.push(&node.group);
        }
    }
    let shared_hidden: Vec<&Node> = ui.nodes.iter().filter(|n| is_shared_hidden(n)).collect();
    let visible_defaults: Vec<&Node> = ui
        .nodes
        .iter()
        .filter(|node| node.group == group::DEFAULT && !node.is_hidden_input())
        .collect();
    // The forms that submit the visible defaults: the sharing groups offered (password
    // first), else the first with a `method` button, else the first. Never a social sign-in
    // form merely because Kratos listed it first.
    let mut sharing: Vec<&str> = Vec::new();
    if !visible_defaults.is_empty() {
        sharing = groups
            .iter()
            .copied()
            .filter(|name| SHARING_GROUPS.contains(name))
            .filter(|name| own_nodes(ui, name).any(|node| !node.is_hidden_input()))
            .collect();
        sharing.sort_by_key(|name| *name != group::PASSWORD);
        if sharing.is_empty() {
            let has_method_button = |name: &&'a str| {
                own_nodes(ui, name)
                    .any(|node| node.input().is_some_and(|input| input.name == "method"))
            };
            sharing.extend(
                groups
                    .iter()
                    .copied()
                    .find(has_method_button)
                    .or(groups.first().copied()),
            );
        }
        if groups.is_empty() {
            groups.push(group::DEFAULT);
            sharing.push(group::DEFAULT);
        }
    }
    let mut forms: Vec<GroupForm> = Vec::new();
    let mut shared_drawn = false;
    for name in groups {
        let mut nodes = shared_hidden.clone();
        let group = if !sharing.contains(&name) {
            nodes.extend(own_nodes(ui, name));
            name
        } else if shared_drawn {
            continue;
        } else {
            // Where the first of them stands in Kratos's order.
            shared_drawn = true;
            nodes.extend(visible_defaults.iter().copied());
            nodes.extend(sharing.iter().flat_map(|member| own_nodes(ui, member)));
            sharing[0]
        };
        // Enter in a field presses the form's first button: that must be the form's own
        // action ("Continue"), never "Send code again", which Kratos sometimes lists first.
        nodes.sort_by_key(|node| node.input().is_some_and(|input| input.name == "resend"));
        forms.push(GroupForm { group, nodes });
    }
    forms
}

/// A group's nodes, without those every form shares. The `default` group has none of its own:
/// its hidden inputs go into every form, its visible ones into the form that submits them.
fn own_nodes<'a>(ui: &'a Ui, name: &'a str) -> impl Iterator<Item = &'a Node> {
    ui.nodes
        .iter()
        .filter(move |node| node.group == name && name != group::DEFAULT && !is_shared_hidden(node))
}

/// The element id of an input, unique on the page: `<form prefix>-<name>` with only
/// characters that are safe in ids and CSS selectors.
pub fn field_id(prefix: &str, name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{prefix}-{cleaned}")
}

fn label_text(tr: Tr, node: &Node) -> Option<String> {
    tr.label(node)
}

fn has_error(messages: &[Message]) -> bool {
    messages
        .iter()
        .any(|message| message.kind == MessageKind::Error)
}

/// The invalid visible fields of a form, in order, for the error summary and focus.
fn field_errors<'a>(tr: Tr, prefix: &str, nodes: &[&'a Node]) -> Vec<FieldError<'a>> {
    nodes
        .iter()
        .filter_map(|node| {
            let input = node.input()?;
            if input.kind == "hidden" {
                return None;
            }
            let message = node
                .messages
                .iter()
                .find(|m| m.kind == MessageKind::Error)?;
            Some(FieldError {
                field_id: field_id(prefix, &input.name),
                label: label_text(tr, node).unwrap_or_else(|| input.name.clone()),
                message,
            })
        })
        .collect()
}

/// What a flow tells the person, in page order.
pub struct Feedback<'a> {
    /// Each invalid visible field: for the error summary and the focus.
    pub field_errors: Vec<FieldError<'a>>,
    /// Flow-level messages, with those of hidden fields (e.g. a CSRF problem), which have no
    /// field to sit under.
    pub flow_messages: Vec<&'a Message>,
}

impl<'a> Feedback<'a> {
    pub fn of(tr: Tr, ui: &'a Ui, forms: &[GroupForm<'a>]) -> Self {
        let field_errors: Vec<FieldError> = forms
            .iter()
            .flat_map(|form| field_errors(tr, form.group, &form.nodes))
            .collect();
        let mut flow_messages: Vec<&Message> = ui.messages.iter().collect();
        flow_messages.extend(
            ui.nodes
                .iter()
                .filter(|node| node.is_hidden_input())
                .flat_map(|node| node.messages.iter()),
        );
        // Kratos keeps an old "saved" message in a flow that later failed validation; a
        // success next to an error would be a contradiction, so the error wins.
        let any_error =
            !field_errors.is_empty() || flow_messages.iter().any(|m| m.kind == MessageKind::Error);
        if any_error {
            flow_messages.retain(|m| m.kind != MessageKind::Success);
        }
        Self {
            field_errors,
            flow_messages,
        }
    }

    /// Whether the status region takes the focus: it has something to say and there is no
    /// error summary (which takes the focus when there is).
    pub fn status_takes_focus(&self, has_status: bool) -> bool {
        has_status && self.field_errors.is_empty()
    }
}

/// Renders the nodes of one form; `prefix` (the group) keeps element ids unique on the page.
pub fn render(tr: Tr, prefix: &str, nodes: &[&Node]) -> Markup {
    html! {
        @for node in nodes {
            (render_node(tr, prefix, node))
        }
    }
}

fn render_node(tr: Tr, prefix: &str, node: &Node) -> Markup {
    let label = tr.label_rich(node);
    match &node.attributes {
        Attributes::Input(input) => render_input(tr, prefix, node, input),
        Attributes::Image(image) if image.src.is_empty() => html! {},
        Attributes::Image(image) => html! {
            figure.node-image data-drawn-by=[crate::drawn_by!("nodes::render_node")] {
                // The caption names the image; the same words as its text alternative would be
                // read (and shown by a text browser) twice.
                img src=(super::qr_code::lighter_src(&image.src)) width=[image.width] height=[image.height]
                    alt="" data-testid={ "node/image/" (image.id) };
                @if let Some(label) = &label { figcaption { (label) } }
            }
        },
        Attributes::Text(text) => render_text(tr, label, &text.id, &text.text),
        Attributes::Anchor(anchor) => html! {
            @if is_safe_href(&anchor.href) {
                a.button.button--secondary href=(anchor.href) data-testid={ "node/anchor/" (anchor.id) } data-drawn-by=[crate::drawn_by!("nodes::render_node")] {
                    (anchor.title.as_ref().map_or_else(|| anchor.href.clone(), |title| tr.message(title)))
                }
            }
        },
        Attributes::Division(division) => html! {
            div.node-div id=(division.id) data-testid={ "node/div/" (division.id) } {}
        },
        // Kratos's scripts (WebAuthn) are loaded by our own script, never inline.
        Attributes::Script(_) | Attributes::Unknown => html! {},
    }
}

/// Only web and relative links; never `javascript:` or `data:`.
fn is_safe_href(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('/')
}

/// Text nodes whose value a person copies (a TOTP secret, backup codes).
const COPYABLE_TEXTS: [&str; 2] = ["totp_secret_key", "lookup_secret_codes"];
/// Text nodes whose value a person may also keep as a file.
const DOWNLOADABLE_TEXTS: [&str; 1] = ["lookup_secret_codes"];

fn render_text(tr: Tr, label: Option<Markup>, id: &str, text: &Message) -> Markup {
    // Each backup code is a message of its own: the code (1050009), or "Already used"
    // (1050014, whose English text Kratos writes with a date), in the reader's language.
    let codes: Vec<Markup> = text
        .context
        .as_ref()
        .and_then(|context| context.get("secrets"))
        .and_then(|secrets| secrets.as_array())
        .map(|secrets| {
            secrets
                .iter()
                .filter_map(|secret| Message::deserialize(secret).ok())
                .map(|secret| tr.message_rich(&secret))
                .collect()
        })
        .unwrap_or_default();
    let value_id = format!("node-text-{id}");
    html! {
        div.node-text data-drawn-by=[crate::drawn_by!("nodes::render_text")] {
            @if let Some(label) = label {
                p.node-text-label data-testid={ "node/text/" (id) "/label" } { (label) }
            }
            @if codes.is_empty() {
                p.node-text-value id=(value_id) data-testid={ "node/text/" (id) "/text" } { code dir="ltr" { (tr.message(text)) } }
            } @else {
                ul.codes id=(value_id) data-testid={ "node/text/" (id) "/text" } {
                    @for code in codes { li { code dir="ltr" { (code) } } }
                }
            }
            // Copy and download need JavaScript: hidden until our script shows them.
            @if COPYABLE_TEXTS.contains(&id) {
                div.node-text-actions {
                    button.button.button--secondary type="button" hidden data-needs-js
                        data-copy=(value_id) data-testid={ "node/text/" (id) "/copy" } { (tr.t("copy")) }
                    @if DOWNLOADABLE_TEXTS.contains(&id) {
                        button.button.button--secondary type="button" hidden data-needs-js
                            data-download=(value_id) data-filename="backup-codes.txt"
                            data-testid={ "node/text/" (id) "/download" } { (tr.t("download-as-text")) }
                    }
                }
            }
        }
    }
}

fn render_input(tr: Tr, prefix: &str, node: &Node, input: &InputAttributes) -> Markup {
    let id = field_id(prefix, &input.name);
    // The label's words (for a text about it) and the label on the page, where a value
    // Kratos fills in (a provider, a key's name) keeps its own direction.
    let words = label_text(tr, node).unwrap_or_else(|| input.name.clone());
    let label = tr
        .label_rich(node)
        .unwrap_or_else(|| html! { (input.name) });
    match input.kind.as_str() {
        // Kratos's script reads and writes some hidden fields (passkey autofill starts from
        // one: `data-kratos-onload` names the function our script runs when the page loads).
        "hidden" => html! {
            input type="hidden" name=(input.name) value=(input.value_text())
                data-kratos-onload=[input.onload_trigger.as_deref()];
        },
        "submit" => html! {
            button class=(button_class(&input.name)) type="submit" name=(input.name)
                value=(input.value_text()) disabled[input.disabled]
                data-provider=[SOCIAL_BUTTONS.contains(&input.name.as_str()).then(|| input.value_text())]
                data-drawn-by=[crate::drawn_by!("nodes::render_input")] { (label) }
            (messages::field_messages(tr, &format!("{id}-messages"), &node.messages))
        },
        // Kratos's WebAuthn and passkey triggers: our script calls Kratos's function on click
        // (no inline handlers). They need JavaScript, so they stay hidden without it and a
        // plain sentence says so instead.
        "button" => html! {
            // Kratos's script reads its options from the first element of this name: a hidden
            // input, where a text browser (which shows a button's value beside its words, and
            // ignores `hidden`) does not spell out the options. Disabled, so that the form
            // does not send them (a button's value never was).
            @let options = input.value_text();
            @if !options.is_empty() {
                input type="hidden" name=(input.name) value=(options) disabled;
            }
            button.button.button--primary type="button" name=(input.name)
                disabled[input.disabled] hidden data-needs-js
                data-kratos-trigger=[input.onclick_trigger.as_deref()] { (label) }
            noscript {
                p.message.message--info data-testid={ "node/input/" (input.name) "/needs-js" } {
                    (tr.rich("needs-javascript", &[("label", words.as_str().into())]))
                }
            }
            (messages::field_messages(tr, &format!("{id}-messages"), &node.messages))
        },
        "checkbox" => {
            let invalid = has_error(&node.messages);
            let described = format!("{id}-messages");
            html! {
                div.field.field--checkbox data-drawn-by=[crate::drawn_by!("nodes::render_input")] {
                    // Unchecked boxes are not sent and profile updates replace all traits:
                    // the hidden `false` keeps the trait; Kratos reads the last boolean value.
                    input type="hidden" name=(input.name) value="false";
                    input.field-checkbox id=(id) type="checkbox" name=(input.name) value="true"
                        checked[input.is_checked()] required[input.required] disabled[input.disabled]
                        aria-invalid=[invalid.then_some("true")]
                        aria-describedby=[(!node.messages.is_empty()).then_some(described.as_str())];
                    label.field-label for=(id) { (label) }
                    (messages::field_messages(tr, &described, &node.messages))
                }
            }
        }
        kind => {
            let invalid = has_error(&node.messages);
            let described = format!("{id}-messages");
            // Never echo a password back into the page.
            let value = (kind != "password")
                .then(|| input.value_text())
                .filter(|v| !v.is_empty());
            // Fields that only serve a JavaScript-only action (naming a new security key) stay
            // hidden without JavaScript, like the action itself.
            let needs_js = JS_ONLY_FIELDS.contains(&input.name.as_str());
            html! {
                div.field.field--invalid[invalid] hidden[needs_js] data-needs-js[needs_js] data-drawn-by=[crate::drawn_by!("nodes::render_input")] {
                    label.field-label for=(id) { (label) }
                    input.field-input id=(id) type=(kind) name=(input.name) value=[value]
                        dir=[field_direction(kind, &input.name)]
                        required[input.required] disabled[input.disabled]
                        autocomplete=[input.autocomplete.as_deref()]
                        pattern=[input.pattern.as_deref()]
                        maxlength=[input.maxlength]
                        aria-invalid=[invalid.then_some("true")]
                        aria-describedby=[(!node.messages.is_empty()).then_some(described.as_str())];
                    (messages::field_messages(tr, &described, &node.messages))
                }
            }
        }
    }
}

/// Inputs whose value is written left to right in every language (an address, a number, a
/// password), so a right-to-left page does not mirror what a person types.
const LEFT_TO_RIGHT_KINDS: [&str; 5] = ["email", "tel", "url", "number", "password"];

/// The direction of a field's value: left to right for the kinds above; from its first letter
/// for the sign-in identifier, a text field that holds an address, a phone number or a user
/// name in any script; the page's own for everything else.
fn field_direction(kind: &str, name: &str) -> Option<&'static str> {
    if LEFT_TO_RIGHT_KINDS.contains(&kind) {
        Some("ltr")
    } else if name == "identifier" {
        Some("auto")
    } else {
        None
    }
}

/// Inputs used only by a JavaScript-only action (Kratos's WebAuthn registration).
const JS_ONLY_FIELDS: [&str; 1] = ["webauthn_register_displayname"];

/// Buttons that name a social sign-in provider: they carry `data-provider="<id>"`, so a
/// stylesheet can give each provider its icon without the markup naming any brand.
const SOCIAL_BUTTONS: [&str; 3] = ["link", "unlink", "provider"];

/// The form's main action (`method=...`) is primary; everything else is secondary.
fn button_class(name: &str) -> &'static str {
    if name == "method" {
        "button button--primary"
    } else {
        "button button--secondary"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(form: &GroupForm) -> Vec<String> {
        form.nodes
            .iter()
            .filter_map(|node| node.input())
            .map(|input| format!("{}={}", input.name, input.value_text()))
            .collect()
    }

    #[test]
    fn methods_sharing_the_identifier_share_one_form_with_the_password_first() {
        // Kratos v1.3.1 with codes and passwords: the identifier sits in `default`, and the
        // code button comes before the password.
        let ui: Ui = serde_json::from_str(
            r#"{"action":"http://k/self-service/login?flow=f","method":"POST","nodes":[
              {"type":"input","group":"default","attributes":{"node_type":"input","name":"csrf_token","type":"hidden","value":"t"},"messages":[],"meta":{}},
              {"type":"input","group":"default","attributes":{"node_type":"input","name":"identifier","type":"text","value":""},"messages":[],"meta":{}},
              {"type":"input","group":"passkey","attributes":{"node_type":"input","name":"passkey_login","type":"hidden"},"messages":[],"meta":{}},
              {"type":"input","group":"code","attributes":{"node_type":"input","name":"method","type":"submit","value":"code"},"messages":[],"meta":{}},
              {"type":"input","group":"password","attributes":{"node_type":"input","name":"password","type":"password"},"messages":[],"meta":{}},
              {"type":"input","group":"password","attributes":{"node_type":"input","name":"method","type":"submit","value":"password"},"messages":[],"meta":{}}
            ]}"#,
        )
        .unwrap();
        let forms = group_forms(&ui);
        let groups: Vec<&str> = forms.iter().map(|form| form.group).collect();
        assert_eq!(groups, ["passkey", "password"]);
        assert_eq!(
            names_of(&forms[1]),
            [
                "csrf_token=t",
                "identifier=",
                "password=",
                "method=password",
                "method=code"
            ]
        );
        assert_eq!(names_of(&forms[0]), ["csrf_token=t", "passkey_login="]);
    }

    #[test]
    fn a_known_identifier_goes_into_every_form_and_send_again_comes_last() {
        // Identifier first, second step: Kratos keeps the identifier hidden in its own group.
        let ui: Ui = serde_json::from_str(
            r#"{"action":"http://k/self-service/login?flow=f","method":"POST","nodes":[
              {"type":"input","group":"identifier_first","attributes":{"node_type":"input","name":"identifier","type":"hidden","value":"a@example.com"},"messages":[],"meta":{}},
              {"type":"input","group":"default","attributes":{"node_type":"input","name":"csrf_token","type":"hidden","value":"t"},"messages":[],"meta":{}},
              {"type":"input","group":"code","attributes":{"node_type":"input","name":"resend","type":"submit","value":"code"},"messages":[],"meta":{}},
              {"type":"input","group":"code","attributes":{"node_type":"input","name":"code","type":"text"},"messages":[],"meta":{}},
              {"type":"input","group":"code","attributes":{"node_type":"input","name":"method","type":"submit","value":"code"},"messages":[],"meta":{}},
              {"type":"input","group":"password","attributes":{"node_type":"input","name":"password","type":"password"},"messages":[],"meta":{}},
              {"type":"input","group":"password","attributes":{"node_type":"input","name":"method","type":"submit","value":"password"},"messages":[],"meta":{}}
            ]}"#,
        )
        .unwrap();
        let forms = group_forms(&ui);
        assert_eq!(
            forms.len(),
            2,
            "no form for the identifier-first group itself"
        );
        assert_eq!(
            names_of(&forms[0]),
            [
                "identifier=a@example.com",
                "csrf_token=t",
                "code=",
                "method=code",
                "resend=code"
            ]
        );
        assert_eq!(
            names_of(&forms[1]),
            [
                "identifier=a@example.com",
                "csrf_token=t",
                "password=",
                "method=password"
            ]
        );
    }

    #[test]
    fn visible_default_fields_go_with_the_form_that_submits_them() {
        // Two-step sign-up with a social provider listed first: the traits belong to the
        // profile form, whose button submits them, not to the provider's form.
        let ui: Ui = serde_json::from_str(
            r#"{"action":"http://k/self-service/registration?flow=f","method":"POST","nodes":[
              {"type":"input","group":"default","attributes":{"node_type":"input","name":"csrf_token","type":"hidden","value":"t"},"messages":[],"meta":{}},
              {"type":"input","group":"oidc","attributes":{"node_type":"input","name":"provider","type":"submit","value":"hydra"},"messages":[],"meta":{}},
              {"type":"input","group":"default","attributes":{"node_type":"input","name":"traits.email","type":"email"},"messages":[],"meta":{}},
              {"type":"input","group":"profile","attributes":{"node_type":"input","name":"method","type":"submit","value":"profile"},"messages":[],"meta":{}}
            ]}"#,
        )
        .unwrap();
        let forms = group_forms(&ui);
        let names = |group: &str| -> Vec<String> {
            forms
                .iter()
                .find(|form| form.group == group)
                .unwrap()
                .nodes
                .iter()
                .filter_map(|node| node.input().map(|input| input.name.clone()))
                .collect()
        };
        assert_eq!(names("profile"), ["csrf_token", "traits.email", "method"]);
        assert_eq!(names("oidc"), ["csrf_token", "provider"]);
    }
}
