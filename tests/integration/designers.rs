//! What designers rely on, through the running server: in dev mode a stylesheet edit shows on
//! the next request without a restart and the gallery is served (never outside dev mode); the
//! accent colour and logo come from the configuration. No Kratos is needed for any of it.

use std::net::TcpListener;

use kratos_htmx_ui::config::Config;
use kratos_htmx_ui::startup::Application;

use crate::browser::Browser;

/// Our UI with the environment `vars` (Kratos's URL points nowhere: these pages never ask it).
pub fn ui_with(vars: &[(&str, &str)]) -> String {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let config = Config::from_lookup(|name| match name {
        "KRATOS_PUBLIC_URL" => Some("http://localhost:9".into()),
        "COOKIE_SECRET" => Some("429702c4c2c582524652cc3dfe62d4a8bea0a64953521781".into()),
        "PUBLIC_URL" => Some(format!("http://localhost:{port}")),
        _ => vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
    })
    .expect("a valid configuration");
    let app = Application::with_listener(config, listener).unwrap();
    std::thread::spawn(move || actix_rt::System::new().block_on(app.run_until_stopped()));
    format!("http://localhost:{port}")
}

pub fn repo(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
async fn in_dev_mode_a_stylesheet_edit_shows_on_reload_and_the_gallery_is_served() {
    let assets = std::env::temp_dir().join(format!("kratos-ui-assets-{}", std::process::id()));
    std::fs::create_dir_all(&assets).unwrap();
    for file in ["app.css", "app.js"] {
        std::fs::copy(repo(&format!("assets/{file}")), assets.join(file)).unwrap();
    }
    let ui = ui_with(&[
        ("DEV_MODE", "true"),
        ("ASSETS_DIR", assets.to_str().unwrap()),
        ("HTMX_JS", &repo("node_modules/htmx.org/dist/htmx.min.js")),
        ("GALLERY_DIR", &repo("tests/fixtures/gallery")),
    ]);
    let browser = Browser::new();
    let before = browser.get(&format!("{ui}/assets/app.css")).await;
    assert_eq!(before.status, 200);
    assert_eq!(before.header("cache-control"), Some("no-cache"));
    std::fs::write(
        assets.join("app.css"),
        format!("{}\n.designer-edit {{ color: red; }}\n", before.body),
    )
    .unwrap();
    let after = browser.get(&format!("{ui}/assets/app.css")).await;
    assert!(
        after.body.contains(".designer-edit"),
        "the edit shows without a restart"
    );

    let gallery = browser.get(&format!("{ui}/gallery")).await;
    assert_eq!(gallery.status, 200);
    assert!(
        gallery.count("[data-testid^='gallery/']") > 30,
        "every state is on the page"
    );
    assert!(gallery.count("[data-testid='settings-flow']") > 5);
    let one = browser
        .get(&format!("{ui}/gallery/settings-profile-errors"))
        .await;
    assert_eq!(one.status, 200);
    assert_eq!(one.count("[data-testid='error-summary']"), 1);
    assert_eq!(
        browser
            .get(&format!("{ui}/gallery/no-such-state"))
            .await
            .status,
        404
    );
    assert_eq!(
        browser
            .get(&format!("{ui}/gallery/..%2Fsecret"))
            .await
            .status,
        404
    );
    std::fs::remove_dir_all(&assets).ok();
}

#[tokio::test]
async fn outside_dev_mode_there_is_no_gallery_and_assets_are_cached_by_version() {
    let ui = ui_with(&[
        ("ASSETS_DIR", &repo("assets")),
        ("HTMX_JS", &repo("node_modules/htmx.org/dist/htmx.min.js")),
    ]);
    let browser = Browser::new();
    assert_eq!(browser.get(&format!("{ui}/gallery")).await.status, 404);
    let page = browser.get(&format!("{ui}/logout")).await;
    let stylesheet = page.attr("link[rel=stylesheet]", "href").unwrap();
    let css = browser.get(&format!("{ui}{stylesheet}")).await;
    assert!(css.header("cache-control").unwrap().contains("immutable"));
}

/// The dev tools: dev mode links their stylesheet (the gallery's labels), watch mode
/// (`scripts/dev.sh --watch` sets DEV_WATCH_DIR) also the script that reloads pages, and
/// `/dev/status` reports what the watcher wrote, compile errors included. Outside dev mode
/// there is none of it.
#[tokio::test]
async fn watch_mode_reports_the_rebuild_to_the_page_and_nothing_of_it_outside_dev_mode() {
    let watch = std::env::temp_dir().join(format!("kratos-ui-watch-{}", std::process::id()));
    std::fs::create_dir_all(&watch).unwrap();
    std::fs::write(watch.join("state"), "failed\n").unwrap();
    std::fs::write(
        watch.join("errors"),
        "error: expected one of `,` or `}`\n --> src/views/settings.rs:194:9\n",
    )
    .unwrap();
    let common = [
        ("ASSETS_DIR", repo("assets")),
        ("HTMX_JS", repo("node_modules/htmx.org/dist/htmx.min.js")),
    ];
    let with = |extra: &[(&str, String)]| {
        let vars: Vec<(&str, &str)> = common
            .iter()
            .chain(extra)
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        ui_with(&vars)
    };
    let browser = Browser::new();
    let scripts = |page: &crate::browser::Response| -> Vec<String> {
        page.html()
            .select(&scraper::Selector::parse("script[src], link[rel=stylesheet]").unwrap())
            .filter_map(|e| e.value().attr("src").or(e.value().attr("href")))
            .map(str::to_owned)
            .collect()
    };

    let watched = with(&[
        ("DEV_MODE", "true".into()),
        ("DEV_WATCH_DIR", watch.to_str().unwrap().into()),
    ]);
    let page = browser.get(&format!("{watched}/logout")).await;
    let linked = scripts(&page);
    let dev_js = linked
        .iter()
        .find(|src| src.contains("/dev.") && src.ends_with(".js"));
    assert!(dev_js.is_some(), "{linked:?}");
    assert!(
        linked
            .iter()
            .any(|src| src.contains("/dev.") && src.ends_with(".css"))
    );
    assert_eq!(
        page.attr("script[data-status]", "data-status").as_deref(),
        Some("/dev/status")
    );
    assert_eq!(
        browser
            .get(&format!("{watched}{}", dev_js.unwrap()))
            .await
            .status,
        200
    );
    let status = browser.get(&format!("{watched}/dev/status")).await;
    let json: serde_json::Value = serde_json::from_str(&status.body).unwrap();
    assert_eq!(json["build"], "failed");
    assert!(
        json["errors"]
            .as_str()
            .unwrap()
            .contains("src/views/settings.rs:194")
    );
    let server = json["server"].as_str().unwrap().to_owned();
    // The same process answers with the same identity; the build state follows the file.
    std::fs::write(watch.join("state"), "ok\n").unwrap();
    let again: serde_json::Value =
        serde_json::from_str(&browser.get(&format!("{watched}/dev/status")).await.body).unwrap();
    assert_eq!(
        (
            again["server"].as_str(),
            again["build"].as_str(),
            again["errors"].as_str()
        ),
        (Some(server.as_str()), Some("ok"), Some(""))
    );

    // The gallery names the view of each part; a live page, even in dev mode, is production's.
    assert!(!page.body.contains("data-drawn-by"));
    let gallery = browser.get(&format!("{watched}/gallery?where=1")).await;
    assert!(
        gallery
            .body
            .contains("data-drawn-by=\"settings::section src/views/settings.rs:")
    );
    assert_eq!(gallery.count(".gallery.gallery--where"), 1);
    assert!(gallery.count("[data-testid='gallery-origins'] li") > 30);
    let one = browser.get(&format!("{watched}/gallery/login-fresh")).await;
    assert!(
        one.body
            .contains("data-drawn-by=\"flow_page::screen src/views/flow_page.rs:")
    );

    // Dev mode without the watcher: the labels' stylesheet, no reloading script.
    let dev = with(&[("DEV_MODE", "true".into())]);
    let linked = scripts(&browser.get(&format!("{dev}/logout")).await);
    assert!(
        linked
            .iter()
            .any(|src| src.contains("/dev.") && src.ends_with(".css"))
    );
    assert!(
        !linked
            .iter()
            .any(|src| src.contains("/dev.") && src.ends_with(".js"))
    );

    // Production: none of it.
    let production = with(&[("DEV_WATCH_DIR", watch.to_str().unwrap().into())]);
    let page = browser.get(&format!("{production}/logout")).await;
    assert!(
        !scripts(&page).iter().any(|src| src.contains("/dev.")),
        "{:?}",
        scripts(&page)
    );
    assert!(!page.body.contains("data-drawn-by"));
    assert_eq!(
        browser
            .get(&format!("{production}/dev/status"))
            .await
            .status,
        404
    );
    std::fs::remove_dir_all(&watch).ok();
}

#[tokio::test]
async fn the_accent_colour_and_logo_come_from_the_configuration() {
    let ui = ui_with(&[
        ("ASSETS_DIR", &repo("assets")),
        ("HTMX_JS", &repo("node_modules/htmx.org/dist/htmx.min.js")),
        ("ACCENT_COLOR", "#7c3aed"),
        ("LOGO_FILE", &repo("tests/fixtures/logo.svg")),
        ("PRODUCT_NAME", "Example Co"),
    ]);
    let browser = Browser::new();
    let page = browser.get(&format!("{ui}/logout")).await;
    assert!(page.text(".site-name").unwrap().contains("Example Co"));
    let logo = page
        .attr(".site-logo", "src")
        .expect("a logo in the header");
    let served = browser.get(&format!("{ui}{logo}")).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.header("content-type"), Some("image/svg+xml"));
    let theme = page
        .html()
        .select(&scraper::Selector::parse("link[rel=stylesheet]").unwrap())
        .filter_map(|link| link.value().attr("href"))
        .find(|href| href.contains("/theme."))
        .expect("the theme stylesheet is linked")
        .to_owned();
    let css = browser.get(&format!("{ui}{theme}")).await.body;
    assert!(css.contains("--color-accent: #7c3aed"), "{css}");
    assert!(css.contains("--color-accent-text: #ffffff"), "{css}");
}

#[tokio::test]
async fn the_language_switcher_works_without_javascript_and_never_leaves_the_site() {
    let ui = ui_with(&[
        ("ASSETS_DIR", &repo("assets")),
        ("HTMX_JS", &repo("node_modules/htmx.org/dist/htmx.min.js")),
    ]);
    let browser = Browser::new();
    let english = browser.get(&format!("{ui}/logout")).await;
    assert_eq!(english.attr("html", "lang").as_deref(), Some("en"));
    let back_to = english
        .attr(
            "[data-testid='language-switch'] input[name=return_to]",
            "value",
        )
        .unwrap();
    assert_eq!(back_to, "/logout");
    let field = |name: &str, value: &str| (name.to_owned(), value.to_owned());
    let switched = browser
        .post_form(
            &format!("{ui}/language"),
            &[field("lang", "de"), field("return_to", &back_to)],
            &[],
        )
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.location(), Some("/logout"));
    let german = browser.get(&format!("{ui}/logout")).await;
    assert_eq!(german.attr("html", "lang").as_deref(), Some("de"));
    assert_eq!(german.text("h1").as_deref(), Some("Abmelden"));

    for hostile in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "/\t/evil.example",
        "/\n/evil.example",
    ] {
        let answer = browser
            .post_form(
                &format!("{ui}/language"),
                &[field("lang", "en"), field("return_to", hostile)],
                &[],
            )
            .await;
        assert_eq!(answer.location(), Some("/"), "{hostile}");
    }
    let unknown = browser
        .post_form(&format!("{ui}/language"), &[field("lang", "xx")], &[])
        .await;
    assert_eq!(unknown.status, 400);
    let cross_site = browser
        .post_form(
            &format!("{ui}/language"),
            &[field("lang", "de")],
            &[("Origin", "http://evil.example")],
        )
        .await;
    assert_eq!(cross_site.status, 403);
}
