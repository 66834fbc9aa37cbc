//! Changing the email address with verification on: the page says a code was sent, and the
//! code from the mail (read from Kratos's courier) verifies the new address.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path};
use crate::harness::{Profile, Stack, stack};

const SAVED: u64 = 1_050_001;
const VERIFIED: u64 = 1_080_002;

#[tokio::test]
async fn a_new_email_address_is_verified_with_the_mailed_code() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({})).await;
        let new_email = format!("new-{}", user.email);
        let form = settings
            .settings_form("profile")
            .set("traits.email", &new_email);
        let saved = browser.submit(path, &form, ("method", "profile")).await;
        assert!(
            saved.page.has_message(SAVED),
            "{path:?}: {:?}",
            saved.page.message_ids()
        );

        // The page says the address is not verified yet and how to verify it.
        let page = match path {
            Path::Htmx => {
                let notice = saved
                    .page
                    .text("[data-testid=verification-notice]")
                    .expect("a notice");
                assert!(notice.contains(&new_email), "{notice}");
                saved.page
            }
            Path::NoJs => saved.page,
        };
        let unverified = page
            .text("[data-testid=unverified-address]")
            .expect("the address is marked");
        assert!(unverified.contains(&new_email), "{path:?}: {unverified}");
        let link = match path {
            Path::Htmx => page
                .attr("[data-testid=verification-notice] a", "href")
                .unwrap(),
            Path::NoJs => page
                .attr("[data-testid=unverified-address] a", "href")
                .unwrap(),
        };

        let (verification, chain) = browser.visit(&stack.url(&link)).await;
        assert_eq!(verification.status, 200, "{path:?}: {chain:?}");
        let form = verification
            .form("[data-testid='code-verification-form']")
            .unwrap_or_else(|| panic!("{path:?}: {}", verification.body));
        let answered = if form.value("code").is_some() {
            // Kratos already sent a code for this flow: enter it.
            let form = form.set("code", &stack.mailed_code(&new_email));
            browser
                .submit(Path::NoJs, &form, ("method", "code"))
                .await
                .page
        } else {
            // Ask for a code first, then enter it.
            let form = form.set("email", &new_email);
            let sent = browser
                .submit(Path::NoJs, &form, ("method", "code"))
                .await
                .page;
            let form = sent
                .form("[data-testid='code-verification-form']")
                .unwrap()
                .set("code", &stack.mailed_code(&new_email));
            browser
                .submit(Path::NoJs, &form, ("method", "code"))
                .await
                .page
        };
        assert!(
            answered.has_message(VERIFIED),
            "{path:?}: {}",
            answered.all_text()
        );
        let addresses = &stack.identity(&user.id)["verifiable_addresses"];
        let address = addresses
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["value"] == new_email.as_str())
            .unwrap();
        assert_eq!(address["verified"], true, "{path:?}: {addresses}");
    }
}
