//! The login page and its variants.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path, absolute};
use crate::harness::{Profile, Stack, stack};
use crate::settings_second_factor::totp_code;

#[tokio::test]
async fn wrong_password_shows_kratoss_message_and_keeps_the_identifier() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let (login, _) = browser.visit(&stack.url("/login")).await;
    let page = browser
        .complete_login(&login, &user.email, "not-the-password")
        .await;
    assert!(page.url.contains("/login?flow="));
    assert!(page.has_message(4_000_006), "{:?}", page.message_ids());
    let form = page.form("[data-testid='password-login-form']").unwrap();
    assert_eq!(form.value("identifier"), Some(user.email.as_str()));
    assert_eq!(form.value("password"), Some(""));
}

#[tokio::test]
async fn refresh_asks_the_signed_in_person_to_confirm_it_is_them() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    browser.sign_in(stack, &user).await;
    let (page, chain) = browser.visit(&stack.url("/login?refresh=true")).await;
    assert_eq!(page.status, 200, "{chain:?}");
    assert_eq!(page.text("h1").as_deref(), Some("Confirm it is you"));
    assert!(page.has_message(1_010_003), "{:?}", page.message_ids());
    let landed = browser
        .complete_login(&page, &user.email, &user.password)
        .await;
    assert!(!landed.url.contains("/login"), "{}", landed.url);
}

#[tokio::test]
async fn login_with_a_malformed_flow_id_is_refused_without_kratos() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let page = Browser::new().get(&stack.url("/login?flow=garbage")).await;
    assert_eq!(page.status, 400);
}

#[tokio::test]
async fn after_enabling_an_authenticator_app_sign_in_asks_for_the_second_step() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (user, browser, settings) = Browser::signed_in(stack, json!({})).await;
    let secret = settings
        .text("[data-testid='node/text/totp_secret_key/text']")
        .expect("the TOTP secret is shown as text");
    assert!(
        settings
            .attr("[data-testid='node/image/totp_qr']", "src")
            .unwrap()
            .starts_with("data:image/png;base64,")
    );
    let form = settings
        .settings_form("totp")
        .set("totp_code", &totp_code(&secret));
    let enabled = browser
        .submit(crate::browser::Path::Htmx, &form, ("method", "totp"))
        .await
        .page;
    assert!(
        enabled.has_message(1_050_001),
        "{:?}",
        enabled.message_ids()
    );
    assert!(
        enabled
            .settings_form("totp")
            .buttons
            .iter()
            .any(|(name, _)| name == "totp_unlink"),
        "the section now offers to disable the app"
    );

    // A new sign-in with the password alone is only the first step.
    let other = Browser::new();
    let (login, _) = other.visit(&stack.url("/login")).await;
    other
        .complete_login(&login, &user.email, &user.password)
        .await;
    let (second, chain) = other.visit(&stack.url("/settings")).await;
    assert!(second.url.contains("/login?flow="), "{chain:?}");
    assert_eq!(second.text("h1").as_deref(), Some("Second step"));
    assert!(second.has_message(1_010_004), "{:?}", second.message_ids());
    let form = second
        .form("[data-testid='totp-login-form']")
        .expect("a TOTP form");
    let form = form.set("totp_code", &totp_code(&secret));
    let landed = other
        .submit(crate::browser::Path::NoJs, &form, ("method", "totp"))
        .await
        .page;
    assert!(landed.url.contains("/settings?flow="), "{}", landed.url);
}

#[tokio::test]
async fn return_to_is_honoured_when_signing_in_and_out() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let target = stack.url("/sessions");
    let (login, _) = browser
        .visit(&stack.url(&format!(
            "/login?return_to={}",
            url::form_urlencoded::byte_serialize(target.as_bytes()).collect::<String>()
        )))
        .await;
    let landed = browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    assert_eq!(landed.url, target);

    // Signed in already: the sign-in page sends the person on instead.
    let (again, chain) = browser.visit(&stack.url("/login")).await;
    assert!(again.url.contains("/settings?flow="), "{chain:?}");

    let after = stack.url("/registration");
    let logout = browser
        .post_form(
            &stack.url(&format!(
                "/logout?return_to={}",
                url::form_urlencoded::byte_serialize(after.as_bytes()).collect::<String>()
            )),
            &[],
            &[],
        )
        .await;
    let out = browser.land(logout).await;
    assert!(
        out.page.url.starts_with(&stack.url("/registration?flow=")),
        "{:?}",
        out.navigations
    );
}

#[tokio::test]
async fn a_login_page_without_its_csrf_cookie_explains_the_problem() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let (login, _) = browser.visit(&stack.url("/login")).await;
    assert_eq!(
        browser
            .jar
            .remove_where(|name| name.starts_with("csrf_token")),
        1
    );
    let page = browser.get(&login.url).await;
    assert_eq!(page.status, 403);
    assert!(page.all_text().contains("CSRF"), "{}", page.all_text());
}

#[tokio::test]
async fn an_expired_login_form_is_replaced_with_a_notice() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let (login, _) = browser.visit(&stack.url("/login")).await;
    tokio::time::sleep(std::time::Duration::from_millis(4500)).await;
    let (reopened, chain) = browser.visit(&login.url).await;
    assert_ne!(reopened.url, login.url, "{chain:?}");
    assert!(
        reopened
            .text("[data-testid='ui/notice/flow-expired']")
            .is_some(),
        "{}",
        reopened.all_text()
    );

    // Submitting an expired form: Kratos starts a new one and says why.
    let (login, _) = browser.visit(&stack.url("/login")).await;
    tokio::time::sleep(std::time::Duration::from_millis(4500)).await;
    let page = browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    assert!(page.url.contains("/login?flow="), "{}", page.url);
    assert!(page.has_message(4_010_001), "{:?}", page.message_ids());
}

/// Fixed: an expired form of a flow other than settings used to be started again without the
/// `return_to` it was opened with, so a person who signed in late landed on their settings
/// instead of where they were going. Kratos names the expired flow's `return_to`; the new flow
/// keeps it, on both paths and for every flow that has one.
#[tokio::test]
async fn an_expired_form_still_ends_where_the_journey_was_going() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let target = stack.url("/sessions");
    let encoded: String = url::form_urlencoded::byte_serialize(target.as_bytes()).collect();
    for path in BOTH_PATHS {
        let browser = Browser::new();
        let (login, _) = browser
            .visit(&stack.url(&format!("/login?return_to={encoded}")))
            .await;
        browser
            .wait_until_flow_expired(stack, "login", &login.flow_id())
            .await;
        let reopened = reopen(&browser, path, &login.url).await;
        assert!(
            reopened
                .text("[data-testid='ui/notice/flow-expired']")
                .is_some(),
            "{path:?}: {}",
            reopened.all_text()
        );
        let landed = browser
            .complete_login(&reopened, &user.email, &user.password)
            .await;
        assert_eq!(landed.url, target, "{path:?}");
    }
    for kind in ["registration", "recovery", "verification"] {
        let browser = Browser::new();
        let (page, _) = browser
            .visit(&stack.url(&format!("/{kind}?return_to={encoded}")))
            .await;
        browser
            .wait_until_flow_expired(stack, kind, &page.flow_id())
            .await;
        let (reopened, chain) = browser.visit(&page.url).await;
        assert_eq!(reopened.status, 200, "{kind}: {chain:?}");
        assert_ne!(reopened.flow_id(), page.flow_id(), "{kind}: {chain:?}");
        let flow = browser.kratos_flow(stack, kind, &reopened.flow_id()).await;
        let flow: serde_json::Value = serde_json::from_str(&flow.body).unwrap();
        assert_eq!(flow["return_to"], target, "{kind}");
    }
}

/// Opens an expired flow's page again: a browser reloads it; htmx is told to navigate there
/// (`HX-Redirect`), which it then does.
async fn reopen(browser: &Browser, path: Path, url: &str) -> crate::browser::Response {
    match path {
        Path::NoJs => browser.visit(url).await.0,
        Path::Htmx => {
            let answer = browser.get_with(url, &[("HX-Request", "true")]).await;
            let redirect = answer
                .header("hx-redirect")
                .unwrap_or_else(|| panic!("htmx is not sent on: {}", answer.status));
            browser.visit(&absolute(url, redirect)).await.0
        }
    }
}
