//! `GET /error?id=`: a Kratos error, fetched and explained in plain words.
//!
//! Without an id the page shows the refusal an htmx request left in the UI session (htmx
//! cannot show a page itself, so it navigates here).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::http::header::HeaderValue;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{Site, problem, take_notice};
use crate::http::problem::Problem;
use crate::http::respond;
use crate::kratos::model::{KratosError, SelfServiceError};
use crate::kratos::{Forwarded, KratosClient};
use crate::notice::Notice;
use crate::views;

#[derive(Debug, Deserialize)]
pub struct ErrorQuery {
    id: Option<String>,
}

/// Error ids are UUIDs, or `stub:<code>` for Kratos's built-in examples.
fn is_error_id(candidate: &str) -> bool {
    !candidate.is_empty()
        && candidate.len() <= 64
        && candidate
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<ErrorQuery>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let Some(id) = query.id.as_deref() else {
        return match take_notice(&session) {
            Some(Notice::Refused {
                status,
                id,
                reason,
                message,
            }) => {
                let error = KratosError {
                    id,
                    code: Some(status),
                    reason,
                    message,
                    ..KratosError::default()
                };
                render(&req, &site, status, &error, &[])
            }
            _ => problem(&req, &site, Problem::BadRequest("problem-no-error")),
        };
    };
    if !is_error_id(id) {
        return problem(&req, &site, Problem::MalformedFlowId);
    }
    let fetched = match kratos.fetch_error(id, &Forwarded::from_request(&req)).await {
        Ok(fetched) => fetched,
        Err(unreachable) => {
            log::warn!("error fetch failed: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    match fetched.status {
        200 => match fetched.json::<SelfServiceError>() {
            Ok(stored) => {
                let status = stored.error.code.unwrap_or(500);
                render(&req, &site, status, &stored.error, &fetched.set_cookies)
            }
            Err(error) => {
                log::warn!("Kratos error {id} is unreadable: {error}");
                problem(&req, &site, Problem::KratosUnavailable)
            }
        },
        404 | 400 => problem(&req, &site, Problem::FlowNotFound),
        status => {
            log::warn!("Kratos answered {status} for error {id}");
            problem(&req, &site, Problem::KratosUnavailable)
        }
    }
}

/// The error page with the status of the error itself (a 4xx or 5xx; 500 when unknown).
pub fn render(
    req: &HttpRequest,
    site: &Site,
    status: u16,
    error: &KratosError,
    cookies: &[HeaderValue],
) -> HttpResponse {
    let status = StatusCode::from_u16(status)
        .ok()
        .filter(|status| status.is_client_error() || status.is_server_error())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    respond::markup(
        status,
        views::error::page(&site.chrome(req), error),
        cookies,
    )
}
