//! Problems drawn for the request they answer: the middleware behind every
//! `Err(Problem)` a handler returns.
//!
//! A browser gets the problem's page with a way on; htmx gets its words in the flow's status
//! region, leaving what the person typed in place so they can try again.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;

use super::reply::Reply;
use super::visit::Visit;
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::routes;
use crate::views;

/// The middleware that draws problems for the request they answer: a handler's
/// `Err(Problem)`, and actix's own plain-text answers to unusable requests (a body over the
/// limit, an unreadable form or query), which htmx would otherwise swap over the form. Our own
/// HTML answers pass untouched, and so do our JavaScript ones (Kratos's script refused:
/// `flows/kratos_script.rs`), which no person sees as a page. It sits inside the session middleware, so a problem page
/// speaks the language the visitor chose.
pub async fn problems(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let response = next.call(req).await?;
    let Some(problem) = problem_of(&response) else {
        return Ok(response.map_into_left_body());
    };
    let Some(visit) = Visit::of(response.request()) else {
        return Ok(response.map_into_left_body());
    };
    let answer = reply(&visit, &problem).into_response();
    let (request, _) = response.into_parts();
    Ok(ServiceResponse::new(request, answer).map_into_right_body())
}

/// `problem`'s page for a browser, with a way on; its words in the status region for htmx.
fn reply(visit: &Visit, problem: &Problem) -> Reply {
    let chrome = visit.chrome();
    let reply = match visit.requester {
        Requester::Browser => visit.page(views::problem::page(&chrome, problem, &retry(visit))),
        Requester::Htmx => {
            Reply::status_message(views::problem::status_message(chrome.tr, problem))
        }
    };
    let reply = reply.with_status(problem.status());
    match problem {
        Problem::MethodNotAllowed(methods) => reply.allowing(methods),
        _ => reply,
    }
}

/// The problem a response stands for, if it is one we draw.
fn problem_of<B>(response: &ServiceResponse<B>) -> Option<Problem> {
    let raised = response
        .response()
        .error()
        .and_then(|error| error.as_error::<Problem>());
    if let Some(problem) = raised {
        return Some(problem.clone());
    }
    let is_ours = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| {
            let value = value.as_bytes();
            value.starts_with(b"text/html") || value.starts_with(b"text/javascript")
        });
    match response.status() {
        _ if is_ours => None,
        StatusCode::PAYLOAD_TOO_LARGE => Some(Problem::TooLarge),
        StatusCode::BAD_REQUEST if response.request().method() == Method::GET => {
            Some(Problem::MalformedFlowId)
        }
        StatusCode::BAD_REQUEST => Some(Problem::BadRequest("problem-unreadable")),
        _ => None,
    }
}

/// Where "Try again" leads: this page again (a `GET`; its path and query only, never a URL
/// taken from the request), or after a refused form post the account.
fn retry(visit: &Visit) -> String {
    let home = || visit.links().path(routes::HOME);
    let req = &visit.req;
    if req.method() != Method::GET {
        return home();
    }
    let retry = match req.query_string() {
        "" => req.path().to_owned(),
        query => format!("{}?{query}", req.path()),
    };
    if retry.starts_with('/') && !retry.starts_with("//") {
        retry
    } else {
        home()
    }
}
