//! `/apps`: the apps the person allowed through Hydra, with "Remove access" per app (beyond
//! Ory's reference UI). A plain form per app; with htmx the list is swapped in place.
//!
//! Removing access deletes Hydra's consent sessions of that app for this person, and with them
//! the app's tokens: the app must ask again.

use actix_web::web;
use serde::Deserialize;

use super::account::{SignedIn, signed_in};
use super::reply::Reply;
use super::visit::Visit;
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::hydra::client::{CONSENT_SESSIONS_PAGE, expect_done, read};
use crate::hydra::model::ConsentSession;
use crate::kratos::model::Identity;
use crate::notice::Notice;
use crate::routes;
use crate::site::origins_of;
use crate::views::{self, Screen};

/// `GET /apps`.
pub async fn show(visit: Visit) -> Result<Reply, Problem> {
    visit.hydra()?;
    let (identity, cookies) = match signed_in(&visit, visit.links().path(routes::APPS)).await? {
        SignedIn::As(identity, cookies) => (identity, cookies),
        SignedIn::Not(reply) => return Ok(reply),
    };
    let notice = visit.take_notice();
    let (screen, policy) = apps_screen(&visit, &identity, notice.as_ref()).await?;
    let chrome = visit.chrome().signed_in_as(Some(identity.display_name()));
    Ok(visit
        .screen(&chrome, screen)
        .with_content_security_policy(policy)
        .with_cookies(&cookies))
}

#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    client: String,
}

/// `POST /apps/revoke` with `client=<id>`: removes that app's access.
pub async fn revoke(visit: Visit, form: web::Form<RemoveForm>) -> Result<Reply, Problem> {
    let hydra = visit.hydra()?;
    let identity = match signed_in(&visit, visit.links().path(routes::APPS)).await? {
        SignedIn::As(identity, _) => identity,
        SignedIn::Not(reply) => return Ok(reply),
    };
    let id = visit.request_id();
    let answer = hydra
        .revoke_consent_sessions(&identity.id, &form.client, id.as_ref())
        .await?;
    expect_done(&answer, "consent sessions revoke")?;
    match visit.requester {
        Requester::Browser => {
            visit.set_notice(Notice::AppAccessRemoved);
            Ok(visit.navigate(visit.links().path(routes::APPS)))
        }
        // htmx swaps the list in place, without the app, and says so.
        Requester::Htmx => {
            let notice = Notice::AppAccessRemoved;
            let (screen, _) = apps_screen(&visit, &identity, Some(&notice)).await?;
            Ok(visit.screen(&visit.chrome(), screen))
        }
    }
}

/// The apps `identity` allowed, as a screen (one Hydra call), with the page's CSP (which lets
/// the apps' logos show).
async fn apps_screen(
    visit: &Visit,
    identity: &Identity,
    notice: Option<&Notice>,
) -> Result<(Screen, String), Problem> {
    let hydra = visit.hydra()?;
    let id = visit.request_id();
    let answer = hydra.consent_sessions(&identity.id, id.as_ref()).await?;
    let sessions: Vec<ConsentSession> = read(&answer, "consent sessions")?;
    if sessions.len() >= CONSENT_SESSIONS_PAGE {
        log::warn!("the apps page shows the first {CONSENT_SESSIONS_PAGE} decisions only");
    }
    let apps = views::apps::by_app(&sessions);
    let logos = origins_of(
        apps.iter()
            .filter_map(|app| views::consent::web_link(app.client.logo_uri.as_deref())),
    );
    let screen = views::apps::screen(&visit.chrome(), &apps, notice);
    Ok((screen, visit.site.content_security_policy(&[], &logos)))
}
