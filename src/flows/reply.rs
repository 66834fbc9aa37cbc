//! [`Reply`]: every answer a handler gives, and the one place it becomes HTTP.
//!
//! A reply knows who asked (set by `Visit`, which decides it once) and carries Kratos's
//! cookies to relay. It becomes a page or fragment, a 303 or an `HX-Redirect`, a message in
//! the status region, and `HX-Push-Url` here and nowhere else, so every answer gets the same
//! headers (`Vary: HX-Request`, one `Set-Cookie` per relayed cookie, never merged with commas).
//!
//! Problems take the same road: handlers return `Err(Problem)`, and the `problems`
//! middleware (`flows/problems.rs`) draws it as a reply for the request it answers.

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, Responder};
use maud::Markup;

use crate::http::htmx::{self, Requester};
use crate::views::target;

pub struct Reply {
    requester: Requester,
    status: StatusCode,
    body: Body,
    cookies: Vec<HeaderValue>,
    /// For htmx: the address the address bar shows after the swap.
    push_url: Option<String>,
    /// The methods an address answers, for a 405 (`Allow`).
    allow: Option<&'static str>,
    /// A page's own Content-Security-Policy, in place of every page's.
    content_security_policy: Option<String>,
}

enum Body {
    /// A page, or for htmx the fragment it swaps.
    Markup(Markup),
    /// Go there: a 303 for a browser, `HX-Redirect` for htmx (which then navigates the whole
    /// page, so both journeys end at the same URL).
    Navigate(String),
    /// For htmx: a message for the flow's status region, whatever the request targeted, so
    /// what the person typed stays in place.
    Status(Markup),
}

impl Reply {
    pub(super) fn markup(requester: Requester, markup: Markup) -> Self {
        Self::new(requester, Body::Markup(markup))
    }

    pub(super) fn navigate(requester: Requester, location: String) -> Self {
        Self::new(requester, Body::Navigate(location))
    }

    fn new(requester: Requester, body: Body) -> Self {
        Self {
            requester,
            status: StatusCode::OK,
            body,
            cookies: Vec::new(),
            push_url: None,
            allow: None,
            content_security_policy: None,
        }
    }

    pub fn with_status(self, status: StatusCode) -> Self {
        Self { status, ..self }
    }

    /// Relays `cookies` (Kratos's `Set-Cookie`s) with the answer.
    pub fn with_cookies(mut self, cookies: &[HeaderValue]) -> Self {
        self.cookies.extend(cookies.iter().cloned());
        self
    }

    /// The address bar follows a swap to `url` (a replacement flow), so a reload shows it.
    /// A browser gets a whole page at its own address: nothing to do.
    pub fn pushing_url(self, url: String) -> Self {
        Self {
            push_url: Some(url),
            ..self
        }
    }

    /// Names the methods the address answers (with a 405).
    pub fn allowing(self, methods: &'static str) -> Self {
        Self {
            allow: Some(methods),
            ..self
        }
    }

    /// Gives the page its own Content-Security-Policy (see `Site::content_security_policy`).
    pub fn with_content_security_policy(self, policy: String) -> Self {
        Self {
            content_security_policy: Some(policy),
            ..self
        }
    }

    /// For htmx: `markup` goes into the flow's status region, whatever the request targeted.
    pub(super) fn status_message(markup: Markup) -> Self {
        Self::new(Requester::Htmx, Body::Status(markup))
    }

    pub(super) fn into_response(self) -> HttpResponse {
        let htmx = self.requester == Requester::Htmx;
        let (mut builder, body) = match self.body {
            Body::Navigate(location) if !htmx => {
                let mut builder = HttpResponse::SeeOther();
                builder.insert_header((header::LOCATION, location));
                (builder, None)
            }
            Body::Navigate(location) => {
                let mut builder = html(self.status);
                builder.insert_header((htmx::HX_REDIRECT, location));
                (builder, None)
            }
            Body::Markup(markup) => (html(self.status), Some(markup)),
            Body::Status(markup) => {
                let mut builder = html(self.status);
                builder
                    .insert_header((htmx::HX_RETARGET, target::selector(target::FLOW_STATUS)))
                    .insert_header((htmx::HX_RESWAP, "innerHTML"));
                (builder, Some(markup))
            }
        };
        for cookie in self.cookies {
            builder.append_header((header::SET_COOKIE, cookie));
        }
        let push_url = self
            .push_url
            .filter(|_| htmx)
            .and_then(|url| HeaderValue::try_from(url).ok());
        if let Some(url) = push_url {
            builder.insert_header((HeaderName::from_static(htmx::HX_PUSH_URL), url));
        }
        if let Some(methods) = self.allow {
            builder.insert_header((header::ALLOW, methods));
        }
        if let Some(policy) = self.content_security_policy {
            builder.insert_header((header::CONTENT_SECURITY_POLICY, policy));
        }
        match body {
            Some(markup) => builder.body(markup.into_string()),
            None => builder.finish(),
        }
    }
}

/// An HTML answer: a page, a fragment, or an htmx instruction. Its content depends on
/// `HX-Request`, so caches are told so.
fn html(status: StatusCode) -> HttpResponseBuilder {
    let mut builder = HttpResponse::build(status);
    builder
        .content_type("text/html; charset=utf-8")
        .insert_header((header::VARY, htmx::VARY_VALUE));
    builder
}

impl Responder for Reply {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        self.into_response()
    }
}
