//! Kratos over TLS: a throwaway CA (rcgen) and a TLS-terminating proxy (tokio-rustls) in front
//! of the real Kratos, with the UI's `KRATOS_PUBLIC_URL` pointing at the proxy. The settings
//! journey goes over it on both paths; a CA the UI does not trust, or a host name the
//! certificate does not name, is the 503 page.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path};
use crate::faults::ui_configured;
use crate::harness::{Profile, Stack, stack};
use crate::test_ca::TestCa;

/// A UI whose calls to Kratos go over TLS to `https://<host>:<proxy>`, trusting the test CA
/// when `trust` says so; browsers still reach Kratos directly.
fn ui_over_tls(stack: &Stack, host: &str, trust: bool) -> String {
    let ca = TestCa::get();
    let proxy = ca.proxy_to(stack.kratos_public_port());
    let kratos_browser = stack.kratos_public.clone();
    let public = format!("https://{host}:{proxy}");
    ui_configured(stack.kratos_public_port(), |config| {
        config.kratos_public_url = public.parse().unwrap();
        config.kratos_browser_url = kratos_browser.parse().unwrap();
        config.kratos_ca_file = trust.then(|| ca.pem_file.clone());
    })
}

#[tokio::test]
async fn the_settings_journey_works_with_kratos_behind_tls() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let ui = ui_over_tls(stack, "localhost", true);
    for path in BOTH_PATHS {
        let (_, browser, _) = Browser::signed_in(stack, json!({"name": "Before"})).await;
        let (page, chain) = browser.visit(&format!("{ui}/settings")).await;
        assert_eq!(page.status, 200, "{path:?}: {chain:?}\n{}", page.all_text());
        let form = page.settings_form("profile").set("traits.name", "Over TLS");
        let saved = browser.submit(path, &form, ("method", "profile")).await;
        assert!(
            saved.page.has_message(1_050_001),
            "{path:?}: {}",
            saved.page.all_text()
        );
        let (again, _) = browser.visit(&format!("{ui}/settings")).await;
        assert_eq!(
            again.settings_form("profile").value("traits.name"),
            Some("Over TLS"),
            "{path:?}"
        );
        if path == Path::Htmx {
            assert!(saved.swapped, "the htmx save went through the UI, over TLS");
        }
    }
}

#[tokio::test]
async fn an_untrusted_certificate_or_another_host_name_is_the_503_page() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, _) = Browser::signed_in(stack, json!({})).await;
    for ui in [
        ui_over_tls(stack, "localhost", false),
        // The certificate names `localhost`, not this address.
        ui_over_tls(stack, "127.0.0.1", true),
    ] {
        let page = browser
            .get(&format!(
                "{ui}/settings?flow=123e4567-e89b-12d3-a456-426614174000"
            ))
            .await;
        assert_eq!(page.status, 503, "{ui}: {}", page.all_text());
        assert!(
            page.all_text().contains("not available"),
            "{}",
            page.all_text()
        );
    }
}
