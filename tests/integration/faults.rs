//! Faults the real Kratos cannot be made to produce: garbage, a wrong content type, a crash
//! page, a dropped or reset connection, an answer that never comes. A small fake server stands
//! in for Kratos for those, and only those; slowness and resets on the way to the real Kratos
//! come from a proxy in front of it.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use kratos_htmx_ui::config::{Config, Secret};
use kratos_htmx_ui::startup::Application;

use serde_json::json;

use crate::browser::Browser;
use crate::harness::{Profile, Stack, stack};
use crate::proxy::Proxy;

#[derive(Clone, Copy, Debug)]
enum Fault {
    GarbageJson,
    HtmlInsteadOfJson,
    ServerError,
    DroppedConnection,
    ResetConnection,
    /// A real settings flow, declared as HTML (a proxy's page that happens to be JSON).
    FlowDeclaredAsHtml,
    /// A real settings flow without any content type.
    FlowWithoutContentType,
    NeverAnswers,
}

/// A fake Kratos on a free port that answers every request with `fault`.
fn fake_kratos(fault: Fault) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            std::thread::spawn(move || {
                let mut buffer = [0u8; 8192];
                let _ = stream.read(&mut buffer);
                let reply = |body: &str, status: &str, kind: &str| {
                    format!(
                        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                };
                let answer = match fault {
                    Fault::GarbageJson => reply("{\"id\": [1, 2", "200 OK", "application/json"),
                    Fault::HtmlInsteadOfJson => {
                        reply("<html><body>Login</body></html>", "200 OK", "text/html")
                    }
                    Fault::ServerError => reply("oops", "500 Internal Server Error", "text/plain"),
                    Fault::DroppedConnection => return,
                    Fault::ResetConnection => {
                        crate::proxy::reset(stream);
                        return;
                    }
                    Fault::FlowDeclaredAsHtml => reply(&real_flow(), "200 OK", "text/html"),
                    Fault::FlowWithoutContentType => {
                        let flow = real_flow();
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{flow}",
                            flow.len()
                        )
                    }
                    Fault::NeverAnswers => {
                        std::thread::sleep(Duration::from_secs(10));
                        return;
                    }
                };
                let _ = stream.write_all(answer.as_bytes());
            });
        }
    });
    port
}

/// A settings flow as the real Kratos sent it (a captured fixture).
fn real_flow() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/gallery/settings-fresh.json"),
    )
    .unwrap()
}

/// Our UI, pointed at `kratos_port`, with a 1 s Kratos timeout.
fn ui_against(kratos_port: u16) -> String {
    ui_under(kratos_port, "")
}

/// The same, served under `base_path`.
fn ui_under(kratos_port: u16, base_path: &str) -> String {
    ui_configured(kratos_port, |config| {
        config.base_path = base_path.to_owned()
    })
}

/// Our UI whose calls to the stack's Kratos pass through a new [`Proxy`] (so a test sees what
/// reaches Kratos), while browsers still reach Kratos directly; configured further by `adjust`.
pub fn ui_through_proxy(stack: &Stack, adjust: impl FnOnce(&mut Config)) -> (Proxy, String) {
    let proxy = Proxy::start(stack.kratos_public_port());
    let kratos = format!("http://localhost:{}", proxy.port);
    let browser_url = stack.kratos_public.clone();
    let ui = ui_configured(stack.kratos_public_port(), |config| {
        config.kratos_public_url = kratos.parse().unwrap();
        config.kratos_browser_url = browser_url.parse().unwrap();
        adjust(config);
    });
    (proxy, ui)
}

/// Our UI, pointed at `kratos_port` with a 1 s Kratos timeout, configured further by `adjust`.
pub fn ui_configured(kratos_port: u16, adjust: impl FnOnce(&mut Config)) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let kratos = format!("http://localhost:{kratos_port}");
    let mut config = Config {
        kratos_public_url: kratos.parse().unwrap(),
        kratos_browser_url: kratos.parse().unwrap(),
        kratos_admin_url: None,
        kratos_ca_file: None,
        public_url: format!("http://localhost:{port}").parse().unwrap(),
        trusted_proxies: Vec::new(),
        bind: [127, 0, 0, 1].into(),
        port,
        cookie_secret: Secret::new("fault-test-cookie-secret-0123456789abcdef"),
        cookie_secure: false,
        kratos_cookies: Default::default(),
        base_path: String::new(),
        assets_dir: root.join("assets"),
        htmx_js: root.join("node_modules/htmx.org/dist/htmx.min.js"),
        kratos_timeout: Duration::from_secs(1),
        product_name: "Account".into(),
        accent_color: None,
        logo_file: None,
        dev_mode: false,
        gallery_dir: "tests/fixtures/gallery".into(),
        dev_watch_dir: None,
        hydra: None,
        social_sign_in_origins: Vec::new(),
    };
    adjust(&mut config);
    let app = Application::with_listener(config, listener).unwrap();
    std::thread::spawn(move || actix_rt::System::new().block_on(app.run_until_stopped()));
    format!("http://localhost:{port}")
}

#[tokio::test]
async fn kratos_faults_become_a_clear_503_and_never_a_crash() {
    const FLOW: &str = "123e4567-e89b-12d3-a456-426614174000";
    for fault in [
        Fault::GarbageJson,
        Fault::HtmlInsteadOfJson,
        Fault::ServerError,
        Fault::DroppedConnection,
        Fault::ResetConnection,
        Fault::FlowDeclaredAsHtml,
        Fault::FlowWithoutContentType,
        Fault::NeverAnswers,
    ] {
        let ui = ui_against(fake_kratos(fault));
        let browser = Browser::new();

        let started = Instant::now();
        let page = browser.get(&format!("{ui}/settings?flow={FLOW}")).await;
        assert_eq!(page.status, 503, "{fault:?}: {}", page.body);
        assert!(
            page.all_text()
                .contains("The account service is not available"),
            "{fault:?}"
        );
        assert!(
            !page.body.contains("oops")
                && !page.body.contains("Login")
                && !page.body.contains("csrf_token"),
            "{fault:?}: internals shown"
        );
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{fault:?}: answered within the timeout"
        );

        let fragment = browser
            .post_form(
                &format!("{ui}/settings?flow={FLOW}"),
                &[("method".into(), "profile".into())],
                &[("HX-Request", "true")],
            )
            .await;
        assert_eq!(fragment.status, 503, "{fault:?}");
        assert_eq!(
            fragment.header("hx-retarget"),
            Some("#flow-status"),
            "{fault:?}"
        );
        assert!(fragment.all_text().contains("not available"), "{fault:?}");

        let login = browser.get(&format!("{ui}/login?flow={FLOW}")).await;
        assert_eq!(login.status, 503, "{fault:?}");
        let error = browser.get(&format!("{ui}/error?id={FLOW}")).await;
        assert_eq!(error.status, 503, "{fault:?}");
        assert_eq!(
            browser.get(&format!("{ui}/health/ready")).await.status,
            503,
            "{fault:?}"
        );
        assert_eq!(
            browser.get(&format!("{ui}/health/alive")).await.status,
            200,
            "{fault:?}: still serving"
        );
    }
}

#[tokio::test]
async fn under_a_base_path_every_route_and_link_carries_it() {
    let ui = ui_under(fake_kratos(Fault::ServerError), "/account");
    let browser = Browser::new();
    assert_eq!(
        browser
            .get(&format!("{ui}/account/health/alive"))
            .await
            .status,
        200
    );
    let home = browser.get(&format!("{ui}/account/")).await;
    assert_eq!(home.location(), Some("/account/settings"));
    let settings = browser.get(&format!("{ui}/account/settings")).await;
    assert_eq!(settings.status, 303);
    assert!(
        settings
            .location()
            .unwrap()
            .ends_with("/self-service/settings/browser")
    );
    assert_eq!(browser.get(&format!("{ui}/settings")).await.status, 404);
    let logout = browser.get(&format!("{ui}/account/logout")).await;
    assert_eq!(logout.status, 200);
    assert!(
        logout.form("form[action='/account/logout']").is_some(),
        "{}",
        logout.body
    );
    let stylesheet = logout.attr("link[rel=stylesheet]", "href").unwrap();
    assert!(
        stylesheet.starts_with("/account/assets/app.") && stylesheet.ends_with(".css"),
        "{stylesheet}"
    );
    let css = browser.get(&format!("{ui}{stylesheet}")).await;
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(
        browser
            .get(&format!("{ui}/account/assets/..%2Fsrc%2Fmain.rs"))
            .await
            .status,
        404
    );
}

/// The real Kratos behind a proxy that slows or resets it: slower than the timeout is a clear
/// 503 within the timeout (page and fragment); slow but in time still serves; resets are a 503;
/// and once the network is healthy again the same UI serves at once.
#[tokio::test]
async fn a_slow_or_resetting_network_to_kratos_is_a_clear_503_within_the_timeout() {
    let stack = stack(Profile::Default).await;
    let (_user, browser, settings) = Browser::signed_in(&stack, json!({})).await;
    let flow = settings.flow_id();
    let kratos_port: u16 = stack.kratos_public_port();
    let proxy = Proxy::start(kratos_port);
    let ui = ui_against(proxy.port);
    let page_url = format!("{ui}/settings?flow={flow}");

    proxy.delay(Duration::from_millis(300));
    let slow = browser.get(&page_url).await;
    assert_eq!(slow.status, 200, "slow but in time: {}", slow.body);

    proxy.delay(Duration::from_secs(3));
    let started = Instant::now();
    let too_slow = browser.get(&page_url).await;
    let waited = started.elapsed();
    assert_eq!(too_slow.status, 503);
    assert!(
        too_slow
            .all_text()
            .contains("The account service is not available")
    );
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_millis(2500),
        "answered after the 1 s timeout, not before and not much later: {waited:?}"
    );
    let fragment = browser
        .post_form(
            &page_url,
            &[("method".into(), "profile".into())],
            &[("HX-Request", "true")],
        )
        .await;
    assert_eq!(fragment.status, 503);
    assert_eq!(fragment.header("hx-retarget"), Some("#flow-status"));

    proxy.delay(Duration::ZERO);
    proxy.reset_connections(true);
    let reset = browser.get(&page_url).await;
    assert_eq!(reset.status, 503, "{}", reset.body);
    assert!(reset.all_text().contains("not available"));

    proxy.reset_connections(false);
    let healthy = browser.get(&page_url).await;
    assert_eq!(healthy.status, 200, "{}", healthy.body);
}
