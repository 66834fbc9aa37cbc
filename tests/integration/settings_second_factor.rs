//! Second factors in settings: authenticator app (TOTP) and backup codes, through both paths,
//! and the second step they add to signing in.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path, Response};
use crate::harness::{Profile, Stack, User, stack};

const SAVED: u64 = 1_050_001;
const SECOND_STEP: u64 = 1_010_004;
const INVALID_CODE: u64 = 4_000_008;

/// The current code of the authenticator app whose secret a page shows.
pub fn totp_code(secret: &str) -> String {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .expect("base32 secret");
    totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes)
        .generate_current()
        .unwrap()
}

fn totp_secret(page: &Response) -> String {
    page.text("[data-testid='node/text/totp_secret_key/text']")
        .expect("the TOTP secret is shown as text")
}

fn codes(page: &Response) -> Vec<String> {
    let html = page.html();
    let selector =
        scraper::Selector::parse("[data-testid='node/text/lookup_secret_codes/text'] li code")
            .unwrap();
    html.select(&selector)
        .map(crate::browser::text_of)
        .collect()
}

/// Signs in with the password, then expects to be asked for the second step.
async fn second_step_page(stack: &Stack, user: &User) -> (Browser, Response) {
    let browser = Browser::new();
    let (login, _) = browser.visit(&stack.url("/login")).await;
    browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    let (page, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(page.url.contains("/login?flow="), "{chain:?}");
    assert!(page.has_message(SECOND_STEP), "{:?}", page.message_ids());
    (browser, page)
}

#[tokio::test]
async fn an_authenticator_app_is_enabled_with_a_code_and_disabled_again() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({})).await;
        let secret = totp_secret(&settings);

        let wrong = settings.settings_form("totp").set("totp_code", "000000");
        let refused = browser.submit(path, &wrong, ("method", "totp")).await.page;
        assert!(
            refused.has_message(INVALID_CODE),
            "{path:?}: {:?}",
            refused.message_ids()
        );
        assert_eq!(
            totp_secret(&refused),
            secret,
            "{path:?}: the same flow keeps its secret"
        );
        let field = "[data-testid='totp-settings-card'] input[name=totp_code]";
        assert_eq!(
            refused.attr(field, "aria-invalid").as_deref(),
            Some("true"),
            "{path:?}"
        );

        let form = refused
            .settings_form("totp")
            .set("totp_code", &totp_code(&secret));
        let enabled = browser.submit(path, &form, ("method", "totp")).await.page;
        assert!(
            enabled.has_message(SAVED),
            "{path:?}: {:?}",
            enabled.message_ids()
        );
        let form = enabled.settings_form("totp");
        assert!(
            form.buttons
                .contains(&("totp_unlink".into(), "true".into())),
            "{path:?}"
        );
        assert!(
            enabled.text("[data-testid='node/image/totp_qr']").is_none(),
            "{path:?}: no QR once set up"
        );

        // Signing in now takes the app's code as well.
        let (other, second) = second_step_page(stack, &user).await;
        let login = second
            .form("[data-testid='totp-login-form']")
            .unwrap()
            .set("totp_code", &totp_code(&secret));
        let landed = other
            .submit(Path::NoJs, &login, ("method", "totp"))
            .await
            .page;
        assert!(
            landed.url.contains("/settings?flow="),
            "{path:?}: {}",
            landed.url
        );

        let disabled = browser
            .submit(path, &form, ("totp_unlink", "true"))
            .await
            .page;
        assert!(
            disabled.has_message(SAVED),
            "{path:?}: {:?}",
            disabled.message_ids()
        );
        assert!(
            disabled
                .text("[data-testid='node/image/totp_qr']")
                .is_some()
                || disabled.settings_form("totp").value("totp_code").is_some(),
            "{path:?}: the app can be set up again"
        );
        let stranger = Browser::new();
        let (login, _) = stranger.visit(&stack.url("/login")).await;
        stranger
            .complete_login(&login, &user.email, &user.password)
            .await;
        let (page, _) = stranger.visit(&stack.url("/settings")).await;
        assert!(
            page.url.contains("/settings?flow="),
            "{path:?}: no second step any more"
        );
    }
}

#[tokio::test]
async fn backup_codes_count_only_once_confirmed_and_each_signs_in_once() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({})).await;
        assert!(
            settings
                .text("[data-testid='lookup_secret-settings-card'] .card-intro")
                .unwrap()
                .contains("confirm"),
            "the section explains that codes count once confirmed"
        );

        let form = settings.settings_form("lookup_secret");
        let generated = browser
            .submit(path, &form, ("lookup_secret_regenerate", "true"))
            .await
            .page;
        let shown = codes(&generated);
        assert_eq!(shown.len(), 12, "{path:?}: {}", generated.body);
        assert!(generated.count("[data-testid='node/text/lookup_secret_codes/copy']") == 1);
        assert!(generated.count("[data-testid='node/text/lookup_secret_codes/download']") == 1);
        assert!(
            !generated.has_message(SAVED),
            "{path:?}: nothing is saved before confirming"
        );

        let form = generated.settings_form("lookup_secret");
        let confirmed = browser
            .submit(path, &form, ("lookup_secret_confirm", "true"))
            .await
            .page;
        assert!(
            confirmed.has_message(SAVED),
            "{path:?}: {:?}",
            confirmed.message_ids()
        );

        // Reveal shows the same codes again.
        let form = confirmed.settings_form("lookup_secret");
        let revealed = browser
            .submit(path, &form, ("lookup_secret_reveal", "true"))
            .await
            .page;
        assert_eq!(codes(&revealed), shown, "{path:?}");

        // A code is the second step of a sign-in, once.
        let (other, second) = second_step_page(stack, &user).await;
        let login = second
            .form("[data-testid='lookup_secret-login-form']")
            .expect("a backup code form")
            .set("lookup_secret", &shown[0]);
        let landed = other
            .submit(Path::NoJs, &login, ("method", "lookup_secret"))
            .await
            .page;
        assert!(
            landed.url.contains("/settings?flow="),
            "{path:?}: {}",
            landed.url
        );
        let (again_browser, second) = second_step_page(stack, &user).await;
        let login = second
            .form("[data-testid='lookup_secret-login-form']")
            .unwrap()
            .set("lookup_secret", &shown[0]);
        let refused = again_browser
            .submit(Path::NoJs, &login, ("method", "lookup_secret"))
            .await
            .page;
        assert!(
            refused.url.contains("/login?flow="),
            "{path:?}: a used code is refused"
        );

        // Disabling removes them.
        let form = revealed.settings_form("lookup_secret");
        let disabled = browser
            .submit(path, &form, ("lookup_secret_disable", "true"))
            .await
            .page;
        assert!(
            disabled.has_message(SAVED),
            "{path:?}: {:?}",
            disabled.message_ids()
        );
        assert!(codes(&disabled).is_empty(), "{path:?}");
    }
}

/// Turns the authenticator app on for `user` (in their own browser) and returns its secret.
async fn enable_totp(stack: &Stack, browser: &Browser) -> String {
    let settings = browser.settings(stack).await;
    let secret = totp_secret(&settings);
    let form = settings
        .settings_form("totp")
        .set("totp_code", &totp_code(&secret));
    let enabled = browser
        .submit(Path::Htmx, &form, ("method", "totp"))
        .await
        .page;
    assert!(enabled.has_message(SAVED), "{:?}", enabled.message_ids());
    secret
}

#[tokio::test]
async fn a_session_without_the_second_step_is_sent_to_it_on_fetch_and_on_save_and_comes_back() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({"name": "Two Steps"}));
        // An older browser, signed in with the password alone, has the settings page open...
        let old = Browser::new();
        old.sign_in(stack, &user).await;
        let open_page = old.settings(stack).await;
        // ...when the person turns on the authenticator app elsewhere.
        let phone = Browser::new();
        phone.sign_in(stack, &user).await;
        let secret = enable_totp(stack, &phone).await;

        // Saving from the old page asks for the second step first...
        let form = open_page
            .settings_form("profile")
            .set("traits.name", "Changed Later");
        let asked = old.submit(path, &form, ("method", "profile")).await;
        assert!(!asked.swapped, "{path:?}");
        assert!(
            asked.page.url.contains("/login?flow="),
            "{path:?}: {:?}",
            asked.navigations
        );
        assert!(
            asked.page.has_message(SECOND_STEP),
            "{path:?}: {:?}",
            asked.page.message_ids()
        );
        assert_eq!(
            stack.identity(&user.id)["traits"]["name"],
            "Two Steps",
            "{path:?}"
        );
        // ...and after it, the person is back on their settings.
        let login = asked
            .page
            .form("[data-testid='totp-login-form']")
            .unwrap()
            .set("totp_code", &totp_code(&secret));
        let back = old
            .submit(Path::NoJs, &login, ("method", "totp"))
            .await
            .page;
        assert!(back.url.contains("/settings"), "{path:?}: {}", back.url);

        // Merely opening the old page again is gated the same way (fetch).
        let third = Browser::new();
        third.sign_in(stack, &user).await;
        let (gated, chain) = third.visit(&open_page.url).await;
        assert!(gated.url.contains("/login?flow="), "{path:?}: {chain:?}");
        assert!(gated.has_message(SECOND_STEP), "{path:?}");
    }
}
