//! `GET /kratos/webauthn.js?integrity=<SRI>`: Kratos's WebAuthn/passkey script, served from our
//! origin once its bytes match the integrity value Kratos gave in the flow's script node.
//!
//! Why from here: Kratos links its script from its own origin with SRI and `crossorigin`, which
//! needs CORS on Kratos and a CSP that trusts Kratos for scripts. Serving the same bytes from
//! here keeps the CSP at `script-src 'self'` and needs no Kratos configuration. Our own script
//! then calls the functions it defines when a trigger button is clicked (Kratos's inline
//! `onclick` strings are never rendered).
//!
//! Why checked: code served from our origin runs with our origin's authority, so we vouch only
//! for bytes whose digest is the one Kratos announced. The page links the script with that
//! value in the query (`views/layout.rs`) and puts it on the `<script integrity>` too, so the
//! browser checks the same bytes again. Here:
//!
//! - a value that is not one SHA-256/384/512 integrity value ([`Integrity::parse`]) is a 400;
//! - a verified script is kept in [`ScriptCache`], keyed by the value: the value names the
//!   content, so a new Kratos version (another script, another value in its flows) is a new
//!   entry, and the answer is `immutable` for a year. Only the last few values are kept, each
//!   compressed once when it is kept (`http::compression`);
//! - an unknown value fetches the script from Kratos once; bytes that do not match are a 502
//!   with `no-store`, never kept, and one warning in the log (the algorithm, never the bytes
//!   or the digest). Two requests missing at once may both fetch; no lock is held across the
//!   call to Kratos.
//!
//! A request WITHOUT a value is a 400: unverified bytes are never served, not even
//! `no-store`. Every link the UI draws carries the value (a script node without one links no
//! script: a security key button then says it is unavailable, as when Kratos is down); only
//! a page drawn before this check existed, or a hand-typed URL, lacks it.
//!
//! Every answer that is not the verified script carries `no-store` (the security headers'
//! default) and a JavaScript comment as its body, which the `problems` middleware leaves
//! alone; a request with a wrong value costs one call to Kratos, as a page does.

use std::collections::VecDeque;
use std::sync::{PoisonError, RwLock};

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, web};

use crate::http::compression::Precompressed;
use crate::http::integrity::Integrity;
use crate::kratos::KratosClient;
use crate::routes;

/// How many verified scripts are kept: the current Kratos version's, and a few earlier ones
/// while pages drawn before an upgrade are still open.
const KEPT: usize = 4;

/// Verified scripts by integrity value, newest first; shared by every worker.
#[derive(Default)]
pub struct ScriptCache {
    verified: RwLock<VecDeque<(Integrity, Precompressed)>>,
}

const CONTENT_TYPE: &str = "text/javascript; charset=utf-8";

impl ScriptCache {
    fn get(&self, integrity: &Integrity) -> Option<Precompressed> {
        let verified = self.verified.read().unwrap_or_else(PoisonError::into_inner);
        verified
            .iter()
            .find(|(kept, _)| kept == integrity)
            .map(|(_, script)| script.clone())
    }

    /// Keeps a verified script, compressed (once: a value kept already is not compressed
    /// again), and returns what is kept for the value.
    fn keep(&self, integrity: Integrity, script: Bytes) -> Precompressed {
        if let Some(kept) = self.get(&integrity) {
            return kept;
        }
        let script = Precompressed::new(script, CONTENT_TYPE);
        let mut verified = self
            .verified
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some((_, kept)) = verified.iter().find(|(kept, _)| *kept == integrity) {
            return kept.clone();
        }
        verified.push_front((integrity, script.clone()));
        verified.truncate(KEPT);
        script
    }
}

pub async fn serve(
    req: HttpRequest,
    kratos: web::Data<KratosClient>,
    cache: web::Data<ScriptCache>,
) -> HttpResponse {
    let Some(integrity) = requested_integrity(&req) else {
        return comment(
            HttpResponse::BadRequest(),
            "This script is served only with the integrity value of the page that links it.",
        );
    };
    if let Some(script) = cache.get(&integrity) {
        return verified(&req, &script);
    }
    let script = match kratos.webauthn_script().await {
        Ok(answer) if answer.status == 200 => answer.body,
        Ok(answer) => {
            log::warn!("Kratos answered {} for its WebAuthn script", answer.status);
            return unavailable();
        }
        // The client has logged why.
        Err(_) => return unavailable(),
    };
    if !integrity.matches(&script) {
        log::warn!(
            "Kratos's WebAuthn script does not match the {} integrity value of the page that links it: not served",
            integrity.algorithm()
        );
        return comment(
            HttpResponse::BadGateway(),
            "The account service's security key script is not the one it announced.",
        );
    }
    let script = cache.keep(integrity, script);
    verified(&req, &script)
}

/// The one `integrity` value of the query, if it parses.
fn requested_integrity(req: &HttpRequest) -> Option<Integrity> {
    let mut values = url::form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(name, _)| name == routes::KRATOS_SCRIPT_INTEGRITY)
        .map(|(_, value)| value);
    let value = values.next()?;
    if values.next().is_some() {
        return None;
    }
    Integrity::parse(&value)
}

/// The script, verified: its URL names its content, so it may be cached for good.
fn verified(req: &HttpRequest, script: &Precompressed) -> HttpResponse {
    let mut builder = HttpResponse::Ok();
    builder
        .content_type(CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"));
    script.respond(req.headers(), builder)
}

fn unavailable() -> HttpResponse {
    comment(
        HttpResponse::ServiceUnavailable(),
        "The account service's security key script is not available right now.",
    )
}

/// An answer that is not the script: a JavaScript comment, stored nowhere.
fn comment(mut status: HttpResponseBuilder, words: &str) -> HttpResponse {
    status
        .content_type(CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(format!("/* {words} */\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn integrity(n: u8) -> Integrity {
        use base64::Engine;
        let digest = base64::engine::general_purpose::STANDARD.encode([n; 64]);
        Integrity::parse(&format!("sha512-{digest}")).unwrap()
    }

    #[test]
    fn the_cache_keeps_the_newest_few_values() {
        let cache = ScriptCache::default();
        for n in 0..=KEPT as u8 {
            cache.keep(integrity(n), Bytes::from(vec![n]));
        }
        let plain = |n| {
            cache
                .get(&integrity(n))
                .map(|script| script.plain().clone())
        };
        assert_eq!(plain(0), None, "the oldest is dropped");
        for n in 1..=KEPT as u8 {
            assert_eq!(plain(n), Some(Bytes::from(vec![n])));
        }
        cache.keep(integrity(1), Bytes::from_static(b"other"));
        assert_eq!(
            plain(1),
            Some(Bytes::from(vec![1])),
            "a kept value is not replaced"
        );
    }

    #[test]
    fn exactly_one_well_formed_value_is_read_from_the_query() {
        let value = "sha256-47DEQpj8HBSa%2B%2FTImW%2B5JCeuQeRkm5NMpJWZG3hSuFU%3D";
        let read = |query: &str| {
            let req = TestRequest::get()
                .uri(&format!("/kratos/webauthn.js{query}"))
                .to_http_request();
            requested_integrity(&req)
        };
        assert!(read(&format!("?integrity={value}")).is_some());
        assert!(read(&format!("?other=1&integrity={value}")).is_some());
        for bad in [
            String::new(),
            "?integrity=".into(),
            // `+` in a query is a space: the page percent-encodes it.
            "?integrity=sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=".into(),
            format!("?integrity={value}&integrity={value}"),
        ] {
            assert!(read(&bad).is_none(), "{bad}");
        }
    }
}
