//! `/logout`: a plain form that signs out without JavaScript.
//!
//! Kratos's logout URL carries a one-time token, so it is created only when the person
//! actually signs out (`POST`), never on every page render.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{Site, problem};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::respond;
use crate::kratos::model::LogoutFlow;
use crate::kratos::{Forwarded, KratosClient};
use crate::routes;
use crate::views;

/// `GET /logout`: asks for confirmation (a GET must not sign anybody out).
pub async fn confirm(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    respond::markup(StatusCode::OK, views::logout::page(&site.chrome(&req)), &[])
}

/// `POST /logout[?return_to=]`: creates the Kratos logout flow and sends the browser to its
/// URL; after signing out Kratos sends the browser to `return_to` when it is allowed.
/// Where to go after signing out (`?return_to=` on the form's action).
#[derive(Debug, serde::Deserialize)]
pub struct LogoutQuery {
    return_to: Option<String>,
}

pub async fn sign_out(
    req: HttpRequest,
    query: web::Query<LogoutQuery>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
) -> HttpResponse {
    let requester = Requester::of(&req);
    if crate::http::headers::is_cross_site(&req) {
        return problem(&req, &site, Problem::CrossSite);
    }
    let created = match kratos
        .create_logout_flow(query.return_to.as_deref(), &Forwarded::from_request(&req))
        .await
    {
        Ok(created) => created,
        Err(unreachable) => {
            log::warn!("logout flow creation failed: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    match created.status {
        200 => match created.json::<LogoutFlow>() {
            Ok(logout) if site.is_safe_redirect(&logout.logout_url) => {
                respond::navigate(requester, &logout.logout_url, &created.set_cookies)
            }
            _ => {
                log::warn!("Kratos's logout flow is unreadable or points elsewhere");
                problem(&req, &site, Problem::KratosUnavailable)
            }
        },
        // Nobody is signed in: there is nothing to sign out of.
        401 | 403 => respond::navigate(
            requester,
            &site.links.path(routes::LOGIN),
            &created.set_cookies,
        ),
        status => {
            log::warn!("Kratos answered {status} when creating a logout flow");
            problem(&req, &site, Problem::KratosUnavailable)
        }
    }
}
