//! Every form posted to the UI must come from the UI's own origin (`PUBLIC_URL`), and only
//! trusted proxies may tell Kratos where a request came from.

use serde_json::json;

use crate::browser::{Browser, Path};
use crate::faults::ui_through_proxy;
use crate::harness::{Profile, Stack, stack};

/// What a post from elsewhere carries: another site's `Origin`, none at all, or another site
/// that also claims to be us through the headers a proxy would set.
const FOREIGN: [&[(&str, &str)]; 3] = [
    &[("Origin", "http://evil.example")],
    &[("Origin", "")],
    &[
        ("Origin", "http://evil.example"),
        ("X-Forwarded-Host", "evil.example"),
        ("X-Forwarded-Proto", "http"),
    ],
];

#[tokio::test]
async fn a_form_posted_from_elsewhere_is_refused_on_every_route_and_changes_nothing() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (user, browser, settings) = Browser::signed_in(stack, json!({"name": "Kept"})).await;
    let form = settings
        .settings_form("profile")
        .set("traits.name", "Changed");
    let save = form.hx_post.clone().unwrap();
    let session = "123e4567-e89b-12d3-a456-426614174000";
    let routes: [(String, Vec<(String, String)>); 6] = [
        (save, form.payload(("method", "profile"))),
        (stack.url("/language"), vec![("lang".into(), "de".into())]),
        (stack.url("/logout"), vec![]),
        (
            stack.url("/sessions/revoke"),
            vec![("session".into(), session.into())],
        ),
        (stack.url("/sessions/revoke-others"), vec![]),
        (
            stack.url("/consent"),
            vec![("consent_action".into(), "accept".into())],
        ),
    ];
    for (url, fields) in &routes {
        for headers in FOREIGN {
            for htmx in [false, true] {
                let mut headers = headers.to_vec();
                if htmx {
                    headers.push(("HX-Request", "true"));
                }
                let answer = browser.post_form(url, fields, &headers).await;
                assert_eq!(
                    answer.status,
                    403,
                    "{url} {headers:?}: {}",
                    answer.all_text()
                );
                let text = answer.all_text();
                assert!(text.contains("another site"), "{url} {headers:?}: {text}");
            }
        }
    }
    assert_eq!(
        stack.identity(&user.id)["traits"]["name"],
        "Kept",
        "nothing saved"
    );
    let (still, _) = browser.visit(&stack.url("/settings")).await;
    assert!(still.url.contains("/settings?flow="), "still signed in");
    assert_eq!(
        still.attr("html", "lang").as_deref(),
        Some("en"),
        "language kept"
    );
    // The same post from the UI's own pages goes through, on both paths.
    for path in [Path::NoJs, Path::Htmx] {
        let form = still.settings_form("profile").set("traits.name", "Changed");
        let saved = browser.submit(path, &form, ("method", "profile")).await;
        assert!(saved.page.has_message(1_050_001), "{path:?}");
    }
}

#[tokio::test]
async fn only_trusted_proxies_tell_kratos_where_a_request_came_from() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, browser, _) = Browser::signed_in(stack, json!({})).await;
    let claimed = [
        ("X-Forwarded-For", "203.0.113.9"),
        ("True-Client-IP", "203.0.113.10"),
        ("X-Real-IP", "203.0.113.11"),
    ];
    for trusted in [false, true] {
        let (proxy, ui) = ui_through_proxy(stack, |config| {
            if trusted {
                config.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
            }
        });
        let page = browser.get_with(&format!("{ui}/sessions"), &claimed).await;
        assert_eq!(page.status, 200, "{}", page.all_text());
        let forwarded_for = proxy.heard_header("x-forwarded-for");
        let true_client = proxy.heard_header("true-client-ip");
        let real_ip = proxy.heard_header("x-real-ip");
        assert!(!forwarded_for.is_empty());
        if trusted {
            assert!(
                forwarded_for
                    .iter()
                    .all(|v| v.as_deref() == Some("203.0.113.9, 127.0.0.1")),
                "{forwarded_for:?}"
            );
            assert!(
                true_client
                    .iter()
                    .all(|v| v.as_deref() == Some("203.0.113.10"))
            );
            assert!(real_ip.iter().all(|v| v.as_deref() == Some("203.0.113.11")));
        } else {
            assert!(
                forwarded_for
                    .iter()
                    .all(|v| v.as_deref() == Some("127.0.0.1")),
                "the client's claim does not reach Kratos: {forwarded_for:?}"
            );
            assert!(true_client.iter().all(Option::is_none), "{true_client:?}");
            assert!(real_ip.iter().all(Option::is_none), "{real_ip:?}");
        }
    }
}

/// A text browser (lynx) names no origin: it sends no `Origin` or `Sec-Fetch-Site`, and drops
/// the `Referer` of a page with a query. Our own forms carry a form token for it, kept in its
/// UI session, and its posts count with that token and only with it.
#[tokio::test]
async fn a_browser_that_names_no_origin_posts_our_forms_with_their_form_token() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let user = stack.create_user(json!({"name": "Lynx"}));
    let lynx = Browser::text();
    lynx.sign_in(stack, &user).await;
    let (settings, _) = lynx.visit(&stack.url("/settings")).await;
    assert!(settings.url.contains("/settings?flow="), "{}", settings.url);
    let token_of = |page: &crate::browser::Response, form: &str| {
        page.attr(&format!("{form} input[name=form_token]"), "value")
    };
    let token = token_of(&settings, "form.site-signout").expect("a form token to sign out");
    assert_eq!(
        token_of(&settings, "form.language-switch").as_deref(),
        Some(token.as_str())
    );

    // Without its token, or with another visitor's, a post that names no origin is refused.
    let other = Browser::text();
    let (other_page, _) = other.visit(&stack.url("/login")).await;
    let others_token = token_of(&other_page, "form.language-switch").unwrap();
    assert_ne!(others_token, token);
    for fields in [
        vec![("lang".to_owned(), "de".to_owned())],
        vec![
            ("lang".to_owned(), "de".to_owned()),
            ("form_token".to_owned(), others_token.clone()),
        ],
    ] {
        let refused = lynx.post_form(&stack.url("/language"), &fields, &[]).await;
        assert_eq!(refused.status, 403, "{fields:?}");
    }

    // With it: the language changes, and signing out signs out.
    let fields = vec![
        ("form_token".to_owned(), token.clone()),
        ("return_to".to_owned(), "/settings".to_owned()),
        ("lang".to_owned(), "de".to_owned()),
    ];
    let switched = lynx.post_form(&stack.url("/language"), &fields, &[]).await;
    assert_eq!(switched.status, 303, "{}", switched.all_text());
    let (german, _) = lynx.visit(&stack.url("/settings")).await;
    assert_eq!(german.attr("html", "lang").as_deref(), Some("de"));
    let sign_out = german.form("form.site-signout").expect("a sign-out form");
    let signed_out = lynx.submit(Path::NoJs, &sign_out, ("sign_out", "1")).await;
    assert!(
        signed_out.page.url.contains("/login"),
        "{:?}",
        signed_out.navigations
    );
    let (after, _) = lynx.visit(&stack.url("/settings")).await;
    assert!(after.url.contains("/login"), "signed out: {}", after.url);

    // A browser of today gets no token, and no cookie of ours for it.
    let today = Browser::new();
    let (page, _) = today.visit(&stack.url("/login")).await;
    assert_eq!(token_of(&page, "form.language-switch"), None);
    assert!(
        today
            .jar
            .names()
            .iter()
            .all(|name| !name.starts_with("kratos_ui"))
    );
}
