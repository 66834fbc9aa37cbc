//! Compression on the wire, as a browser meets it: pages, htmx fragments and assets come in
//! brotli or gzip when asked for and as they are when not, each saying `Vary: Accept-Encoding`;
//! tiny answers and 304s are left alone; assets are named by their content and revalidate to a
//! 304.

use std::io::Read;

use serde_json::json;

use crate::browser::{Browser, Path, Response};
use crate::harness::{Profile, Stack, stack};

const SAVED: u64 = 1_050_001;
const CHROMIUM: &str = "gzip, deflate, br, zstd";

/// A GET asking for what Chromium asks for.
async fn get_as_chromium(browser: &Browser, url: &str) -> Response {
    browser
        .get_with(url, &[("Accept-Encoding", CHROMIUM)])
        .await
}

/// The body as the browser reads it, after undoing `Content-Encoding`.
fn decoded(answer: &Response) -> String {
    let mut out = Vec::new();
    match answer.header("content-encoding") {
        Some("br") => {
            brotli::Decompressor::new(&answer.raw[..], 4096)
                .read_to_end(&mut out)
                .unwrap();
        }
        Some("gzip") => {
            flate2::read::GzDecoder::new(&answer.raw[..])
                .read_to_end(&mut out)
                .unwrap();
        }
        None => out = answer.raw.clone(),
        Some(other) => panic!("{}: unexpected Content-Encoding {other}", answer.url),
    }
    String::from_utf8(out).unwrap()
}

/// Whether the answer says, once, that its bytes depend on `Accept-Encoding`.
fn varies_by_encoding(answer: &Response) -> bool {
    let named = answer
        .headers
        .get_all("vary")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
        .count();
    assert!(
        named <= 1,
        "{}: Vary names Accept-Encoding {named} times",
        answer.url
    );
    named == 1
}

#[tokio::test]
async fn pages_and_fragments_are_compressed_for_a_browser_that_asks() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_user, browser, settings) = Browser::signed_in(stack, json!({"name": "Ada"})).await;
    let page = stack.url(&format!("/settings?flow={}", settings.flow_id()));

    let plain = browser.get(&page).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert!(varies_by_encoding(&plain), "{:?}", plain.headers);
    for (accept, coding) in [(CHROMIUM, "br"), ("gzip, deflate", "gzip")] {
        let answer = browser
            .get_with(&page, &[("Accept-Encoding", accept)])
            .await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("content-encoding"), Some(coding), "{accept}");
        assert!(varies_by_encoding(&answer));
        assert_eq!(answer.header("cache-control"), Some("no-store"));
        assert!(
            answer.raw.len() * 2 < plain.raw.len(),
            "{coding}: {} of {} bytes",
            answer.raw.len(),
            plain.raw.len()
        );
        let html = decoded(&answer);
        assert!(html.contains(r#"data-testid="profile-settings-card""#));
        assert!(html.ends_with("</html>"), "the whole page arrives");
    }
    let refused = browser
        .get_with(&page, &[("Accept-Encoding", "br;q=0, gzip;q=0")])
        .await;
    assert_eq!(refused.header("content-encoding"), None);

    // An htmx save: the fragment comes compressed and says what it is.
    let form = settings
        .settings_form("profile")
        .set("traits.name", "Ada King");
    let target = form.hx_post.clone().unwrap();
    let saved = browser
        .post_form(
            &target,
            &form.payload(("method", "profile")),
            &[("HX-Request", "true"), ("Accept-Encoding", CHROMIUM)],
        )
        .await;
    assert_eq!(saved.status, 200);
    assert_eq!(saved.header("content-encoding"), Some("br"));
    assert!(varies_by_encoding(&saved));
    let fragment = Response {
        body: decoded(&saved),
        ..saved
    };
    assert!(fragment.has_message(SAVED), "{:?}", fragment.message_ids());
    assert!(!fragment.body.contains("<html"), "a fragment, not a page");

    // The same save without JavaScript still lands on a compressed page.
    let form = fragment.settings_form("profile").set("traits.name", "Ada");
    let landed = browser
        .submit(Path::NoJs, &form, ("method", "profile"))
        .await;
    let again = get_as_chromium(&browser, &landed.page.url).await;
    assert_eq!(again.header("content-encoding"), Some("br"));
    assert!(decoded(&again).contains("Ada"));

    // A problem page is a page too.
    let missing = get_as_chromium(&browser, &stack.url("/no/such/page")).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-encoding"), Some("br"));
    assert!(decoded(&missing).contains("</html>"));

    // Tiny answers stay as they are.
    let alive = get_as_chromium(&browser, &stack.url("/health/alive")).await;
    assert_eq!(alive.header("content-encoding"), None);
}

#[tokio::test]
async fn assets_are_named_by_content_compressed_once_and_revalidate_to_304() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_user, browser, settings) = Browser::signed_in(stack, json!({})).await;
    let mut assets: Vec<String> = ["link[rel=stylesheet]", "script[src]"]
        .iter()
        .flat_map(|css| {
            let attr = if css.starts_with("link") {
                "href"
            } else {
                "src"
            };
            settings
                .html()
                .select(&scraper::Selector::parse(css).unwrap())
                .filter_map(|element| element.value().attr(attr).map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect();
    assets.sort();
    assert!(
        assets.iter().any(|url| url.contains("/kratos/webauthn.js")),
        "the settings page links Kratos's WebAuthn script: {assets:?}"
    );
    let mut compressed = 0;
    for asset in &assets {
        let url = stack.url(asset);
        let plain = browser.get(&url).await;
        assert_eq!(plain.status, 200, "{asset}");
        assert_eq!(
            plain.header("cache-control"),
            Some("public, max-age=31536000, immutable"),
            "{asset}"
        );
        let answer = get_as_chromium(&browser, &url).await;
        assert_eq!(decoded(&answer), plain.body, "{asset}");
        if plain.raw.len() < 1024 {
            // The theme (no ACCENT_COLOR): smaller than any header saying it was compressed.
            assert_eq!(answer.header("content-encoding"), None, "{asset}");
            continue;
        }
        assert_eq!(answer.header("content-encoding"), Some("br"), "{asset}");
        assert!(varies_by_encoding(&answer), "{asset}");
        assert!(
            varies_by_encoding(&plain),
            "{asset}: uncompressed, as asked"
        );
        assert!(answer.raw.len() * 2 < plain.raw.len(), "{asset}");
        compressed += 1;
        if asset.contains("/assets/") {
            let name = asset.rsplit('/').next().unwrap();
            let hash = name.split('.').rev().nth(1).unwrap();
            assert!(
                hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
                "{asset}: the file name carries the content hash"
            );
            let etag = answer.header("etag").unwrap().to_owned();
            let revalidated = browser
                .get_with(
                    &url,
                    &[("If-None-Match", &etag), ("Accept-Encoding", CHROMIUM)],
                )
                .await;
            assert_eq!(revalidated.status, 304, "{asset}");
            assert!(revalidated.raw.is_empty(), "{asset}");
            assert_eq!(revalidated.header("content-encoding"), None, "{asset}");
            assert!(varies_by_encoding(&revalidated), "{asset}: as the 200 said");
            assert_eq!(
                revalidated.header("cache-control"),
                plain.header("cache-control"),
                "{asset}"
            );
            let strong = etag.trim_start_matches("W/");
            let weakly_same = browser.get_with(&url, &[("If-None-Match", strong)]).await;
            assert_eq!(weakly_same.status, 304, "{asset}: compared weakly");
            let other = browser
                .get_with(&url, &[("If-None-Match", "W/\"0000000000000000\"")])
                .await;
            assert_eq!(other.status, 200, "{asset}: another version");
            assert_eq!(other.body, plain.body, "{asset}");
        }
    }
    assert_eq!(
        compressed, 4,
        "stylesheet, htmx, app.js and Kratos's script: {assets:?}"
    );

    // A name from another release (another hash) gets today's file, but never for a year.
    let stylesheet = assets.iter().find(|url| url.ends_with(".css")).unwrap();
    let name = stylesheet.rsplit('/').next().unwrap();
    let stale = browser
        .get(&stack.url(&stylesheet.replace(name, "app.0000000000000000.css")))
        .await;
    assert_eq!(stale.status, 200);
    assert_eq!(stale.header("cache-control"), Some("no-cache"));
    let today = browser.get(&stack.url(stylesheet)).await;
    assert_eq!(stale.body, today.body, "today's stylesheet");
}
