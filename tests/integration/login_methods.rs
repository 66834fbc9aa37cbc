//! Every way Kratos lets a person in besides the password: a mailed code (alone, beside the
//! password, as second factor), the identifier first, and only the flows Kratos offers. Each
//! against a Kratos configured that way (see `Profile`), on both paths.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path, Response};
use crate::harness::{Profile, Stack, User, stack};

/// The sign-in form that carries the identifier (password, code and the rest share it).
fn identifier_form(page: &Response) -> crate::browser::Form {
    page.form("form:has(input[name=identifier]:not([type=hidden]))")
        .unwrap_or_else(|| {
            panic!(
                "no form with an identifier field on {}:\n{}",
                page.url, page.body
            )
        })
}

fn code_form(page: &Response) -> crate::browser::Form {
    page.form("form:has(input[name=code])")
        .unwrap_or_else(|| panic!("no code field on {}:\n{}", page.url, page.body))
}

/// Signs `user` in with the password on a new sign-in page; returns where that leads.
async fn password_sign_in(stack: &Stack, browser: &Browser, path: Path, user: &User) -> Response {
    let (login, _) = browser.visit(&stack.url("/login")).await;
    let form = identifier_form(&login)
        .set("identifier", &user.email)
        .set("password", &user.password);
    browser
        .submit(path, &form, ("method", "password"))
        .await
        .page
}

/// On a sign-in page that holds `user`'s identifier already: the password signs in.
async fn finishes_with_the_password(browser: &Browser, path: Path, page: &Response, user: &User) {
    let password = page
        .form("form:has(input[name=password])")
        .unwrap_or_else(|| panic!("{path:?}: no password:\n{}", page.body));
    assert_eq!(
        password.value("identifier"),
        Some(user.email.as_str()),
        "{path:?}"
    );
    let password = password.set("password", &user.password);
    let landed = browser
        .submit(path, &password, ("method", "password"))
        .await;
    assert!(
        !landed.page.url.contains("/login"),
        "{path:?}: {:?}",
        landed.navigations
    );
}

/// On a page that says a sign-in code was mailed to `email`: the mailed code signs in.
async fn signs_in_with_the_mailed_code(
    stack: &Stack,
    browser: &Browser,
    path: Path,
    sent: &Response,
    email: &str,
) {
    assert!(
        sent.has_message(1_010_014),
        "{path:?}: {:?}",
        sent.message_ids()
    );
    let code = stack.mailed_code(email);
    let landed = browser
        .submit(
            path,
            &code_form(sent).set("code", &code),
            ("method", "code"),
        )
        .await;
    assert!(
        !landed.page.url.contains("/login"),
        "{path:?}: {:?}",
        landed.navigations
    );
    let settings = browser.settings(stack).await;
    assert!(
        settings.body.contains(email),
        "{path:?}: signed in as {email}"
    );
}

#[tokio::test]
async fn a_mailed_code_signs_in_on_both_paths_and_a_wrong_one_is_explained_at_its_field() {
    let lease = stack(Profile::Codes).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_verified_user(json!({}));
        let browser = Browser::new();
        let back = stack.url("/sessions");
        let (login, _) = browser
            .visit(&stack.url(&format!("/login?return_to={back}")))
            .await;
        // One identifier field for both ways in: typed once, sent with either button.
        assert_eq!(login.count("input[name=identifier]"), 1, "{}", login.body);
        let form = identifier_form(&login);
        assert!(form.buttons.contains(&("method".into(), "password".into())));
        assert_eq!(
            form.buttons.first(),
            Some(&("method".to_owned(), "password".to_owned())),
            "Enter in the form must sign in with the password ({path:?})"
        );
        let sent = browser
            .submit(
                path,
                &form.set("identifier", &user.email),
                ("method", "code"),
            )
            .await;
        assert_eq!(sent.swapped, path == Path::Htmx, "{path:?}");
        let page = sent.page;
        assert!(
            page.has_message(1_010_014),
            "{path:?}: {:?}",
            page.message_ids()
        );
        let who = page
            .text("[data-testid='login-identifier']")
            .unwrap_or_default();
        assert!(who.contains(&user.email), "{path:?}: {who}");
        assert!(
            page.attr("[data-testid='login-use-another-account']", "href")
                .is_some()
        );

        let wrong = browser
            .submit(
                path,
                &code_form(&page).set("code", "000000"),
                ("method", "code"),
            )
            .await
            .page;
        assert!(
            wrong.has_message(4_010_008),
            "{path:?}: {:?}",
            wrong.message_ids()
        );
        assert_eq!(
            wrong.attr("input[name=code]", "aria-invalid").as_deref(),
            Some("true"),
            "{path:?}: the wrong code is explained at the code field"
        );

        let code = stack.mailed_code(&user.email);
        let landed = browser
            .submit(
                path,
                &code_form(&wrong).set("code", &code),
                ("method", "code"),
            )
            .await;
        assert!(
            landed.page.url.starts_with(&back),
            "{path:?}: the journey ends at return_to: {:?}",
            landed.navigations
        );
        assert_eq!(landed.page.status, 200, "{path:?}");
    }
}

#[tokio::test]
async fn a_mailed_code_alone_signs_in_without_any_password_on_the_page() {
    let lease = stack(Profile::CodesOnly).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_verified_user(json!({}));
        let browser = Browser::new();
        let (login, _) = browser.visit(&stack.url("/login")).await;
        assert_eq!(login.count("input[type=password]"), 0, "{}", login.body);
        let form = identifier_form(&login);
        assert_eq!(
            form.buttons,
            [("method".to_owned(), "code".to_owned())],
            "the code is the form's only (so Enter's) button"
        );
        let sent = browser
            .submit(
                path,
                &form.set("identifier", &user.email),
                ("method", "code"),
            )
            .await
            .page;
        signs_in_with_the_mailed_code(stack, &browser, path, &sent, &user.email).await;
    }
}

#[tokio::test]
async fn a_new_code_can_be_sent_and_enter_in_the_code_field_does_not_send_one() {
    let lease = stack(Profile::Codes).await;
    let stack: &Stack = &lease;
    let user = stack.create_verified_user(json!({}));
    let browser = Browser::new();
    let (login, _) = browser.visit(&stack.url("/login")).await;
    let form = identifier_form(&login).set("identifier", &user.email);
    let page = browser
        .submit(Path::Htmx, &form, ("method", "code"))
        .await
        .page;
    let first = stack.mailed_code(&user.email);
    let wrong = browser
        .submit(
            Path::NoJs,
            &code_form(&page).set("code", "000000"),
            ("method", "code"),
        )
        .await
        .page;
    // Kratos lists "Send code again" first after a wrong code; Enter presses the first button.
    assert_eq!(
        code_form(&wrong).buttons.first(),
        Some(&("method".to_owned(), "code".to_owned()))
    );
    let again = browser
        .submit(Path::NoJs, &code_form(&wrong), ("resend", "code"))
        .await
        .page;
    assert!(again.has_message(1_010_014), "{:?}", again.message_ids());
    let second = stack.mailed_code(&user.email);
    assert_ne!(first, second, "a new code is mailed");
    let landed = browser
        .submit(
            Path::NoJs,
            &code_form(&again).set("code", &second),
            ("method", "code"),
        )
        .await;
    assert!(
        !landed.page.url.contains("/login"),
        "{:?}",
        landed.navigations
    );
}

#[tokio::test]
async fn a_code_for_an_unknown_address_says_so_and_another_account_can_be_used() {
    let lease = stack(Profile::Codes).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let (login, _) = browser.visit(&stack.url("/login")).await;
    let form = identifier_form(&login).set("identifier", "nobody-here@example.com");
    let page = browser
        .submit(Path::NoJs, &form, ("method", "code"))
        .await
        .page;
    assert!(page.has_message(4_000_035), "{:?}", page.message_ids());
    let other = page
        .attr("[data-testid='login-use-another-account']", "href")
        .expect("a way to use another account");
    let (fresh, _) = browser
        .visit(&crate::browser::absolute(&page.url, &other))
        .await;
    assert_eq!(
        identifier_form(&fresh).value("identifier"),
        Some(""),
        "a new sign-in with an empty identifier field"
    );
}

#[tokio::test]
async fn a_code_signs_up_in_one_more_step_on_the_sign_up_page() {
    let lease = stack(Profile::Codes).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let email = format!("code-sign-up-{}@example.com", std::process::id());
    let (first, _) = browser.visit(&stack.url("/registration")).await;
    let traits = first
        .form("[data-testid='profile-registration-form']")
        .unwrap()
        .set("traits.email", &email);
    let second = browser
        .submit(Path::NoJs, &traits, ("method", "profile"))
        .await
        .page;
    let choose = second
        .form("form:has(button[name=method][value=code])")
        .expect("sign-up offers a mailed code");
    let sent = browser
        .submit(Path::NoJs, &choose, ("method", "code"))
        .await
        .page;
    assert!(sent.has_message(1_040_005), "{:?}", sent.message_ids());
    let code = stack.mailed_code(&email);
    let landed = browser
        .submit(
            Path::NoJs,
            &code_form(&sent).set("code", &code),
            ("method", "code"),
        )
        .await;
    assert!(
        !landed.page.url.contains("/registration"),
        "{:?}",
        landed.navigations
    );
    let settings = browser.settings(stack).await;
    assert!(
        settings.body.contains(&email),
        "signed in as the new account"
    );
}

#[tokio::test]
async fn a_mailed_code_is_the_second_factor_on_both_paths() {
    let lease = stack(Profile::CodeSecondFactor).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_verified_user(json!({}));
        let browser = Browser::new();
        let second = password_sign_in(stack, &browser, path, &user).await;
        assert!(
            second.url.contains("/login?flow="),
            "{path:?}: {}",
            second.url
        );
        assert!(
            second.has_message(1_010_004),
            "{path:?}: {:?}",
            second.message_ids()
        );
        let offer = second
            .form("form:has(button[name=address])")
            .unwrap_or_else(|| panic!("{path:?}: no code offered:\n{}", second.body));
        let sent = browser
            .submit(path, &offer, ("address", &user.email))
            .await
            .page;
        signs_in_with_the_mailed_code(stack, &browser, path, &sent, &user.email).await;
    }
}

#[tokio::test]
async fn identifier_first_asks_for_the_identifier_then_offers_its_methods_on_both_paths() {
    let lease = stack(Profile::IdentifierFirst).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_verified_user(json!({}));
        let browser = Browser::new();
        let (login, _) = browser.visit(&stack.url("/login")).await;
        assert_eq!(login.count("input[name=password]"), 0, "{}", login.body);
        let first = identifier_form(&login).set("identifier", &user.email);
        let second = browser
            .submit(path, &first, ("method", "identifier_first"))
            .await
            .page;
        let who = second
            .text("[data-testid='login-identifier']")
            .unwrap_or_default();
        assert!(who.contains(&user.email), "{path:?}: {who}");
        assert!(
            second
                .form("form:has(button[name=method][value=code])")
                .is_some(),
            "{path:?}: a code is offered:\n{}",
            second.body
        );
        finishes_with_the_password(&browser, path, &second, &user).await;
    }
}

#[tokio::test]
async fn sign_in_links_only_to_the_flows_kratos_offers() {
    let closed = stack(Profile::Strict).await;
    let browser = Browser::new();
    let (login, _) = browser.visit(&closed.url("/login")).await;
    assert_eq!(login.status, 200);
    assert_eq!(login.count("a[href*='/registration']"), 0, "{}", login.body);
    assert_eq!(login.count("a[href*='/recovery']"), 0, "{}", login.body);
    for (route, title) in [
        ("/registration", "Signing up is not offered here"),
        ("/recovery", "Account recovery is not offered here"),
    ] {
        let (page, chain) = browser.visit(&closed.url(route)).await;
        assert_eq!(page.status, 404, "{chain:?}");
        assert_eq!(page.text("h1").as_deref(), Some(title), "{chain:?}");
        assert_eq!(chain.len(), 1, "Kratos's init is not reached: {chain:?}");
    }
    drop(closed);

    let open = stack(Profile::Default).await;
    let (login, _) = browser.visit(&open.url("/login")).await;
    assert_eq!(login.count("a[href*='/registration']"), 1, "{}", login.body);
    assert_eq!(login.count("a[href*='/recovery']"), 1, "{}", login.body);
}

#[tokio::test]
async fn an_unverified_address_is_verified_straight_from_the_sign_in_page() {
    let lease = stack(Profile::Strict).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        let refused = password_sign_in(stack, &browser, path, &user).await;
        assert!(
            refused.has_message(4_000_010),
            "{path:?}: {:?}",
            refused.message_ids()
        );
        let verify = refused
            .attr("[data-testid='login-verify-address'] a", "href")
            .unwrap_or_else(|| panic!("{path:?}: no way to verify:\n{}", refused.body));

        let (verification, chain) = browser
            .visit(&crate::browser::absolute(&refused.url, &verify))
            .await;
        assert_eq!(verification.status, 200, "{path:?}: {chain:?}");
        let form = verification
            .form("[data-testid='code-verification-form']")
            .unwrap_or_else(|| panic!("{path:?}: {}", verification.body));
        // Kratos answers the plain post with an empty identifier, so only the htmx path (whose
        // form came through here) knows the address to fill in.
        let expected = match path {
            Path::Htmx => user.email.as_str(),
            Path::NoJs => "",
        };
        assert_eq!(form.value("email"), Some(expected), "{path:?}");
        let form = form.set("email", &user.email);
        let sent = browser
            .submit(Path::NoJs, &form, ("method", "code"))
            .await
            .page;
        let code = stack.mailed_code(&user.email);
        let verified = browser
            .submit(
                Path::NoJs,
                &code_form(&sent).set("code", &code),
                ("method", "code"),
            )
            .await
            .page;
        assert!(
            verified.has_message(1_080_002),
            "{path:?}: {:?}",
            verified.message_ids()
        );

        // Only once: a later verification page starts empty.
        let (later, _) = browser.visit(&stack.url("/verification")).await;
        let later = later
            .form("[data-testid='code-verification-form']")
            .unwrap();
        assert_eq!(later.value("email"), Some(""), "{path:?}");

        let signed_in = browser.sign_in(stack, &user).await;
        assert!(
            !signed_in.url.contains("/login"),
            "{path:?}: {}",
            signed_in.url
        );
    }
}

#[tokio::test]
async fn a_social_account_with_a_known_address_is_linked_after_signing_in_or_left_out() {
    use crate::harness::ProviderAccount;
    use crate::provider::PROVIDER_ID;
    let lease = stack(Profile::Social).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let user = stack.create_user(json!({}));
        stack.provider_signs_in(ProviderAccount {
            subject: format!("linking-{}", user.id),
            email: user.email.clone(),
            grant_openid: true,
        });
        let browser = Browser::new();
        let (login, _) = browser.visit(&stack.url("/login")).await;
        let social = login
            .form("[data-testid='oidc-login-form']")
            .expect("a social sign-in form");
        let asked = browser
            .submit(Path::NoJs, &social, ("provider", PROVIDER_ID))
            .await
            .page;
        assert!(
            asked.url.contains("/login?flow="),
            "{path:?}: {}",
            asked.url
        );
        assert!(
            asked.has_message(1_010_016),
            "{path:?}: {:?}",
            asked.message_ids()
        );
        let explained = asked.all_text();
        assert!(explained.contains(&user.email), "{path:?}: {explained}");
        // A way out: a new sign-in, nothing linked.
        let way_out = asked
            .attr("[data-testid='login-without-linking']", "href")
            .expect("a way to sign in without linking");
        assert!(way_out.starts_with("/login"), "{way_out}");

        finishes_with_the_password(&browser, path, &asked, &user).await;
        let (status, identity) = crate::harness::http_json(
            "GET",
            &format!(
                "{}/admin/identities/{}?include_credential=oidc",
                stack.kratos_admin, user.id
            ),
            None,
        );
        assert_eq!(status, 200);
        assert_eq!(
            identity["credentials"]["oidc"]["identifiers"]
                .as_array()
                .map(Vec::len),
            Some(1),
            "{path:?}: the social account is linked: {}",
            identity["credentials"]
        );
    }
}
