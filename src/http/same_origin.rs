//! Every form posted to the UI must come from the UI itself: the middleware refuses a `POST`
//! whose `Origin` (or, without one, `Sec-Fetch-Site`, or failing that `Referer`) is not the
//! configured `PUBLIC_URL`'s origin, and one that names none of them. The configured origin, not
//! the request's `Host` or forwarded headers, which a client chooses.
//!
//! Every `POST` the UI answers changes something for the person (a save, a consent, the
//! language, signing out, signing devices out, removing an app's access), so the rule covers
//! them all in one place. Kratos's form token and `SameSite` cookies are the other two lines.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{HeaderMap, ORIGIN, REFERER};
use actix_web::middleware::Next;
use actix_web::web;
use url::Url;

use super::problem::Problem;

/// The UI's own origin (`PUBLIC_URL`), e.g. `https://account.example.com`.
#[derive(Clone, Debug)]
pub struct PublicOrigin(pub String);

pub async fn refuse_foreign_posts(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let foreign = req.method() == Method::POST
        && req
            .app_data::<web::Data<PublicOrigin>>()
            .is_some_and(|origin| !is_same_origin(req.headers(), &origin.0));
    if foreign {
        return Ok(req.error_response(Problem::CrossSite).map_into_right_body());
    }
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
    if let Some(site) = text("sec-fetch-site") {
        return site == "same-origin";
    }
    text(REFERER.as_str())
        .and_then(|referer| Url::parse(referer).ok())
        .is_some_and(|referer| referer.origin().ascii_serialization() == origin)
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
}
