//! [`Visit`]: what a handler knows about the request it answers, worked out once: who asks
//! (a browser, or htmx on its behalf), the site, the Kratos client, and the UI's own session
//! with the notice carried across a redirect.
//!
//! Every answer a handler builds starts here ([`Visit::navigate`], [`Visit::page`],
//! [`Visit::screen`], [`Visit::error_page`]), so the requester is decided in exactly one place.

use std::cell::OnceCell;
use std::future::{Ready, ready};

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, web};
use maud::Markup;

use super::offers::Offers;
use super::reply::Reply;
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::request_id::RequestId;
use crate::http::same_origin;
use crate::hydra::HydraClient;
use crate::hydra::model::Redirect;
use crate::i18n;
use crate::kratos::model::KratosError;
use crate::kratos::{Forwarded, KratosClient};
use crate::notice::{self, Notice};
use crate::routes::Links;
use crate::site::Site;
use crate::views::{self, Chrome, Screen};

pub struct Visit {
    pub req: HttpRequest,
    pub site: web::Data<Site>,
    pub kratos: web::Data<KratosClient>,
    /// Hydra's admin client, when Hydra is configured.
    hydra: Option<web::Data<HydraClient>>,
    pub session: Session,
    /// Decided once, here: pages and 303s for a browser, fragments and `HX-Redirect` for htmx.
    pub requester: Requester,
    /// The form token of our own forms, made when the first page frame is drawn.
    form_token: OnceCell<Option<String>>,
}

/// The session key of a value to fill into the next flow (see `FlowKind::fills_in`).
const FILL_IN_KEY: &str = "fill_in";

impl Visit {
    /// The visit of `req`; `None` outside the app (no [`Site`] or Kratos client registered).
    pub fn of(req: &HttpRequest) -> Option<Self> {
        Some(Self {
            site: req.app_data::<web::Data<Site>>()?.clone(),
            kratos: req.app_data::<web::Data<KratosClient>>()?.clone(),
            hydra: req.app_data::<web::Data<HydraClient>>().cloned(),
            session: req.get_session(),
            requester: Requester::of(req),
            req: req.clone(),
            form_token: OnceCell::new(),
        })
    }

    /// What Kratos offers of its optional flows, as last asked (shared by every worker).
    pub fn offers(&self) -> Offers {
        self.req
            .app_data::<web::Data<Offers>>()
            .map(|offers| offers.get_ref().clone())
            .unwrap_or_default()
    }

    /// Hydra's admin client; without Hydra configured, the pages that need it do not exist.
    pub fn hydra(&self) -> Result<&HydraClient, Problem> {
        self.hydra
            .as_ref()
            .map(|hydra| hydra.get_ref())
            .ok_or(Problem::PageNotFound)
    }

    pub fn request_id(&self) -> Option<RequestId> {
        RequestId::of(&self.req)
    }

    pub fn links(&self) -> &Links {
        &self.site.links
    }

    /// The page frame: the visitor's language, this page's address for the switcher, and
    /// the form token for a browser that names no origin.
    pub fn chrome(&self) -> Chrome<'_> {
        let form_token = self
            .form_token
            .get_or_init(|| same_origin::form_token(&self.req, &self.session));
        Chrome {
            form_token: form_token.as_deref(),
            ..self.site.chrome(&self.req)
        }
    }

    /// What each call to Kratos forwards from the browser (cookies, agent, addresses).
    pub fn forwarded(&self) -> Forwarded {
        Forwarded::from_request(&self.req, &self.site.trusted_proxies)
    }

    /// Stores a notice for the next page. A failure to store it only loses the notice.
    pub fn set_notice(&self, notice: Notice) {
        if let Err(error) = self.session.insert(notice::SESSION_KEY, notice) {
            log::warn!("could not store a notice in the UI session: {error}");
        }
    }

    /// Takes (and removes) the notice left by the previous request, if any.
    pub fn take_notice(&self) -> Option<Notice> {
        // Removing marks the session changed (a new cookie on the answer): only when there is
        // a notice, so ordinary pages set no cookie of ours.
        if !self.session.contains_key(notice::SESSION_KEY) {
            return None;
        }
        self.session
            .remove_as::<Notice>(notice::SESSION_KEY)
            .and_then(Result::ok)
    }

    /// Keeps `value` (an address to fill in) across the redirect through Kratos's init; at
    /// most 320 characters, the longest address, are kept.
    pub fn keep_for_next_flow(&self, value: &str) {
        let value: String = value.chars().take(320).collect();
        if let Err(error) = self.session.insert(FILL_IN_KEY, value) {
            log::warn!("could not store a value to fill in in the UI session: {error}");
        }
    }

    /// Takes (and removes) the value kept by [`Visit::keep_for_next_flow`], if any.
    pub fn take_kept_for_flow(&self) -> Option<String> {
        if !self.session.contains_key(FILL_IN_KEY) {
            return None;
        }
        self.session
            .remove_as::<String>(FILL_IN_KEY)
            .and_then(Result::ok)
    }

    /// On signing out: the UI's cookie keeps nothing that came with the person (notices about
    /// their account). A language chosen on this device stays, as a device's setting; with
    /// none, the cookie is removed.
    pub fn forget_person(&self) {
        let language = self.session.get::<String>(i18n::SESSION_KEY).ok().flatten();
        match language {
            Some(language) => {
                self.session.clear();
                if let Err(error) = self.session.insert(i18n::SESSION_KEY, language) {
                    log::warn!("cannot keep the chosen language on signing out: {error}");
                }
            }
            None => self.session.purge(),
        }
    }

    /// Sends the browser to `location` (a 303, or `HX-Redirect` for htmx).
    pub fn navigate(&self, location: impl Into<String>) -> Reply {
        Reply::navigate(self.requester, location.into())
    }

    /// A whole page, whoever asks.
    pub fn page(&self, markup: Markup) -> Reply {
        Reply::markup(self.requester, markup)
    }

    /// Sends the browser where Hydra said, which must be Hydra itself.
    pub fn to_hydra(&self, next: Redirect) -> Result<Reply, Problem> {
        if self.site.is_hydra_url(&next.redirect_to) {
            Ok(self.navigate(next.redirect_to))
        } else {
            log::warn!("refusing Hydra's redirect to an address outside HYDRA_PUBLIC_URL");
            Err(Problem::KratosUnavailable)
        }
    }

    /// Kratos's error explained, with the status of the error itself (a 4xx or 5xx; 500 when
    /// it names none that fits).
    pub fn error_page(&self, status: u16, error: &KratosError) -> Reply {
        let status = StatusCode::from_u16(status)
            .ok()
            .filter(|status| status.is_client_error() || status.is_server_error())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        self.page(views::error::page(&self.chrome(), error))
            .with_status(status)
    }

    /// A flow's screen: the page for a browser, the swappable body for htmx.
    pub fn screen(&self, chrome: &Chrome, screen: Screen) -> Reply {
        let markup = match self.requester {
            Requester::Browser => screen.page(chrome),
            Requester::Htmx => screen.body,
        };
        Reply::markup(self.requester, markup)
    }
}

impl FromRequest for Visit {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Visit::of(req).ok_or_else(|| {
            actix_web::error::ErrorInternalServerError("the app's shared state is missing")
        }))
    }
}
