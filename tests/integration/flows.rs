//! Registration, recovery and verification: thin flows on the shared renderer, their forms
//! posting straight to Kratos (a person's browser navigates, JavaScript or not).

use serde_json::json;

use crate::browser::{Browser, Path, Response};
use crate::harness::{Profile, Stack, stack};

const SAVED: u64 = 1_050_001;
const RECOVERED: u64 = 1_060_001;
const RECOVERY_CODE_SENT: u64 = 1_060_003;
const RECOVERY_CODE_INVALID: u64 = 4_060_006;
const VERIFIED: u64 = 1_080_002;
const ALREADY_EXISTS: u64 = 4_000_007;

fn unique_email(what: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{what}-{}-{nanos}@example.com", std::process::id())
}

/// Opens `/<flow>` (recovery or verification) and asks for a code for `email`; returns the
/// page that asks for the code.
async fn ask_for_code(browser: &Browser, stack: &Stack, flow: &str, email: &str) -> Response {
    let (page, _) = browser.visit(&stack.url(&format!("/{flow}"))).await;
    let ask = form(&page, "code", &format!("{flow}-form")).set("email", email);
    browser
        .submit(Path::NoJs, &ask, ("method", "code"))
        .await
        .page
}

fn form(page: &Response, group: &str, suffix: &str) -> crate::browser::Form {
    page.form(&format!("[data-testid='{group}-{suffix}']"))
        .unwrap_or_else(|| panic!("no {group} form on {}:\n{}", page.url, page.all_text()))
}

#[tokio::test]
async fn sign_up_in_two_steps_keeps_the_traits_when_going_back_and_signs_in() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let email = unique_email("two-step");
    let (first, _) = browser.visit(&stack.url("/registration")).await;
    assert_eq!(first.text("h1").as_deref(), Some("Create an account"));
    assert!(
        first.attr("a[href^='/login']", "href").is_some(),
        "a way to sign in instead"
    );
    let traits = form(&first, "profile", "registration-form")
        .set("traits.email", &email)
        .set("traits.name", "Two Steps");
    let second = browser
        .submit(Path::NoJs, &traits, ("method", "profile"))
        .await
        .page;
    let credentials = form(&second, "password", "registration-form");
    assert!(
        credentials.value("password").is_some(),
        "{}",
        second.all_text()
    );

    // Back: the traits are still there.
    let back_button = credentials
        .buttons
        .iter()
        .chain(form(&second, "profile", "registration-form").buttons.iter())
        .find(|(name, value)| value.contains("back") || name == "screen")
        .cloned()
        .unwrap_or_else(|| panic!("a Back button: {}", second.body));
    let back_form = second
        .form(&format!(
            "form:has(button[name='{}'][value='{}'])",
            back_button.0, back_button.1
        ))
        .unwrap();
    let again = browser
        .submit(Path::NoJs, &back_form, (&back_button.0, &back_button.1))
        .await
        .page;
    let traits = form(&again, "profile", "registration-form");
    assert_eq!(traits.value("traits.email"), Some(email.as_str()));
    assert_eq!(traits.value("traits.name"), Some("Two Steps"));

    let second = browser
        .submit(Path::NoJs, &traits, ("method", "profile"))
        .await
        .page;
    let password =
        form(&second, "password", "registration-form").set("password", "Sign-Up-Password-123!");
    let landed = browser
        .submit(Path::NoJs, &password, ("method", "password"))
        .await;
    let (settings, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(
        settings.url.contains("/settings?flow="),
        "signed in after sign-up: {chain:?} {:?}",
        landed.navigations
    );
    assert_eq!(
        settings.text("[data-testid=signed-in-as]").as_deref(),
        Some(email.as_str())
    );
    assert_eq!(
        settings.settings_form("profile").value("traits.name"),
        Some("Two Steps")
    );
}

#[tokio::test]
async fn sign_up_in_one_step_and_an_address_that_exists_is_explained() {
    let lease = stack(Profile::OneStep).await;
    let stack: &Stack = &lease;
    let email = unique_email("one-step");
    let browser = Browser::new();
    let (page, _) = browser.visit(&stack.url("/registration")).await;
    let form = form(&page, "password", "registration-form")
        .set("traits.email", &email)
        .set("password", "One-Step-Password-123!");
    browser
        .submit(Path::NoJs, &form, ("method", "password"))
        .await;
    let (settings, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(settings.url.contains("/settings?flow="), "{chain:?}");

    let stranger = Browser::new();
    let (page, _) = stranger.visit(&stack.url("/registration")).await;
    let again = crate::flows::form(&page, "password", "registration-form")
        .set("traits.email", &email)
        .set("password", "Another-Password-456!");
    let refused = stranger
        .submit(Path::NoJs, &again, ("method", "password"))
        .await
        .page;
    assert!(
        refused.has_message(ALREADY_EXISTS),
        "{:?} {}",
        refused.message_ids(),
        refused.all_text()
    );
    assert!(refused.url.contains("/registration?flow="));
}

#[tokio::test]
async fn recovery_by_code_signs_in_to_settings_to_set_a_new_password() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let (page, _) = browser.visit(&stack.url("/recovery")).await;
    assert_eq!(page.text("h1").as_deref(), Some("Recover your account"));
    let ask = form(&page, "code", "recovery-form").set("email", &user.email);
    let sent = browser
        .submit(Path::NoJs, &ask, ("method", "code"))
        .await
        .page;
    assert!(
        sent.has_message(RECOVERY_CODE_SENT),
        "{:?}",
        sent.message_ids()
    );

    // A wrong code is explained and nothing happens.
    let wrong = form(&sent, "code", "recovery-form").set("code", "000000");
    let refused = browser
        .submit(Path::NoJs, &wrong, ("method", "code"))
        .await
        .page;
    assert!(
        refused.has_message(RECOVERY_CODE_INVALID),
        "{:?}",
        refused.message_ids()
    );

    let code = form(&refused, "code", "recovery-form").set("code", &stack.mailed_code(&user.email));
    let landed = browser
        .submit(Path::NoJs, &code, ("method", "code"))
        .await
        .page;
    assert!(landed.url.contains("/settings?flow="), "{}", landed.url);
    assert!(landed.has_message(RECOVERED), "{:?}", landed.message_ids());
    let new_password = "Recovered-Password-789!";
    let form = landed
        .settings_form("password")
        .set("password", new_password);
    let saved = browser
        .submit(Path::Htmx, &form, ("method", "password"))
        .await
        .page;
    assert!(saved.has_message(SAVED), "{:?}", saved.message_ids());
    let other = Browser::new();
    let (login, _) = other.visit(&stack.url("/login")).await;
    let signed_in = other
        .complete_login(&login, &user.email, new_password)
        .await;
    assert!(!signed_in.url.contains("/login"), "{}", signed_in.url);
}

#[tokio::test]
async fn recovery_for_an_unknown_address_looks_the_same_and_mails_nothing() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let nobody = unique_email("nobody");
    let browser = Browser::new();
    let sent = ask_for_code(&browser, stack, "recovery", &nobody).await;
    assert!(
        sent.has_message(RECOVERY_CODE_SENT),
        "the same answer: {:?}",
        sent.message_ids()
    );
    assert!(
        form(&sent, "code", "recovery-form").value("code").is_some(),
        "the same next step"
    );
    let mail = stack.newest_mail(&nobody).unwrap_or_default();
    assert!(
        mail.split(|c: char| !c.is_ascii_digit())
            .all(|run| run.len() != 6),
        "no code is mailed to an unknown address"
    );
}

#[tokio::test]
async fn an_address_is_verified_with_the_link_from_the_mail() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    ask_for_code(&browser, stack, "verification", &user.email).await;
    let mail = stack.newest_mail(&user.email).expect("a verification mail");
    let link = mail
        .split_whitespace()
        .find(|word| word.contains("/self-service/verification?") && word.contains("code="))
        .unwrap_or_else(|| panic!("a link in: {mail}"))
        .trim_matches(|c: char| c == '"' || c == '<' || c == '>')
        .replace("&amp;", "&");
    // The link opens the verification page with the code filled in: one click confirms.
    let (opened, chain) = browser.visit(&link).await;
    assert!(opened.url.contains("/verification?flow="), "{chain:?}");
    let confirm = form(&opened, "code", "verification-form");
    assert_eq!(
        confirm.value("code").map(str::len),
        Some(6),
        "the code is filled in"
    );
    let verified = browser
        .submit(Path::NoJs, &confirm, ("method", "code"))
        .await
        .page;
    assert!(
        verified.has_message(VERIFIED),
        "{:?} {}",
        verified.message_ids(),
        verified.all_text()
    );
    let address = &stack.identity(&user.id)["verifiable_addresses"][0];
    assert_eq!(address["verified"], true, "{address}");
}

#[tokio::test]
async fn an_expired_recovery_code_is_explained_and_a_new_one_can_be_asked_for() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let sent = ask_for_code(&browser, stack, "recovery", &user.email).await;
    let code = stack.mailed_code(&user.email);
    tokio::time::sleep(std::time::Duration::from_millis(4500)).await;
    let late = form(&sent, "code", "recovery-form").set("code", &code);
    let expired = browser
        .submit(Path::NoJs, &late, ("method", "code"))
        .await
        .page;
    assert!(expired.url.contains("/recovery?flow="), "{}", expired.url);
    assert!(
        expired.has_message(4_060_005),
        "{:?} {}",
        expired.message_ids(),
        expired.all_text()
    );
    assert!(
        form(&expired, "code", "recovery-form")
            .value("email")
            .is_some(),
        "ask again"
    );
}

#[tokio::test]
async fn signing_up_with_a_social_account_creates_the_account_and_signs_in() {
    let lease = stack(Profile::Social).await;
    let stack: &Stack = &lease;
    let email = unique_email("social-signup");
    stack.provider_signs_in(crate::harness::ProviderAccount {
        subject: format!("signup-{email}"),
        email: email.clone(),
        grant_openid: true,
    });
    let browser = Browser::new();
    let (page, _) = browser.visit(&stack.url("/registration")).await;
    let social = form(&page, "oidc", "registration-form");
    let label = social
        .buttons
        .iter()
        .find(|(name, _)| name == "provider")
        .cloned()
        .expect("a provider button");
    assert_eq!(label.1, crate::provider::PROVIDER_ID);
    let done = browser
        .submit(
            Path::NoJs,
            &social,
            ("provider", crate::provider::PROVIDER_ID),
        )
        .await;
    assert!(
        !done.page.url.contains("/registration"),
        "{:?}",
        done.navigations
    );
    let (settings, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(settings.url.contains("/settings?flow="), "{chain:?}");
    assert_eq!(
        settings.text("[data-testid=signed-in-as]").as_deref(),
        Some(email.as_str())
    );
}

#[tokio::test]
async fn a_used_verification_code_and_an_expired_one_are_explained() {
    let lease = stack(Profile::ShortLived).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();

    // Verified once; the same code again is refused with an explanation.
    let sent = ask_for_code(&browser, stack, "verification", &user.email).await;
    let code = stack.mailed_code(&user.email);
    let confirm = form(&sent, "code", "verification-form").set("code", &code);
    let verified = browser
        .submit(Path::NoJs, &confirm, ("method", "code"))
        .await
        .page;
    assert!(
        verified.has_message(VERIFIED),
        "{:?}",
        verified.message_ids()
    );
    let sent = ask_for_code(&browser, stack, "verification", &user.email).await;
    let reused = form(&sent, "code", "verification-form").set("code", &code);
    let refused = browser
        .submit(Path::NoJs, &reused, ("method", "code"))
        .await
        .page;
    assert!(
        !refused.has_message(VERIFIED),
        "{:?}",
        refused.message_ids()
    );
    assert!(
        refused
            .message_ids()
            .iter()
            .any(|id| (4_070_000..4_080_000).contains(id)),
        "explained: {:?} {}",
        refused.message_ids(),
        refused.all_text()
    );

    // A code entered after the form expired.
    let other = stack.create_user(json!({}));
    let sent = ask_for_code(&browser, stack, "verification", &other.email).await;
    let code = stack.mailed_code(&other.email);
    tokio::time::sleep(std::time::Duration::from_millis(4500)).await;
    let late = form(&sent, "code", "verification-form").set("code", &code);
    let expired = browser
        .submit(Path::NoJs, &late, ("method", "code"))
        .await
        .page;
    assert!(
        expired.has_message(4_070_005),
        "{:?} {}",
        expired.message_ids(),
        expired.all_text()
    );
    assert_eq!(
        stack.identity(&other.id)["verifiable_addresses"][0]["verified"],
        false
    );
}
