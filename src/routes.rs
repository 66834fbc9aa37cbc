//! Route paths, named once, and the [`Links`] builder that prefixes them with `BASE_PATH`.
//!
//! The route table in `startup.rs` registers these constants and the views link to them through
//! [`Links`], so a path is never spelled twice.

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
pub const LANGUAGE: &str = "/language";
pub const GALLERY: &str = "/gallery";
pub const HEALTH_ALIVE: &str = "/health/alive";
pub const HEALTH_READY: &str = "/health/ready";
pub const ASSETS: &str = "/assets";
/// Kratos's WebAuthn script, served from our origin.
pub const KRATOS_WEBAUTHN_SCRIPT: &str = "/kratos/webauthn.js";

/// Builds URLs of this UI (paths, same origin) under the configured base path.
#[derive(Clone, Debug)]
pub struct Links {
    base: String,
}

impl Links {
    /// `base` is the normalized base path: `""` or `/prefix` without a trailing slash.
    pub fn new(base: impl Into<String>) -> Self {
        Self { base: base.into() }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// The URL of `route` (one of the constants above).
    pub fn path(&self, route: &str) -> String {
        if route == HOME {
            format!("{}/", self.base)
        } else {
            format!("{}{route}", self.base)
        }
    }

    /// `route?flow=<id>`: the page of one flow.
    pub fn flow(&self, route: &str, flow_id: &str) -> String {
        format!("{}?flow={}", self.path(route), encode(flow_id))
    }

    /// A versioned asset URL, so browsers may cache it forever.
    pub fn asset(&self, name: &str, version: &str) -> String {
        format!("{}{ASSETS}/{name}?v={version}", self.base)
    }
}

/// Percent-encodes a query value.
pub fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_base_path() {
        let root = Links::new("");
        assert_eq!(root.path(HOME), "/");
        assert_eq!(root.flow(SETTINGS, "abc"), "/settings?flow=abc");
        let prefixed = Links::new("/account");
        assert_eq!(prefixed.path(HOME), "/account/");
        assert_eq!(prefixed.path(LOGIN), "/account/login");
        assert_eq!(
            prefixed.asset("app.css", "1"),
            "/account/assets/app.css?v=1"
        );
    }
}
