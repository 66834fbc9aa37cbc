//! Every form posted to the UI must come from the UI itself: the middleware refuses a `POST`
//! whose `Origin` (or, without one, `Sec-Fetch-Site`, or failing that `Referer`) is not the
//! configured `PUBLIC_URL`'s origin. The configured origin, not the request's `Host` or
//! forwarded headers, which a client chooses.
//!
//! A `POST` that names none of the three comes from a browser that sends none of them: a text
//! browser such as lynx (which drops the `Referer` of a page with a query, as every flow page
//! has) or an old one; every browser of today sends `Origin`. For those, our own forms carry a
//! **form token**: a random value kept in the visitor's UI session, drawn into our forms only
//! for a page requested without `Sec-Fetch-Site` (browsers of today send it to an https or
//! localhost address, so there they get no token and no cookie of ours), and compared here
//! when the post names no origin. A post that names none and carries no matching token is
//! refused, as before.
//!
//! The token is the same on every page of a session, beside text a link can choose (the
//! language switcher's way back), in compressed pages: a BREACH-style guess needs the victim's
//! browser to load pages again and again for the attacker, which takes a script-running
//! browser, and those send `Sec-Fetch-Site` over https and get no token. Over plain http the
//! network sees the token anyway.
//!
//! Every `POST` the UI answers changes something for the person (a save, a consent, the
//! language, signing out, signing devices out, removing an app's access), so the rule covers
//! them all in one place. Kratos's form token and `SameSite` cookies are the other two lines.

use actix_session::{Session, SessionExt};
use actix_web::HttpRequest;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{self, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{HeaderMap, ORIGIN, REFERER};
use actix_web::middleware::Next;
use actix_web::web;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use url::Url;

use super::problem::Problem;
use super::slow_clients;

/// The field of our own forms that carries the form token.
pub const FORM_TOKEN_FIELD: &str = "form_token";
const SESSION_KEY: &str = "form_token";
const SEC_FETCH_SITE: &str = "sec-fetch-site";

/// The UI's own origin (`PUBLIC_URL`), e.g. `https://account.example.com`.
#[derive(Clone, Debug)]
pub struct PublicOrigin(pub String);

pub async fn refuse_foreign_posts(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let foreign = req.method() == Method::POST
        && req
            .app_data::<web::Data<PublicOrigin>>()
            .is_some_and(|origin| !is_same_origin(req.headers(), &origin.0));
    if !foreign {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    if names_a_source(req.headers()) {
        return Ok(req.error_response(Problem::CrossSite).map_into_right_body());
    }
    // No token in the session: refused before the body is read, as before form tokens.
    let Some(kept) = req.get_session().get::<String>(SESSION_KEY).ok().flatten() else {
        return Ok(req.error_response(Problem::CrossSite).map_into_right_body());
    };
    let body = match slow_clients::read_body(&mut req).await {
        Ok(body) => body,
        Err(problem) => return Ok(req.error_response(problem).map_into_right_body()),
    };
    if !carries_token(&body, &kept) {
        return Ok(req.error_response(Problem::CrossSite).map_into_right_body());
    }
    req.set_payload(dev::Payload::from(body));
    Ok(next.call(req).await?.map_into_left_body())
}

/// Whether a request's headers say it comes from `origin`: `Origin` when sent (browsers send it
/// with every form post), else `Sec-Fetch-Site`, else the `Referer`'s origin (our pages' referrer
/// policy keeps it for same-origin requests); a request with none of them is not.
pub fn is_same_origin(headers: &HeaderMap, origin: &str) -> bool {
    let text = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    if let Some(sent) = text(ORIGIN.as_str()) {
        return sent == origin;
    }
    if let Some(site) = text(SEC_FETCH_SITE) {
        return site == "same-origin";
    }
    text(REFERER.as_str())
        .and_then(|referer| Url::parse(referer).ok())
        .is_some_and(|referer| referer.origin().ascii_serialization() == origin)
}

/// Whether a request names where it comes from at all.
fn names_a_source(headers: &HeaderMap) -> bool {
    [ORIGIN.as_str(), SEC_FETCH_SITE, REFERER.as_str()]
        .iter()
        .any(|name| headers.contains_key(*name))
}

/// Whether a form body carries `kept` as its form token (compared in constant time).
fn carries_token(body: &[u8], kept: &str) -> bool {
    let mut sent = url::form_urlencoded::parse(body)
        .filter(|(name, _)| name == FORM_TOKEN_FIELD)
        .map(|(_, value)| value);
    match (sent.next(), sent.next()) {
        (Some(sent), None) => super::same_bytes(sent.as_bytes(), kept.as_bytes()),
        _ => false,
    }
}

/// The form token to draw into our own forms on the page `req` asks for: only for a browser
/// that sends no `Sec-Fetch-Site` (see the module docs), made once per UI session. `None`
/// when the session cannot keep it (the post will then be refused as before).
pub fn form_token(req: &HttpRequest, session: &Session) -> Option<String> {
    if req.headers().contains_key(SEC_FETCH_SITE) {
        return None;
    }
    if let Ok(Some(kept)) = session.get::<String>(SESSION_KEY) {
        return Some(kept);
    }
    let mut random = [0u8; 24];
    SystemRandom::new().fill(&mut random).ok()?;
    let token = URL_SAFE_NO_PAD.encode(random);
    session.insert(SESSION_KEY, &token).ok()?;
    Some(token)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn only_requests_that_name_our_origin_are_same_origin() {
        let ours = "https://account.example.com";
        let check = |headers: &[(&str, &str)]| {
            let mut req = TestRequest::post().insert_header(("host", "account.example.com"));
            for header in headers {
                req = req.insert_header(*header);
            }
            is_same_origin(req.to_http_request().headers(), ours)
        };
        assert!(check(&[("origin", ours)]));
        assert!(!check(&[("origin", "https://evil.example")]));
        assert!(!check(&[("origin", "null")]));
        assert!(
            !check(&[("origin", "http://account.example.com")]),
            "another scheme"
        );
        assert!(!check(&[]), "nothing says where it comes from");
        assert!(!check(&[
            ("x-forwarded-host", "evil.example"),
            ("origin", "https://evil.example")
        ]));
        assert!(check(&[("sec-fetch-site", "same-origin")]));
        assert!(!check(&[("sec-fetch-site", "cross-site")]));
        assert!(!check(&[("sec-fetch-site", "same-site")]));
        assert!(check(&[(
            "referer",
            "https://account.example.com/settings?flow=x"
        )]));
        assert!(!check(&[(
            "referer",
            "https://account.example.com.evil.example/"
        )]));
        assert!(
            !check(&[
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "same-origin")
            ]),
            "Origin decides when it is there"
        );
    }

    #[test]
    fn a_form_token_counts_only_alone_and_exact() {
        let kept = "c2VjcmV0LXRva2VuLXZhbHVl";
        assert!(carries_token(
            b"form_token=c2VjcmV0LXRva2VuLXZhbHVl&lang=de",
            kept
        ));
        assert!(!carries_token(b"lang=de", kept), "none");
        assert!(!carries_token(b"form_token=c2VjcmV0LXRva2VuLXZhbHVm", kept));
        assert!(!carries_token(b"form_token=c2VjcmV0", kept), "a prefix");
        assert!(!carries_token(b"form_token=&lang=de", kept));
        assert!(
            !carries_token(b"form_token=nope&form_token=c2VjcmV0LXRva2VuLXZhbHVl", kept),
            "twice"
        );
    }
}
