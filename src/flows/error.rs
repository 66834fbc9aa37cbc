//! `GET /error?id=`: a Kratos error, fetched and explained in plain words.
//!
//! Without an id the page shows the refusal an htmx request left in the UI session (htmx
//! cannot show a page itself, so it navigates here).

use actix_web::web;
use serde::Deserialize;

use super::follow::{Ways, follow};
use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::kratos::model::{KratosError, SelfServiceError};
use crate::notice::Notice;

#[derive(Debug, Deserialize)]
pub struct ErrorQuery {
    /// A Kratos error.
    id: Option<String>,
    /// An OAuth2 error Hydra sends here (`urls.error`; its `error_description` is not shown).
    error: Option<String>,
}

/// Error ids are UUIDs, or `stub:<code>` for Kratos's built-in examples.
fn is_error_id(candidate: &str) -> bool {
    !candidate.is_empty()
        && candidate.len() <= 64
        && candidate
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
}

pub async fn show(visit: Visit, query: web::Query<ErrorQuery>) -> Result<Reply, Problem> {
    if let (None, Some(code)) = (&query.id, &query.error) {
        // Hydra's: explained like Kratos's, never a bare 400. Only our own words are shown:
        // anyone can write a link to this page, so its description is not repeated here.
        let code: String = code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .take(64)
            .collect();
        let status = match code.as_str() {
            "server_error" | "temporarily_unavailable" => 503,
            _ => 400,
        };
        let error = KratosError {
            id: Some(code),
            code: Some(status),
            ..KratosError::default()
        };
        return Ok(visit.error_page(status, &error));
    }
    let Some(id) = query.id.as_deref() else {
        return match visit.take_notice() {
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
                Ok(visit.error_page(status, &error))
            }
            _ => Err(Problem::BadRequest("problem-no-error")),
        };
    };
    if !is_error_id(id) {
        return Err(Problem::MalformedFlowId);
    }
    let fetched = visit.kratos.fetch_error(id, &visit.forwarded()).await?;
    let reply = match fetched.payload::<SelfServiceError>() {
        Ok(stored) => visit.error_page(stored.error.code.unwrap_or(500), &stored.error),
        // Kratos does not know this error (or cannot read its id): the link is broken.
        Err(_) if matches!(fetched.status, 400 | 404) => return Err(Problem::FlowNotFound),
        Err(other) => return follow(&visit, other, Ways::default(), &fetched.set_cookies),
    };
    Ok(reply.with_cookies(&fetched.set_cookies))
}
