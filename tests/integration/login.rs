//! The login page and its variants.

use serde_json::json;

use crate::browser::Browser;
use crate::harness::{Profile, stack};

#[tokio::test]
async fn wrong_password_shows_kratoss_message_and_keeps_the_identifier() {
    let stack = stack(Profile::Default);
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
    let stack = stack(Profile::Default);
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
    let stack = stack(Profile::Default);
    let page = Browser::new().get(&stack.url("/login?flow=garbage")).await;
    assert_eq!(page.status, 400);
}
