//! `/logout`: a plain form that signs out without JavaScript, and Hydra's logout app.
//!
//! Kratos's logout URL carries a one-time token, so it is created only when the person
//! actually signs out (`POST`), never on every page render.
//!
//! When an app signs the person out through OpenID Connect, Hydra sends the browser here with
//! `?logout_challenge=`: the person confirms (unless the app may skip that), then Hydra's
//! request is accepted **and the Kratos session ends too**, so that signing out of an app
//! really signs the person out. Kratos's logout then returns to Hydra, which returns to the
//! app: the confirmation page's Content-Security-Policy lets its form lead to the app's
//! registered sign-out addresses.

use actix_web::web::{self, Bytes};
use serde::Deserialize;

use super::account::{SignedIn, signed_in};
use super::follow::{Ways, follow};
use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::hydra::client::{expect_done, read};
use crate::hydra::is_challenge;
use crate::hydra::model::{LogoutRequest, Redirect};
use crate::kratos::model::LogoutFlow;
use crate::routes;
use crate::site::origins_of;
use crate::views;

/// Where to go after signing out, or the app's sign-out request (on the form's action too).
#[derive(Debug, Deserialize)]
pub struct LogoutQuery {
    return_to: Option<String>,
    logout_challenge: Option<String>,
}

impl LogoutQuery {
    fn challenge(&self) -> Result<Option<&str>, Problem> {
        match self.logout_challenge.as_deref() {
            None => Ok(None),
            Some(challenge) if is_challenge(challenge) => Ok(Some(challenge)),
            Some(_) => Err(Problem::MalformedFlowId),
        }
    }
}

/// `GET /logout`: asks for confirmation (a GET must not sign anybody out); for an app, names
/// the app, or signs out at once when the app may skip asking.
pub async fn confirm(visit: Visit, query: web::Query<LogoutQuery>) -> Result<Reply, Problem> {
    let Some(challenge) = query.challenge()? else {
        return Ok(visit.page(views::logout::page(&visit.chrome(), None, None)));
    };
    let hydra = visit.hydra()?;
    let id = visit.request_id();
    let answer = hydra.logout_request(challenge, id.as_ref()).await?;
    // Answered already (the person went back after signing out): Hydra says where it went on.
    if answer.status == 410
        && let Ok(next) = answer.json::<Redirect>()
    {
        return visit.to_hydra(next);
    }
    let request: LogoutRequest = read(&answer, "logout request")?;
    let client = request.client.as_ref();
    if client.is_some_and(|client| client.skip_logout_consent == Some(true)) {
        return sign_out_of_app(&visit, challenge, &request.subject).await;
    }
    let action = visit
        .links()
        .page(routes::LOGOUT, &[("logout_challenge", challenge)]);
    let forms = origins_of(
        client
            .iter()
            .flat_map(|client| client.post_logout_redirect_uris.iter().map(String::as_str)),
    );
    let logos =
        origins_of(client.and_then(|client| views::consent::web_link(client.logo_uri.as_deref())));
    Ok(visit
        .page(views::logout::page(&visit.chrome(), client, Some(&action)))
        .with_content_security_policy(visit.site.content_security_policy(&forms, &logos)))
}

/// `POST /logout[?return_to=]`: creates the Kratos logout flow and sends the browser to its
/// URL; after signing out Kratos sends the browser to `return_to` when it is allowed. With
/// `?logout_challenge=`, the person's answer to an app's sign-out (`logout_action`).
pub async fn sign_out(
    visit: Visit,
    query: web::Query<LogoutQuery>,
    body: Bytes,
) -> Result<Reply, Problem> {
    let Some(challenge) = query.challenge()? else {
        return end_kratos_session(&visit, query.return_to.as_deref(), None).await;
    };
    let action = url::form_urlencoded::parse(&body)
        .find(|(name, _)| name == "logout_action")
        .map(|(_, value)| value.into_owned());
    let hydra = visit.hydra()?;
    let id = visit.request_id();
    match action.as_deref() {
        Some("accept") => {
            let answer = hydra.logout_request(challenge, id.as_ref()).await?;
            let request: LogoutRequest = read(&answer, "logout request")?;
            sign_out_of_app(&visit, challenge, &request.subject).await
        }
        // "No": the app's request is refused and the person stays signed in, on their account.
        Some("reject") => {
            let answer = hydra.decide_logout(challenge, false, id.as_ref()).await?;
            expect_done(&answer, "logout reject")?;
            Ok(visit.navigate(visit.links().path(routes::SETTINGS)))
        }
        _ => Err(Problem::BadRequest("problem-unreadable")),
    }
}

/// Accepts the app's sign-out at Hydra, then ends the Kratos session on the way back to Hydra,
/// when it is the session of the person Hydra signs out (`subject`); another person signed in
/// here stays signed in.
async fn sign_out_of_app(visit: &Visit, challenge: &str, subject: &str) -> Result<Reply, Problem> {
    let hydra = visit.hydra()?;
    let id = visit.request_id();
    let answer = hydra.decide_logout(challenge, true, id.as_ref()).await?;
    let next: Redirect = read(&answer, "logout accept")?;
    let same_person = match signed_in(visit, visit.links().path(routes::LOGIN)).await? {
        SignedIn::As(identity, _) => identity.id == subject,
        SignedIn::Not(_) => false,
    };
    // Straight on to Hydra (`to_hydra` refuses anywhere else) unless this person's session ends.
    if !same_person || !visit.site.is_hydra_url(&next.redirect_to) {
        return visit.to_hydra(next);
    }
    let return_to = next.redirect_to.clone();
    end_kratos_session(visit, Some(&return_to), Some(next)).await
}

/// Sends the browser through Kratos's logout, which returns to `return_to` when Kratos allows
/// it. Nobody signed in: there is nothing to end, so straight on to `after_nobody` (Hydra's
/// next step) or the sign-in page.
async fn end_kratos_session(
    visit: &Visit,
    return_to: Option<&str>,
    after_nobody: Option<Redirect>,
) -> Result<Reply, Problem> {
    let created = visit
        .kratos
        .create_logout_flow(return_to, &visit.forwarded())
        .await?;
    let cookies = &created.set_cookies;
    match created.payload::<LogoutFlow>() {
        Ok(logout) if visit.site.is_safe_redirect(&logout.logout_url) => {
            visit.forget_person();
            Ok(visit.navigate(logout.logout_url).with_cookies(cookies))
        }
        Ok(_) => {
            log::warn!("Kratos's logout URL points outside Kratos and this UI");
            Err(Problem::KratosUnavailable)
        }
        // Nobody is signed in (any more): there is nothing to sign out of, and nothing of
        // theirs stays in our cookie either.
        Err(_) if matches!(created.status, 401 | 403) => {
            visit.forget_person();
            match after_nobody {
                Some(next) => visit
                    .to_hydra(next)
                    .map(|reply| reply.with_cookies(cookies)),
                None => Ok(visit
                    .navigate(visit.links().path(routes::LOGIN))
                    .with_cookies(cookies)),
            }
        }
        Err(other) => follow(visit, other, Ways::default(), cookies),
    }
}
