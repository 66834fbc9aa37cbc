//! Password: Kratos's policy messages under the field, and a real change of credentials.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser};
use crate::harness::{Profile, Stack, stack};

const SAVED: u64 = 1_050_001;
const PASSWORD_TOO_SHORT: u64 = 4_000_032;
const INVALID_CREDENTIALS: u64 = 4_000_006;

#[tokio::test]
async fn a_short_password_is_refused_under_the_field_then_a_good_one_replaces_the_old() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({})).await;

        let form = settings.settings_form("password").set("password", "short");
        let refused = browser
            .submit(path, &form, ("method", "password"))
            .await
            .page;
        let field = "[data-testid='password-settings-card'] input[name=password]";
        assert_eq!(
            refused.attr(field, "aria-invalid").as_deref(),
            Some("true"),
            "{path:?}: {}",
            refused.body
        );
        let described = refused.attr(field, "aria-describedby").unwrap();
        assert!(
            refused
                .text(&format!(
                    "#{described} [data-testid='ui/message/{PASSWORD_TOO_SHORT}']"
                ))
                .is_some(),
            "{path:?}: 4000032 not under the password field:\n{}",
            refused.body
        );
        assert_eq!(
            refused.attr(field, "value"),
            None,
            "{path:?}: the password field is emptied"
        );

        let new_password = format!("{}-and-new", user.password);
        let form = refused
            .settings_form("password")
            .set("password", &new_password);
        let saved = browser
            .submit(path, &form, ("method", "password"))
            .await
            .page;
        assert!(
            saved.has_message(SAVED),
            "{path:?}: {:?}",
            saved.message_ids()
        );
        assert!(
            !saved.has_message(PASSWORD_TOO_SHORT),
            "{path:?}: the old error is gone"
        );

        // The old password no longer signs in; the new one does.
        let stranger = Browser::new();
        let (login, _) = stranger.visit(&stack.url("/login")).await;
        let failed = stranger
            .complete_login(&login, &user.email, &user.password)
            .await;
        assert!(
            failed.has_message(INVALID_CREDENTIALS),
            "{path:?}: {:?}",
            failed.message_ids()
        );
        let (login, _) = stranger.visit(&stack.url("/login")).await;
        stranger
            .complete_login(&login, &user.email, &new_password)
            .await;
        let settings = stranger.settings(stack).await;
        assert_eq!(
            settings.text("[data-testid=signed-in-as]").as_deref(),
            Some(user.email.as_str())
        );
    }
}
