//! Views: pure functions from data to `maud::Markup`, with no I/O.
//!
//! A page is always the layout around fragment functions, and htmx answers reuse those same
//! fragment functions, so a page and a swap can never disagree. maud escapes everything; no
//! view uses `PreEscaped` on text that came from Kratos or the visitor.

pub mod error;
pub mod flow_page;
pub mod gallery;
pub mod layout;
pub mod login;
pub mod logout;
pub mod messages;
pub mod nodes;
pub mod problem;
pub mod recovery;
pub mod registration;
pub mod sessions;
pub mod settings;
pub mod verification;

use crate::i18n::Tr;
use crate::routes::Links;

/// What every page around the content needs: links, asset URLs, product name, who is signed in.
#[derive(Clone, Copy, Debug)]
pub struct Chrome<'a> {
    pub links: &'a Links,
    pub product_name: &'a str,
    pub stylesheet: &'a str,
    /// The brand stylesheet made from the configuration (accent colour).
    pub theme: &'a str,
    /// The configured logo's URL, if any.
    pub logo: Option<&'a str>,
    pub script: &'a str,
    pub htmx: &'a str,
    /// Kratos's WebAuthn script (served from our origin), loaded on pages that need it.
    pub kratos_script: &'a str,
    pub uses_kratos_script: bool,
    /// Shown in the header with a sign-out button when known (from the flow's identity).
    pub signed_in_as: Option<&'a str>,
    /// The visitor's language.
    pub tr: Tr,
    /// Where the language switcher brings the visitor back to: this page's path and query
    /// (none for a page that answers a form post).
    pub here: Option<&'a str>,
    /// Only the content, without document and header: the gallery puts many screens on one
    /// page.
    pub frameless: bool,
}

impl<'a> Chrome<'a> {
    /// Loads Kratos's WebAuthn script when the flow has a script node (security keys,
    /// passkeys).
    pub fn for_flow(self, flow: &crate::kratos::model::Flow) -> Self {
        let uses = flow
            .ui
            .nodes
            .iter()
            .any(|node| matches!(node.attributes, crate::kratos::model::Attributes::Script(_)));
        Self {
            uses_kratos_script: uses,
            ..self
        }
    }

    pub fn signed_in_as(self, who: Option<&'a str>) -> Self {
        Self {
            signed_in_as: who,
            ..self
        }
    }
}
