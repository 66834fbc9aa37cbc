//! Hostile input: whatever a visitor (or a script pretending to be one) sends, the answer is a
//! 4xx page saying what is wrong, every answer carries the security headers, nothing reaches
//! Kratos that should not, and no redirect leaves this UI and Kratos.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::json;

use crate::browser::{Browser, Path};
use crate::harness::{Profile, Stack, stack};

/// An answer read off the wire.
struct Raw {
    status: u16,
    head: String,
    body: String,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// Sends `request` as bytes (anything a client library would refuse to send) and reads the
/// whole answer.
fn raw(stack: &Stack, request: &[u8]) -> Raw {
    let port: u16 = stack.ui.rsplit(':').next().unwrap().parse().unwrap();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    Raw {
        status: head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0),
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

fn get(path: &[u8], headers: &[u8]) -> Vec<u8> {
    [
        b"GET ".as_slice(),
        path,
        b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n",
        headers,
        b"\r\n",
    ]
    .concat()
}

fn request(method: &str, path: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    [
        format!(
            "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
             Sec-Fetch-Site: same-origin\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
        body,
    ]
    .concat()
}

/// Our security headers are on the answer (pages and refusals alike).
fn assert_secured(what: &str, answer: &Raw) {
    let csp = answer
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no CSP:\n{}", answer.head));
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(answer.header("x-frame-options"), Some("DENY"), "{what}");
    assert_eq!(
        answer.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert!(answer.header("x-request-id").is_some(), "{what}");
}

#[tokio::test]
async fn hostile_requests_get_a_clear_4xx_page_and_reach_no_one() {
    let lease = stack(Profile::Quiet).await;
    let stack: &Stack = &lease;
    const FLOW: &str = "123e4567-e89b-12d3-a456-426614174000";
    let huge_cookie = format!("Cookie: jar={}\r\n", "c".repeat(40 * 1024));
    let many_cookies: String = (0..60).map(|i| format!("Cookie: c{i}=v\r\n")).collect();
    let settings = format!("/settings?flow={FLOW}");
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "percent-encoded bytes that are not UTF-8 in a flow id",
            get(b"/settings?flow=%ff%fe%00", b""),
            400,
            "This link is not valid",
        ),
        (
            "a flow id of 5000 characters",
            get(format!("/login?flow={}", "a".repeat(5000)).as_bytes(), b""),
            400,
            "This link is not valid",
        ),
        (
            "markup as an error id",
            get(b"/error?id=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", b""),
            400,
            "This link is not valid",
        ),
        (
            "an unknown method",
            get(b"/settings", b"")
                .splitn(2, |b| *b == b' ')
                .nth(1)
                .map(|rest| [b"BREW ".as_slice(), rest].concat())
                .unwrap(),
            405,
            "does not accept this kind of request",
        ),
        (
            "DELETE on a page",
            request("DELETE", "/settings", "text/plain", b""),
            405,
            "does not accept this kind of request",
        ),
        (
            "PUT on the language switch",
            request(
                "PUT",
                "/language",
                "application/x-www-form-urlencoded",
                b"lang=de",
            ),
            405,
            "does not accept this kind of request",
        ),
        (
            "a 100 KiB header",
            get(
                b"/settings",
                format!("X-Filler: {}\r\n", "a".repeat(100 * 1024)).as_bytes(),
            ),
            431,
            "too many or too large cookies",
        ),
        (
            "a 40 KiB cookie",
            get(settings.as_bytes(), huge_cookie.as_bytes()),
            431,
            "too many or too large cookies",
        ),
        (
            "a body of 1 MiB",
            request(
                "POST",
                &settings,
                "application/x-www-form-urlencoded",
                &[b"traits.name=".as_slice(), &vec![b'x'; 1024 * 1024]].concat(),
            ),
            413,
            "The request was too large",
        ),
        (
            "a JSON body instead of a form",
            request(
                "POST",
                &settings,
                "application/json",
                b"{\"method\":\"profile\"}",
            ),
            400,
            "Forms must be sent as form data",
        ),
        (
            "a language switch that is not form data",
            request(
                "POST",
                "/language",
                "application/x-www-form-urlencoded",
                b"lang=%zz\xff\xfe&&==",
            ),
            400,
            "This request could not be handled",
        ),
        (
            "a session revocation with bytes that are not UTF-8",
            request(
                "POST",
                "/sessions/revoke",
                "application/x-www-form-urlencoded",
                b"session=\xff\xfe",
            ),
            400,
            "This request could not be handled",
        ),
        (
            "traversal out of the assets folder, encoded",
            get(b"/assets/..%2f..%2fCargo.toml", b""),
            404,
            "No such asset",
        ),
        (
            "traversal out of the assets folder, dotted",
            get(b"/assets/%2e%2e/%2e%2e/Cargo.toml", b""),
            404,
            "Page not found",
        ),
        (
            "traversal with backslashes",
            get(b"/assets/..%5c..%5cCargo.toml", b""),
            404,
            "No such asset",
        ),
        (
            "a NUL in an asset name",
            get(b"/assets/app.css%00.png", b""),
            404,
            "No such asset",
        ),
    ];
    let before = stack.kratos_requests_handled();
    for (what, bytes, status, says) in &cases {
        let answer = raw(stack, bytes);
        assert_eq!(
            answer.status, *status,
            "{what}:\n{}\n{}",
            answer.head, answer.body
        );
        assert!(
            answer.body.contains(says),
            "{what}: expected {says:?} in\n{}",
            answer.body
        );
        assert!(!answer.body.contains("[package]"), "{what}: a file leaked");
        assert_secured(what, &answer);
        if *status == 405 {
            assert!(
                answer.header("allow").is_some(),
                "{what}: Allow names the methods"
            );
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        stack.kratos_requests_handled(),
        before,
        "none of these reached Kratos"
    );

    // Many small cookies are a normal browser's: served as usual (here: off to sign in).
    let answer = raw(stack, &get(b"/settings", many_cookies.as_bytes()));
    assert_eq!(answer.status, 303, "{}", answer.head);

    // Below our limits, actix itself refuses what no browser sends, with a bare status: raw
    // bytes that are not UTF-8 in the request line, and more than 96 header lines.
    assert_eq!(
        raw(stack, &get(b"/settings?flow=\xff\xfe", b"")).status,
        400
    );
    let hundred_headers: String = (0..100).map(|i| format!("X-H{i}: v\r\n")).collect();
    assert_eq!(
        raw(stack, &get(b"/", hundred_headers.as_bytes())).status,
        431
    );
}

#[tokio::test]
async fn forms_and_flows_that_are_not_the_persons_own_are_refused_clearly() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (owner, owner_browser, owners_settings) = Browser::signed_in(stack, json!({})).await;
    let (other, other_browser, _) = Browser::signed_in(stack, json!({})).await;
    let owners_flow = owners_settings.flow_id();

    // Someone else's settings flow: Kratos refuses it; the person is sent to a settings flow
    // of their own and sees none of the owner's data.
    let (foreign, chain) = other_browser
        .visit(&stack.url(&format!("/settings?flow={owners_flow}")))
        .await;
    assert_eq!(foreign.status, 200, "{chain:?}: {}", foreign.body);
    assert!(!foreign.url.contains(&owners_flow), "{chain:?}");
    assert!(
        !foreign.body.contains(&owner.email),
        "the owner's address leaked"
    );
    assert!(
        foreign.body.contains(&other.email),
        "the person's own settings"
    );

    // A login flow's id where a settings flow is expected, and the other way round.
    let (login, _) = Browser::new().visit(&stack.url("/login")).await;
    let login_flow = login.flow_id();
    let wrong_kind = owner_browser
        .get(&stack.url(&format!("/settings?flow={login_flow}")))
        .await;
    assert_eq!(wrong_kind.status, 404, "{}", wrong_kind.body);
    assert!(wrong_kind.all_text().contains("This form no longer exists"));
    let wrong_kind = Browser::new()
        .get(&stack.url(&format!("/login?flow={owners_flow}")))
        .await;
    assert_eq!(wrong_kind.status, 404, "{}", wrong_kind.body);

    // A body that is not valid form encoding, posted with the person's own flow: a clear
    // answer on both paths, never a server error.
    for path in [Path::NoJs, Path::Htmx] {
        let headers: &[(&str, &str)] = match path {
            Path::Htmx => &[("HX-Request", "true")],
            Path::NoJs => &[],
        };
        let answer = owner_browser
            .post_form(
                &stack.url(&format!("/settings?flow={owners_flow}")),
                &[
                    ("%zz".into(), "\u{fffd}%".into()),
                    ("method".into(), "nonsense".into()),
                ],
                headers,
            )
            .await;
        assert!(
            answer.status < 500,
            "{path:?}: {}: {}",
            answer.status,
            answer.body
        );
    }
}

/// Every redirect a visitor can provoke (by `return_to` or by a flow of theirs) points at this
/// UI or at Kratos; nothing sends a person to another site.
#[tokio::test]
async fn no_redirect_leaves_this_ui_and_kratos() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_user, browser, _) = Browser::signed_in(stack, json!({})).await;
    let evil = [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/%09/evil.example/",
        "https:evil.example",
        "javascript:alert(1)",
    ];
    let ours = |url: &str| url.starts_with(&stack.ui) || url.starts_with(&stack.kratos_public);
    for target in evil {
        let encoded = url::form_urlencoded::byte_serialize(target.as_bytes()).collect::<String>();
        for page in [
            "/settings",
            "/login",
            "/registration",
            "/recovery",
            "/verification",
            "/logout",
        ] {
            for visitor in [&browser, &Browser::new()] {
                let (landed, chain) = visitor
                    .visit(&stack.url(&format!("{page}?return_to={encoded}")))
                    .await;
                assert!(
                    chain.iter().all(|url| ours(url)),
                    "{page} → {target}: {chain:?}"
                );
                assert!(landed.status < 500, "{page} → {target}: {}", landed.status);
            }
        }
        let switched = browser
            .post_form(
                &stack.url("/language"),
                &[
                    ("lang".into(), "de".into()),
                    ("return_to".into(), target.into()),
                ],
                &[],
            )
            .await;
        let location = switched.location().unwrap_or_default().to_owned();
        let followed = url::Url::parse(&stack.ui).unwrap().join(&location).unwrap();
        assert!(
            ours(followed.as_str()),
            "{target} → {location} → {followed}"
        );
    }
}

/// The headers promised for every route, on every route, and our cookie's attributes.
#[tokio::test]
async fn every_route_carries_the_security_headers_and_our_cookie_is_locked_down() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_user, browser, settings) = Browser::signed_in(stack, json!({})).await;
    let flow = settings.flow_id();
    let stylesheet = settings.attr("link[rel=stylesheet]", "href").unwrap();
    let kratos_script = settings.attr("script[integrity]", "src").unwrap();
    let gets = [
        "/".to_owned(),
        "/settings".into(),
        format!("/settings?flow={flow}"),
        "/login".into(),
        "/registration".into(),
        "/recovery".into(),
        "/verification".into(),
        "/sessions".into(),
        "/logout".into(),
        "/error?id=stub:500".into(),
        "/health/alive".into(),
        "/health/ready".into(),
        "/kratos/webauthn.js".into(),
        kratos_script,
        stylesheet.clone(),
        "/assets/app.css".into(),
        "/no/such/page".into(),
    ];
    for path in &gets {
        for visitor in [&browser, &Browser::new()] {
            let answer = visitor.get(&stack.url(path)).await;
            let csp = answer
                .header("content-security-policy")
                .unwrap_or_else(|| panic!("{path}: no CSP"));
            assert!(
                csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                "{path}: {csp}"
            );
            assert_eq!(answer.header("x-frame-options"), Some("DENY"), "{path}");
            assert!(answer.header("x-request-id").is_some(), "{path}");
            let cache = answer.header("cache-control").unwrap_or_default();
            if *path == stylesheet || path.contains("?integrity=") {
                // Versioned assets, and Kratos's script verified against its integrity value.
                assert!(cache.contains("immutable"), "{path}: {cache}");
            } else if answer
                .header("content-type")
                .is_some_and(|t| t.starts_with("text/html"))
            {
                assert_eq!(cache, "no-store", "{path}");
            } else {
                assert!(
                    cache == "no-store" || cache == "no-cache",
                    "{path}: {cache}"
                );
            }
        }
    }
    for (path, fields) in [
        (
            format!("/settings?flow={flow}"),
            vec![("method", "profile")],
        ),
        ("/logout".into(), vec![]),
        ("/sessions/revoke".into(), vec![("session", "nope")]),
        ("/sessions/revoke-others".into(), vec![]),
        (
            "/language".into(),
            vec![("lang", "de"), ("return_to", "/settings")],
        ),
    ] {
        let fields: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let answer = Browser::new()
            .post_form(&stack.url(&path), &fields, &[])
            .await;
        assert!(
            answer.header("content-security-policy").is_some(),
            "POST {path}"
        );
        assert_eq!(
            answer.header("cache-control"),
            Some("no-store"),
            "POST {path}"
        );
        assert_eq!(
            answer.header("x-frame-options"),
            Some("DENY"),
            "POST {path}"
        );
    }

    // Our own cookie (set here by choosing a language): HttpOnly, SameSite=Lax, scoped to
    // the UI's path, and never Secure unless configured (plain-HTTP development would lose it).
    let switched = Browser::new()
        .post_form(
            &stack.url("/language"),
            &[
                ("lang".into(), "de".into()),
                ("return_to".into(), "/".into()),
            ],
            &[],
        )
        .await;
    let ours = cookie_named(&switched, "kratos_ui_session");
    assert!(ours.contains("HttpOnly"), "{ours}");
    assert!(ours.contains("SameSite=Lax"), "{ours}");
    assert!(ours.contains("Path=/"), "{ours}");
    assert!(!ours.contains("Secure"), "{ours}");

    // Over https (an https PUBLIC_URL makes COOKIE_SECURE true) it is Secure as well, and
    // `__Host-` prefixed: for this host alone, path `/` even under a base path, so no
    // neighbouring subdomain or plain-http page can plant or replace it.
    let kratos_port: u16 = stack.kratos_public_port();
    let secure_ui = crate::faults::ui_configured(kratos_port, |config| {
        config.cookie_secure = true;
        config.base_path = "/account".into();
    });
    let switched = Browser::new()
        .post_form(
            &format!("{secure_ui}/account/language"),
            &[
                ("lang".into(), "de".into()),
                ("return_to".into(), "/account/".into()),
            ],
            &[],
        )
        .await;
    assert_eq!(switched.status, 303, "{}", switched.body);
    let ours = cookie_named(&switched, "__Host-kratos_ui_session");
    assert!(
        ours.contains("Secure") && ours.contains("HttpOnly") && ours.contains("SameSite=Lax"),
        "{ours}"
    );
    assert!(
        ours.contains("Path=/;") || ours.ends_with("Path=/"),
        "{ours}"
    );
    assert!(!ours.to_ascii_lowercase().contains("domain="), "{ours}");
}

pub fn cookie_named(response: &crate::browser::Response, name: &str) -> String {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no {name} cookie set"))
        .to_owned()
}
