//! Response builders: pages, fragments and redirects, each relaying Kratos's `Set-Cookie`s.
//!
//! Flow handlers decide *what* to answer; these functions decide *how*, so every answer gets
//! the same headers (`Vary: HX-Request`, one `Set-Cookie` header per relayed cookie).

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, HttpResponseBuilder};
use maud::Markup;

use super::htmx::{self, Requester};

fn html(status: StatusCode, cookies: &[HeaderValue]) -> HttpResponseBuilder {
    let mut builder = HttpResponse::build(status);
    builder
        .content_type("text/html; charset=utf-8")
        .insert_header((header::VARY, htmx::VARY_VALUE));
    relay(&mut builder, cookies);
    builder
}

/// Appends every `Set-Cookie` Kratos sent, one header each (never merged with commas).
pub fn relay(builder: &mut HttpResponseBuilder, cookies: &[HeaderValue]) {
    for cookie in cookies {
        builder.append_header((header::SET_COOKIE, cookie.clone()));
    }
}

/// A whole page or a fragment: the markup decides, the headers are the same.
pub fn markup(status: StatusCode, body: Markup, cookies: &[HeaderValue]) -> HttpResponse {
    html(status, cookies).body(body.into_string())
}

/// Sends the browser to `location`: a 303 for plain browsers, `HX-Redirect` for htmx (htmx
/// then navigates the whole page, so the no-JS and JS journeys end up at the same URL).
pub fn navigate(requester: Requester, location: &str, cookies: &[HeaderValue]) -> HttpResponse {
    match requester {
        Requester::Browser => {
            let mut builder = HttpResponse::SeeOther();
            builder.insert_header((header::LOCATION, location));
            relay(&mut builder, cookies);
            builder.finish()
        }
        Requester::Htmx => {
            let mut builder = html(StatusCode::OK, cookies);
            builder.insert_header((htmx::HX_REDIRECT, location));
            builder.finish()
        }
    }
}

/// A fragment swapped into another target than the one the request named.
pub fn retargeted(
    status: StatusCode,
    target: &str,
    swap: &str,
    body: Markup,
    cookies: &[HeaderValue],
) -> HttpResponse {
    html(status, cookies)
        .insert_header((htmx::HX_RETARGET, target))
        .insert_header((htmx::HX_RESWAP, swap))
        .body(body.into_string())
}
