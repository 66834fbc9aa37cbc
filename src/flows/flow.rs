//! `show` and `save`: the two handlers every row of [`FLOWS`](super::FLOWS) shares.
//!
//! Without JavaScript the forms post straight to Kratos and only `GET` is ours. With htmx the
//! forms of a flow that posts here (settings, sign-in) come to [`save`]: we forward the body to
//! Kratos, relay its cookies, map the outcome, re-fetch the flow by id and answer with the
//! swappable body. A page costs exactly one Kratos call (the flow fetch), a save exactly two
//! (submit + re-fetch); the sign-in page also asks which optional flows Kratos offers, at most
//! once a minute for the whole process (`offers`).

use actix_web::HttpRequest;
use actix_web::http::header::{self, HeaderValue};
use actix_web::web::{self, Bytes};

use super::follow::{Ways, follow};
use super::offers::Offered;
use super::reply::Reply;
use super::visit::Visit;
use super::{FlowKind, FlowQuery, is_flow_id};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::kratos::Outcome;
use crate::kratos::model::{Attributes, ContinueWith, Flow};
use crate::notice::Notice;
use crate::site::origins_of;
use crate::views::FlowView;

/// `GET <route>[?flow=<id>]`: the flow's page; without an id, a new flow at Kratos's init
/// (which sets its CSRF cookie and comes back here with `?flow=`).
pub async fn show(
    kind: &'static FlowKind,
    visit: Visit,
    query: web::Query<FlowQuery>,
) -> Result<Reply, Problem> {
    let Some(id) = query.flow_id()? else {
        if kind.optional && !visit.offers().offers(&visit.kratos, kind).await {
            return Err(Problem::NotOffered(kind.route));
        }
        if let (Some(_), Some(value)) = (kind.fills_in, query.email.as_deref()) {
            visit.keep_for_next_flow(value);
        }
        return Ok(visit.navigate(kind.init_url(visit.links(), &query, None)));
    };
    let fetched = visit
        .kratos
        .fetch_flow(kind.fetch, id, &visit.forwarded())
        .await?;
    let reply = match fetched.outcome() {
        Outcome::Flow(mut flow) | Outcome::Invalid(mut flow) => {
            let notice = visit.take_notice();
            if let Some(field) = kind.fills_in
                && let Some(value) = visit.take_kept_for_flow()
            {
                fill_in(&mut flow, field, &value);
            }
            let offered = offered(kind, &visit).await;
            draw(kind, &visit, &flow, notice.as_ref(), &[], offered)
        }
        other => {
            return follow(
                &visit,
                other,
                ways(kind, &visit, &query),
                &fetched.set_cookies,
            );
        }
    };
    Ok(reply.with_cookies(&fetched.set_cookies))
}

/// `POST <route>?flow=<id>`, for a flow whose forms htmx posts here: the form goes to Kratos
/// (its `submit` endpoint), and the answer is what a browser without JavaScript sees after Kratos's 303, the flow
/// re-fetched by id. (A plain post gets that 303 itself.)
pub async fn save(
    kind: &'static FlowKind,
    submit: &'static str,
    visit: Visit,
    query: web::Query<FlowQuery>,
    body: Bytes,
) -> Result<Reply, Problem> {
    let id = query.flow_id()?.ok_or(Problem::MalformedFlowId)?;
    let content_type =
        form_content_type(&visit.req).ok_or(Problem::BadRequest("problem-not-form-data"))?;
    let from = visit.forwarded();
    let typed = kind
        .keeps_typed
        .filter(|_| is_urlencoded(&content_type))
        .and_then(|field| {
            url::form_urlencoded::parse(&body)
                .find(|(name, _)| name == field)
                .map(|(_, value)| (field, value.into_owned()))
        });
    let submitted = visit
        .kratos
        .submit_flow(submit, id, &content_type, body, &from)
        .await?;
    let mut cookies = submitted.set_cookies.clone();
    let (show_id, continue_with) = match submitted.outcome() {
        Outcome::Flow(flow) | Outcome::Invalid(flow) => (id.to_owned(), flow.continue_with),
        // Kratos already made a replacement for the expired flow: show that one (its own
        // message says why).
        Outcome::Expired {
            use_flow_id: Some(new_id),
            ..
        } if is_flow_id(&new_id) => (new_id, Vec::new()),
        other => return follow(&visit, other, ways(kind, &visit, &query), &cookies),
    };
    let page = visit.links().flow(kind.route, &show_id);
    if visit.requester == Requester::Browser {
        return Ok(visit.navigate(page).with_cookies(&cookies));
    }
    // Re-fetched with the cookies Kratos just set, so the swap shows exactly what a browser
    // without JavaScript sees after Kratos's 303.
    let refetched = visit
        .kratos
        .fetch_flow(kind.fetch, &show_id, &from.with_cookies_set(&cookies))
        .await?;
    cookies.extend(refetched.set_cookies.iter().cloned());
    let reply = match refetched.outcome() {
        Outcome::Flow(mut flow) | Outcome::Invalid(mut flow) => {
            if let Some((field, value)) = &typed {
                fill_in(&mut flow, field, value);
            }
            let offered = offered(kind, &visit).await;
            draw(kind, &visit, &flow, None, &continue_with, offered)
        }
        other => return follow(&visit, other, ways(kind, &visit, &query), &cookies),
    };
    let reply = reply.with_cookies(&cookies);
    // A replacement flow: the address bar follows, so a reload shows the new one.
    Ok(if show_id == id {
        reply
    } else {
        reply.pushing_url(page)
    })
}

/// The flow's screen, by its row's view: the page, or the swappable body for htmx.
fn draw(
    kind: &FlowKind,
    visit: &Visit,
    flow: &Flow,
    notice: Option<&Notice>,
    continue_with: &[ContinueWith],
    offered: Offered,
) -> Reply {
    let chrome = visit.chrome().for_flow(flow);
    let view = FlowView {
        flow,
        notice,
        continue_with,
        submit_here: kind.submit_here(visit.links(), &flow.id),
        offered,
    };
    let reply = visit.screen(&chrome, (kind.view)(&chrome, &view));
    match &flow.oauth2_login_request {
        // Signed in, Kratos sends the browser to Hydra, and Hydra on to the app when it needs no
        // consent screen: all one navigation of this page's form, so the page's CSP lets its
        // forms lead to the app's registered addresses.
        Some(request) => {
            let app = origins_of(request.client.redirect_uris.iter().map(String::as_str));
            reply.with_content_security_policy(visit.site.content_security_policy(&app, &[]))
        }
        None => reply,
    }
}

/// Fills the flow's visible input `field` with `value` when the person has not typed anything
/// there yet (Kratos leaves it empty on a new flow).
fn fill_in(flow: &mut Flow, field: &str, value: &str) {
    let empty = flow
        .ui
        .nodes
        .iter_mut()
        .find_map(|node| match &mut node.attributes {
            Attributes::Input(input)
                if input.name == field
                    && input.kind != "hidden"
                    && input.value_text().is_empty() =>
            {
                Some(input)
            }
            _ => None,
        });
    if let Some(input) = empty {
        input.value = Some(value.into());
    }
}

/// The optional flows Kratos offers, for a page that links to them.
async fn offered(kind: &FlowKind, visit: &Visit) -> Offered {
    if kind.links_optional {
        visit.offers().offered(&visit.kratos).await
    } else {
        Offered::default()
    }
}

/// Where a flow page may send the person: a new flow of its kind, and (for a flow of a
/// signed-in person) sign-in, coming back through the flow's init, which Kratos always
/// accepts as `return_to`.
fn ways<'a>(kind: &'static FlowKind, visit: &Visit, query: &'a FlowQuery) -> Ways<'a> {
    Ways {
        restart: Some((kind, query)),
        after_sign_in: kind
            .needs_session
            .then(|| visit.links().kratos(kind.init, &[])),
    }
}

const URLENCODED: &str = "application/x-www-form-urlencoded";

/// A `Content-Type`'s media type, lower-case and without parameters.
fn essence(content_type: &HeaderValue) -> Option<String> {
    let media_type = content_type.to_str().ok()?.split(';').next()?;
    Some(media_type.trim().to_ascii_lowercase())
}

fn is_urlencoded(content_type: &HeaderValue) -> bool {
    essence(content_type).as_deref() == Some(URLENCODED)
}

/// The request's `Content-Type`, when it is one of the two a browser form sends.
fn form_content_type(req: &HttpRequest) -> Option<HeaderValue> {
    let value = req.headers().get(header::CONTENT_TYPE)?;
    matches!(essence(value)?.as_str(), URLENCODED | "multipart/form-data").then(|| value.clone())
}
