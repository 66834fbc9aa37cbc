//! `/sessions`: where this account is signed in, with a way to sign other devices out.
//!
//! The page costs two Kratos calls (this session and the others); signing out is a plain form
//! posted here, which asks Kratos to revoke and comes back with a notice. Those posts change
//! state on the person's behalf, so a post from another site is refused (besides the
//! `SameSite=Lax` session cookie, which such a post does not carry).

use std::time::{SystemTime, UNIX_EPOCH};

use actix_web::web;
use serde::Deserialize;

use super::follow::{Ways, follow};
use super::is_flow_id;
use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::kratos::Outcome;
use crate::kratos::model::Session as KratosSession;
use crate::notice::Notice;
use crate::routes;
use crate::views;

/// `GET /sessions`.
pub async fn show(visit: Visit) -> Result<Reply, Problem> {
    let from = visit.forwarded();
    let current = visit.kratos.whoami(&from).await?;
    let others = visit.kratos.other_sessions(&from).await?;
    let current_session = match current.payload::<KratosSession>() {
        Ok(session) => session,
        // Nobody signed in, or a second factor is due first (Kratos says where).
        Err(outcome) => return follow(&visit, outcome, ways(&visit), &current.set_cookies),
    };
    let other_sessions = match others.payload::<Vec<KratosSession>>() {
        Ok(sessions) => sessions,
        // Kratos answers 404 when there is no other session (older versions).
        Err(Outcome::NotFound) => Vec::new(),
        Err(outcome) => return follow(&visit, outcome, ways(&visit), &others.set_cookies),
    };
    let notice = visit.take_notice();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() as i64);
    let who = current_session
        .identity
        .as_ref()
        .map(|identity| identity.display_name());
    let markup = views::sessions::page(
        &visit.chrome().signed_in_as(who),
        &current_session,
        &other_sessions,
        notice.as_ref(),
        now,
    );
    Ok(visit
        .page(markup)
        .with_cookies(&current.set_cookies)
        .with_cookies(&others.set_cookies))
}

/// The sessions page is a signed-in person's: Kratos's 401 sends them to sign in and back.
/// (A relative `return_to` takes its host from Kratos's default return URL: this UI.)
fn ways(visit: &Visit) -> Ways<'static> {
    Ways {
        restart: None,
        after_sign_in: Some(visit.links().path(routes::SESSIONS)),
    }
}

#[derive(Debug, Deserialize)]
pub struct RevokeForm {
    session: String,
}

/// `POST /sessions/revoke` with `session=<id>`: signs one other device out.
pub async fn revoke(visit: Visit, form: web::Form<RevokeForm>) -> Result<Reply, Problem> {
    if !is_flow_id(&form.session) {
        return Err(Problem::BadRequest("problem-not-a-session"));
    }
    revoke_and_return(&visit, Some(&form.session)).await
}

/// `POST /sessions/revoke-others`: signs every other device out.
pub async fn revoke_others(visit: Visit) -> Result<Reply, Problem> {
    revoke_and_return(&visit, None).await
}

async fn revoke_and_return(visit: &Visit, id: Option<&str>) -> Result<Reply, Problem> {
    let answer = visit.kratos.revoke_sessions(id, &visit.forwarded()).await?;
    match answer.status {
        200 | 204 => {
            visit.set_notice(if id.is_some() {
                Notice::SessionRevoked
            } else {
                Notice::OtherSessionsRevoked
            });
            Ok(visit
                .navigate(visit.links().path(routes::SESSIONS))
                .with_cookies(&answer.set_cookies))
        }
        // Not a session of this account (any more): nothing to sign out.
        400 | 404 => Err(Problem::BadRequest("problem-session-not-revocable")),
        _ => follow(visit, answer.outcome(), ways(visit), &answer.set_cookies),
    }
}
