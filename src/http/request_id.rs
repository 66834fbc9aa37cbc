//! Request ids: one id per request, in every log line written while it is served, in the
//! access log, in the `X-Request-Id` response header and on every call to Kratos.
//!
//! Why: with several replicas behind a load balancer, a person's "it said the service is not
//! available at 10:42" has to be matched to one warning line. A reverse proxy that already
//! assigns ids (nginx's `$request_id`, for instance) can pass its own in `X-Request-Id`; we
//! keep it beside ours when it is short and plain (it goes into log lines, so nothing else is
//! trusted), but it is never the only id: anyone can send any `X-Request-Id`, and a client that
//! reuses another request's id must not be able to blur two requests into one in the logs. Our
//! own id is the one in the response, on calls to Kratos and Hydra, and first in log lines.
//!
//! The id lives in a task-local for the duration of the request, so the logger reads it
//! without every `log::warn!` having to be handed the request.

use std::cell::Cell;
use std::hash::{BuildHasher, Hasher, RandomState};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest};

pub const HEADER: &str = "x-request-id";
const LONGEST_ACCEPTED: usize = 64;

/// The ids of one request: ours, and the one it arrived with if that is safe to log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestId {
    own: String,
    incoming: Option<String>,
}

impl RequestId {
    /// Our own id: in the response, on calls to Kratos and Hydra.
    pub fn as_str(&self) -> &str {
        &self.own
    }

    /// The id the request arrived with, when it was plain enough to keep.
    pub fn incoming(&self) -> Option<&str> {
        self.incoming.as_deref()
    }

    /// How log lines name the request: `ours`, or `ours incoming=theirs`.
    pub fn for_log(&self) -> String {
        match &self.incoming {
            Some(incoming) => format!("{} incoming={incoming}", self.own),
            None => self.own.clone(),
        }
    }

    /// A new id, keeping the one the request arrived with beside it if it is safe to log.
    fn for_request(req: &ServiceRequest) -> Self {
        Self {
            own: generate(),
            incoming: plain_incoming(req.headers()).map(str::to_owned),
        }
    }

    /// How log lines name the request being served on this task, if any.
    pub fn current_for_log() -> Option<String> {
        CURRENT.try_with(RequestId::for_log).ok()
    }

    /// The id stored on `req` by the middleware.
    pub fn of(req: &HttpRequest) -> Option<RequestId> {
        req.extensions().get::<RequestId>().cloned()
    }
}

/// 16 hex digits from a per-process random key and a per-thread counter: unique across
/// replicas without a random number generator dependency (std's `RandomState` is seeded by the
/// operating system).
fn generate() -> String {
    thread_local! {
        static KEYS: RandomState = RandomState::new();
        static COUNTER: Cell<u64> = const { Cell::new(0) };
    }
    let count = COUNTER.with(|counter| {
        counter.set(counter.get().wrapping_add(1));
        counter.get()
    });
    let mut hasher = KEYS.with(|keys| keys.build_hasher());
    hasher.write_u64(count);
    format!("{:016x}", hasher.finish())
}

/// The `X-Request-Id` a request arrived with, if it is plain enough to log.
pub fn plain_incoming(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|id| is_plain(id))
}

/// Whether `text` is short and plain enough to write into a log line as it is (no spaces,
/// quotes or brackets that could forge a field): letters, digits, `-_.`, at most 64.
pub fn is_plain(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= LONGEST_ACCEPTED
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

tokio::task_local! {
    static CURRENT: RequestId;
}

/// The middleware: assigns the id, serves the request inside its scope, and names it in the
/// response.
pub async fn assign(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = RequestId::for_request(&req);
    req.extensions_mut().insert(id.clone());
    let mut response = CURRENT.scope(id.clone(), next.call(req)).await?;
    if let Ok(value) = HeaderValue::from_str(id.as_str()) {
        response
            .headers_mut()
            .insert(HeaderName::from_static(HEADER), value);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn a_plain_incoming_id_is_kept_beside_our_own() {
        let req = TestRequest::default()
            .insert_header((HEADER, "edge-42.a_b"))
            .to_srv_request();
        let id = RequestId::for_request(&req);
        assert_eq!(id.incoming(), Some("edge-42.a_b"));
        assert_eq!(id.as_str().len(), 16);
        assert_ne!(id.as_str(), "edge-42.a_b");
        assert_eq!(
            id.for_log(),
            format!("{} incoming=edge-42.a_b", id.as_str())
        );
    }

    #[test]
    fn an_id_that_could_forge_log_lines_is_dropped() {
        for hostile in ["a b", "x\"y", "é", &"a".repeat(65), "", "a]b"] {
            let req = TestRequest::default()
                .insert_header((HEADER, hostile))
                .to_srv_request();
            let id = RequestId::for_request(&req);
            assert_eq!(id.incoming(), None, "{hostile:?}");
            assert_eq!(id.for_log(), id.as_str(), "{hostile:?}");
            assert_eq!(id.as_str().len(), 16, "{hostile:?}");
        }
    }

    #[test]
    fn two_requests_with_the_same_incoming_id_get_ids_of_their_own() {
        let request = || {
            TestRequest::default()
                .insert_header((HEADER, "same"))
                .to_srv_request()
        };
        assert_ne!(
            RequestId::for_request(&request()).as_str(),
            RequestId::for_request(&request()).as_str()
        );
    }

    #[test]
    fn generated_ids_differ() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| generate()).collect();
        assert_eq!(ids.len(), 1000);
    }
}
