//! `/consent`: Hydra's consent app. An app asks, through Hydra, for access to the person's
//! account; the person sees which app and what it asks for, and allows or denies.
//!
//! Hydra's consent request names the account it is about (`subject`): it must be the one
//! signed in here, or nothing is accepted. No screen is shown when Hydra remembers a decision
//! (`skip`), the app may skip consent (`skip_consent`), or it is one of `TRUSTED_CLIENT_IDS`.
//! The form is our own post, refused from another site; Hydra's answer leads the browser on
//! to the app, so the page's Content-Security-Policy lets its form lead to the app's
//! registered addresses (and no other page's does).

use actix_web::web::{self, Bytes};
use serde::Deserialize;
use serde_json::{Map, Value};

use super::account::{SignedIn, signed_in};
use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::hydra::client::read;
use crate::hydra::model::{AcceptConsent, ConsentClaims, ConsentRequest, Redirect, RejectRequest};
use crate::hydra::{HydraClient, is_challenge};
use crate::kratos::model::Identity;
use crate::routes;
use crate::site::origins_of;
use crate::views;

#[derive(Debug, Deserialize)]
pub struct ConsentQuery {
    consent_challenge: Option<String>,
}

/// `GET /consent?consent_challenge=`: the consent screen, or straight on when none is needed.
pub async fn show(visit: Visit, query: web::Query<ConsentQuery>) -> Result<Reply, Problem> {
    let hydra = visit.hydra()?;
    let challenge = query
        .consent_challenge
        .as_deref()
        .filter(|challenge| is_challenge(challenge))
        .ok_or(Problem::MalformedFlowId)?;
    let request = consent_request(&visit, hydra, challenge).await?;
    let (identity, cookies) = match signed_in(&visit, here(&visit, challenge)).await? {
        SignedIn::As(identity, cookies) => (identity, cookies),
        SignedIn::Not(reply) => return Ok(reply),
    };
    check_account(&request, &identity)?;
    let client = &request.client;
    if request.skip || client.skip_consent == Some(true) || visit.site.trusts(&client.client_id) {
        let scopes = request.requested_scope.clone();
        return accept(&visit, hydra, &request, &identity, scopes, false).await;
    }
    let chrome = visit.chrome().signed_in_as(Some(identity.display_name()));
    let policy = visit.site.content_security_policy(
        &origins_of(client.redirect_uris.iter().map(String::as_str)),
        &origins_of(views::consent::web_link(client.logo_uri.as_deref())),
    );
    Ok(visit
        .page(views::consent::page(
            &chrome,
            &request,
            identity.display_name(),
        ))
        .with_content_security_policy(policy)
        .with_cookies(&cookies))
}

/// `POST /consent`: the person's decision.
pub async fn decide(visit: Visit, body: Bytes) -> Result<Reply, Problem> {
    let hydra = visit.hydra()?;
    let decision = Decision::read(&body)?;
    let request = consent_request(&visit, hydra, &decision.challenge).await?;
    let identity = match signed_in(&visit, here(&visit, &decision.challenge)).await? {
        SignedIn::As(identity, _) => identity,
        SignedIn::Not(reply) => return Ok(reply),
    };
    check_account(&request, &identity)?;
    if !decision.allow {
        let refusal = RejectRequest {
            error: "access_denied",
            error_description: "The person did not allow the app to use their account.",
        };
        let id = visit.request_id();
        let answer = hydra
            .decide_consent(&request.challenge, false, &refusal, id.as_ref())
            .await?;
        return visit.to_hydra(read::<Redirect>(&answer, "consent reject")?);
    }
    // Only what the app asked for can be granted, whatever the form says.
    let granted = request
        .requested_scope
        .iter()
        .filter(|scope| decision.scopes.contains(scope))
        .cloned()
        .collect();
    accept(
        &visit,
        hydra,
        &request,
        &identity,
        granted,
        decision.remember,
    )
    .await
}

/// What the consent form sent (its `grant_scope` boxes repeat, which `web::Form` cannot read).
struct Decision {
    challenge: String,
    scopes: Vec<String>,
    remember: bool,
    allow: bool,
}

impl Decision {
    fn read(body: &[u8]) -> Result<Self, Problem> {
        let (mut challenge, mut scopes, mut remember, mut action) = (None, Vec::new(), false, None);
        for (name, value) in url::form_urlencoded::parse(body) {
            match name.as_ref() {
                "consent_challenge" => challenge = Some(value.into_owned()),
                "grant_scope" => scopes.push(value.into_owned()),
                "remember" => remember = value == "true",
                "consent_action" => action = Some(value.into_owned()),
                _ => {}
            }
        }
        let challenge = challenge
            .filter(|challenge| is_challenge(challenge))
            .ok_or(Problem::MalformedFlowId)?;
        let allow = match action.as_deref() {
            Some("accept") => true,
            Some("reject") => false,
            _ => return Err(Problem::BadRequest("problem-unreadable")),
        };
        Ok(Self {
            challenge,
            scopes,
            remember,
            allow,
        })
    }
}

/// This page, to come back to after signing in.
fn here(visit: &Visit, challenge: &str) -> String {
    visit
        .links()
        .page(routes::CONSENT, &[("consent_challenge", challenge)])
}

async fn consent_request(
    visit: &Visit,
    hydra: &HydraClient,
    challenge: &str,
) -> Result<ConsentRequest, Problem> {
    let id = visit.request_id();
    let answer = hydra.consent_request(challenge, id.as_ref()).await?;
    read(&answer, "consent request")
}

/// Hydra asks about the account signed in here, or about another one (then nothing is done).
fn check_account(request: &ConsentRequest, identity: &Identity) -> Result<(), Problem> {
    if request.subject == identity.id {
        Ok(())
    } else {
        log::warn!("a consent request for another account than the one signed in");
        Err(Problem::OtherAccount)
    }
}

async fn accept(
    visit: &Visit,
    hydra: &HydraClient,
    request: &ConsentRequest,
    identity: &Identity,
    granted: Vec<String>,
    remember: bool,
) -> Result<Reply, Problem> {
    let body = AcceptConsent {
        session: ConsentClaims {
            id_token: claims(identity, &granted),
        },
        grant_scope: granted,
        grant_access_token_audience: request.requested_access_token_audience.clone(),
        remember,
        remember_for: 0,
    };
    let id = visit.request_id();
    let answer = hydra
        .decide_consent(&request.challenge, true, &body, id.as_ref())
        .await?;
    visit.to_hydra(read::<Redirect>(&answer, "consent accept")?)
}

/// What the app's ID token says about the person, for the scopes granted: `email` (with
/// whether Kratos verified it), and for `profile` the name, website and when the account last
/// changed, where the identity has them.
pub fn claims(identity: &Identity, granted: &[String]) -> Map<String, Value> {
    let mut claims = Map::new();
    let granted = |scope: &str| granted.iter().any(|g| g == scope);
    if granted("email")
        && let Some(email) = identity.traits.get("email").and_then(Value::as_str)
    {
        let verified = identity
            .verifiable_addresses
            .iter()
            .any(|address| address.verified && address.value.eq_ignore_ascii_case(email));
        claims.insert("email".into(), email.into());
        claims.insert("email_verified".into(), verified.into());
    }
    if granted("profile") {
        for name in ["name", "website"] {
            if let Some(value) = identity.traits.get(name).filter(|value| value.is_string()) {
                claims.insert(name.into(), value.clone());
            }
        }
        let updated_at = identity
            .updated_at
            .as_deref()
            .and_then(views::sessions::unix_seconds);
        if let Some(updated_at) = updated_at {
            claims.insert("updated_at".into(), updated_at.into());
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_token_says_only_what_was_granted() {
        let identity: Identity = serde_json::from_value(serde_json::json!({
            "id": "i",
            "traits": {"email": "a@example.com", "name": "Ada", "website": "https://ada.example", "age": 3},
            "verifiable_addresses": [{"value": "A@example.com", "verified": true}],
            "updated_at": "2026-11-25T04:56:02Z"
        }))
        .unwrap();
        let email = claims(&identity, &["openid".into(), "email".into()]);
        assert_eq!(email["email"], "a@example.com");
        assert_eq!(email["email_verified"], true);
        assert!(!email.contains_key("name"));
        let profile = claims(&identity, &["profile".into()]);
        assert_eq!(profile["name"], "Ada");
        assert_eq!(profile["updated_at"], 1_795_582_562);
        assert!(!profile.contains_key("email") && !profile.contains_key("age"));
    }

    #[test]
    fn a_decision_reads_repeated_scopes_and_needs_an_action() {
        let decision =
            Decision::read(b"consent_challenge=abc&grant_scope=openid&grant_scope=email&remember=true&consent_action=accept")
                .unwrap();
        assert_eq!(decision.scopes, ["openid", "email"]);
        assert!(decision.remember && decision.allow);
        assert!(Decision::read(b"consent_challenge=abc").is_err());
        assert!(Decision::read(b"consent_challenge=a%20b&consent_action=accept").is_err());
    }
}
