//! Serde types for the Kratos payloads the UI reads.
//!
//! Tolerant by design: unknown fields are ignored, unknown node types become
//! [`Attributes::Unknown`], unknown groups and message types are kept as plain strings, and
//! `null` where a list is expected reads as an empty list. The same types parse Kratos v1.3.1
//! (what the tests run) and v26 payloads (proved by the fixtures under `tests/fixtures/`).

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A self-service flow (settings, login, ...): only the fields a UI needs.
#[derive(Clone, Debug, Deserialize)]
pub struct Flow {
    pub id: String,
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub return_to: Option<String>,
    #[serde(default)]
    pub state: Option<Value>,
    pub ui: Ui,
    #[serde(default)]
    pub identity: Option<Identity>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub continue_with: Vec<ContinueWith>,
    /// Login flows: `true` when the user re-authenticates an existing session.
    #[serde(default)]
    pub refresh: Option<bool>,
    /// Login flows: `aal2` when a second factor is asked for.
    #[serde(default)]
    pub requested_aal: Option<String>,
    /// Login and registration flows an app started through Hydra: the challenge that carries
    /// the journey back to the app.
    #[serde(default)]
    pub oauth2_login_challenge: Option<String>,
    /// ... and the app's request, with the app (on fetch; Kratos asks Hydra each time).
    #[serde(default)]
    pub oauth2_login_request: Option<OAuth2LoginRequest>,
}

/// The form Kratos describes: where to post, its nodes and its flow-level messages.
#[derive(Clone, Debug, Deserialize)]
pub struct Ui {
    pub action: String,
    #[serde(default = "post")]
    pub method: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub nodes: Vec<Node>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub messages: Vec<Message>,
}

fn post() -> String {
    "POST".to_owned()
}

/// One UI node: a field, button, image, text, link, script or container.
#[derive(Clone, Debug, Deserialize)]
pub struct Node {
    #[serde(default)]
    pub group: String,
    pub attributes: Attributes,
    #[serde(default, deserialize_with = "null_as_default")]
    pub messages: Vec<Message>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub meta: Meta,
}

impl Node {
    /// The label Kratos gives the node (`meta.label`, else an input's own `label`).
    pub fn label(&self) -> Option<&Message> {
        self.meta.label.as_ref().or(match &self.attributes {
            Attributes::Input(input) => input.label.as_ref(),
            _ => None,
        })
    }

    pub fn input(&self) -> Option<&InputAttributes> {
        match &self.attributes {
            Attributes::Input(input) => Some(input),
            _ => None,
        }
    }

    /// True for hidden inputs (CSRF token and friends): they belong in every form.
    pub fn is_hidden_input(&self) -> bool {
        self.input().is_some_and(|input| input.kind == "hidden")
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub label: Option<Message>,
}

/// Node attributes, tagged by `node_type`; unknown types are kept as [`Attributes::Unknown`].
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "node_type")]
pub enum Attributes {
    #[serde(rename = "input")]
    Input(InputAttributes),
    #[serde(rename = "img")]
    Image(ImageAttributes),
    #[serde(rename = "a")]
    Anchor(AnchorAttributes),
    #[serde(rename = "text")]
    Text(TextAttributes),
    #[serde(rename = "script")]
    Script(ScriptAttributes),
    #[serde(rename = "div")]
    Division(DivisionAttributes),
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Deserialize)]
pub struct InputAttributes {
    pub name: String,
    #[serde(rename = "type", default = "text")]
    pub kind: String,
    #[serde(default)]
    pub value: Option<Value>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub autocomplete: Option<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub maxlength: Option<u64>,
    #[serde(default)]
    pub label: Option<Message>,
    /// Name of a `window.*` function Kratos's own script defines (WebAuthn, passkeys).
    #[serde(default, rename = "onclickTrigger")]
    pub onclick_trigger: Option<String>,
    /// ... and one to run when the page loads (passkey autofill).
    #[serde(default, rename = "onloadTrigger")]
    pub onload_trigger: Option<String>,
}

fn text() -> String {
    "text".to_owned()
}

impl InputAttributes {
    /// The value as form text: strings as they are, numbers and booleans printed, else empty.
    pub fn value_text(&self) -> String {
        match &self.value {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            Some(Value::Bool(flag)) => flag.to_string(),
            _ => String::new(),
        }
    }

    pub fn is_checked(&self) -> bool {
        matches!(self.value, Some(Value::Bool(true)))
            || matches!(&self.value, Some(Value::String(text)) if text == "true")
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct ImageAttributes {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub src: String,
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AnchorAttributes {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub href: String,
    #[serde(default)]
    pub title: Option<Message>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TextAttributes {
    #[serde(default)]
    pub id: String,
    pub text: Message,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ScriptAttributes {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub src: String,
    #[serde(default)]
    pub integrity: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct DivisionAttributes {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub class: Option<String>,
}

/// A message for a node or the whole flow, keyed by Kratos's numeric id.
#[derive(Clone, Debug, Deserialize)]
pub struct Message {
    pub id: u64,
    #[serde(default)]
    pub text: String,
    #[serde(rename = "type", default)]
    pub kind: MessageKind,
    #[serde(default)]
    pub context: Option<Value>,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    #[default]
    Info,
    Error,
    Success,
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Identity {
    pub id: String,
    #[serde(default)]
    pub traits: Value,
    /// When the identity last changed (RFC 3339).
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub verifiable_addresses: Vec<VerifiableAddress>,
}

/// An address Kratos can verify (an email trait marked for verification).
#[derive(Clone, Debug, Deserialize)]
pub struct VerifiableAddress {
    pub value: String,
    #[serde(default)]
    pub verified: bool,
}

impl Identity {
    /// A short name for the signed-in person: the email trait, else the identity id.
    pub fn display_name(&self) -> &str {
        self.traits
            .get("email")
            .and_then(Value::as_str)
            .unwrap_or(&self.id)
    }
}

/// Kratos's answer to a sign-in or sign-up that succeeded (a JSON request gets it instead of
/// a 303): the new session or identity, which the UI never reads, and where to go next.
#[derive(Debug, Deserialize)]
pub struct Completion {
    #[serde(default)]
    session: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    identity: Option<serde::de::IgnoredAny>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub continue_with: Vec<ContinueWith>,
}

impl Completion {
    /// Whether it names what was completed (anything else is not Kratos's answer).
    pub fn is_complete(&self) -> bool {
        self.session.is_some() || self.identity.is_some()
    }
}

/// What Kratos suggests doing after a successful submit.
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "action")]
pub enum ContinueWith {
    #[serde(rename = "show_verification_ui")]
    ShowVerificationUi { flow: ContinueWithFlow },
    #[serde(rename = "redirect_browser_to")]
    RedirectBrowserTo { redirect_browser_to: String },
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ContinueWithFlow {
    pub id: String,
    #[serde(default)]
    pub verifiable_address: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Kratos's JSON error envelope: `{"error": {...}}` plus the "enhanced" top-level keys.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub error: KratosError,
    #[serde(default)]
    pub redirect_browser_to: Option<String>,
    #[serde(default)]
    pub use_flow_id: Option<String>,
}

/// The error object itself (also what `/self-service/errors` stores).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct KratosError {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub code: Option<u16>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub details: Option<Value>,
}

impl KratosError {
    /// A string field of `details`, e.g. `redirect_browser_to` or `return_to`.
    pub fn detail(&self, key: &str) -> Option<&str> {
        self.details.as_ref()?.get(key)?.as_str()
    }
}

/// A stored self-service error as `GET /self-service/errors?id=` returns it.
#[derive(Clone, Debug, Deserialize)]
pub struct SelfServiceError {
    pub id: String,
    #[serde(default)]
    pub error: KratosError,
}

/// A session as `/sessions/whoami` and `/sessions` describe it.
#[derive(Clone, Debug, Deserialize)]
pub struct Session {
    pub id: String,
    #[serde(default)]
    pub authenticated_at: Option<String>,
    #[serde(default)]
    pub authenticator_assurance_level: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub devices: Vec<Device>,
    #[serde(default)]
    pub identity: Option<Identity>,
}

/// Where a session was used from.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Device {
    #[serde(default)]
    pub ip_address: Option<String>,
    #[serde(default)]
    pub user_agent: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
}

/// `GET /self-service/logout/browser` with a JSON accept header.
#[derive(Clone, Debug, Deserialize)]
pub struct LogoutFlow {
    pub logout_url: String,
}

/// A registered app (an OAuth2 client of Hydra), as Hydra describes it in its requests and
/// Kratos repeats it in a login flow an app started.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct OAuth2Client {
    pub client_id: String,
    #[serde(default)]
    pub client_name: Option<String>,
    #[serde(default)]
    pub logo_uri: Option<String>,
    #[serde(default)]
    pub policy_uri: Option<String>,
    #[serde(default)]
    pub tos_uri: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub redirect_uris: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub post_logout_redirect_uris: Vec<String>,
    #[serde(default)]
    pub skip_consent: Option<bool>,
    #[serde(default)]
    pub skip_logout_consent: Option<bool>,
}

impl OAuth2Client {
    /// What a person reads as the app's name: its name, else its id.
    pub fn name(&self) -> &str {
        self.client_name
            .as_deref()
            .filter(|name| !name.trim().is_empty())
            .unwrap_or(&self.client_id)
    }
}

/// The request of the app that started a login or registration flow (through Hydra).
#[derive(Clone, Debug, Deserialize)]
pub struct OAuth2LoginRequest {
    #[serde(default)]
    pub client: OAuth2Client,
}

/// Reads `null` as the type's default (Kratos sometimes sends `null` for empty lists).
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
