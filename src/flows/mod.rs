//! The handlers, and the table of Kratos's self-service flows they serve.
//!
//! Every flow is a row of [`FLOWS`]: its route, Kratos's endpoints, what its init passes on,
//! how it is drawn and where it differs from the others. One pair of handlers serves every row
//! (`flow::show`, `flow::save`); adding a flow is adding a row and a view. The path of one
//! request (route → row → client → outcome → reply → view) is drawn in `ARCHITECTURE.md`.
//!
//! Handlers take a [`Visit`](visit::Visit) (who asks, decided once), return
//! `Result<Reply, Problem>` and use `?`; what a Kratos answer means is `kratos::outcome`'s
//! business, what to do about it [`follow`]'s, and how a reply becomes HTTP [`reply`]'s.

pub mod account;
pub mod apps;
pub mod consent;
pub mod dev;
pub mod error;
pub mod flow;
pub mod follow;
pub mod gallery;
pub mod health;
pub mod home;
pub mod kratos_script;
pub mod language;
pub mod logout;
pub mod offers;
pub mod problems;
pub mod reply;
pub mod sessions;
pub mod visit;

use serde::Deserialize;

use crate::http::problem::Problem;
use crate::kratos::client::endpoint;
use crate::routes::{self, Links};
use crate::views::{self, Chrome, FlowView, Screen};

/// One kind of Kratos self-service flow, as this UI serves it.
pub struct FlowKind {
    /// Our page of the flow; without the slash, the name of its gallery states (`login-…`).
    pub route: &'static str,
    /// Kratos's browser init endpoint: it sets its CSRF cookie and comes back with `?flow=`.
    pub init: &'static str,
    /// Kratos's JSON endpoint that fetches one flow by id.
    pub fetch: &'static str,
    /// What of the visitor's query the init passes on to Kratos, in this order.
    pub carries: &'static [InitParam],
    /// Kratos's submit endpoint, when htmx posts the flow's forms here (answered by
    /// `flow::save`: forwarded to Kratos, then swapped in place). Without one they post
    /// straight to Kratos with and without JavaScript, because each submit ends in a navigation
    /// anyway (signing in, say).
    pub htmx_submit: Option<&'static str>,
    /// Whether the flow belongs to a signed-in person: then Kratos answers 401 when nobody
    /// is, and the person signs in and comes back through the flow's init.
    pub needs_session: bool,
    /// Whether Kratos may have the flow switched off (`selfservice.flows.<flow>.enabled`):
    /// then a visit that would start one checks first, and a switched-off one is a plain page.
    pub optional: bool,
    /// Whether the flow's page links to the optional flows (only to those Kratos offers).
    pub links_optional: bool,
    /// The field a link may fill in for the person (`?email=` on verification, from the
    /// sign-in page that asks to verify an address): Kratos's init does not carry it, so it
    /// crosses the init in the UI's session and fills the new flow's empty field.
    pub fills_in: Option<&'static str>,
    /// A field Kratos may answer a refused submit with empty (the sign-in identifier when the
    /// address is not verified): with htmx, where the form comes through here, it is filled
    /// back with what the person typed, as a browser keeps a field.
    pub keeps_typed: Option<&'static str>,
    /// Draws one flow of this kind.
    pub view: fn(&Chrome, &FlowView) -> Screen,
}

/// THE table of flows.
pub static FLOWS: [FlowKind; 5] = [
    FlowKind {
        route: routes::SETTINGS,
        init: endpoint::SETTINGS_INIT,
        fetch: endpoint::SETTINGS_FLOW,
        carries: &[InitParam::ReturnTo],
        htmx_submit: Some(endpoint::SETTINGS_SUBMIT),
        needs_session: true,
        optional: false,
        links_optional: false,
        fills_in: None,
        keeps_typed: None,
        view: views::settings::screen,
    },
    FlowKind {
        route: routes::LOGIN,
        init: endpoint::LOGIN_INIT,
        fetch: endpoint::LOGIN_FLOW,
        carries: &[
            InitParam::Refresh,
            InitParam::Aal,
            InitParam::ReturnTo,
            InitParam::LoginChallenge,
        ],
        htmx_submit: Some(endpoint::LOGIN_SUBMIT),
        needs_session: false,
        optional: false,
        links_optional: true,
        fills_in: None,
        keeps_typed: Some("identifier"),
        view: views::login::screen,
    },
    FlowKind {
        route: routes::REGISTRATION,
        init: endpoint::REGISTRATION_INIT,
        fetch: endpoint::REGISTRATION_FLOW,
        carries: &[InitParam::ReturnTo, InitParam::LoginChallenge],
        htmx_submit: None,
        needs_session: false,
        optional: true,
        links_optional: false,
        fills_in: None,
        keeps_typed: None,
        view: views::registration::screen,
    },
    FlowKind {
        route: routes::RECOVERY,
        init: endpoint::RECOVERY_INIT,
        fetch: endpoint::RECOVERY_FLOW,
        carries: &[InitParam::ReturnTo],
        htmx_submit: None,
        needs_session: false,
        optional: true,
        links_optional: false,
        fills_in: None,
        keeps_typed: None,
        view: views::recovery::screen,
    },
    FlowKind {
        route: routes::VERIFICATION,
        init: endpoint::VERIFICATION_INIT,
        fetch: endpoint::VERIFICATION_FLOW,
        carries: &[InitParam::ReturnTo],
        htmx_submit: None,
        needs_session: false,
        optional: false,
        links_optional: false,
        fills_in: Some("email"),
        keeps_typed: None,
        view: views::verification::screen,
    },
];

impl FlowKind {
    /// The row whose route is `/<name>` (a gallery state's first word).
    pub fn named(name: &str) -> Option<&'static FlowKind> {
        FLOWS
            .iter()
            .find(|kind| kind.route.strip_prefix('/') == Some(name))
    }

    /// The row of `route`, one of the routes of [`FLOWS`].
    pub fn at(route: &str) -> &'static FlowKind {
        Self::named(route.trim_start_matches('/')).expect("a route of the table of flows")
    }

    /// The methods the flow's page answers, for its `Allow` header.
    pub fn methods(&self) -> &'static str {
        if self.htmx_submit.is_some() {
            "GET, POST"
        } else {
            "GET"
        }
    }

    /// Where htmx posts a flow's forms: its page, when the row takes posts.
    pub fn submit_here(&self, links: &Links, flow_id: &str) -> Option<String> {
        self.htmx_submit.map(|_| links.flow(self.route, flow_id))
    }

    /// Kratos's init URL (as browsers reach it) for a new flow of this kind, passing on what
    /// the visitor's `query` carries; `return_to`, when given, replaces the query's.
    pub fn init_url(&self, links: &Links, query: &FlowQuery, return_to: Option<&str>) -> String {
        let pairs: Vec<(&str, &str)> = self
            .carries
            .iter()
            .filter_map(|param| {
                let value = match param {
                    InitParam::ReturnTo => return_to.or(param.value(query)),
                    _ => param.value(query),
                };
                Some((param.name(), value?))
            })
            .collect();
        links.kratos(self.init, &pairs)
    }
}

/// A parameter a flow's init takes from the visitor's query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitParam {
    /// Where the journey ends (Kratos checks it against its allow-list).
    ReturnTo,
    /// `refresh=true`: sign in again although signed in (re-authentication).
    Refresh,
    /// `aal=aal1|aal2`: the assurance level to reach (`aal2`: a second factor).
    Aal,
    /// `login_challenge`: Hydra's, when an app sent the person to sign in (or sign up); Kratos
    /// accepts Hydra's request once the person is in and sends the browser back to the app.
    LoginChallenge,
}

impl InitParam {
    fn name(self) -> &'static str {
        match self {
            InitParam::ReturnTo => "return_to",
            InitParam::Refresh => "refresh",
            InitParam::Aal => "aal",
            InitParam::LoginChallenge => "login_challenge",
        }
    }

    /// The visitor's value, when it is one Kratos takes; anything else is not passed on.
    fn value(self, query: &FlowQuery) -> Option<&str> {
        match self {
            InitParam::ReturnTo => query.return_to.as_deref(),
            InitParam::Refresh => query.refresh.as_deref().filter(|value| *value == "true"),
            InitParam::Aal => query
                .aal
                .as_deref()
                .filter(|aal| matches!(*aal, "aal1" | "aal2")),
            InitParam::LoginChallenge => query
                .login_challenge
                .as_deref()
                .filter(|challenge| crate::hydra::is_challenge(challenge)),
        }
    }
}

/// The query of every flow page: `?flow=<id>` plus what starting a flow may carry.
#[derive(Debug, Default, Deserialize)]
pub struct FlowQuery {
    pub flow: Option<String>,
    pub return_to: Option<String>,
    pub refresh: Option<String>,
    pub aal: Option<String>,
    pub login_challenge: Option<String>,
    /// An address to fill in (see [`FlowKind::fills_in`]).
    pub email: Option<String>,
}

impl FlowQuery {
    /// The flow id, checked without asking Kratos (a malformed one is our visitor's problem);
    /// `None` when there is none, so a new flow must be started.
    pub fn flow_id(&self) -> Result<Option<&str>, Problem> {
        match self.flow.as_deref() {
            None => Ok(None),
            Some(id) if is_flow_id(id) => Ok(Some(id)),
            Some(_) => Err(Problem::MalformedFlowId),
        }
    }
}

/// Kratos flow ids are UUIDs (8-4-4-4-12 hex digits).
pub fn is_flow_id(candidate: &str) -> bool {
    let groups: Vec<&str> = candidate.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_flow_passes_on_only_what_kratos_takes_and_keeps_its_order() {
        let links = Links::new("", "http://kratos");
        let login = FlowKind::named("login").unwrap();
        let asked = FlowQuery {
            aal: Some("aal2".into()),
            refresh: Some("true".into()),
            return_to: Some("/sessions".into()),
            ..FlowQuery::default()
        };
        assert_eq!(
            login.init_url(&links, &asked, None),
            "http://kratos/self-service/login/browser?refresh=true&aal=aal2&return_to=%2Fsessions"
        );
        let odd = FlowQuery {
            aal: Some("aal9".into()),
            refresh: Some("yes".into()),
            ..FlowQuery::default()
        };
        assert_eq!(
            login.init_url(&links, &odd, None),
            "http://kratos/self-service/login/browser"
        );
        let recovery = FlowKind::named("recovery").unwrap();
        assert_eq!(
            recovery.init_url(&links, &asked, Some("https://app.example/")),
            "http://kratos/self-service/recovery/browser?return_to=https%3A%2F%2Fapp.example%2F"
        );
    }

    #[test]
    fn every_row_is_named_by_its_route_and_only_settings_and_login_take_posts() {
        for kind in &FLOWS {
            let name = kind.route.trim_start_matches('/');
            assert!(std::ptr::eq(FlowKind::named(name).unwrap(), kind));
        }
        let posting: Vec<&str> = FLOWS
            .iter()
            .filter(|kind| kind.htmx_submit.is_some())
            .map(|kind| kind.route)
            .collect();
        assert_eq!(posting, [routes::SETTINGS, routes::LOGIN]);
        assert!(FlowKind::named("sessions").is_none());
    }
}
