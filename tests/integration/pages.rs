//! Page-level promises: request counts, headers, the home page, health, error page, logout.

use serde_json::json;

use crate::browser::{Browser, Path};
use crate::harness::{Profile, Stack, stack};

#[tokio::test]
async fn a_settings_page_costs_one_kratos_call_and_an_htmx_save_two() {
    let lease = stack(Profile::Quiet).await;
    let stack: &Stack = &lease;
    let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;

    let before = stack.kratos_requests_handled();
    let page = browser.get(&settings.url).await;
    assert_eq!(page.status, 200);
    // Kratos writes its log line right after answering; give it a moment.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(stack.kratos_requests_handled() - before, 1, "page");

    let before = stack.kratos_requests_handled();
    let form = page.settings_form("profile").set("traits.name", "Counted");
    let saved = browser
        .submit(Path::Htmx, &form, ("method", "profile"))
        .await;
    assert!(saved.swapped);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(stack.kratos_requests_handled() - before, 2, "save");
}

#[tokio::test]
async fn flow_pages_carry_the_security_headers() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;
    let (login, _) = Browser::new().visit(&stack.url("/login")).await;
    let error = browser.get(&stack.url("/error?id=stub:500")).await;
    for page in [&settings, &login, &error] {
        let csp = page
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("CSP on {}", page.url));
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(
            csp.contains(&format!("form-action 'self' {}", stack.kratos_public)),
            "{csp}"
        );
        assert_eq!(
            page.header("cache-control"),
            Some("no-store"),
            "{}",
            page.url
        );
        assert_eq!(page.header("referrer-policy"), Some("same-origin"));
        assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
        assert!(
            page.header("vary")
                .is_some_and(|v| v.contains("HX-Request")),
            "{}",
            page.url
        );
        // No inline script or style anywhere.
        assert_eq!(page.count("script:not([src])"), 0, "{}", page.url);
        assert_eq!(page.count("style, [style]"), 0, "{}", page.url);
        assert_eq!(page.attr("html", "lang").as_deref(), Some("en"));
        // An ordinary page sets no cookie of ours (the UI's cookie only carries notices).
        assert!(
            !page
                .headers
                .get_all("set-cookie")
                .iter()
                .any(|c| c.to_str().unwrap_or("").starts_with("kratos_ui_session")),
            "{}",
            page.url
        );
    }
}

#[tokio::test]
async fn bodies_are_bounded() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let big = vec![("traits.name".to_owned(), "x".repeat(200 * 1024))];
    let answer = browser
        .post_form(
            &stack.url("/settings?flow=123e4567-e89b-12d3-a456-426614174000"),
            &big,
            &[("HX-Request", "true")],
        )
        .await;
    assert_eq!(answer.status, 413);
    // Not actix's plain text over the form: our message, in the status region.
    assert_eq!(answer.header("hx-retarget"), Some("#flow-status"));
    assert!(answer.all_text().contains("too large"), "{}", answer.body);
    let plain = browser
        .post_form(
            &stack.url("/settings?flow=123e4567-e89b-12d3-a456-426614174000"),
            &big,
            &[],
        )
        .await;
    assert_eq!(plain.status, 413);
    assert_eq!(
        plain.count("[data-testid='problem-page']"),
        1,
        "{}",
        plain.body
    );
}

#[tokio::test]
async fn home_sends_the_visitor_to_settings_and_health_reports_kratos() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let home = browser.get(&stack.url("/")).await;
    assert_eq!(home.status, 303);
    assert_eq!(home.location(), Some("/settings"));
    assert_eq!(browser.get(&stack.url("/health/alive")).await.status, 200);
    assert_eq!(browser.get(&stack.url("/health/ready")).await.status, 200);
    let missing = browser.get(&stack.url("/no/such/page")).await;
    assert_eq!(missing.status, 404);
    assert!(missing.all_text().contains("Page not found"));
}

#[tokio::test]
async fn the_error_page_explains_kratos_errors_in_plain_words() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let browser = Browser::new();
    let stub = browser.get(&stack.url("/error?id=stub:500")).await;
    assert_eq!(stub.status, 500);
    assert_eq!(stub.text("h1").as_deref(), Some("Something went wrong"));
    // Kratos's stub carries no error id: its sentence is not one the UI knows, so only our
    // words and the status code are shown.
    assert!(
        stub.text("[data-testid=error-reason]").is_none(),
        "{}",
        stub.body
    );
    assert!(stub.all_text().contains("Error 500"), "{}", stub.all_text());
    let unknown = browser
        .get(&stack.url("/error?id=123e4567-e89b-12d3-a456-426614174000"))
        .await;
    assert_eq!(unknown.status, 404);
    let nothing = browser.get(&stack.url("/error")).await;
    assert_eq!(nothing.status, 400);
}

#[tokio::test]
async fn signing_out_works_without_javascript() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, settings) = Browser::signed_in(stack, json!({})).await;
    let form = settings
        .form("form.site-signout")
        .expect("a sign-out form in the header");
    let answer = browser.post_form(&form.action, &form.fields, &[]).await;
    assert_eq!(answer.status, 303);
    let landed = browser.land(answer).await;
    assert!(
        landed.page.url.contains("/login?flow="),
        "{:?}",
        landed.navigations
    );
    let (again, chain) = browser.visit(&stack.url("/settings")).await;
    assert!(again.url.contains("/login?flow="), "signed out: {chain:?}");
    // Opening /logout directly asks first and signs nobody out.
    let confirm = browser.get(&stack.url("/logout")).await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.form("form[action='/logout']").is_some());
}

#[test]
fn a_bad_configuration_stops_start_up_with_one_line_per_problem() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kratos-htmx-ui"))
        .env_clear()
        .env("PORT", "not-a-port")
        .env("COOKIE_SECRET", "too-short")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    for name in ["KRATOS_PUBLIC_URL", "PUBLIC_URL", "PORT", "COOKIE_SECRET"] {
        assert!(
            lines.iter().any(|line| line.contains(name)),
            "{name}: {stderr}"
        );
    }
    assert!(!stderr.contains("too-short"), "the secret is never printed");
}

/// The binary itself: an example secret stops it outside dev mode, dev mode on a deployment's
/// https address stops it too, and dev mode on a developer's machine says so loudly.
#[test]
fn example_secrets_and_dev_mode_on_a_deployment_stop_start_up() {
    let start = |vars: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kratos-htmx-ui"));
        command
            .env_clear()
            .env("KRATOS_PUBLIC_URL", "http://localhost:9")
            .env("PORT", "0")
            .envs(vars.iter().copied());
        command
    };
    let example = "dev-only-cookie-secret-change-me-0123456789abcdef0123456789";
    let refused = start(&[
        ("PUBLIC_URL", "https://account.example.com"),
        ("COOKIE_SECRET", example),
    ])
    .output()
    .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert!(
        stderr.contains("COOKIE_SECRET looks like an example"),
        "{stderr}"
    );
    assert!(!stderr.contains(example), "the secret is never printed");

    let deployed = start(&[
        ("PUBLIC_URL", "https://account.example.com"),
        ("COOKIE_SECRET", example),
        ("DEV_MODE", "true"),
    ])
    .output()
    .unwrap();
    assert_eq!(deployed.status.code(), Some(2));
    let stderr = String::from_utf8(deployed.stderr).unwrap();
    assert!(stderr.contains("DEV_MODE must be off"), "{stderr}");

    // On localhost dev mode starts, and its first words are the warning; then it is stopped.
    let mut developer = start(&[("COOKIE_SECRET", example), ("DEV_MODE", "true")])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(developer.stderr.take().unwrap()),
        &mut first_line,
    )
    .unwrap();
    developer.kill().unwrap();
    developer.wait().unwrap();
    assert!(
        first_line.contains("WARN") && first_line.contains("DEV_MODE IS ON"),
        "{first_line}"
    );
}
