//! The login page and its variants.

use serde_json::json;

use crate::browser::Browser;
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
