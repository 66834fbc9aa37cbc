//! Twelve languages through the running server, as a browser without JavaScript meets them:
//! each one chosen with the switcher speaks on the next pages, with `lang` and `dir` on the
//! page; `Accept-Language` finds the nearest language of ours; the gallery shows any state in
//! any language with `?lang=`. No Kratos is needed: these pages never ask it.

use crate::browser::{Browser, Response};
use crate::designers::{repo, ui_with};

/// Every language of ours: its tag, its own name, and whether it runs right to left.
const LANGUAGES: [(&str, &str, bool); 12] = [
    ("en", "English", false),
    ("de", "Deutsch", false),
    ("es", "Español", false),
    ("fr", "Français", false),
    ("it", "Italiano", false),
    ("nl", "Nederlands", false),
    ("pl", "Polski", false),
    ("pt-BR", "Português (Brasil)", false),
    ("sv", "Svenska", false),
    ("ar", "العربية", true),
    ("ja", "日本語", false),
    ("zh-CN", "简体中文", false),
];

/// The text of the entry `id` in `locales/<code>/ui.ftl`, as the catalogue has it (a one-line
/// text without placeables).
fn catalogue_text(code: &str, id: &str) -> String {
    let file = std::fs::read_to_string(repo(&format!("locales/{code}/ui.ftl"))).unwrap();
    file.lines()
        .find_map(|line| line.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{code} has no one-line `{id}`"))
        .to_owned()
}

fn ui() -> String {
    ui_with(&[
        ("ASSETS_DIR", &repo("assets")),
        ("HTMX_JS", &repo("node_modules/htmx.org/dist/htmx.min.js")),
    ])
}

/// The page's language, its direction, and the language the menu names as the page's.
fn language_of(page: &Response) -> (String, String, String) {
    (
        page.attr("html", "lang").unwrap_or_default(),
        page.attr("html", "dir").unwrap_or_default(),
        page.text("[data-testid='language-menu-open']")
            .unwrap_or_default(),
    )
}

#[tokio::test]
async fn each_language_chosen_with_the_switcher_speaks_on_every_page_after() {
    let ui = ui();
    for (code, own_name, rtl) in LANGUAGES {
        let browser = Browser::new();
        let first = browser.get(&format!("{ui}/logout")).await;
        // The switcher offers every other language, each in its own name and marked with its
        // own `lang`, and not the page's language.
        let offered: Vec<(String, String)> = first
            .html()
            .select(
                &scraper::Selector::parse("[data-testid='language-switch'] button[name=lang]")
                    .unwrap(),
            )
            .map(|button| {
                assert_eq!(button.value().attr("lang"), button.value().attr("value"));
                (
                    button.value().attr("value").unwrap().to_owned(),
                    button.text().collect::<String>(),
                )
            })
            .collect();
        let others: Vec<(String, String)> = LANGUAGES
            .iter()
            .filter(|(other, _, _)| *other != "en")
            .map(|(other, name, _)| ((*other).to_owned(), (*name).to_owned()))
            .collect();
        assert_eq!(offered, others);

        let field = |name: &str, value: &str| (name.to_owned(), value.to_owned());
        let switched = browser
            .post_form(
                &format!("{ui}/language"),
                &[field("lang", code), field("return_to", "/logout")],
                &[],
            )
            .await;
        assert_eq!(switched.status, 303, "{code}");
        assert_eq!(switched.location(), Some("/logout"));
        let page = browser.get(&format!("{ui}/logout")).await;
        let (lang, dir, named) = language_of(&page);
        assert_eq!(lang, code);
        assert_eq!(dir, if rtl { "rtl" } else { "ltr" }, "{code}");
        assert!(named.ends_with(own_name), "{code}: the menu says {named:?}");
        assert_eq!(
            page.text("h1"),
            Some(catalogue_text(code, "logout-title")),
            "{code}"
        );
        assert_eq!(
            page.count(&format!("button[name=lang][value='{code}']")),
            0,
            "{code} is not offered on its own page"
        );
        // The choice lasts: another page, in the same language.
        let missing = browser.get(&format!("{ui}/no-such-page")).await;
        assert_eq!(missing.status, 404);
        assert_eq!(missing.attr("html", "lang").as_deref(), Some(code));
        assert_eq!(
            missing.text("h1"),
            Some(catalogue_text(code, "problem-page-not-found-title")),
            "{code}"
        );
    }
}

#[tokio::test]
async fn accept_language_finds_the_nearest_language_of_ours() {
    let ui = ui();
    for (asked, ours) in [
        ("fr-CA,fr;q=0.9", "fr"),
        ("pt", "pt-BR"),
        ("pt-PT,en;q=0.5", "pt-BR"),
        ("zh", "zh-CN"),
        ("zh-Hans-SG", "zh-CN"),
        ("zh-TW,zh;q=0.8", "zh-CN"),
        ("zh-TW,ja;q=0.8", "ja"),
        ("zh-Hant", "en"),
        ("ar-EG", "ar"),
        ("ko,sv;q=0.5", "sv"),
        ("ko", "en"),
        ("nl-BE;q=0.3,pl", "pl"),
    ] {
        let page = Browser::new()
            .get_with(&format!("{ui}/logout"), &[("Accept-Language", asked)])
            .await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some(ours), "{asked}");
    }
}

#[tokio::test]
async fn the_gallery_shows_any_state_in_any_language_without_changing_the_visitors() {
    let ui = ui_with(&[
        ("DEV_MODE", "true"),
        ("ASSETS_DIR", &repo("assets")),
        ("HTMX_JS", &repo("node_modules/htmx.org/dist/htmx.min.js")),
        ("GALLERY_DIR", &repo("tests/fixtures/gallery")),
    ]);
    let browser = Browser::new();
    let arabic = browser
        .get(&format!("{ui}/gallery/settings-profile-errors?lang=ar"))
        .await;
    assert_eq!(arabic.status, 200);
    assert_eq!(
        (arabic.attr("html", "lang"), arabic.attr("html", "dir")),
        (Some("ar".to_owned()), Some("rtl".to_owned()))
    );
    assert!(arabic.count("[aria-invalid=true]") > 0);
    // The index keeps the language on its links to each state.
    let index = browser.get(&format!("{ui}/gallery?lang=ja")).await;
    assert_eq!(index.attr("html", "lang").as_deref(), Some("ja"));
    let link = index
        .attr(".gallery-state-title a", "href")
        .expect("a link to a state");
    assert!(link.ends_with("?lang=ja"), "{link}");
    assert_eq!(
        browser
            .get(&format!("{ui}{link}"))
            .await
            .attr("html", "lang")
            .as_deref(),
        Some("ja")
    );
    // Japanese puts no space after its full stop, before the link that follows a sentence.
    let japanese = browser
        .get(&format!("{ui}/gallery/settings-totp-linked?lang=ja"))
        .await;
    assert!(
        japanese.body.contains("。<a href=\"/verification\">"),
        "the unverified address's note: {}",
        japanese
            .text("[data-testid='unverified-address']")
            .unwrap_or_default()
    );
    // An unknown language is a bad request, not English passed off as it.
    assert_eq!(
        browser
            .get(&format!("{ui}/gallery/login-fresh?lang=xx"))
            .await
            .status,
        400
    );
    // The visitor's own language is untouched.
    let own = browser.get(&format!("{ui}/gallery/login-fresh")).await;
    assert_eq!(own.attr("html", "lang").as_deref(), Some("en"));
}
