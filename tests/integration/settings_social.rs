//! Social sign-in accounts in settings, against a real OpenID Connect provider (Ory Hydra):
//! link, unlink, the last credential that cannot go, linking after signing in again, and a
//! provider consent without the `openid` scope.

use serde_json::{Value, json};

use crate::browser::{BOTH_PATHS, Browser, Path, Response};
use crate::harness::{Profile, ProviderAccount, Stack, User, stack};
use crate::provider::{PROVIDER_ID, PROVIDER_LABEL};

const SAVED: u64 = 1_050_001;

fn account_of(user: &User) -> ProviderAccount {
    ProviderAccount {
        subject: format!("subject-{}", user.id),
        email: user.email.clone(),
        grant_openid: true,
    }
}

fn oidc_identifiers(stack: &Stack, user: &User) -> Vec<String> {
    let (status, identity) = crate::harness::http_json(
        "GET",
        &format!(
            "{}/admin/identities/{}?include_credential=oidc",
            stack.kratos_admin, user.id
        ),
        None,
    );
    assert_eq!(status, 200);
    identity["credentials"]["oidc"]["identifiers"]
        .as_array()
        .map(|ids| {
            ids.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn has_button(page: &Response, name: &str) -> bool {
    page.count(&format!(
        "[data-testid='oidc-settings-card'] button[name={name}][value={PROVIDER_ID}]"
    )) == 1
}

#[tokio::test]
async fn a_social_account_is_linked_and_unlinked() {
    let lease = stack(Profile::Social).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        stack.provider_signs_in(account_of(&user));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let settings = browser.settings(stack).await;
        assert!(has_button(&settings, "link"), "{path:?}: {}", settings.body);
        let label = settings
            .text(&format!("button[name=link][value={PROVIDER_ID}]"))
            .unwrap();
        assert!(
            label.contains(PROVIDER_LABEL),
            "{path:?}: the provider's configured name: {label}"
        );

        let form = settings.settings_form("oidc");
        let linked = browser.submit(path, &form, ("link", PROVIDER_ID)).await;
        assert!(
            linked.page.url.contains("/settings?flow="),
            "{path:?}: {:?}",
            linked.navigations
        );
        assert!(
            linked
                .navigations
                .iter()
                .any(|url| url.contains("/oauth2/auth")),
            "{path:?}: went through the provider: {:?}",
            linked.navigations
        );
        assert!(
            linked.page.has_message(SAVED),
            "{path:?}: {:?}",
            linked.page.message_ids()
        );
        assert_eq!(
            oidc_identifiers(stack, &user),
            [format!("{PROVIDER_ID}:subject-{}", user.id)]
        );
        assert!(
            has_button(&linked.page, "unlink"),
            "{path:?}: {}",
            linked.page.body
        );

        let form = linked.page.settings_form("oidc");
        let unlinked = browser
            .submit(path, &form, ("unlink", PROVIDER_ID))
            .await
            .page;
        assert!(
            unlinked.has_message(SAVED),
            "{path:?}: {:?}",
            unlinked.message_ids()
        );
        assert!(oidc_identifiers(stack, &user).is_empty(), "{path:?}");
        assert!(has_button(&unlinked, "link"), "{path:?}");
    }
}

#[tokio::test]
async fn the_last_way_to_sign_in_cannot_be_unlinked() {
    let lease = stack(Profile::Social).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        // An account that only ever signed in with the provider.
        let email =
            format!("social-only-{}-{path:?}@example.com", std::process::id()).to_lowercase();
        let subject = format!("social-only-{}-{path:?}", std::process::id());
        let (status, created) = crate::harness::http_json(
            "POST",
            &format!("{}/admin/identities", stack.kratos_admin),
            Some(&json!({
                "schema_id": "default",
                "traits": {"email": email},
                "credentials": {"oidc": {"config": {"providers": [{"provider": PROVIDER_ID, "subject": subject}]}}},
            })),
        );
        assert_eq!(status, 201, "{created}");
        stack.provider_signs_in(ProviderAccount {
            subject,
            email: email.clone(),
            grant_openid: true,
        });

        let browser = Browser::new();
        let (login, _) = browser.visit(&stack.url("/login")).await;
        let form = login
            .form("[data-testid='oidc-login-form']")
            .expect("a social sign-in form");
        let signed_in = browser
            .submit(Path::NoJs, &form, ("provider", PROVIDER_ID))
            .await;
        assert!(
            !signed_in.page.url.contains("/login"),
            "{:?}",
            signed_in.navigations
        );
        let settings = browser.settings(stack).await;
        assert!(
            !has_button(&settings, "unlink"),
            "{path:?}: no unlink for the last credential"
        );

        // Nothing is left to link or unlink, so there is no such section at all...
        assert_eq!(
            settings.count("[data-testid='oidc-settings-card']"),
            0,
            "{path:?}"
        );
        // ...and a made-up unlink (sent with another section's CSRF token) is refused with
        // Kratos's explanation.
        let form = settings.settings_form("password");
        let mut payload = form.fields.clone();
        payload.push(("unlink".into(), PROVIDER_ID.into()));
        let refused = browser.submit_payload(path, &form, &payload).await.page;
        assert!(!refused.has_message(SAVED), "{path:?}");
        assert!(
            refused.message_ids().contains(&4_000_001),
            "{path:?}: {:?} {}",
            refused.message_ids(),
            refused.all_text()
        );
        let user = User {
            id: created["id"].as_str().unwrap().into(),
            email,
            password: String::new(),
        };
        assert_eq!(
            oidc_identifiers(stack, &user).len(),
            1,
            "{path:?}: still linked"
        );
    }
}

#[tokio::test]
async fn linking_with_an_old_session_signs_in_again_first() {
    let lease = stack(Profile::Social).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        stack.provider_signs_in(account_of(&user));
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        tokio::time::sleep(std::time::Duration::from_millis(5500)).await;
        let settings = browser.settings(stack).await;
        let form = settings.settings_form("oidc");
        let asked = browser.submit(path, &form, ("link", PROVIDER_ID)).await;
        assert!(
            asked.page.has_message(1_010_003),
            "{path:?}: {}",
            asked.page.url
        );
        let back = browser
            .complete_login(&asked.page, &user.email, &user.password)
            .await;
        assert!(
            back.url.contains("/settings?flow="),
            "{path:?}: {}",
            back.url
        );
        assert_eq!(
            oidc_identifiers(stack, &user).len(),
            1,
            "{path:?}: linked once signed in again"
        );
    }
}

#[tokio::test]
async fn a_consent_without_the_openid_scope_is_refused_with_an_explanation() {
    let lease = stack(Profile::Social).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        stack.provider_signs_in(ProviderAccount {
            grant_openid: false,
            ..account_of(&user)
        });
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let settings = browser.settings(stack).await;
        let form = settings.settings_form("oidc");
        let answer = browser.submit(path, &form, ("link", PROVIDER_ID)).await;
        let page = &answer.page;
        assert!(
            page.status < 500 || page.url.contains("/error"),
            "{path:?}: {:?}",
            answer.navigations
        );
        assert!(
            page.url.contains("/settings?flow="),
            "{path:?}: {:?}",
            answer.navigations
        );
        let explanation = page.text("[role=alert]").unwrap_or_default();
        assert!(
            explanation.contains("\"openid\""),
            "{path:?}: {}",
            page.all_text()
        );
        assert!(
            oidc_identifiers(stack, &user).is_empty(),
            "{path:?}: nothing linked"
        );
    }
}
