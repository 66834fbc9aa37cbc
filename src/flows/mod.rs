//! One module per self-service flow, plus the plumbing they share, written once here:
//! reading the `flow` parameter, starting a flow at Kratos (with `return_to`), carrying a
//! notice across a redirect, and refusing to send the browser anywhere but Kratos or us.
//!
//! Flow modules fetch or submit through the [`KratosClient`](crate::kratos::KratosClient)
//! and pick page, fragment or redirect; they build no HTML and no Kratos URLs themselves.

pub mod error;
pub mod gallery;
pub mod health;
pub mod home;
pub mod kratos_script;
pub mod language;
pub mod login;
pub mod logout;
pub mod recovery;
pub mod registration;
pub mod sessions;
pub mod settings;
pub mod verification;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use maud::Markup;
use serde::Deserialize;
use url::Url;

use crate::config::Config;
use crate::http::assets::{self, Assets};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::respond;
use crate::i18n::{Lang, Tr};
use crate::kratos::model::Flow;
use crate::kratos::{Forwarded, KratosClient, Outcome, RedirectReason};
use crate::notice::{self, Notice};
use crate::routes::{self, Links, encode};
use crate::views::Chrome;

/// Facts every handler needs, computed once at start-up and shared by all workers.
pub struct Site {
    pub links: Links,
    pub product_name: String,
    /// Kratos's browser-facing base URL without a trailing slash.
    kratos_browser_base: String,
    kratos_browser_origin: String,
    /// `SOCIAL_SIGN_IN_ORIGINS`: where Kratos may send a browser to sign in elsewhere.
    social_sign_in_origins: Vec<String>,
    stylesheet: String,
    theme: String,
    logo: Option<String>,
    script: String,
    htmx: String,
    kratos_script: String,
}

impl Site {
    pub fn new(config: &Config, assets: &Assets) -> Self {
        let links = Links::new(config.base_path.clone());
        let asset = |name| links.asset(name, assets.version(name));
        Self {
            stylesheet: asset(assets::STYLESHEET),
            theme: asset(assets::THEME),
            logo: assets.has_logo().then(|| asset(assets::LOGO)),
            script: asset(assets::SCRIPT),
            htmx: asset(assets::HTMX),
            kratos_script: links.path(routes::KRATOS_WEBAUTHN_SCRIPT),
            kratos_browser_base: config
                .kratos_browser_url
                .as_str()
                .trim_end_matches('/')
                .to_owned(),
            kratos_browser_origin: config.kratos_browser_url.origin().ascii_serialization(),
            social_sign_in_origins: config.social_sign_in_origins.clone(),
            product_name: config.product_name.clone(),
            links,
        }
    }

    /// The page frame for `req`: its language, and its address for the language switcher.
    pub fn chrome<'a>(&'a self, req: &'a HttpRequest) -> Chrome<'a> {
        let here = (req.method() == actix_web::http::Method::GET)
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
            kratos_script: &self.kratos_script,
            uses_kratos_script: false,
            signed_in_as: None,
        }
    }

    /// A Kratos URL as browsers reach it, e.g. a flow's init route.
    pub fn kratos_url(&self, path: &str, query: &[(&str, &str)]) -> String {
        let mut url = format!("{}{path}", self.kratos_browser_base);
        let mut separator = '?';
        for (name, value) in query {
            url.push(separator);
            url.push_str(name);
            url.push('=');
            url.push_str(&encode(value));
            separator = '&';
        }
        url
    }

    /// Whether the browser may be sent to `target`: Kratos's browser origin, or a path of ours.
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
            matches!(url.scheme(), "http" | "https")
                && url.origin().ascii_serialization() == self.kratos_browser_origin
        })
    }

    /// Whether to follow a redirect Kratos asked for. Kratos sends browsers to a social
    /// sign-in provider with `browser_location_change_required`; that is followed only to an
    /// origin in `SOCIAL_SIGN_IN_ORIGINS` (the same list the CSP `form-action` allows for the
    /// no-JS path), so both paths reach exactly the same places. Every other redirect must
    /// stay on Kratos or here.
    pub fn may_follow(&self, target: &str, reason: RedirectReason) -> bool {
        self.is_safe_redirect(target)
            || (reason == RedirectReason::LocationChange
                && Url::parse(target).is_ok_and(|url| {
                    matches!(url.scheme(), "http" | "https")
                        && self
                            .social_sign_in_origins
                            .contains(&url.origin().ascii_serialization())
                }))
    }
}

/// A Kratos browser-flow init URL (as browsers reach it), carrying `return_to` if given.
pub fn init_url(site: &Site, init_endpoint: &str, return_to: Option<&str>) -> String {
    match return_to {
        Some(return_to) => site.kratos_url(init_endpoint, &[("return_to", return_to)]),
        None => site.kratos_url(init_endpoint, &[]),
    }
}

/// The page of a flow that needs nothing but `?flow=` and `?return_to=` (registration,
/// recovery, verification): see [`show_flow_page`].
pub async fn show_simple_flow(
    req: HttpRequest,
    query: actix_web::web::Query<FlowQuery>,
    site: actix_web::web::Data<Site>,
    kratos: actix_web::web::Data<KratosClient>,
    session: Session,
    (init_endpoint, flow_endpoint): (&str, &str),
    render: fn(&Chrome, &Flow, Option<&Notice>) -> Markup,
) -> HttpResponse {
    let init = init_url(&site, init_endpoint, query.return_to.as_deref());
    show_flow_page(
        &req,
        &site,
        &kratos,
        &session,
        query.flow.as_deref(),
        flow_endpoint,
        &init,
        render,
    )
    .await
}

/// The query of every flow page: `?flow=<id>` plus what starting a flow may carry.
#[derive(Debug, Default, Deserialize)]
pub struct FlowQuery {
    pub flow: Option<String>,
    pub return_to: Option<String>,
}

/// What the `flow` parameter holds.
pub enum FlowParam<'a> {
    /// No `flow`: a new flow must be started.
    Missing,
    /// A well-formed flow id, safe to send to Kratos.
    Id(&'a str),
}

impl FlowQuery {
    /// Checks the flow id without asking Kratos: a malformed one is our visitor's problem.
    pub fn flow_param(&self) -> Result<FlowParam<'_>, Problem> {
        match self.flow.as_deref() {
            None => Ok(FlowParam::Missing),
            Some(id) if is_flow_id(id) => Ok(FlowParam::Id(id)),
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

/// Stores a notice for the next page. A failure to store it only loses the notice.
pub fn set_notice(session: &Session, notice: Notice) {
    if let Err(error) = session.insert(notice::SESSION_KEY, notice) {
        log::warn!("could not store a notice in the UI session: {error}");
    }
}

/// Takes (and removes) the notice left by the previous request, if any.
pub fn take_notice(session: &Session) -> Option<Notice> {
    // Removing marks the session changed (a new cookie on the answer): only when there is
    // a notice, so ordinary pages set no cookie of ours.
    if !session.contains_key(notice::SESSION_KEY) {
        return None;
    }
    match session.remove_as::<Notice>(notice::SESSION_KEY) {
        Some(Ok(notice)) => Some(notice),
        Some(Err(_)) | None => None,
    }
}

/// The plain-words page for `problem`, or its message for htmx, with `retry` as the way on.
pub fn problem(req: &HttpRequest, site: &Site, problem: Problem) -> actix_web::HttpResponse {
    // A retry repeats a page (GET); after a refused form post it starts from the account.
    if req.method() != actix_web::http::Method::GET {
        return problem.respond(
            Requester::of(req),
            &site.chrome(req),
            &site.links.path(routes::HOME),
        );
    }
    let retry = match req.query_string() {
        "" => req.path().to_owned(),
        query => format!("{}?{query}", req.path()),
    };
    // The retry link must point at this path only (never a full URL taken from the request).
    let retry = if retry.starts_with('/') && !retry.starts_with("//") {
        retry
    } else {
        site.links.path(routes::HOME)
    };
    problem.respond(Requester::of(req), &site.chrome(req), &retry)
}

/// The page of a browser flow whose forms post straight to Kratos (login, verification, ...):
/// no `flow` starts one at Kratos (`init_url`); a flow is fetched (one Kratos call) and drawn
/// by `render`; an expired one is started again with a notice; Kratos's refusals go to the
/// error page and its redirects are followed when they stay on Kratos or here.
#[allow(clippy::too_many_arguments)]
pub async fn show_flow_page(
    req: &HttpRequest,
    site: &Site,
    kratos: &KratosClient,
    session: &Session,
    flow: Option<&str>,
    flow_endpoint: &str,
    init_url: &str,
    render: fn(&Chrome, &Flow, Option<&Notice>) -> Markup,
) -> HttpResponse {
    let requester = Requester::of(req);
    let Some(id) = flow else {
        return respond::navigate(requester, init_url, &[]);
    };
    if !is_flow_id(id) {
        return problem(req, site, Problem::MalformedFlowId);
    }
    let fetched = match kratos
        .fetch_flow(flow_endpoint, id, &Forwarded::from_request(req))
        .await
    {
        Ok(fetched) => fetched,
        Err(unreachable) => {
            log::warn!("flow fetch failed ({flow_endpoint}): {unreachable}");
            return problem(req, site, Problem::KratosUnavailable);
        }
    };
    let cookies = &fetched.set_cookies;
    match fetched.outcome() {
        Outcome::Flow(flow) | Outcome::Invalid(flow) => {
            let notice = take_notice(session);
            let markup = render(&site.chrome(req).for_flow(&flow), &flow, notice.as_ref());
            respond::markup(StatusCode::OK, markup, cookies)
        }
        Outcome::Expired { .. } => {
            set_notice(session, Notice::FlowExpired);
            respond::navigate(requester, init_url, cookies)
        }
        Outcome::Redirect { to, reason } if site.may_follow(&to, reason) => {
            respond::navigate(requester, &to, cookies)
        }
        Outcome::NotFound => problem(req, site, Problem::FlowNotFound),
        Outcome::Rejected { status, error } => error::render(req, site, status, &error, cookies),
        Outcome::SignInRequired | Outcome::Redirect { .. } | Outcome::Unavailable(_) => {
            log::warn!(
                "{flow_endpoint}: unexpected answer from Kratos ({})",
                fetched.status
            );
            problem(req, site, Problem::KratosUnavailable)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let config = Config::from_lookup(|name| match name {
            "KRATOS_PUBLIC_URL" => Some("http://localhost:4433".into()),
            "COOKIE_SECRET" => Some("unit-test-cookie-secret-0123456789abcdef".into()),
            "SOCIAL_SIGN_IN_ORIGINS" => Some("https://id.example.com".into()),
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
        assert!(!site.may_follow("//evil.example/", plain));
        assert!(!site.may_follow("https://id.example.com/oauth2/auth", plain));
        assert!(site.may_follow("https://id.example.com/oauth2/auth?x=1", social));
        assert!(!site.may_follow("https://evil.example/oauth2/auth", social));
        assert!(!site.may_follow("javascript:alert(1)", social));
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "/ /evil",
        ] {
            assert!(!site.is_safe_redirect(sneaky), "{sneaky:?}");
        }
    }
}
