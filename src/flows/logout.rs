//! `/logout`: a plain form that signs out without JavaScript.
//!
//! Kratos's logout URL carries a one-time token, so it is created only when the person
//! actually signs out (`POST`), never on every page render.

use actix_web::web;
use serde::Deserialize;

use super::follow::{Ways, follow};
use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::kratos::model::LogoutFlow;
use crate::routes;
use crate::views;

/// `GET /logout`: asks for confirmation (a GET must not sign anybody out).
pub async fn confirm(visit: Visit) -> Reply {
    visit.page(views::logout::page(&visit.chrome()))
}

/// Where to go after signing out (`?return_to=` on the form's action).
#[derive(Debug, Deserialize)]
pub struct LogoutQuery {
    return_to: Option<String>,
}

/// `POST /logout[?return_to=]`: creates the Kratos logout flow and sends the browser to its
/// URL; after signing out Kratos sends the browser to `return_to` when it is allowed.
pub async fn sign_out(visit: Visit, query: web::Query<LogoutQuery>) -> Result<Reply, Problem> {
    visit.refuse_cross_site()?;
    let created = visit
        .kratos
        .create_logout_flow(query.return_to.as_deref(), &visit.forwarded())
        .await?;
    let cookies = &created.set_cookies;
    match created.payload::<LogoutFlow>() {
        Ok(logout) if visit.site.is_safe_redirect(&logout.logout_url) => {
            Ok(visit.navigate(logout.logout_url).with_cookies(cookies))
        }
        Ok(_) => {
            log::warn!("Kratos's logout URL points outside Kratos and this UI");
            Err(Problem::KratosUnavailable)
        }
        // Nobody is signed in: there is nothing to sign out of.
        Err(_) if matches!(created.status, 401 | 403) => Ok(visit
            .navigate(visit.links().path(routes::LOGIN))
            .with_cookies(cookies)),
        Err(other) => follow(&visit, other, Ways::default(), cookies),
    }
}
