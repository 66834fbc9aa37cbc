//! A bound on request headers, answered with a page a person can act on.
//!
//! actix refuses a request whose headers exceed its read buffer (128 KiB) or 96 lines with a
//! bare 431 and no words; below that, everything would be forwarded to Kratos. Headers that
//! big are nearly always a cookie jar grown out of bounds on this domain, so above
//! [`MAX_HEADER_BYTES`] the request gets [`Problem::HeadersTooLarge`] (drawn as a page saying
//! so, and what helps) before anything reaches Kratos. The limit matches what common reverse
//! proxies accept (nginx: 4 × 8 KiB). It sits inside the session middleware, like every other
//! problem, so the page speaks the language the visitor chose.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;

use crate::http::problem::Problem;

/// The most header bytes (names and values) a request may carry.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

pub async fn bound(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let size: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if size > MAX_HEADER_BYTES {
        return Ok(req
            .error_response(Problem::HeadersTooLarge)
            .map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}
