//! The one outcome → reply map: where the person goes when Kratos's answer is not the page's
//! own content (the flow to draw, the session to list, ...).
//!
//! `kratos::outcome` decides what an answer *means*; this decides what to *do* about it, for
//! every page alike. What differs between pages is data, in [`Ways`]: whether the page can
//! start its flow afresh (the flow pages can; sessions, logout and the error page have no flow)
//! and where a person comes back to after signing in (only pages of a signed-in person).
//! Every other rule holds everywhere, and each is explained once, below.

use actix_web::http::Method;
use actix_web::http::header::HeaderValue;

use super::reply::Reply;
use super::visit::Visit;
use super::{FlowKind, FlowQuery};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::kratos::Outcome;
use crate::kratos::model::{ContinueWith, KratosError};
use crate::kratos::outcome::error_id;
use crate::notice::Notice;
use crate::routes;

/// What one page allows beyond the rules every page shares.
#[derive(Default)]
pub struct Ways<'a> {
    /// Starts this page's flow afresh, carrying what the visitor's query carried.
    pub restart: Option<(&'static FlowKind, &'a FlowQuery)>,
    /// Where a person comes back to after signing in, on a page only a signed-in person sees.
    /// Elsewhere Kratos never asks anyone to sign in (its sign-in and sign-up flows are for
    /// people who are not), so a 401 there means something other than Kratos answered.
    pub after_sign_in: Option<String>,
}

/// The reply to `outcome`, relaying `cookies` (Kratos's `Set-Cookie`s) wherever the person
/// goes: the continuity cookie of a re-authentication matters, for one.
pub fn follow(
    visit: &Visit,
    outcome: Outcome,
    ways: Ways,
    cookies: &[HeaderValue],
) -> Result<Reply, Problem> {
    let restart = |notice: Notice, return_to: Option<&str>| {
        let (kind, query) = ways.restart?;
        visit.set_notice(notice);
        let init = kind.init_url(visit.links(), query, return_to);
        Some(visit.navigate(init).with_cookies(cookies))
    };
    let what = outcome.describe();
    let reply = match outcome {
        // The flow expired: a new one, with a notice saying why (never a silent restart). It
        // keeps the `return_to` the expired flow had (Kratos names it when a page fetches the
        // flow), else the one the visitor's address carries, so the journey still ends there.
        Outcome::Expired { return_to, .. } => {
            let return_to = return_to.filter(|to| !to.is_empty());
            restart(Notice::FlowExpired, return_to.as_deref())
        }
        Outcome::Redirect { to, reason } if visit.site.may_follow(&to, reason) => {
            Some(visit.navigate(to).with_cookies(cookies))
        }
        Outcome::Redirect { to, .. } => {
            let origin = url::Url::parse(&to).map_or_else(
                |_| "(unparseable)".to_owned(),
                |url| url.origin().ascii_serialization(),
            );
            log::warn!(
                "{}: refusing a redirect outside Kratos and this UI, to {origin}",
                visit.req.path()
            );
            return Err(Problem::KratosUnavailable);
        }
        Outcome::SignInRequired => ways.after_sign_in.map(|back| {
            visit
                .navigate(visit.links().login(&back))
                .with_cookies(cookies)
        }),
        // A page asked for a flow Kratos does not know: the link is broken, and the person is
        // told so with a way on. A form posted to one has nothing left to show: a new flow.
        Outcome::NotFound if ways.restart.is_some() && visit.req.method() == Method::GET => {
            return Err(Problem::FlowNotFound);
        }
        Outcome::NotFound => restart(Notice::FlowRestarted, None),
        // A flow of another account (a shared link, a changed session): this person's own,
        // new one. Nothing of the other account is shown.
        Outcome::Rejected { error, .. }
            if error.id.as_deref() == Some(error_id::SECURITY_IDENTITY_MISMATCH)
                && ways.restart.is_some() =>
        {
            restart(Notice::FlowRestarted, None)
        }
        Outcome::Rejected { status, error } => Some(refused(visit, status, error, cookies)),
        Outcome::Unavailable(why) => {
            log::warn!("{}: {why}", visit.req.path());
            return Err(Problem::KratosUnavailable);
        }
        // Signed in through a form htmx posted here: on to where Kratos says the journey goes
        // (the `return_to` it checked against its allow-list), else home.
        Outcome::Completed { continue_with } => {
            let next = continue_with.into_iter().find_map(|next| match next {
                ContinueWith::RedirectBrowserTo {
                    redirect_browser_to,
                } if is_web_address(&redirect_browser_to) => Some(redirect_browser_to),
                _ => None,
            });
            let next = next.unwrap_or_else(|| visit.links().path(routes::HOME));
            Some(visit.navigate(next).with_cookies(cookies))
        }
        Outcome::Flow(_) | Outcome::Invalid(_) => None,
    };
    // What this page has no way for (a 401 on a sign-in page, an expired flow where there is
    // no flow, a flow where a session was asked for) is not Kratos answering as it does.
    reply.ok_or_else(|| {
        log::warn!(
            "{}: unexpected answer from Kratos: {what}",
            visit.req.path()
        );
        Problem::KratosUnavailable
    })
}

/// Kratos refused the request (CSRF, forbidden `return_to`, ...): its error page explains. A
/// browser gets it at once; htmx cannot show a page itself, so it navigates to our error page,
/// which finds the error in the UI session.
fn refused(visit: &Visit, status: u16, error: KratosError, cookies: &[HeaderValue]) -> Reply {
    match visit.requester {
        Requester::Browser => visit.error_page(status, &error),
        Requester::Htmx => {
            visit.set_notice(Notice::Refused {
                status,
                id: error.id,
                reason: error.reason,
                message: error.message,
            });
            visit.navigate(visit.links().path(routes::ERROR))
        }
    }
    .with_cookies(cookies)
}

/// An absolute `http(s)` address (never `javascript:` and friends).
fn is_web_address(target: &str) -> bool {
    url::Url::parse(target).is_ok_and(|url| matches!(url.scheme(), "http" | "https"))
}
