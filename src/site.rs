//! [`Site`]: the facts every handler needs, computed once at start-up and shared by all
//! workers (URLs, asset addresses, product name, where the browser may be sent), and the page
//! frame ([`Chrome`]) built from them for one request.
//!
//! It sits below `flows/` (which reads it) and above the plumbing it is made from (the
//! configuration, the assets, the URL builder); `http/` does not need it.

use actix_web::HttpRequest;
use actix_web::http::Method;
use url::Url;

use crate::config::{Config, IpRange};
use crate::http::assets::{self, Assets};
use crate::http::headers::content_security_policy;
use crate::i18n::{Lang, Tr};
use crate::kratos::RedirectReason;
use crate::routes::Links;
use crate::views::{Chrome, DevTools};

pub struct Site {
    pub links: Links,
    /// `TRUSTED_PROXIES`: whose forwarded headers are passed on to Kratos.
    pub trusted_proxies: Vec<IpRange>,
    pub product_name: String,
    kratos_browser_url: Url,
    kratos_browser_origin: String,
    /// This UI's own origin (`PUBLIC_URL`), where Kratos sends browsers back to.
    own_origin: String,
    /// `SOCIAL_SIGN_IN_ORIGINS`: where Kratos may send a browser to sign in elsewhere.
    social_sign_in_origins: Vec<String>,
    /// Hydra's browser-facing origin, when this UI is Hydra's consent and logout app.
    hydra_origin: Option<String>,
    /// `TRUSTED_CLIENT_IDS`: apps allowed without a consent screen.
    trusted_client_ids: Vec<String>,
    stylesheet: String,
    theme: String,
    logo: Option<String>,
    script: String,
    htmx: String,
    /// Dev mode: the page's dev script and stylesheet, and the status it polls.
    dev: Option<DevTools>,
}

impl Site {
    pub fn new(config: &Config, assets: &Assets) -> Self {
        let links = Links::new(config.base_path.clone(), config.kratos_browser_url.as_str());
        let asset = |name| links.asset(&assets.file_name(name));
        Self {
            stylesheet: asset(assets::STYLESHEET),
            theme: asset(assets::THEME),
            logo: assets.has_logo().then(|| asset(assets::LOGO)),
            script: asset(assets::SCRIPT),
            htmx: asset(assets::HTMX),
            dev: match assets.has_dev_tools() {
                (false, _) => None,
                (true, watching) => Some(DevTools {
                    stylesheet: asset(assets::DEV_STYLESHEET),
                    script: watching.then(|| {
                        (
                            asset(assets::DEV_SCRIPT),
                            links.path(crate::routes::DEV_STATUS),
                        )
                    }),
                }),
            },
            kratos_browser_url: config.kratos_browser_url.clone(),
            kratos_browser_origin: config.kratos_browser_url.origin().ascii_serialization(),
            own_origin: config.public_url.origin().ascii_serialization(),
            social_sign_in_origins: config.social_sign_in_origins.clone(),
            hydra_origin: config
                .hydra
                .as_ref()
                .map(|hydra| hydra.public_url.origin().ascii_serialization()),
            trusted_client_ids: config
                .hydra
                .as_ref()
                .map(|hydra| hydra.trusted_client_ids.clone())
                .unwrap_or_default(),
            product_name: config.product_name.clone(),
            trusted_proxies: config.trusted_proxies.clone(),
            links,
        }
    }

    /// The page frame for `req`: its language, and its address for the language switcher.
    pub fn chrome<'a>(&'a self, req: &'a HttpRequest) -> Chrome<'a> {
        let here = (req.method() == Method::GET)
            .then(|| req.uri().path_and_query().map(|p| p.as_str()))
            .flatten();
        Chrome {
            tr: Tr::new(Lang::of(req)),
            here,
            frameless: false,
            links: &self.links,
            product_name: &self.product_name,
            stylesheet: &self.stylesheet,
            theme: &self.theme,
            logo: self.logo.as_deref(),
            script: &self.script,
            htmx: &self.htmx,
            kratos_script_integrity: None,
            signed_in_as: None,
            offers_apps: self.hydra_origin.is_some(),
            form_token: None,
            dev: self.dev.as_ref(),
        }
    }

    /// Whether the browser may be sent to `target`: Kratos's browser origin, or ours (a path, or
    /// an address on `PUBLIC_URL`'s origin, as Kratos names its UI pages).
    /// Everything else (other hosts, `//host`, `javascript:`) is refused: no open redirects.
    /// Whitespace, control characters and backslashes are refused anywhere, since browsers
    /// drop or rewrite them (`/\t/evil.example` would become `//evil.example`).
    pub fn is_safe_redirect(&self, target: &str) -> bool {
        if target
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
        {
            return false;
        }
        if let Some(path) = target.strip_prefix('/') {
            return !path.starts_with('/');
        }
        Url::parse(target).is_ok_and(|url| {
            let origin = url.origin().ascii_serialization();
            matches!(url.scheme(), "http" | "https")
                && (origin == self.kratos_browser_origin || origin == self.own_origin)
        })
    }

    /// Whether to follow a redirect Kratos asked for. Kratos sends browsers to a social
    /// sign-in provider, or back to Hydra after signing in for an app, with
    /// `browser_location_change_required`; that is followed only to an origin in
    /// `SOCIAL_SIGN_IN_ORIGINS` or Hydra's (the same list the CSP `form-action` allows for the
    /// no-JS path), so both paths reach exactly the same places. Every other redirect must
    /// stay on Kratos or here.
    pub fn may_follow(&self, target: &str, reason: RedirectReason) -> bool {
        self.is_safe_redirect(target)
            || (reason == RedirectReason::LocationChange
                && self.form_origins().any(|origin| has_origin(target, origin)))
    }

    /// Whether `target` is on Hydra's browser-facing origin (where Hydra's answers lead).
    pub fn is_hydra_url(&self, target: &str) -> bool {
        self.hydra_origin
            .as_deref()
            .is_some_and(|origin| has_origin(target, origin))
    }

    /// Whether the app `client_id` is one of `TRUSTED_CLIENT_IDS`.
    pub fn trusts(&self, client_id: &str) -> bool {
        self.trusted_client_ids.iter().any(|id| id == client_id)
    }

    /// The origins besides ours and Kratos's that a form's navigation may pass through.
    fn form_origins(&self) -> impl Iterator<Item = &String> {
        self.social_sign_in_origins
            .iter()
            .chain(self.hydra_origin.iter())
    }

    /// The Content-Security-Policy of every page, or of one that also lets its forms lead to
    /// `more_forms` and shows images from `more_images` (origins of a registered app).
    pub fn content_security_policy(&self, more_forms: &[String], more_images: &[String]) -> String {
        let forms: Vec<String> = self.form_origins().chain(more_forms).cloned().collect();
        content_security_policy(&self.kratos_browser_url, &forms, more_images)
    }
}

/// Whether `target` is an http(s) URL on `origin`.
fn has_origin(target: &str, origin: &str) -> bool {
    Url::parse(target).is_ok_and(|url| {
        matches!(url.scheme(), "http" | "https") && url.origin().ascii_serialization() == origin
    })
}

/// The origins of `uris` (an app's registered addresses) that are http(s) with a plain host
/// name or address, each once: nothing that a CSP would read as a wildcard (`*`) or a keyword.
pub fn origins_of<'a>(uris: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut origins: Vec<String> = Vec::new();
    for uri in uris {
        let Ok(url) = Url::parse(uri) else { continue };
        let plain_host = url.host_str().is_some_and(|host| {
            host.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'[' | b']' | b':'))
        });
        let origin = url.origin().ascii_serialization();
        if matches!(url.scheme(), "http" | "https") && plain_host && !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    origins
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let config = Config::from_lookup(|name| match name {
            "KRATOS_PUBLIC_URL" => Some("http://localhost:4433".into()),
            "COOKIE_SECRET" => Some("01a1b21f30713e81381dd50f8e7b40af13f84c2bebe3a5f5".into()),
            "PUBLIC_URL" => Some("http://localhost:4455".into()),
            "SOCIAL_SIGN_IN_ORIGINS" => Some("https://id.example.com".into()),
            "HYDRA_ADMIN_URL" => Some("http://127.0.0.1:4445".into()),
            "HYDRA_PUBLIC_URL" => Some("https://auth.example.com".into()),
            _ => None,
        })
        .unwrap();
        Site::new(&config, &Assets::load(&config).unwrap())
    }

    #[test]
    fn redirects_stay_on_kratos_or_here_and_social_ones_on_the_configured_providers() {
        let site = site();
        let plain = RedirectReason::Reauthenticate;
        let social = RedirectReason::LocationChange;
        assert!(site.may_follow("/settings?flow=x", plain));
        assert!(site.may_follow("http://localhost:4433/self-service/login/browser", plain));
        assert!(site.may_follow("http://localhost:4455/login?flow=x", plain));
        assert!(!site.may_follow("http://localhost:4456/login?flow=x", plain));
        assert!(!site.may_follow("//evil.example/", plain));
        assert!(!site.may_follow("https://id.example.com/oauth2/auth", plain));
        assert!(site.may_follow("https://id.example.com/oauth2/auth?x=1", social));
        assert!(!site.may_follow("https://evil.example/oauth2/auth", social));
        assert!(!site.may_follow("javascript:alert(1)", social));
        // Signed in for an app, Kratos sends the browser back to Hydra.
        assert!(site.may_follow("https://auth.example.com/oauth2/auth?x=1", social));
        assert!(!site.may_follow("https://auth.example.com/oauth2/auth?x=1", plain));
        assert!(site.is_hydra_url("https://auth.example.com/oauth2/sessions/logout"));
        assert!(!site.is_hydra_url("https://auth.example.com.evil.example/"));
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "/ /evil",
        ] {
            assert!(!site.is_safe_redirect(sneaky), "{sneaky:?}");
        }
    }

    #[test]
    fn only_plain_origins_of_an_app_reach_a_csp() {
        let origins = origins_of([
            "https://app.example/cb",
            "https://app.example/other",
            "http://localhost:4479/cb",
            "https://*.evil.example/cb",
            "javascript:alert(1)",
            "myapp://callback",
        ]);
        assert_eq!(origins, ["https://app.example", "http://localhost:4479"]);
    }
}
