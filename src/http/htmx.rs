//! The one place that knows htmx's request and response headers.
//!
//! A request made by htmx (and not an htmx history restore, which wants a whole page) gets
//! fragments; anything else gets a page. Responses that differ on this say `Vary: HX-Request`.

use actix_web::HttpRequest;

pub const HX_REQUEST: &str = "hx-request";
pub const HX_HISTORY_RESTORE_REQUEST: &str = "hx-history-restore-request";
pub const HX_REDIRECT: &str = "HX-Redirect";
/// Lower case, as `HeaderName::from_static` requires.
pub const HX_PUSH_URL: &str = "hx-push-url";
pub const HX_RETARGET: &str = "HX-Retarget";
pub const HX_RESWAP: &str = "HX-Reswap";
pub const VARY_VALUE: &str = "HX-Request";

/// How the browser made this request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requester {
    /// A plain browser navigation or form post: answer with pages and 303s.
    Browser,
    /// An htmx request: answer with fragments and `HX-Redirect`.
    Htmx,
}

impl Requester {
    pub fn of(req: &HttpRequest) -> Self {
        let is_true = |name: &str| {
            req.headers()
                .get(name)
                .is_some_and(|value| value.as_bytes() == b"true")
        };
        if is_true(HX_REQUEST) && !is_true(HX_HISTORY_RESTORE_REQUEST) {
            Requester::Htmx
        } else {
            Requester::Browser
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn history_restores_get_pages() {
        let htmx = TestRequest::default()
            .insert_header((HX_REQUEST, "true"))
            .to_http_request();
        assert_eq!(Requester::of(&htmx), Requester::Htmx);
        let restore = TestRequest::default()
            .insert_header((HX_REQUEST, "true"))
            .insert_header((HX_HISTORY_RESTORE_REQUEST, "true"))
            .to_http_request();
        assert_eq!(Requester::of(&restore), Requester::Browser);
        assert_eq!(
            Requester::of(&TestRequest::default().to_http_request()),
            Requester::Browser
        );
    }
}
