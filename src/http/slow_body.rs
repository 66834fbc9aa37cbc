//! A deadline for request bodies: a client that sends its form slower than [`BODY_DEADLINE`]
//! gets a 408 page and its connection is closed.
//!
//! actix bounds the time to receive a request's head (`client_request_timeout`) but not its
//! body: a handler waiting for a form would wait as long as the client keeps trickling bytes, so
//! a few hundred slow connections ("slowloris") would hold a worker's connections and memory
//! for ever. The forms this UI takes are small (at most [`MAX_FORM_BYTES`]), so the whole body
//! is read here, under one deadline and the size limit, before any handler runs; handlers then
//! read it from memory. Requests without a body pass untouched.

use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{self, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::web;

use crate::http::problem::Problem;
use crate::startup::MAX_FORM_BYTES;

/// The longest a request body may take to arrive: a form is a few kilobytes, which even a poor
/// mobile connection sends in well under a second.
pub const BODY_DEADLINE: Duration = Duration::from_secs(10);

pub async fn bound(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if !has_body(&req) {
        return next.call(req).await;
    }
    let payload = req.extract::<web::Payload>().await?;
    let body = tokio::time::timeout(BODY_DEADLINE, payload.to_bytes_limited(MAX_FORM_BYTES)).await;
    match body {
        Err(_elapsed) => Err(Problem::TooSlow.into()),
        Ok(Err(_too_large)) => Err(Problem::TooLarge.into()),
        Ok(Ok(Err(_unreadable))) => Err(Problem::BadRequest("problem-unreadable").into()),
        Ok(Ok(Ok(bytes))) => {
            req.set_payload(dev::Payload::from(bytes));
            next.call(req).await
        }
    }
}

/// Whether the request says a body follows (a length above zero, or chunks).
fn has_body(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    length.is_some_and(|length| length > 0) || headers.contains_key(header::TRANSFER_ENCODING)
}
