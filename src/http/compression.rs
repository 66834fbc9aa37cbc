//! Compression on the wire: brotli or gzip for a browser that asks (`Accept-Encoding`).
//!
//! Two kinds of answer, two costs:
//!
//! - **Assets** (stylesheets, scripts, Kratos's WebAuthn script) never change while the process
//!   runs, so they are compressed once, at the strongest settings, when they are loaded
//!   ([`Precompressed`]), and each request only picks a variant.
//! - **Pages and htmx fragments** are drawn per request, so the [`compress`] middleware
//!   compresses them as they leave, at settings chosen by measure (`scripts/bench.sh`, where
//!   the figures are). A page is compressed at brotli's quality 1: a 15 KB settings page
//!   becomes 4.5 KB for about a tenth of a millisecond of CPU, where Kratos spends about
//!   3 ms to fetch its flow; quality 4 would send 500 bytes less for two and a half times the
//!   work. The answer to a post (an htmx save) is compressed at quality 4: a save waits tens
//!   of milliseconds for Kratos's write, and its answer is what the person waits for in place
//!   (12.7 KB become 3.0 KB).
//!
//! Left alone: answers that already say how they are encoded (assets), answers without a body
//! (304, 204, redirects), answers under [`MIN_BYTES`] (a compressed frame would barely be
//! smaller than the header that announces it), and media types that are compressed already
//! (images other than SVG). Every answer whose bytes depend on `Accept-Encoding` says so in
//! `Vary`, so a shared cache never hands brotli to a browser that cannot read it.
//!
//! Why not actix's `Compress`: it compresses every answer, tiny or not, at settings we cannot
//! choose (a 4 MiB brotli window), and hands each body of more than 1 KiB to a blocking thread.
//!
//! BREACH (guessing a secret in a compressed page from its size, with attacker-chosen text
//! reflected beside it): the secrets in our pages are Kratos's, and each is fresh per flow —
//! the CSRF token is masked anew for every flow, a TOTP secret or backup codes are drawn for
//! one flow — while an attacker who can make a browser load a page many times gets a new flow
//! each time, so there is no fixed secret to converge on. Our own form token, the one secret
//! that lasts a session, goes only to browsers that run no script (`same_origin`).

use std::io::Write;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web::Bytes;

/// Below this many bytes an answer is sent as it is.
pub const MIN_BYTES: usize = 1024;

/// The encodings we send, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// The `Content-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }
}

/// The codings a request accepts (`Accept-Encoding`). A coding with `q=0` is refused, and `*`
/// stands for any coding not named.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    brotli: bool,
    gzip: bool,
}

impl Accepted {
    pub fn of(headers: &HeaderMap) -> Self {
        let (mut brotli, mut gzip, mut any) = (None, None, None);
        for value in headers.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for item in value.split(',') {
                let mut parts = item.split(';');
                let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
                let accepted = parts
                    .filter_map(|param| {
                        let (name, value) = param.split_once('=')?;
                        name.trim().eq_ignore_ascii_case("q").then_some(value)
                    })
                    .next_back()
                    .is_none_or(|q| q.trim().parse::<f32>().is_ok_and(|q| q > 0.0));
                match name.as_str() {
                    "br" => brotli = Some(accepted),
                    "gzip" | "x-gzip" => gzip = Some(accepted),
                    "*" => any = Some(accepted),
                    _ => {}
                }
            }
        }
        let named_or_any = |named: Option<bool>| named.or(any).unwrap_or(false);
        Self {
            brotli: named_or_any(brotli),
            gzip: named_or_any(gzip),
        }
    }

    /// Whether `coding` may be sent.
    pub fn allows(self, coding: Coding) -> bool {
        match coding {
            Coding::Brotli => self.brotli,
            Coding::Gzip => self.gzip,
        }
    }

    /// The coding to send: brotli when accepted (smaller), else gzip, else none.
    pub fn best(self) -> Option<Coding> {
        [Coding::Brotli, Coding::Gzip]
            .into_iter()
            .find(|coding| self.allows(*coding))
    }
}

/// Whether answers of this media type are worth compressing.
fn compressible(content_type: &[u8]) -> bool {
    const TYPES: [&[u8]; 5] = [
        b"text/",
        b"application/javascript",
        b"application/json",
        b"image/svg+xml",
        b"application/xml",
    ];
    TYPES.iter().any(|prefix| content_type.starts_with(prefix))
}

/// How strongly to compress (see the module docs): once for an asset, per request for a page,
/// a little more for the answer to a post.
#[derive(Clone, Copy)]
enum Effort {
    Once,
    Page,
    Answer,
}

fn encode(coding: Coding, body: &[u8], effort: Effort) -> Bytes {
    let mut out = Vec::with_capacity(body.len() / 3);
    match coding {
        Coding::Brotli => {
            // Quality 11 is brotli's best. A 2^18-byte window holds any page we draw and keeps
            // the encoder's memory small.
            let (quality, window) = match effort {
                Effort::Once => (11, 22),
                Effort::Page => (1, 18),
                Effort::Answer => (4, 18),
            };
            let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, window);
            writer
                .write_all(body)
                .expect("writing to a Vec cannot fail");
        }
        Coding::Gzip => {
            let level = match effort {
                Effort::Once => flate2::Compression::best(),
                // For the few browsers without brotli: as fast, a little larger.
                Effort::Page => flate2::Compression::fast(),
                Effort::Answer => flate2::Compression::new(5),
            };
            let mut writer = flate2::write::GzEncoder::new(&mut out, level);
            writer
                .write_all(body)
                .expect("writing to a Vec cannot fail");
            writer.finish().expect("writing to a Vec cannot fail");
        }
    }
    Bytes::from(out)
}

/// A body and its compressed forms, made once at the strongest settings. A form that would
/// not be smaller than the body is not kept.
#[derive(Clone)]
pub struct Precompressed {
    plain: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
}

impl Precompressed {
    pub fn new(plain: Bytes, content_type: &str) -> Self {
        let smaller = |coding| {
            (plain.len() >= MIN_BYTES && compressible(content_type.as_bytes()))
                .then(|| encode(coding, &plain, Effort::Once))
                .filter(|encoded| encoded.len() < plain.len())
        };
        Self {
            brotli: smaller(Coding::Brotli),
            gzip: smaller(Coding::Gzip),
            plain,
        }
    }

    /// The uncompressed body.
    pub fn plain(&self) -> &Bytes {
        &self.plain
    }

    /// Whether the bytes sent depend on `Accept-Encoding` (then the answer must say `Vary`).
    pub fn varies(&self) -> bool {
        self.brotli.is_some() || self.gzip.is_some()
    }

    /// The body to send for a request's `Accept-Encoding`, and the coding it is in.
    pub fn for_request(&self, headers: &HeaderMap) -> (Bytes, Option<Coding>) {
        let accepted = Accepted::of(headers);
        let forms = [(Coding::Brotli, &self.brotli), (Coding::Gzip, &self.gzip)];
        forms
            .into_iter()
            .find_map(|(coding, form)| {
                form.as_ref()
                    .filter(|_| accepted.allows(coding))
                    .map(|body| (body.clone(), Some(coding)))
            })
            .unwrap_or_else(|| (self.plain.clone(), None))
    }

    /// The answer for a request: the best accepted form, with its `Content-Encoding` and
    /// `Vary`.
    pub fn respond(
        &self,
        headers: &HeaderMap,
        mut builder: actix_web::HttpResponseBuilder,
    ) -> actix_web::HttpResponse {
        let (body, coding) = self.for_request(headers);
        if let Some(coding) = coding {
            builder.insert_header((header::CONTENT_ENCODING, coding.token()));
        }
        if self.varies() {
            builder.insert_header((header::VARY, "Accept-Encoding"));
        }
        builder.body(body)
    }
}

/// Whether an answer already says that its bytes depend on `Accept-Encoding`.
fn varies_by_encoding(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::VARY)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
}

/// The middleware that compresses pages and fragments on their way out (see the module docs
/// for what it leaves alone).
pub async fn compress(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let coding = Accepted::of(req.headers()).best();
    let effort = if req.method() == actix_web::http::Method::POST {
        Effort::Answer
    } else {
        Effort::Page
    };
    let response = next.call(req).await?;
    let headers = response.headers();
    // An asset chose its own form (`Precompressed`), whether or not it compressed it.
    let chosen_already =
        headers.contains_key(header::CONTENT_ENCODING) || varies_by_encoding(headers);
    let worth_it = !chosen_already
        && headers
            .get(header::CONTENT_TYPE)
            .is_some_and(|value| compressible(value.as_bytes()))
        && response.status() != actix_web::http::StatusCode::NO_CONTENT
        && response.status() != actix_web::http::StatusCode::PARTIAL_CONTENT;
    if !worth_it {
        return Ok(response.map_into_boxed_body());
    }
    let (request, response) = response.into_parts();
    let (mut response, body) = response.into_parts();
    let body = match body.try_into_bytes() {
        Ok(bytes) => bytes,
        // A streamed body is passed on as it comes.
        Err(body) => {
            let response = response.set_body(body).map_into_boxed_body();
            return Ok(ServiceResponse::new(request, response));
        }
    };
    if body.len() < MIN_BYTES {
        let response = response.set_body(body).map_into_boxed_body();
        return Ok(ServiceResponse::new(request, response));
    }
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    let body = match coding {
        Some(coding) => {
            let encoded = encode(coding, &body, effort);
            headers.insert(
                header::CONTENT_ENCODING,
                HeaderValue::from_static(coding.token()),
            );
            encoded
        }
        None => body,
    };
    let response = response.set_body(body).map_into_boxed_body();
    Ok(ServiceResponse::new(request, response))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn brotli_is_preferred_and_refusals_are_heard() {
        let cases = [
            ("gzip, deflate, br, zstd", Some(Coding::Brotli)),
            ("gzip, deflate", Some(Coding::Gzip)),
            ("br;q=0, gzip;q=0.5", Some(Coding::Gzip)),
            ("BR", Some(Coding::Brotli)),
            ("br;Q=0, gzip", Some(Coding::Gzip)),
            ("*", Some(Coding::Brotli)),
            ("*;q=0", None),
            ("br;q=0, *", Some(Coding::Gzip)),
            ("identity", None),
            ("deflate", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(
                Accepted::of(&accepting(header)).best(),
                expected,
                "{header:?}"
            );
        }
        assert_eq!(Accepted::of(&HeaderMap::new()).best(), None);
    }

    #[test]
    fn an_asset_is_sent_in_the_best_form_the_browser_reads() {
        let css = Bytes::from("body { color: black; }\n".repeat(200));
        let asset = Precompressed::new(css.clone(), "text/css; charset=utf-8");
        assert!(asset.varies());

        let (body, coding) = asset.for_request(&accepting("gzip, br"));
        assert_eq!(coding, Some(Coding::Brotli));
        let mut decoded = Vec::new();
        brotli::Decompressor::new(&body[..], 4096)
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, css);

        let (body, coding) = asset.for_request(&accepting("gzip"));
        assert_eq!(coding, Some(Coding::Gzip));
        let mut decoded = Vec::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, css);

        assert_eq!(asset.for_request(&HeaderMap::new()), (css, None));
    }

    #[test]
    fn small_or_already_compressed_assets_are_kept_as_they_are() {
        let tiny = Precompressed::new(Bytes::from_static(b"a{}"), "text/css");
        assert!(!tiny.varies());
        let png = Precompressed::new(Bytes::from(vec![0u8; 4096]), "image/png");
        assert!(!png.varies());
        assert_eq!(png.for_request(&accepting("br")).1, None);
    }
}
