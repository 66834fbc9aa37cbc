//! Notices carried across one redirect in the UI's own session cookie (a "flash").
//!
//! Only UI facts live here: never credentials, never flow contents. A notice is shown once,
//! on the next page, then removed.

use serde::{Deserialize, Serialize};

use crate::i18n::Tr;

/// The session key the notice is stored under.
pub const SESSION_KEY: &str = "notice";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// The form the person had open expired; a new one was started.
    FlowExpired,
    /// The form could not be used any more (another account, or gone); a new one was started.
    FlowRestarted,
    /// One other session was signed out.
    SessionRevoked,
    /// Every other session was signed out.
    OtherSessionsRevoked,
    /// An app's access was removed.
    AppAccessRemoved,
    /// Kratos refused a request made through htmx; shown on the error page.
    Refused {
        status: u16,
        id: Option<String>,
        reason: Option<String>,
        message: Option<String>,
    },
}

impl Notice {
    /// A one-line text for the status region of a flow page (`notice-<id>` in the catalogue).
    pub fn text(&self, tr: Tr) -> String {
        tr.t(&format!("notice-{}", self.id()))
    }

    /// A stable id for tests and styling.
    pub fn id(&self) -> &'static str {
        match self {
            Notice::FlowExpired => "flow-expired",
            Notice::FlowRestarted => "flow-restarted",
            Notice::SessionRevoked => "session-revoked",
            Notice::OtherSessionsRevoked => "other-sessions-revoked",
            Notice::AppAccessRemoved => "app-access-removed",
            Notice::Refused { .. } => "refused",
        }
    }
}
