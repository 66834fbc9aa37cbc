//! Slow clients ("slowloris"): deadlines for the whole request, so that a few hundred
//! connections trickling bytes cannot hold a worker's connections and memory for ever.
//!
//! - **The head** (request line and headers) must arrive within `startup::HEAD_DEADLINE`:
//!   actix's `client_request_timeout`. actix starts that timer only for a connection's first
//!   request, so a client could send one quick request and then trickle the next one's head on
//!   the same kept-alive connection. Connections from anyone but `TRUSTED_PROXIES` therefore
//!   carry one request each ([`close_after_answer`] answers them with `Connection: close`);
//!   a reverse proxy of the operator's keeps its connections. (In production a proxy or
//!   ingress is always in front, since this server speaks plain HTTP, so nothing is lost.)
//! - **The body** must arrive within [`BODY_DEADLINE`]: actix bounds none. The forms this UI
//!   takes are small (at most [`MAX_FORM_BYTES`]), so the whole body is read here ([`bound_body`]),
//!   under one deadline and the size limit, before any handler runs; handlers then read it from
//!   memory. Requests without a body pass untouched.
//!
//! Closing matters as much as answering: once its reader is gone, actix reads the rest of a
//! chunked body to keep the connection, with no timer at all, so a client that goes silent
//! would hold it anyway. A body refused here is therefore left unread and kept alive with the
//! response's body ([`close_after_answer`], the outermost middleware, puts it there), which
//! makes actix answer with `Connection: close` and then close.

use std::net::IpAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::HttpMessage;
use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
use actix_web::dev::{self, ServiceRequest, ServiceResponse};
use actix_web::http::{ConnectionType, header};
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes, BytesMut};
use futures_core::Stream;

use crate::config::IpRange;
use crate::http::problem::Problem;
use crate::startup::MAX_FORM_BYTES;

/// The longest a request body may take to arrive: a form is a few kilobytes, which even a poor
/// mobile connection sends in well under a second.
pub const BODY_DEADLINE: Duration = Duration::from_secs(10);

/// A request body refused before it was read to its end, kept until the answer is sent.
struct UnreadBody {
    _payload: dev::Payload,
}

pub async fn bound_body(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if !has_body(&req) {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    match read_body(&mut req).await {
        Ok(body) => {
            req.set_payload(dev::Payload::from(body));
            Ok(next.call(req).await?.map_into_left_body())
        }
        // An answer, not an error: the `problems` middleware draws it for the request.
        Err(problem) => Ok(req.error_response(problem).map_into_right_body()),
    }
}

/// Takes the request's body, read within [`BODY_DEADLINE`] and `MAX_FORM_BYTES`; a body
/// refused before its end is kept with the request, for [`close_after_answer`].
pub async fn read_body(req: &mut ServiceRequest) -> Result<Bytes, Problem> {
    let mut payload = req.take_payload();
    let read = tokio::time::timeout(BODY_DEADLINE, read_limited(&mut payload))
        .await
        .unwrap_or(Err(Problem::TooSlow));
    if read.is_err() {
        req.extensions_mut()
            .insert(UnreadBody { _payload: payload });
    }
    read
}

/// The outermost middleware: the connection of anyone but a trusted proxy closes after this
/// answer, and a body [`bound_body`] refused unread goes with the response's body, so that when
/// actix has sent it and looks at the request's body, it finds it unfinished and closes the
/// connection instead of reading the rest.
pub async fn close_after_answer(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody, WithUnreadBody>>, actix_web::Error> {
    let trusted = req
        .app_data::<web::Data<TrustedProxies>>()
        .is_some_and(|proxies| proxies.contain(req.peer_addr().map(|addr| addr.ip())));
    let mut response = next.call(req).await?;
    if !trusted {
        response
            .response_mut()
            .head_mut()
            .set_connection_type(ConnectionType::Close);
    }
    let unread = response.request().extensions_mut().remove::<UnreadBody>();
    Ok(match unread {
        None => response.map_into_left_body(),
        Some(unread) => response
            .map_body(|_, body| WithUnreadBody {
                body: body.boxed(),
                _unread: unread,
            })
            .map_into_right_body(),
    })
}

/// `TRUSTED_PROXIES`: the peers whose connections are kept alive between requests.
pub struct TrustedProxies(pub Vec<IpRange>);

impl TrustedProxies {
    fn contain(&self, peer: Option<IpAddr>) -> bool {
        peer.is_some_and(|peer| self.0.iter().any(|range| range.contains(peer)))
    }
}

/// A response body that holds the request's unread body until it is sent.
pub struct WithUnreadBody {
    body: BoxBody,
    _unread: UnreadBody,
}

impl MessageBody for WithUnreadBody {
    type Error = Box<dyn std::error::Error>;

    fn size(&self) -> BodySize {
        self.body.size()
    }

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        Pin::new(&mut self.get_mut().body).poll_next(cx)
    }
}

/// The whole body, or the problem with it: over [`MAX_FORM_BYTES`], or broken off.
async fn read_limited(payload: &mut dev::Payload) -> Result<Bytes, Problem> {
    let mut body = BytesMut::new();
    while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut *payload).poll_next(cx)).await {
        let chunk = chunk.map_err(|_| Problem::BadRequest("problem-unreadable"))?;
        if body.len() + chunk.len() > MAX_FORM_BYTES {
            return Err(Problem::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
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
