//! Cookies between the browser, the UI and Kratos: only Kratos's own cross to Kratos, and the
//! UI's own cookie keeps nothing of the person once they sign out.

use serde_json::json;

use crate::browser::{Browser, Path, absolute};
use crate::faults::ui_through_proxy;
use crate::harness::{Profile, Stack, stack};

const OURS: &str = "kratos_ui_session";

#[tokio::test]
async fn only_kratoss_own_cookies_reach_kratos() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, _) = Browser::signed_in(stack, json!({"name": "Cookie Jar"})).await;
    // Cookies other applications of this host set (one with octets beyond ASCII, which must
    // not cost the person Kratos's cookies), and the UI's own (a chosen language).
    browser.jar.insert("_ga", "GA1.1.123");
    browser.jar.insert("other_app_session", "not-for-kratos");
    browser.jar.insert("greeting", "grüß-dich");
    let (proxy, ui) = ui_through_proxy(stack, |_| {});
    let chosen = browser
        .post_form(
            &format!("{ui}/language"),
            &[("lang".into(), "de".into())],
            &[],
        )
        .await;
    assert_eq!(chosen.status, 303);
    assert!(browser.jar.names().contains(&OURS.to_owned()));

    for path in ["/settings", "/sessions"] {
        let (page, chain) = browser.visit(&format!("{ui}{path}")).await;
        assert_eq!(page.status, 200, "{path}: {chain:?}");
        assert!(page.url.contains(path), "{path}: signed in, {chain:?}");
    }
    let (requests, cookies) = proxy.every_request_and_header("cookie");
    assert!(requests >= 2, "{requests}");
    assert_eq!(
        cookies.len(),
        requests,
        "every call carries the session cookie"
    );
    for cookie in &cookies {
        assert!(cookie.contains("ory_kratos_session="), "{cookie}");
        for foreign in ["_ga=", "other_app_session=", "greeting=", OURS] {
            assert!(
                !cookie.contains(foreign),
                "{foreign} reached Kratos: {cookie}"
            );
        }
    }
}

/// Signing out leaves nothing of the person in the UI's cookie: a pending notice about their
/// account goes (and with nothing else in it, the cookie itself); a language chosen on this
/// device stays, so the sign-in page after it still speaks that language. Both paths.
#[tokio::test]
async fn signing_out_clears_our_cookie_but_keeps_the_chosen_language() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in [Path::NoJs, Path::Htmx] {
        for chose_language in [false, true] {
            let what = format!("{path:?}, language chosen: {chose_language}");
            let (_, browser, _) = Browser::signed_in(stack, json!({})).await;
            if chose_language {
                let chosen = browser
                    .post_form(
                        &stack.url("/language"),
                        &[("lang".into(), "de".into())],
                        &[],
                    )
                    .await;
                assert_eq!(chosen.status, 303, "{what}");
            }
            // A notice about the person's account waits in our cookie (the redirect that
            // would show it is not followed).
            let revoked = browser
                .post_form(&stack.url("/sessions/revoke-others"), &[], &[])
                .await;
            assert_eq!(revoked.status, 303, "{what}: {}", revoked.body);
            assert!(browser.jar.names().contains(&OURS.to_owned()), "{what}");

            let logout = stack.url("/logout");
            let htmx = [("HX-Request", "true")];
            let headers: &[(&str, &str)] = match path {
                Path::NoJs => &[],
                Path::Htmx => &htmx,
            };
            let answer = browser.post_form(&logout, &[], headers).await;
            let ours = crate::hostile::cookie_named(&answer, OURS);
            let next = match path {
                Path::NoJs => answer.location().expect("a 303 to Kratos").to_owned(),
                Path::Htmx => answer
                    .header("hx-redirect")
                    .expect("HX-Redirect")
                    .to_owned(),
            };
            let (page, chain) = browser.visit(&absolute(&logout, &next)).await;
            assert!(page.url.contains("/login"), "{what}: {chain:?}");
            if chose_language {
                assert!(
                    browser.jar.names().contains(&OURS.to_owned()),
                    "{what}: {ours}"
                );
                assert_eq!(page.attr("html", "lang").as_deref(), Some("de"), "{what}");
            } else {
                assert!(ours.contains("Max-Age=0"), "{what}: removed: {ours}");
                assert!(!browser.jar.names().contains(&OURS.to_owned()), "{what}");
            }
            // Whatever stays, the notice is gone: the sign-in page after signing out (a flow
            // page shows a waiting notice) does not announce the other devices' sign-out.
            for notice in ["Every other device", "Alle anderen Geräte"] {
                assert!(
                    !page.all_text().contains(notice),
                    "{what}: {}",
                    page.all_text()
                );
            }
        }
    }
}
