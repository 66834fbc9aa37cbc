//! Serde types for the Hydra admin API payloads the UI reads and writes; unknown fields are
//! ignored, as in `kratos::model`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::kratos::model::{OAuth2Client as Client, null_as_default};

/// An app asks for access (`GET /admin/oauth2/auth/requests/consent`).
#[derive(Clone, Debug, Deserialize)]
pub struct ConsentRequest {
    pub challenge: String,
    /// Hydra remembers a decision for this app and person: no screen.
    #[serde(default)]
    pub skip: bool,
    /// The Kratos identity id the app's sign-in was for.
    #[serde(default)]
    pub subject: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub requested_scope: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub requested_access_token_audience: Vec<String>,
    #[serde(default)]
    pub client: Client,
}

/// An app asks to sign the person out (`GET /admin/oauth2/auth/requests/logout`).
#[derive(Clone, Debug, Deserialize)]
pub struct LogoutRequest {
    #[serde(default)]
    pub subject: String,
    /// None when the sign-out was not started by an app.
    #[serde(default)]
    pub client: Option<Client>,
}

/// Where Hydra wants the browser next, after an accept or a reject.
#[derive(Clone, Debug, Deserialize)]
pub struct Redirect {
    pub redirect_to: String,
}

/// One decision a person made for an app (`GET /admin/oauth2/auth/sessions/consent`).
#[derive(Clone, Debug, Deserialize)]
pub struct ConsentSession {
    #[serde(default, deserialize_with = "null_as_default")]
    pub grant_scope: Vec<String>,
    /// When the person allowed it (RFC 3339).
    #[serde(default)]
    pub handled_at: Option<String>,
    pub consent_request: ConsentSessionRequest,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ConsentSessionRequest {
    #[serde(default)]
    pub client: Client,
}

/// The body of an accepted consent.
#[derive(Debug, Serialize)]
pub struct AcceptConsent {
    pub grant_scope: Vec<String>,
    pub grant_access_token_audience: Vec<String>,
    pub remember: bool,
    /// Seconds; 0 keeps the decision until the person removes the app's access.
    pub remember_for: u64,
    pub session: ConsentClaims,
}

/// What the app's tokens say about the person.
#[derive(Debug, Default, Serialize)]
pub struct ConsentClaims {
    pub id_token: Map<String, Value>,
}

/// The body of a refusal, in OAuth2's words.
#[derive(Debug, Serialize)]
pub struct RejectRequest {
    pub error: &'static str,
    pub error_description: &'static str,
}
