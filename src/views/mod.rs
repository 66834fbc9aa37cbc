//! Views: pure functions from data to `maud::Markup`, with no I/O.
//!
//! A flow is drawn as a [`Screen`]: the layout goes around it for a page, and htmx swaps its
//! `body` alone, so a page and a swap can never disagree. maud escapes everything; no view
//! uses `PreEscaped` on text that came from Kratos or the visitor.

pub mod apps;
pub mod consent;
pub mod error;
pub mod flow_page;
pub mod gallery;
pub mod layout;
pub mod login;
pub mod logout;
pub mod messages;
pub mod nodes;
pub mod origin;
pub mod problem;
pub mod qr_code;
pub mod recovery;
pub mod registration;
pub mod sessions;
pub mod settings;
pub mod verification;

use maud::{Markup, html};

use crate::flows::offers::Offered;
use crate::i18n::Tr;
use crate::kratos::model::{ContinueWith, Flow};
use crate::notice::Notice;
use crate::routes::Links;

/// The ids htmx swaps by, shared by the views that draw them and the replies that target
/// them; a test holds the ids `assets/app.js` looks up (`getElementById`) to these.
pub mod target {
    /// The swappable part of a flow: htmx replaces this element with a fresh one.
    pub const FLOW: &str = "flow";
    /// The flow's status region: notices, Kratos's flow messages, our problems.
    pub const FLOW_STATUS: &str = "flow-status";

    /// `#<id>`, as `hx-target` and `HX-Retarget` name an element.
    pub fn selector(id: &str) -> String {
        format!("#{id}")
    }
}

/// What a flow's screen is drawn from.
pub struct FlowView<'a> {
    pub flow: &'a Flow,
    /// A notice from the previous request (e.g. "your form expired").
    pub notice: Option<&'a Notice>,
    /// `continue_with` of the submit that produced this view (htmx path only).
    pub continue_with: &'a [ContinueWith],
    /// Where htmx posts the flow's forms (our own address), when its kind takes posts;
    /// without JavaScript they post to Kratos (`ui.action`).
    pub submit_here: Option<String>,
    /// Which optional flows Kratos offers (for a page that links to them).
    pub offered: Offered,
}

/// One screen, as both paths need it: htmx swaps `body` (the [`target::FLOW`] element), and a
/// page is the layout around `lead` and `body`.
pub struct Screen {
    pub title: String,
    /// What a page shows above the swappable part (none for most flows).
    pub lead: Markup,
    pub body: Markup,
}

impl Screen {
    /// The whole page.
    pub fn page(&self, chrome: &Chrome) -> Markup {
        layout::page(chrome, &self.title, html! { (self.lead) (self.body) })
    }
}

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
    /// The integrity value of Kratos's WebAuthn script, on pages that need the script: it is
    /// linked from our origin with this value, which our server and the browser both check.
    pub kratos_script_integrity: Option<&'a str>,
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
    /// Whether the apps page is offered (Hydra is configured).
    pub offers_apps: bool,
    /// The form token our own forms carry for a browser that names no origin
    /// (`http::same_origin`); none for a browser of today.
    pub form_token: Option<&'a str>,
    /// Dev mode: the dev script and stylesheet every page links.
    pub dev: Option<&'a DevTools>,
}

/// The addresses of the dev-mode tools every page links: assets/dev.css, and under
/// `scripts/dev.sh --watch` assets/dev.js with the status it polls (`GET /dev/status`).
#[derive(Debug)]
pub struct DevTools {
    pub stylesheet: String,
    pub script: Option<(String, String)>,
}

impl<'a> Chrome<'a> {
    /// The frame of a flow's page: Kratos's WebAuthn script when the flow has a script node
    /// (security keys, passkeys) that names its integrity value (a script nobody can check is
    /// not linked), and who is signed in when the flow names its identity (settings; sign-in
    /// and sign-up flows have none).
    pub fn for_flow(self, flow: &'a Flow) -> Self {
        let integrity = flow
            .ui
            .nodes
            .iter()
            .find_map(|node| match &node.attributes {
                crate::kratos::model::Attributes::Script(script) => script
                    .integrity
                    .as_deref()
                    .filter(|integrity| !integrity.is_empty()),
                _ => None,
            });
        let who = flow
            .identity
            .as_ref()
            .map(|identity| identity.display_name());
        Self {
            kratos_script_integrity: integrity,
            signed_in_as: who.or(self.signed_in_as),
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

#[cfg(test)]
mod tests {
    use super::target;

    #[test]
    fn the_script_finds_elements_by_the_ids_the_views_draw() {
        let script = include_str!("../../assets/app.js");
        let looked_up: Vec<&str> = script
            .split("getElementById(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(looked_up.contains(&target::FLOW_STATUS), "{looked_up:?}");
        for id in looked_up {
            assert!(
                [target::FLOW, target::FLOW_STATUS].contains(&id),
                "app.js looks up #{id}, which no view draws by a shared id"
            );
        }
    }
}
