//! Route paths, named once, and [`Links`], the one builder of every URL the UI hands out: its
//! own pages (under `BASE_PATH`) and Kratos's browser-facing endpoints.
//!
//! The route table in `startup.rs` registers these constants and the views link to them through
//! [`Links`], so a path is never spelled twice and every query value is encoded the same way.

use crate::http::query::with_query;
use crate::kratos::client::endpoint;

pub const HOME: &str = "/";
pub const SETTINGS: &str = "/settings";
pub const LOGIN: &str = "/login";
pub const LOGOUT: &str = "/logout";
pub const VERIFICATION: &str = "/verification";
pub const REGISTRATION: &str = "/registration";
pub const RECOVERY: &str = "/recovery";
pub const SESSIONS: &str = "/sessions";
pub const SESSIONS_REVOKE: &str = "/sessions/revoke";
pub const SESSIONS_REVOKE_OTHERS: &str = "/sessions/revoke-others";
pub const ERROR: &str = "/error";
/// Hydra's consent app: an app asks for access.
pub const CONSENT: &str = "/consent";
/// The apps a person allowed (through Hydra), and removing their access.
pub const APPS: &str = "/apps";
pub const APPS_REVOKE: &str = "/apps/revoke";
pub const LANGUAGE: &str = "/language";
pub const GALLERY: &str = "/gallery";
/// Dev mode only: the build status the dev script polls.
pub const DEV_STATUS: &str = "/dev/status";
pub const HEALTH_ALIVE: &str = "/health/alive";
pub const HEALTH_READY: &str = "/health/ready";
pub const ASSETS: &str = "/assets";
/// Kratos's WebAuthn script, served from our origin once it matches the integrity value in
/// this query parameter (see `flows/kratos_script.rs`).
pub const KRATOS_WEBAUTHN_SCRIPT: &str = "/kratos/webauthn.js";
pub const KRATOS_SCRIPT_INTEGRITY: &str = "integrity";

/// Builds the URLs of this UI (paths under the configured base path) and of Kratos as
/// browsers reach it.
#[derive(Clone, Debug)]
pub struct Links {
    base: String,
    kratos: String,
}

impl Links {
    /// `base` is the normalized base path (`""` or `/prefix` without a trailing slash);
    /// `kratos_browser_url` is where browsers reach Kratos (a trailing slash is ignored).
    pub fn new(base: impl Into<String>, kratos_browser_url: &str) -> Self {
        Self {
            base: base.into(),
            kratos: kratos_browser_url.trim_end_matches('/').to_owned(),
        }
    }

    /// The URL of `route` (one of the constants above).
    pub fn path(&self, route: &str) -> String {
        if route == HOME {
            format!("{}/", self.base)
        } else {
            format!("{}{route}", self.base)
        }
    }

    /// The URL of `route` with a query, e.g. `/recovery?return_to=…`.
    pub fn page(&self, route: &str, query: &[(&str, &str)]) -> String {
        with_query(self.path(route), query)
    }

    /// `route?flow=<id>`: the page of one flow.
    pub fn flow(&self, route: &str, flow_id: &str) -> String {
        self.page(route, &[("flow", flow_id)])
    }

    /// An asset's URL, for its file name (fingerprinted by `http::assets`, so browsers may
    /// cache it forever).
    pub fn asset(&self, file_name: &str) -> String {
        format!("{}{ASSETS}/{file_name}", self.base)
    }

    /// Kratos's WebAuthn script on our origin, for the integrity value Kratos gave.
    pub fn kratos_script(&self, integrity: &str) -> String {
        self.page(
            KRATOS_WEBAUTHN_SCRIPT,
            &[(KRATOS_SCRIPT_INTEGRITY, integrity)],
        )
    }

    /// A Kratos endpoint as browsers reach it, e.g. a flow's init route.
    pub fn kratos(&self, endpoint: &str, query: &[(&str, &str)]) -> String {
        with_query(format!("{}{endpoint}", self.kratos), query)
    }

    /// Kratos's sign-in, which comes back to `return_to` once the person is signed in.
    pub fn login(&self, return_to: &str) -> String {
        self.kratos(endpoint::LOGIN_INIT, &[("return_to", return_to)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_base_path() {
        let root = Links::new("", "http://kratos");
        assert_eq!(root.path(HOME), "/");
        assert_eq!(root.flow(SETTINGS, "abc"), "/settings?flow=abc");
        let prefixed = Links::new("/account", "http://kratos");
        assert_eq!(prefixed.path(HOME), "/account/");
        assert_eq!(prefixed.path(LOGIN), "/account/login");
        assert_eq!(
            prefixed.asset("app.0123.css"),
            "/account/assets/app.0123.css"
        );
    }

    #[test]
    fn kratos_urls_encode_every_value_and_ignore_a_trailing_slash() {
        let links = Links::new("", "https://auth.example/.ory/");
        assert_eq!(
            links.login("/settings?x=1&y"),
            "https://auth.example/.ory/self-service/login/browser?return_to=%2Fsettings%3Fx%3D1%26y"
        );
        assert_eq!(
            links.kratos(
                endpoint::LOGIN_INIT,
                &[("refresh", "true"), ("aal", "aal2")]
            ),
            "https://auth.example/.ory/self-service/login/browser?refresh=true&aal=aal2"
        );
        assert_eq!(
            links.page(RECOVERY, &[("return_to", "https://app.example/a b")]),
            "/recovery?return_to=https%3A%2F%2Fapp.example%2Fa+b"
        );
    }
}
