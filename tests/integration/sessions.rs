//! Where the account is signed in: listing sessions in words, signing one other device out,
//! every other device out, and refusing posts from other sites.

use serde_json::json;

use crate::browser::Browser;
use crate::harness::{Profile, Stack, stack};

#[tokio::test]
async fn other_devices_are_listed_and_can_be_signed_out() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let (laptop, phone, tablet) = (Browser::new(), Browser::new(), Browser::new());
    for browser in [&laptop, &phone, &tablet] {
        browser.sign_in(stack, &user).await;
    }

    let page = laptop.get(&stack.url("/sessions")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.count("[data-testid=session-current]"), 1);
    assert_eq!(page.count("[data-testid=session-other]"), 2);
    let current = page.text("[data-testid=session-current]").unwrap();
    assert!(
        current.contains("This device") && current.contains("Signed in just now"),
        "{current}"
    );
    assert!(
        current.contains("127.0.0.1"),
        "the address in words: {current}"
    );

    // Sign one other device out.
    let form = page.form("[data-testid=session-other] form").unwrap();
    let answer = laptop.post_form(&form.action, &form.fields, &[]).await;
    assert_eq!(answer.status, 303);
    let (after, _) = laptop.visit(&stack.url("/sessions")).await;
    assert!(
        after
            .text("[data-testid='ui/notice/session-revoked']")
            .is_some(),
        "{}",
        after.body
    );
    assert_eq!(after.count("[data-testid=session-other]"), 1);

    // Then every other device.
    let form = after
        .form("form:has([data-testid=revoke-other-sessions])")
        .unwrap();
    laptop.post_form(&form.action, &form.fields, &[]).await;
    let (after, _) = laptop.visit(&stack.url("/sessions")).await;
    assert!(
        after
            .text("[data-testid='ui/notice/other-sessions-revoked']")
            .is_some()
    );
    assert_eq!(after.count("[data-testid=session-other]"), 0);
    assert!(after.text("[data-testid=no-other-sessions]").is_some());
    for browser in [&phone, &tablet] {
        let (page, chain) = browser.visit(&stack.url("/settings")).await;
        assert!(page.url.contains("/login?flow="), "signed out: {chain:?}");
    }
    let (still, _) = laptop.visit(&stack.url("/settings")).await;
    assert!(
        still.url.contains("/settings?flow="),
        "this device stays signed in"
    );
}

#[tokio::test]
async fn signing_out_from_another_site_is_refused_and_sessions_need_a_sign_in() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let (login, chain) = browser.visit(&stack.url("/sessions")).await;
    assert!(login.url.contains("/login?flow="), "{chain:?}");
    let back = browser
        .complete_login(&login, &user.email, &user.password)
        .await;
    assert!(
        back.url.ends_with("/sessions"),
        "back where the person was: {}",
        back.url
    );

    for path in ["/sessions/revoke-others", "/logout"] {
        let forged = browser
            .post_form(&stack.url(path), &[], &[("Origin", "http://evil.example")])
            .await;
        assert_eq!(forged.status, 403, "{path}");
        assert!(forged.all_text().contains("another site"), "{path}");
    }
    let (still, _) = browser.visit(&stack.url("/settings")).await;
    assert!(still.url.contains("/settings?flow="), "still signed in");
}
