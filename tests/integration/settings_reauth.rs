//! Re-authentication: a change that needs a fresh sign-in is applied exactly once after it,
//! through both paths; and an expired flow is replaced with a visible notice.

use std::time::Duration;

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Form, Path, Response};
use crate::harness::{Profile, Stack, User, stack};

const SAVED: u64 = 1_050_001;
const FLOW_EXPIRED: u64 = 4_050_001;
const CONFIRM_IT_IS_YOU: u64 = 1_010_003;

/// Submits a change that needs a fresh sign-in: expects the "confirm it is you" page, signs
/// in again and returns the settings page the person lands on (where the change is applied).
async fn submit_and_sign_in_again(
    browser: &Browser,
    user: &User,
    path: Path,
    form: &Form,
    button: (&str, &str),
) -> Response {
    let asked = browser.submit(path, form, button).await;
    assert!(!asked.swapped, "{path:?}: a navigation, not a swap");
    assert!(
        asked.page.url.contains("/login?flow=") && asked.page.has_message(CONFIRM_IT_IS_YOU),
        "{path:?}: asked to confirm on {} {:?}",
        asked.page.url,
        asked.page.message_ids()
    );
    let back = browser
        .complete_login(&asked.page, &user.email, &user.password)
        .await;
    assert!(
        back.url.contains("/settings?flow="),
        "{path:?}: back on {}",
        back.url
    );
    back
}

/// Waits until the session is older than the 2 s privileged age of the short-lived stack.
async fn let_the_session_age() {
    tokio::time::sleep(Duration::from_millis(2500)).await;
}

#[tokio::test]
async fn an_email_change_with_an_old_session_asks_for_the_password_then_applies_once() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({"name": "Old Session"}));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let_the_session_age().await;
        let settings = browser.settings(stack).await;
        let new_email = format!("changed-{}", user.email);
        let form = settings
            .settings_form("profile")
            .set("traits.email", &new_email);
        let asked = browser.submit(path, &form, ("method", "profile")).await;

        let login = &asked.page;
        assert!(
            login.url.contains("/login?flow="),
            "{path:?}: landed on {}",
            login.url
        );
        assert!(
            login.has_message(CONFIRM_IT_IS_YOU),
            "{path:?}: {:?}",
            login.message_ids()
        );
        assert!(!asked.swapped);
        assert_eq!(
            stack.identity(&user.id)["traits"]["email"],
            user.email.as_str(),
            "{path:?}: not yet"
        );

        let back = browser
            .complete_login(login, &user.email, &user.password)
            .await;
        assert!(
            back.url.contains("/settings?flow="),
            "{path:?}: back on {}",
            back.url
        );
        assert_eq!(
            back.message_ids().iter().filter(|id| **id == SAVED).count(),
            1,
            "{path:?}"
        );
        assert_eq!(
            back.settings_form("profile").value("traits.email"),
            Some(new_email.as_str()),
            "{path:?}"
        );
        let traits = &stack.identity(&user.id)["traits"];
        assert_eq!(traits["email"], new_email.as_str(), "{path:?}");
        assert_eq!(traits["name"], "Old Session", "{path:?}");
    }
}

#[tokio::test]
async fn a_password_change_with_an_old_session_is_applied_after_signing_in_again() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let_the_session_age().await;
        let settings = browser.settings(stack).await;
        let new_password = format!("{}-renewed", user.password);
        let form = settings
            .settings_form("password")
            .set("password", &new_password);
        let back =
            submit_and_sign_in_again(&browser, &user, path, &form, ("method", "password")).await;
        assert!(
            back.has_message(SAVED),
            "{path:?}: {:?}",
            back.message_ids()
        );

        // Applied: the new password signs in, the old one does not.
        let other = Browser::new();
        let (login, _) = other.visit(&stack.url("/login")).await;
        let landed = other
            .complete_login(&login, &user.email, &new_password)
            .await;
        assert!(
            !landed.url.contains("/login"),
            "{path:?}: the new password works"
        );
        let other = Browser::new();
        let (login, _) = other.visit(&stack.url("/login")).await;
        let refused = other
            .complete_login(&login, &user.email, &user.password)
            .await;
        assert!(
            refused.url.contains("/login"),
            "{path:?}: the old password is gone"
        );
    }
}

#[tokio::test]
async fn an_expired_flow_is_replaced_and_the_person_is_told() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    // Opening an expired flow: a new flow with our notice.
    let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;
    tokio::time::sleep(Duration::from_millis(4500)).await;
    let (reopened, chain) = browser.visit(&settings.url).await;
    assert_eq!(reopened.status, 200);
    assert_ne!(reopened.url, settings.url, "a new flow via {chain:?}");
    assert!(
        reopened
            .text("[data-testid='ui/notice/flow-expired']")
            .is_some(),
        "no notice: {}",
        reopened.body
    );
    // The notice is shown once.
    let (again, _) = browser.visit(&reopened.url).await;
    assert!(
        again
            .text("[data-testid='ui/notice/flow-expired']")
            .is_none()
    );

    // Submitting an expired flow: Kratos's replacement flow with its own message, both paths.
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({"name": "Late"})).await;
        let form = settings
            .settings_form("profile")
            .set("traits.name", "Too Late");
        tokio::time::sleep(Duration::from_millis(4500)).await;
        let answer = browser.submit(path, &form, ("method", "profile")).await;
        assert!(
            answer.page.has_message(FLOW_EXPIRED),
            "{path:?}: {}",
            answer.page.body
        );
        if path == Path::Htmx {
            let pushed = answer
                .page
                .header("hx-push-url")
                .expect("the address bar follows");
            assert!(pushed.starts_with("/settings?flow=") && !settings.url.ends_with(pushed));
        }
        assert_eq!(
            stack.identity(&user.id)["traits"]["name"],
            "Late",
            "{path:?}: nothing saved"
        );
    }
}

#[tokio::test]
async fn turning_on_an_authenticator_app_with_an_old_session_is_applied_after_signing_in_again() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let_the_session_age().await;
        let settings = browser.settings(stack).await;
        let secret = settings
            .text("[data-testid='node/text/totp_secret_key/text']")
            .unwrap();
        let code = crate::settings_second_factor::totp_code(&secret);
        let form = settings.settings_form("totp").set("totp_code", &code);
        let back = submit_and_sign_in_again(&browser, &user, path, &form, ("method", "totp")).await;
        assert_eq!(
            back.message_ids().iter().filter(|id| **id == SAVED).count(),
            1,
            "{path:?}"
        );
        assert!(
            back.settings_form("totp")
                .buttons
                .iter()
                .any(|(name, _)| name == "totp_unlink"),
            "{path:?}: the app is on"
        );
    }
}

#[tokio::test]
async fn revealing_backup_codes_with_an_old_session_asks_for_the_password_first() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let_the_session_age().await;
        let settings = browser.settings(stack).await;
        let form = settings.settings_form("lookup_secret");
        let back = submit_and_sign_in_again(
            &browser,
            &user,
            path,
            &form,
            ("lookup_secret_regenerate", "true"),
        )
        .await;
        assert_eq!(
            back.count("[data-testid='node/text/lookup_secret_codes/text'] li code"),
            12,
            "{path:?}: the new codes are shown once signed in again"
        );
    }
}
