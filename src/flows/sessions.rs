//! `/sessions`: where this account is signed in, with a way to sign other devices out.
//!
//! The page costs two Kratos calls (this session and the others); signing out is a plain form
//! posted here, which asks Kratos to revoke and comes back with a notice. Those posts change
//! state on the person's behalf, so a post from another site is refused (besides the
//! `SameSite=Lax` session cookie, which such a post does not carry).

use std::time::{SystemTime, UNIX_EPOCH};

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{Site, is_flow_id, problem, set_notice, take_notice};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::respond;
use crate::kratos::client::endpoint;
use crate::kratos::model::Session as KratosSession;
use crate::kratos::{Forwarded, KratosClient, KratosResponse, Outcome};
use crate::notice::Notice;
use crate::routes;
use crate::views;

/// `GET /sessions`.
pub async fn show(
    req: HttpRequest,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let from = Forwarded::from_request(&req);
    let (current, others) = match (
        kratos.whoami(&from).await,
        kratos.other_sessions(&from).await,
    ) {
        (Ok(current), Ok(others)) => (current, others),
        (Err(unreachable), _) | (_, Err(unreachable)) => {
            log::warn!("sessions: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    match current.status {
        200 => {}
        401 => return sign_in_first(&req, &site),
        403 => {
            // A second factor is due first: Kratos says where.
            return match current.outcome() {
                Outcome::Redirect { to, reason } if site.may_follow(&to, reason) => {
                    respond::navigate(Requester::of(&req), &to, &current.set_cookies)
                }
                _ => problem(&req, &site, Problem::KratosUnavailable),
            };
        }
        status => {
            log::warn!("whoami answered {status}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    }
    let (Ok(current_session), Some(other_sessions)) =
        (current.json::<KratosSession>(), parse_others(&others))
    else {
        log::warn!("sessions: unreadable answer from Kratos");
        return problem(&req, &site, Problem::KratosUnavailable);
    };
    let notice = take_notice(&session);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() as i64);
    let who = current_session
        .identity
        .as_ref()
        .map(|identity| identity.display_name());
    let markup = views::sessions::page(
        &site.chrome(&req).signed_in_as(who),
        &current_session,
        &other_sessions,
        notice.as_ref(),
        now,
    );
    let mut cookies = current.set_cookies.clone();
    cookies.extend(others.set_cookies.iter().cloned());
    respond::markup(StatusCode::OK, markup, &cookies)
}

fn parse_others(others: &KratosResponse) -> Option<Vec<KratosSession>> {
    match others.status {
        200 => others.json().ok(),
        // Kratos answers 404 when there is no other session (older versions).
        404 => Some(Vec::new()),
        _ => None,
    }
}

fn sign_in_first(req: &HttpRequest, site: &Site) -> HttpResponse {
    // A relative return_to takes its host from Kratos's default return URL (this UI).
    let back = site.links.path(routes::SESSIONS);
    let login = site.kratos_url(endpoint::LOGIN_INIT, &[("return_to", &back)]);
    respond::navigate(Requester::of(req), &login, &[])
}

#[derive(Debug, Deserialize)]
pub struct RevokeForm {
    session: String,
}

/// `POST /sessions/revoke` with `session=<id>`: signs one other device out.
pub async fn revoke(
    req: HttpRequest,
    form: web::Form<RevokeForm>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    if !is_flow_id(&form.session) {
        return problem(&req, &site, Problem::BadRequest("problem-not-a-session"));
    }
    revoke_and_return(&req, &site, &kratos, &session, Some(&form.session)).await
}

/// `POST /sessions/revoke-others`: signs every other device out.
pub async fn revoke_others(
    req: HttpRequest,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    revoke_and_return(&req, &site, &kratos, &session, None).await
}

async fn revoke_and_return(
    req: &HttpRequest,
    site: &Site,
    kratos: &KratosClient,
    session: &Session,
    id: Option<&str>,
) -> HttpResponse {
    if crate::http::headers::is_cross_site(req) {
        return problem(req, site, Problem::CrossSite);
    }
    let answer = match kratos
        .revoke_sessions(id, &Forwarded::from_request(req))
        .await
    {
        Ok(answer) => answer,
        Err(unreachable) => {
            log::warn!("revoking sessions: {unreachable}");
            return problem(req, site, Problem::KratosUnavailable);
        }
    };
    match answer.status {
        200 | 204 => {
            set_notice(
                session,
                if id.is_some() {
                    Notice::SessionRevoked
                } else {
                    Notice::OtherSessionsRevoked
                },
            );
            respond::navigate(
                Requester::of(req),
                &site.links.path(routes::SESSIONS),
                &answer.set_cookies,
            )
        }
        401 => sign_in_first(req, site),
        400 | 404 => problem(
            req,
            site,
            Problem::BadRequest("problem-session-not-revocable"),
        ),
        status => {
            log::warn!("revoking sessions: Kratos answered {status}");
            problem(req, site, Problem::KratosUnavailable)
        }
    }
}
