//! Kratos's WebAuthn script, served from the UI's origin only once it matches the integrity
//! value Kratos gives in its flows: linked with that value, kept per value (no call to Kratos
//! once verified: served with Kratos stopped), refused with `no-store` when the bytes do not
//! match, and a 400 for a value that is not one.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::digest;
use serde_json::{Value, json};

use crate::browser::{Browser, Response};
use crate::harness::{Profile, Stack, stack};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The integrity value in the script node of the settings flow on `page`, as Kratos serves the
/// flow.
async fn announced_integrity(browser: &Browser, stack: &Stack, page: &Response) -> String {
    let flow = browser
        .kratos_flow(stack, "settings", &page.flow_id())
        .await;
    let flow: Value = serde_json::from_str(&flow.body).unwrap();
    flow["ui"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["attributes"]["node_type"] == "script")
        .and_then(|node| node["attributes"]["integrity"].as_str())
        .expect("Kratos's settings flow has a script node with its integrity")
        .to_owned()
}

/// `/kratos/webauthn.js` for `integrity`, encoded as a query value.
fn script_path(integrity: &str) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(integrity.as_bytes()).collect();
    format!("/kratos/webauthn.js?integrity={encoded}")
}

fn sri(algorithm: &'static digest::Algorithm, name: &str, bytes: &[u8]) -> String {
    format!(
        "{name}-{}",
        STANDARD.encode(digest::digest(algorithm, bytes))
    )
}

/// Kratos's own script, straight from Kratos.
async fn kratos_script(stack: &Stack) -> String {
    let answer = Browser::new()
        .get(&format!(
            "{}/.well-known/ory/webauthn.js",
            stack.kratos_public
        ))
        .await;
    assert_eq!(answer.status, 200);
    answer.body
}

fn assert_refused(answer: &Response, status: u16, what: &str) {
    assert_eq!(answer.status, status, "{what}: {}", answer.body);
    assert_eq!(answer.header("cache-control"), Some("no-store"), "{what}");
    assert!(
        answer
            .header("content-type")
            .is_some_and(|kind| kind.starts_with("text/javascript")),
        "{what}: {:?}",
        answer.header("content-type")
    );
    assert!(answer.body.starts_with("/*"), "{what}: {}", answer.body);
}

#[tokio::test]
async fn the_settings_page_links_kratos_s_verified_script_which_is_kept_once_fetched() {
    let lease = stack(Profile::Restartable).await;
    let stack: &Stack = &lease;
    let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;
    let integrity = announced_integrity(&browser, stack, &settings).await;
    assert!(integrity.starts_with("sha512-"), "{integrity}");
    assert_eq!(
        settings.attr("script[integrity]", "integrity").as_deref(),
        Some(integrity.as_str()),
        "the browser checks the script too"
    );
    let src = settings
        .attr("script[integrity]", "src")
        .expect("the page links the script");
    assert_eq!(src, script_path(&integrity));

    let kratos = kratos_script(stack).await;
    let served = browser.get(&stack.url(&src)).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.body, kratos, "Kratos's exact script");
    assert_eq!(served.header("cache-control"), Some(IMMUTABLE));
    assert!(
        served
            .header("content-type")
            .is_some_and(|kind| kind.starts_with("text/javascript"))
    );

    // Kept: with Kratos stopped, the same script is still served.
    stack.stop_kratos();
    let again = Browser::new().get(&stack.url(&src)).await;
    stack.start_kratos();
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.body, kratos);
    assert_eq!(again.header("cache-control"), Some(IMMUTABLE));
}

#[tokio::test]
async fn a_script_that_does_not_match_the_value_is_refused_and_never_kept() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let kratos = kratos_script(stack).await;
    let browser = Browser::new();
    let wrong = sri(&digest::SHA512, "sha512", b"window.steal = true;");
    for attempt in 1..=2 {
        let answer = browser.get(&stack.url(&script_path(&wrong))).await;
        assert_refused(&answer, 502, &format!("attempt {attempt}"));
        assert!(!answer.body.contains(&kratos), "never the script's bytes");
    }
    // Kratos's script under another algorithm's value of the same bytes is served.
    let sha384 = sri(&digest::SHA384, "sha384", kratos.as_bytes());
    let served = browser.get(&stack.url(&script_path(&sha384))).await;
    assert_eq!(served.status, 200, "{}", served.body);
    assert_eq!(served.body, kratos);
    assert_eq!(served.header("cache-control"), Some(IMMUTABLE));
}

#[tokio::test]
async fn a_missing_or_malformed_value_is_a_400_and_kratos_s_script_is_not_served() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let kratos = kratos_script(stack).await;
    let good = sri(&digest::SHA512, "sha512", kratos.as_bytes());
    let browser = Browser::new();
    let mut paths = vec![
        "/kratos/webauthn.js".to_owned(),
        "/kratos/webauthn.js?integrity=".into(),
        // A value with `+` left unencoded: read as a space.
        format!(
            "/kratos/webauthn.js?integrity=sha512-{}",
            STANDARD.encode([0xfb; 64])
        ),
        format!("{}&integrity=sha512-x", script_path(&good)),
    ];
    for bad in [
        "sha512-not-base64!".to_owned(),
        "md5-CY9rzUYh03PK3k6DJie09g==".into(),
        sri(&digest::SHA1_FOR_LEGACY_USE_ONLY, "sha1", kratos.as_bytes()),
        format!("{good}?ct=text/javascript"),
        good.trim_end_matches('=').to_owned(),
        format!("sha256-{}", &good["sha512-".len()..]),
    ] {
        paths.push(script_path(&bad));
    }
    for path in &paths {
        let answer = browser.get(&stack.url(path)).await;
        assert_refused(&answer, 400, path);
        assert!(!answer.body.contains(&kratos), "{path}");
    }
}
