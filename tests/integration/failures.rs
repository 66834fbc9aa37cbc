//! Failures a person can understand: no session, CSRF, forbidden return_to, broken links,
//! and Kratos going away and coming back.

use kratos_htmx_ui::flows::health::READY_TTL;
use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path, absolute};
use crate::harness::{Profile, Stack, stack};

#[tokio::test]
async fn settings_without_a_session_goes_to_login_and_back_to_settings() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({"name": "Returning"}));
    let browser = Browser::new();
    let (login, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(
        login.url.starts_with(&stack.url("/login?flow=")),
        "{chain:?}"
    );
    assert_eq!(login.text("h1").as_deref(), Some("Sign in"));
    let landed = browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    assert!(
        landed.url.starts_with(&stack.url("/settings?flow=")),
        "landed on {}",
        landed.url
    );
    assert_eq!(
        landed.settings_form("profile").value("traits.name"),
        Some("Returning")
    );
}

#[tokio::test]
async fn a_save_after_the_session_ended_sends_the_person_to_login_on_both_paths() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;
        browser
            .jar
            .remove_where(|name| name == "ory_kratos_session");
        let form = settings
            .settings_form("profile")
            .set("traits.name", "Nobody");
        let answer = browser.submit(path, &form, ("method", "profile")).await;
        assert!(
            answer.page.url.contains("/login?flow="),
            "{path:?}: {:?}",
            answer.navigations
        );
        assert_eq!(answer.page.status, 200);
    }
}

#[tokio::test]
async fn a_missing_csrf_cookie_ends_on_an_error_page_that_says_so() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({})).await;
        assert_eq!(
            browser
                .jar
                .remove_where(|name| name.starts_with("csrf_token")),
            1
        );
        let form = settings
            .settings_form("profile")
            .set("traits.name", "Forged");
        let answer = browser.submit(path, &form, ("method", "profile")).await;
        let page = &answer.page;
        assert!(
            page.url.contains("/error"),
            "{path:?}: {:?}",
            answer.navigations
        );
        assert_eq!(page.status, 403, "{path:?}");
        assert!(
            page.all_text().contains("CSRF"),
            "{path:?}: {}",
            page.all_text()
        );
        assert_eq!(
            page.attr("[data-testid=error-page]", "data-error-id")
                .as_deref(),
            Some("security_csrf_violation")
        );
        assert!(
            page.all_text().contains("Error 403"),
            "{path:?}: the same details on both paths"
        );
        assert!(
            page.text("[data-testid=error-reason]")
                .is_some_and(|reason| reason.contains("Cross-Site-Request-Forgery")),
            "{path:?}: Kratos's own sentence for an error the UI knows"
        );
        assert!(
            stack.identity(&user.id)["traits"].get("name").is_none(),
            "{path:?}: nothing saved"
        );
    }
}

/// Kratos quotes a forbidden `return_to` whole in its reason, so a crafted link could put any
/// sentence on our origin: the page explains the refusal in the UI's own words only.
#[tokio::test]
async fn a_forbidden_return_to_is_explained_in_our_words_only() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    browser.sign_in(stack, &user).await;
    let (page, chain) = browser
        .visit(&stack.url(
            "/settings?return_to=https://not-allowed.example/Your%20account%20is%20locked.%20Call%20555-0100",
        ))
        .await;
    assert!(page.url.starts_with(&stack.url("/error?id=")), "{chain:?}");
    assert_eq!(page.status, 400);
    assert_eq!(
        page.attr("[data-testid=error-page]", "data-error-id")
            .as_deref(),
        Some("self_service_flow_return_to_forbidden")
    );
    let seen = page.all_text();
    assert!(
        seen.contains("That return address is not allowed"),
        "{seen}"
    );
    for planted in ["locked", "555-0100", "not-allowed.example"] {
        assert!(!seen.contains(planted), "{planted:?} shown: {seen}");
    }
    assert!(page.text("[data-testid=error-reason]").is_none());
}

#[tokio::test]
async fn malformed_and_unknown_flow_ids_get_clear_pages_and_malformed_ones_never_reach_kratos() {
    let lease = stack(Profile::Quiet).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let before = stack.kratos_requests_handled();
    for bad in [
        "nope",
        "",
        "123e4567-e89b-12d3-a456-42661417400",
        "../../admin",
        "%00",
    ] {
        let page = browser
            .get(&stack.url(&format!("/settings?flow={bad}")))
            .await;
        assert_eq!(page.status, 400, "{bad}");
        assert!(
            page.all_text().contains("This link is not valid"),
            "{bad}: {}",
            page.body
        );
        let fragment = browser
            .post_form(
                &stack.url(&format!("/settings?flow={bad}")),
                &[],
                &[("HX-Request", "true")],
            )
            .await;
        assert_eq!(fragment.status, 400, "{bad}");
        assert_eq!(fragment.header("hx-retarget"), Some("#flow-status"));
    }
    assert_eq!(
        stack.kratos_requests_handled(),
        before,
        "malformed ids reached Kratos"
    );

    let user = stack.create_user(json!({}));
    browser.sign_in(stack, &user).await;
    let page = browser
        .get(&stack.url("/settings?flow=123e4567-e89b-12d3-a456-426614174000"))
        .await;
    assert_eq!(page.status, 404);
    assert!(
        page.all_text().contains("This form no longer exists"),
        "{}",
        page.body
    );
    assert!(
        page.attr("[data-testid=problem-page] a", "href").is_some(),
        "a way forward"
    );
}

#[tokio::test]
async fn with_kratos_down_pages_and_saves_say_so_and_recover_when_it_is_back() {
    let lease = stack(Profile::Restartable).await;
    let stack: &Stack = &lease;
    let (user, browser, settings) = Browser::signed_in(stack, json!({"name": "Patient"})).await;
    let form = settings
        .settings_form("profile")
        .set("traits.name", "Still Patient");

    stack.stop_kratos();
    let page = browser.get(&settings.url).await;
    assert_eq!(page.status, 503);
    assert!(page.all_text().contains("not available"), "{}", page.body);
    assert_eq!(
        page.attr("[data-testid=problem-page] a", "href").as_deref(),
        Some(&settings.url[stack.ui.len()..])
    );
    let fragment = browser
        .submit(Path::Htmx, &form, ("method", "profile"))
        .await
        .page;
    assert_eq!(fragment.status, 503);
    assert_eq!(
        fragment.header("hx-retarget"),
        Some("#flow-status"),
        "the typed values stay on screen"
    );
    assert!(fragment.all_text().contains("not available"));
    let ready = browser.get(&stack.url("/health/ready")).await;
    assert_eq!(ready.status, 503);
    let alive = browser.get(&stack.url("/health/alive")).await;
    assert_eq!(alive.status, 200);

    stack.start_kratos();
    // Readiness is Kratos's answer of at most READY_TTL ago: it turns within that.
    let deadline = std::time::Instant::now() + READY_TTL + std::time::Duration::from_secs(10);
    while browser.get(&stack.url("/health/ready")).await.status != 200 {
        assert!(
            std::time::Instant::now() < deadline,
            "ready again within {READY_TTL:?} of Kratos"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // No restart of the UI: the same page and the same save simply work again.
    let page = browser.get(&settings.url).await;
    assert_eq!(page.status, 200);
    let saved = browser
        .submit(Path::Htmx, &form, ("method", "profile"))
        .await
        .page;
    assert!(saved.has_message(1_050_001), "{}", saved.body);
    assert_eq!(stack.identity(&user.id)["traits"]["name"], "Still Patient");
}

/// Fixed: signing out towards an address Kratos does not allow ended on "the service is not
/// available" (Kratos's refusal was taken for an outage). It is explained like every other
/// refusal of Kratos's, and the person stays signed in.
#[tokio::test]
async fn signing_out_towards_a_forbidden_address_is_explained() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let logout = stack.url("/logout?return_to=https%3A%2F%2Fnot-allowed.example%2F");
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let page = match path {
            Path::NoJs => {
                let answer = browser.post_form(&logout, &[], &[]).await;
                browser.land(answer).await.page
            }
            Path::Htmx => {
                let answer = browser
                    .post_form(&logout, &[], &[("HX-Request", "true")])
                    .await;
                let redirect = answer
                    .header("hx-redirect")
                    .unwrap_or_else(|| panic!("htmx is not sent on: {}", answer.body));
                browser.visit(&absolute(&logout, redirect)).await.0
            }
        };
        assert_eq!(page.status, 400, "{path:?}: {}", page.all_text());
        assert!(
            !page.all_text().contains("not-allowed.example"),
            "{path:?}: only our words: {}",
            page.all_text()
        );
        assert_eq!(
            page.attr("[data-testid=error-page]", "data-error-id")
                .as_deref(),
            Some("self_service_flow_return_to_forbidden"),
            "{path:?}"
        );
        let (settings, chain) = browser.visit(&stack.url("/settings")).await;
        assert!(
            settings.url.starts_with(&stack.url("/settings?flow=")),
            "{path:?}: still signed in, {chain:?}"
        );
    }
}
