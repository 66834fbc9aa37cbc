//! The settings flow: `GET /settings` shows it, `POST /settings?flow=` saves a section (htmx).
//!
//! Without JavaScript the forms post straight to Kratos and only `GET` is ours. With htmx the
//! same form posts here: we forward the body to Kratos, relay its cookies, map the outcome,
//! re-fetch the flow by id and answer with the settings body to swap. A page costs exactly one
//! Kratos call (the flow fetch), a save exactly two (submit + re-fetch).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};

use super::{FlowParam, FlowQuery, Site, error as error_flow, problem, set_notice, take_notice};
use crate::http::htmx::{self, Requester};
use crate::http::problem::Problem;
use crate::http::respond;
use crate::kratos::client::endpoint;
use crate::kratos::model::{ContinueWith, Flow, KratosError};
use crate::kratos::outcome::error_id;
use crate::kratos::{Forwarded, KratosClient, Outcome};
use crate::notice::Notice;
use crate::routes;
use crate::views::Chrome;
use crate::views::settings::{self as view, SettingsView};
use maud::Markup;

/// `GET /settings[?flow=<id>][&return_to=]`.
pub async fn show(
    req: HttpRequest,
    query: web::Query<FlowQuery>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let requester = Requester::of(&req);
    let id = match query.flow_param() {
        Ok(FlowParam::Id(id)) => id,
        Ok(FlowParam::Missing) => {
            return respond::navigate(requester, &init_url(&site, query.return_to.as_deref()), &[]);
        }
        Err(malformed) => return problem(&req, &site, malformed),
    };
    let from = Forwarded::from_request(&req);
    let fetched = match kratos.fetch_flow(endpoint::SETTINGS_FLOW, id, &from).await {
        Ok(fetched) => fetched,
        Err(unreachable) => {
            log::warn!("settings flow fetch failed: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    match fetched.outcome() {
        Outcome::Flow(flow) | Outcome::Invalid(flow) => {
            let notice = take_notice(&session);
            render(
                &req,
                &site,
                requester,
                &flow,
                notice.as_ref(),
                &[],
                &fetched.set_cookies,
            )
        }
        other => follow(&req, &site, &session, other, &fetched.set_cookies),
    }
}

/// `POST /settings?flow=<id>`: an htmx save (a plain post gets a 303 to the page instead).
pub async fn save(
    req: HttpRequest,
    query: web::Query<FlowQuery>,
    body: Bytes,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let requester = Requester::of(&req);
    let id = match query.flow_param() {
        Ok(FlowParam::Id(id)) => id,
        Ok(FlowParam::Missing) => return problem(&req, &site, Problem::MalformedFlowId),
        Err(malformed) => return problem(&req, &site, malformed),
    };
    let Some(content_type) = form_content_type(&req) else {
        return problem(&req, &site, Problem::BadRequest("problem-not-form-data"));
    };
    let from = Forwarded::from_request(&req);
    let submitted = match kratos
        .submit_flow(endpoint::SETTINGS_SUBMIT, id, &content_type, body, &from)
        .await
    {
        Ok(submitted) => submitted,
        Err(unreachable) => {
            log::warn!("settings submit failed: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    let mut cookies = submitted.set_cookies.clone();
    let (show_id, continue_with) = match submitted.outcome() {
        Outcome::Flow(flow) | Outcome::Invalid(flow) => (id.to_owned(), flow.continue_with),
        Outcome::Expired {
            use_flow_id: Some(new_id),
            ..
        } if super::is_flow_id(&new_id) => (new_id, Vec::new()),
        other => return follow(&req, &site, &session, other, &cookies),
    };
    if requester == Requester::Browser {
        return respond::navigate(
            requester,
            &site.links.flow(routes::SETTINGS, &show_id),
            &cookies,
        );
    }
    // The flow is re-fetched by id (the JSON browser endpoint), with the cookies Kratos just
    // set, so the swap shows exactly what a no-JS browser sees after Kratos's 303.
    let refetch_from = from.with_cookies_set(&cookies);
    let refetched = match kratos
        .fetch_flow(endpoint::SETTINGS_FLOW, &show_id, &refetch_from)
        .await
    {
        Ok(refetched) => refetched,
        Err(unreachable) => {
            log::warn!("settings flow re-fetch failed: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    cookies.extend(refetched.set_cookies.iter().cloned());
    match refetched.outcome() {
        Outcome::Flow(flow) | Outcome::Invalid(flow) => {
            let mut response = render(
                &req,
                &site,
                requester,
                &flow,
                None,
                &continue_with,
                &cookies,
            );
            if show_id != id {
                // A replacement flow: the address bar follows, so a reload shows the new one.
                if let Ok(url) = HeaderValue::from_str(&site.links.flow(routes::SETTINGS, &show_id))
                {
                    response
                        .headers_mut()
                        .insert(header::HeaderName::from_static(htmx::HX_PUSH_URL), url);
                }
            }
            response
        }
        other => follow(&req, &site, &session, other, &cookies),
    }
}

fn form_content_type(req: &HttpRequest) -> Option<HeaderValue> {
    let value = req.headers().get(header::CONTENT_TYPE)?;
    let essence = value
        .to_str()
        .ok()?
        .split(';')
        .next()?
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "application/x-www-form-urlencoded" | "multipart/form-data"
    )
    .then(|| value.clone())
}

fn render(
    req: &HttpRequest,
    site: &Site,
    requester: Requester,
    flow: &Flow,
    notice: Option<&Notice>,
    continue_with: &[ContinueWith],
    cookies: &[HeaderValue],
) -> HttpResponse {
    let markup = screen(
        site,
        &site.chrome(req),
        requester,
        flow,
        notice,
        continue_with,
    );
    respond::markup(StatusCode::OK, markup, cookies)
}

/// The settings screen for `flow`: the whole page, or for htmx the swappable body (the
/// gallery draws its settings states with this too).
pub fn screen(
    site: &Site,
    chrome: &Chrome,
    requester: Requester,
    flow: &Flow,
    notice: Option<&Notice>,
    continue_with: &[ContinueWith],
) -> Markup {
    let submit_url = site.links.flow(routes::SETTINGS, &flow.id);
    let verification_page = site.links.path(routes::VERIFICATION);
    let settings = SettingsView {
        tr: chrome.tr,
        flow,
        submit_url: &submit_url,
        notice,
        continue_with,
        verification_page: &verification_page,
    };
    match requester {
        Requester::Htmx => view::body(&settings),
        Requester::Browser => {
            let who = flow
                .identity
                .as_ref()
                .map(|identity| identity.display_name());
            view::page(&chrome.signed_in_as(who).for_flow(flow), &settings)
        }
    }
}

/// Every outcome that is not "here is the flow": where the browser goes next (design §3).
fn follow(
    req: &HttpRequest,
    site: &Site,
    session: &Session,
    outcome: Outcome,
    cookies: &[HeaderValue],
) -> HttpResponse {
    let requester = Requester::of(req);
    let restart = |notice: Notice, return_to: Option<&str>| {
        set_notice(session, notice);
        respond::navigate(requester, &init_url(site, return_to), cookies)
    };
    match outcome {
        Outcome::Flow(_) | Outcome::Invalid(_) => {
            unreachable!("flows are rendered by the handlers")
        }
        Outcome::Expired { return_to, .. } => restart(Notice::FlowExpired, return_to.as_deref()),
        Outcome::Redirect { to, reason } if site.may_follow(&to, reason) => {
            respond::navigate(requester, &to, cookies)
        }
        Outcome::Redirect { to, .. } => {
            let origin = url::Url::parse(&to).map_or_else(
                |_| "(unparseable)".to_owned(),
                |url| url.origin().ascii_serialization(),
            );
            log::warn!("refusing a redirect outside Kratos and this UI, to {origin}");
            problem(req, site, Problem::KratosUnavailable)
        }
        Outcome::SignInRequired => {
            // Kratos's own settings init is always an allowed return_to; after signing in it
            // starts a fresh settings flow and sends the browser back here.
            let back = site.kratos_url(endpoint::SETTINGS_INIT, &[]);
            let login = site.kratos_url(endpoint::LOGIN_INIT, &[("return_to", &back)]);
            respond::navigate(requester, &login, cookies)
        }
        Outcome::NotFound if req.method() == actix_web::http::Method::GET => {
            problem(req, site, Problem::FlowNotFound)
        }
        Outcome::NotFound => restart(Notice::FlowRestarted, None),
        Outcome::Rejected { error, .. }
            if error.id.as_deref() == Some(error_id::SECURITY_IDENTITY_MISMATCH) =>
        {
            restart(Notice::FlowRestarted, None)
        }
        Outcome::Rejected { status, error } => refused(req, site, session, status, error, cookies),
        Outcome::Unavailable(why) => {
            log::warn!("settings: {why}");
            problem(req, site, Problem::KratosUnavailable)
        }
    }
}

/// Kratos refused the request (CSRF, forbidden `return_to`, ...): the error page explains.
/// A browser gets it at once; htmx navigates to it, carrying the error in the UI session.
fn refused(
    req: &HttpRequest,
    site: &Site,
    session: &Session,
    status: u16,
    error: KratosError,
    cookies: &[HeaderValue],
) -> HttpResponse {
    match Requester::of(req) {
        Requester::Browser => error_flow::render(req, site, status, &error, cookies),
        Requester::Htmx => {
            set_notice(
                session,
                Notice::Refused {
                    status,
                    id: error.id,
                    reason: error.reason,
                    message: error.message,
                },
            );
            respond::navigate(Requester::Htmx, &site.links.path(routes::ERROR), cookies)
        }
    }
}

/// Kratos's settings init, as the browser reaches it, carrying `return_to`.
fn init_url(site: &Site, return_to: Option<&str>) -> String {
    super::init_url(site, endpoint::SETTINGS_INIT, return_to)
}
