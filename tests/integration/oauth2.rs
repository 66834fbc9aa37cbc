//! The UI as Ory Hydra's login, consent and logout app, tried as an OAuth2 app would: an
//! authorization request, sign-in, consent, the app's callback with a code, the token exchange,
//! and what the ID token says; refusals, remembered decisions, trusted apps, sign-up from an
//! app, OpenID Connect logout, the apps page, and broken or missing challenges.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};

use base64::Engine;
use serde_json::{Value, json};

use crate::browser::{BOTH_PATHS, Browser, Form, Path, Response, absolute};
use kratos_htmx_ui::config::HydraConfig;

use crate::faults::ui_configured;
use crate::harness::{Profile, Stack, TRUSTED_APP, User, free_port, http_json, stack};

/// A registered app with a callback of its own that answers every request with a page.
struct App {
    client_id: String,
    secret: String,
    callback: String,
    signed_out: String,
}

static APPS: AtomicU64 = AtomicU64::new(0);

impl App {
    /// Registers an app named "Acceptance Notes <n>" at Hydra; `extra` overrides fields
    /// (`skip_consent`, `client_id`, ...).
    fn register(stack: &Stack, extra: Value) -> App {
        let (admin, _) = stack.hydra.as_ref().expect("the OAuth2 stack");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || answer_every_request(listener));
        let callback = format!("http://localhost:{port}/callback");
        let signed_out = format!("http://localhost:{port}/signed-out");
        let secret = "app-secret-for-the-tests-0123456789".to_owned();
        let n = APPS.fetch_add(1, Ordering::Relaxed);
        let mut client = json!({
            "client_name": format!("Acceptance Notes {n}"),
            "client_secret": secret,
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            "scope": "openid email profile offline_access",
            "redirect_uris": [callback],
            "post_logout_redirect_uris": [signed_out],
            "token_endpoint_auth_method": "client_secret_post",
        });
        for (key, value) in extra.as_object().unwrap() {
            client[key] = value.clone();
        }
        let (status, created) = http_json("POST", &format!("{admin}/admin/clients"), Some(&client));
        assert_eq!(status, 201, "registering the app: {created}");
        App {
            client_id: created["client_id"].as_str().unwrap().to_owned(),
            secret,
            callback,
            signed_out,
        }
    }

    fn name(&self, stack: &Stack) -> String {
        let (admin, _) = stack.hydra.as_ref().unwrap();
        let (_, client) = http_json(
            "GET",
            &format!("{admin}/admin/clients/{}", self.client_id),
            None,
        );
        client["client_name"].as_str().unwrap().to_owned()
    }

    /// The authorization request the app sends the browser to.
    fn authorization_url(&self, stack: &Stack) -> String {
        let (_, public) = stack.hydra.as_ref().unwrap();
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("client_id", &self.client_id)
            .append_pair("response_type", "code")
            .append_pair("scope", "openid email profile offline_access")
            .append_pair("redirect_uri", &self.callback)
            .append_pair("state", "state-of-the-app-0123")
            .finish();
        format!("{public}/oauth2/auth?{query}")
    }

    /// The app's OpenID Connect logout, for the person its `tokens` are about.
    fn logout_url(&self, stack: &Stack, tokens: &Value, state: Option<&str>) -> String {
        let (_, public) = stack.hydra.as_ref().unwrap();
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query
            .append_pair("id_token_hint", tokens["id_token"].as_str().unwrap())
            .append_pair("post_logout_redirect_uri", &self.signed_out);
        if let Some(state) = state {
            query.append_pair("state", state);
        }
        format!("{public}/oauth2/sessions/logout?{}", query.finish())
    }

    /// Exchanges the code on `landed` (the app's callback) for tokens.
    async fn tokens(&self, stack: &Stack, landed: &Response) -> Value {
        assert!(
            landed.url.starts_with(&self.callback),
            "not the app: {}",
            landed.url
        );
        let code = query_param(&landed.url, "code").expect("a code for the app");
        assert_eq!(
            query_param(&landed.url, "state").as_deref(),
            Some("state-of-the-app-0123")
        );
        let (_, public) = stack.hydra.as_ref().unwrap();
        let answer = reqwest::Client::new()
            .post(format!("{public}/oauth2/token"))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", &self.callback),
                ("client_id", &self.client_id),
                ("client_secret", &self.secret),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        answer.json().await.unwrap()
    }
}

fn answer_every_request(listener: TcpListener) {
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let mut buffer = [0u8; 8192];
        let _ = stream.read(&mut buffer);
        let body = "<!doctype html><title>The app</title><p>Back in the app.</p>";
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    }
}

fn query_param(url: &str, name: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()?
        .query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// The claims of a JWT (its signature is Hydra's business; the test reads what it says).
fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// Submits a plain form (consent, sign-out) by `button`, as a browser does, or with htmx's
/// header as a script-enabled browser's htmx would, following `HX-Redirect`.
async fn answer(browser: &Browser, path: Path, form: &Form, button: (&str, &str)) -> Response {
    match path {
        Path::NoJs => {
            let first = browser
                .post_form(&form.action, &form.payload(button), &[])
                .await;
            browser.land(first).await.page
        }
        Path::Htmx => {
            let first = browser
                .post_form(
                    &form.action,
                    &form.payload(button),
                    &[("HX-Request", "true")],
                )
                .await;
            let to = first
                .header("hx-redirect")
                .unwrap_or_else(|| panic!("htmx is not sent on ({}): {}", first.status, first.body))
                .to_owned();
            browser.visit(&absolute(&first.url, &to)).await.0
        }
    }
}

fn consent_form(page: &Response) -> Form {
    page.form("[data-testid=consent-form]")
        .unwrap_or_else(|| panic!("no consent form on {}:\n{}", page.url, page.all_text()))
}

/// A person who signs in to `app`, allows it everything it asks (submitting the consent the
/// way `path` says), and the tokens the app then gets.
async fn allowed(stack: &Stack, app: &App, user: &User, browser: &Browser, path: Path) -> Value {
    let consent = sign_in_for(stack, app, user, browser).await;
    let accept = ("consent_action", "accept");
    let landed = answer(browser, path, &consent_form(&consent), accept).await;
    app.tokens(stack, &landed).await
}

/// A person who signs in to `app` through the UI, up to the consent screen.
async fn sign_in_for(stack: &Stack, app: &App, user: &User, browser: &Browser) -> Response {
    let (login, chain) = browser.visit(&app.authorization_url(stack)).await;
    assert!(
        login.url.starts_with(&stack.url("/login?flow=")),
        "{chain:?}"
    );
    browser
        .complete_login(&login, &user.email, &user.password)
        .await
}

#[tokio::test]
async fn an_app_gets_the_person_signed_in_here_after_their_consent() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let app = App::register(stack, json!({}));
        let name = app.name(stack);
        let user = stack.create_user(json!({"name": "Ada Lovelace"}));
        let browser = Browser::new();
        let (login, _) = browser.visit(&app.authorization_url(stack)).await;
        assert!(
            login.all_text().contains(&format!("continue to {name}")),
            "{path:?}: the sign-in page says which app asks: {}",
            login.all_text()
        );
        let consent = browser
            .complete_login(&login, &user.email, &user.password)
            .await;
        assert!(
            consent.url.starts_with(&stack.url("/consent?")),
            "{path:?}: {}",
            consent.url
        );
        assert!(consent.all_text().contains(&name), "{}", consent.all_text());
        assert!(
            consent.all_text().contains(&user.email),
            "{}",
            consent.all_text()
        );
        let form = consent_form(&consent);
        let granted: Vec<&str> = form
            .fields
            .iter()
            .filter(|(name, _)| name == "grant_scope")
            .map(|(_, scope)| scope.as_str())
            .collect();
        assert_eq!(
            granted,
            ["openid", "email", "profile", "offline_access"],
            "all checked"
        );
        let landed = answer(&browser, path, &form, ("consent_action", "accept")).await;
        let tokens = app.tokens(stack, &landed).await;
        let id_token = claims(tokens["id_token"].as_str().expect("an ID token"));
        assert_eq!(id_token["sub"], user.id, "{path:?}");
        assert_eq!(id_token["email"], user.email.as_str());
        assert_eq!(id_token["email_verified"], false);
        assert_eq!(id_token["name"], "Ada Lovelace");
        assert!(
            tokens["refresh_token"].is_string(),
            "offline_access granted"
        );
    }
}

#[tokio::test]
async fn denying_sends_the_app_access_denied_and_unticked_scopes_are_not_granted() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let app = App::register(stack, json!({}));
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        let consent = sign_in_for(stack, &app, &user, &browser).await;
        let landed = answer(
            &browser,
            path,
            &consent_form(&consent),
            ("consent_action", "reject"),
        )
        .await;
        assert!(
            landed.url.starts_with(&app.callback),
            "{path:?}: {}",
            landed.url
        );
        assert_eq!(
            query_param(&landed.url, "error").as_deref(),
            Some("access_denied")
        );

        // Allowing with the email box unticked: no email in the ID token.
        let second = Browser::new();
        let consent = sign_in_for(stack, &app, &user, &second).await;
        let mut form = consent_form(&consent);
        form.fields
            .retain(|(name, value)| !(name == "grant_scope" && value == "email"));
        let landed = answer(&second, path, &form, ("consent_action", "accept")).await;
        let tokens = app.tokens(stack, &landed).await;
        let id_token = claims(tokens["id_token"].as_str().unwrap());
        assert!(id_token.get("email").is_none(), "{path:?}: {id_token}");
        assert!(!tokens["scope"].as_str().unwrap().contains("email"));
    }
}

#[tokio::test]
async fn a_remembered_decision_with_a_live_session_goes_straight_back_to_the_app() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let app = App::register(stack, json!({}));
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let consent = sign_in_for(stack, &app, &user, &browser).await;
    let form = consent_form(&consent).check("remember", true);
    let landed = answer(&browser, Path::NoJs, &form, ("consent_action", "accept")).await;
    app.tokens(stack, &landed).await;
    // Again, later: no sign-in form, and our consent address answers with a redirect at once
    // (the chain ends in the app, so no page stopped it).
    let (again, chain) = browser.visit(&app.authorization_url(stack)).await;
    assert!(again.url.starts_with(&app.callback), "{chain:#?}");
    assert!(
        !chain.iter().any(|url| url.contains("/login?flow=")),
        "no sign-in page: {chain:#?}"
    );
    assert!(
        chain
            .iter()
            .any(|url| url.contains("/consent?consent_challenge="))
    );
    let tokens = app.tokens(stack, &again).await;
    assert_eq!(claims(tokens["id_token"].as_str().unwrap())["sub"], user.id);
}

#[tokio::test]
async fn apps_that_may_skip_consent_or_are_trusted_get_no_consent_screen() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let skipping = App::register(stack, json!({"skip_consent": true}));
    let trusted = App::register(stack, json!({"client_id": TRUSTED_APP}));
    for app in [&skipping, &trusted] {
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        let landed = sign_in_for(stack, app, &user, &browser).await;
        let tokens = app.tokens(stack, &landed).await;
        let id_token = claims(tokens["id_token"].as_str().unwrap());
        assert_eq!(id_token["sub"], user.id, "{}", app.client_id);
        assert_eq!(id_token["email"], user.email.as_str());
    }
}

#[tokio::test]
async fn signing_up_from_an_app_ends_back_in_the_app() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let app = App::register(stack, json!({"skip_consent": true}));
    let browser = Browser::new();
    let (login, _) = browser.visit(&app.authorization_url(stack)).await;
    let create = login
        .attr("a[href*='/registration']", "href")
        .expect("a way to create an account");
    assert!(create.contains("login_challenge="), "{create}");
    let (step_one, chain) = browser.visit(&absolute(&login.url, &create)).await;
    assert!(
        step_one.url.starts_with(&stack.url("/registration?flow=")),
        "{chain:?}"
    );
    let email = format!(
        "app-sign-up-{}@example.com",
        APPS.fetch_add(1, Ordering::Relaxed)
    );
    let form = step_one
        .form("[data-testid='profile-registration-form']")
        .unwrap_or_else(|| panic!("{}", step_one.body))
        .set("traits.email", &email);
    let step_two = browser
        .submit(Path::NoJs, &form, ("method", "profile"))
        .await
        .page;
    let form = step_two
        .form("[data-testid='password-registration-form']")
        .unwrap_or_else(|| panic!("{}", step_two.body))
        .set("password", "a-long-password-for-the-app-9");
    let landed = browser
        .submit(Path::NoJs, &form, ("method", "password"))
        .await
        .page;
    let tokens = app.tokens(stack, &landed).await;
    assert_eq!(
        claims(tokens["id_token"].as_str().unwrap())["email"],
        email.as_str()
    );
}

#[tokio::test]
async fn signing_out_of_an_app_asks_then_ends_the_session_here_too() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let app = App::register(stack, json!({}));
        let name = app.name(stack);
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        let tokens = allowed(stack, &app, &user, &browser, path).await;
        let logout = app.logout_url(stack, &tokens, Some("bye-bye-state"));
        // "No" first: the app's request is refused and the person stays signed in.
        let (confirm, chain) = browser.visit(&logout).await;
        assert!(
            confirm
                .url
                .starts_with(&stack.url("/logout?logout_challenge=")),
            "{chain:?}"
        );
        assert!(
            confirm.all_text().contains(&format!("Sign out of {name}?")),
            "{}",
            confirm.all_text()
        );
        let form = confirm.form("[data-testid=logout-app-form]").unwrap();
        let kept = answer(&browser, path, &form, ("logout_action", "reject")).await;
        assert!(
            kept.url.starts_with(&stack.url("/settings?flow=")),
            "{path:?}: {}",
            kept.url
        );

        let (confirm, _) = browser.visit(&logout).await;
        let form = confirm.form("[data-testid=logout-app-form]").unwrap();
        let out = answer(&browser, path, &form, ("logout_action", "accept")).await;
        assert!(
            out.url.starts_with(&app.signed_out),
            "{path:?}: {}",
            out.url
        );
        assert_eq!(
            query_param(&out.url, "state").as_deref(),
            Some("bye-bye-state")
        );
        let (settings, chain) = browser.visit(&stack.url("/settings")).await;
        assert!(
            settings.url.starts_with(&stack.url("/login?flow=")),
            "{path:?}: signed out here too: {chain:?}"
        );
    }
}

#[tokio::test]
async fn the_apps_page_lists_an_allowed_app_and_removing_it_revokes_its_tokens() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let (admin, _) = stack.hydra.clone().unwrap();
    for path in BOTH_PATHS {
        let app = App::register(stack, json!({}));
        let name = app.name(stack);
        let user = stack.create_user(json!({}));
        let browser = Browser::new();
        let tokens = allowed(stack, &app, &user, &browser, path).await;
        let refresh = tokens["refresh_token"].as_str().unwrap().to_owned();
        let introspect = || async {
            let answer = reqwest::Client::new()
                .post(format!("{admin}/admin/oauth2/introspect"))
                .form(&[("token", refresh.as_str())])
                .send()
                .await
                .unwrap();
            answer.json::<Value>().await.unwrap()["active"].clone()
        };
        assert_eq!(introspect().await, true);

        let (apps, _) = browser.visit(&stack.url("/apps")).await;
        assert_eq!(apps.status, 200, "{}", apps.body);
        assert_eq!(apps.count("[data-testid=app]"), 1, "{}", apps.all_text());
        assert!(apps.all_text().contains(&name));
        assert!(
            apps.all_text().contains("See your email address"),
            "{}",
            apps.all_text()
        );
        let form = apps.form("[data-testid=app] form").unwrap();
        let removed = browser.submit_payload(path, &form, &form.fields).await;
        let page = removed.page;
        assert!(
            page.text("[data-testid='ui/notice/app-access-removed']")
                .is_some(),
            "{path:?}: {}",
            page.all_text()
        );
        assert_eq!(page.count("[data-testid=app]"), 0, "{path:?}");
        assert_eq!(removed.swapped, path == Path::Htmx);
        assert_eq!(
            introspect().await,
            false,
            "{path:?}: the refresh token is revoked"
        );
    }
}

#[tokio::test]
async fn broken_challenges_and_hydras_errors_get_pages_that_explain() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    browser.sign_in(stack, &user).await;
    for page in [
        "/consent?consent_challenge=made-up-challenge",
        "/logout?logout_challenge=made-up-challenge",
    ] {
        let answer = browser.get(&stack.url(page)).await;
        assert_eq!(answer.status, 404, "{page}: {}", answer.all_text());
        assert!(
            answer.all_text().contains("no longer valid"),
            "{page}: {}",
            answer.all_text()
        );
    }
    for page in [
        "/consent?consent_challenge=",
        "/consent",
        "/consent?consent_challenge=a%20b",
    ] {
        assert_eq!(browser.get(&stack.url(page)).await.status, 400, "{page}");
    }
    let error = browser
        .get(&stack.url(
            "/error?error=access_denied&error_description=The+resource+owner+denied+the+request",
        ))
        .await;
    assert_eq!(error.status, 400);
    assert!(
        error.all_text().contains("The app did not get access"),
        "{}",
        error.all_text()
    );
    // Anyone can write such a link: its description is not repeated on our page.
    assert!(
        !error
            .all_text()
            .contains("The resource owner denied the request")
    );
}

#[tokio::test]
async fn without_hydra_its_pages_do_not_exist_and_nothing_calls_it() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;
    assert_eq!(settings.count("[data-testid=apps-link]"), 0);
    for page in ["/consent?consent_challenge=abc", "/apps"] {
        let answer = browser.get(&stack.url(page)).await;
        assert_eq!(answer.status, 404, "{page}: {}", answer.all_text());
    }
}

#[tokio::test]
async fn hydra_down_is_the_clear_503() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let nowhere = format!("http://127.0.0.1:{}", free_port());
    let ui = ui_configured(stack.kratos_public_port(), |config| {
        config.hydra = Some(HydraConfig {
            admin_url: nowhere.parse().unwrap(),
            public_url: nowhere.parse().unwrap(),
            trusted_client_ids: Vec::new(),
        })
    });
    let (_, browser, _) = Browser::signed_in(stack, json!({})).await;
    for page in ["/consent?consent_challenge=abc", "/apps"] {
        let answer = browser.get(&format!("{ui}{page}")).await;
        assert_eq!(answer.status, 503, "{page}: {}", answer.all_text());
        assert!(
            answer.all_text().contains("not available"),
            "{}",
            answer.all_text()
        );
    }
}

#[tokio::test]
async fn a_consent_for_another_account_is_refused_and_nothing_is_accepted() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let app = App::register(stack, json!({}));
    let (ada, bob) = (stack.create_user(json!({})), stack.create_user(json!({})));
    let consent = sign_in_for(stack, &app, &ada, &Browser::new()).await;
    // Bob opens the link to Ada's consent screen, signed in as himself.
    let bobs = Browser::new();
    bobs.sign_in(stack, &bob).await;
    let page = bobs.get(&consent.url).await;
    assert_eq!(page.status, 403, "{}", page.all_text());
    assert!(
        page.all_text().contains("another account"),
        "{}",
        page.all_text()
    );
    let form = consent_form(&consent);
    let posted = bobs
        .post_form(
            &form.action,
            &form.payload(("consent_action", "accept")),
            &[],
        )
        .await;
    assert_eq!(
        posted.status,
        403,
        "nothing accepted: {}",
        posted.all_text()
    );
}

#[tokio::test]
async fn an_app_that_may_skip_the_sign_out_question_signs_out_at_once() {
    let lease = stack(Profile::OAuth2).await;
    let stack: &Stack = &lease;
    let app = App::register(
        stack,
        json!({"skip_consent": true, "skip_logout_consent": true}),
    );
    let user = stack.create_user(json!({}));
    let browser = Browser::new();
    let landed = sign_in_for(stack, &app, &user, &browser).await;
    let tokens = app.tokens(stack, &landed).await;
    let logout = app.logout_url(stack, &tokens, None);
    let (out, chain) = browser.visit(&logout).await;
    assert!(
        out.url.starts_with(&app.signed_out),
        "no question: {chain:#?}"
    );
    let (settings, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(
        settings.url.starts_with(&stack.url("/login?flow=")),
        "signed out here too: {chain:?}"
    );
}
