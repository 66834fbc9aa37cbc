//! Markup snapshots of every gallery state (the flow states captured from a real Kratos in
//! `tests/fixtures/gallery/`, and our own problem pages and notices), in English, German and
//! Arabic (right to left, placeables in `<bdi>`); the other languages differ from these only
//! in their words, which `i18n`'s completeness test checks.
//!
//! A change to the markup shows up as a reviewable diff of `tests/snapshots/`: run
//! `INSTA_UPDATE=always cargo test --test gallery_snapshots` and read the diff before
//! committing it. The snapshots put one tag per line so diffs stay readable.

use std::path::Path;

use actix_web::test::TestRequest;
use kratos_htmx_ui::flows::gallery;
use kratos_htmx_ui::i18n::{Lang, Tr};

#[path = "support/gallery_site.rs"]
mod gallery_site;

use gallery_site::{FIXTURES, site};

fn states() -> Vec<String> {
    gallery::states(Path::new(FIXTURES))
}

/// One tag per line; the content hashes in asset file names blanked, so a CSS edit leaves
/// them be.
fn readable(html: &str) -> String {
    let is_hash = |part: &str| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit());
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("/assets/") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find('"').unwrap_or(after.len());
        let url: Vec<&str> = after[..end]
            .split('.')
            .map(|part| if is_hash(part) { "(hash)" } else { part })
            .collect();
        out.push_str(&url.join("."));
        rest = &after[end..];
    }
    out.push_str(rest);
    out.replace("><", ">\n<")
}

#[test]
fn every_gallery_state_renders_as_before_in_english_german_and_arabic() {
    let site = site();
    let states = states();
    assert!(states.len() > 25, "{} states", states.len());
    for code in ["en", "de", "ar"] {
        let lang = Lang::from_code(code).expect("a language of ours");
        let req = TestRequest::default()
            .insert_header(("Accept-Language", code))
            .uri("/gallery/state")
            .to_http_request();
        let chrome = site.chrome(&req);
        assert_eq!(chrome.tr, Tr::new(lang));
        for state in &states {
            let markup = gallery::screen(&site, &chrome, Path::new(FIXTURES), state)
                .unwrap_or_else(|| panic!("{state} does not render"))
                .into_string();
            if lang != Lang::EN {
                for english in ["Email address", "Full name", "Phone number", "Password"] {
                    assert!(
                        !markup.contains(&format!(">{english}<")),
                        "{state}: English {english:?} on a page in {code}"
                    );
                }
            }
            insta::assert_snapshot!(format!("{state}.{code}"), readable(&markup));
        }
    }
    assert_eq!(
        kratos_htmx_ui::i18n::missing_ids(),
        Vec::<String>::new(),
        "texts the views asked for that no catalogue has"
    );
}

/// Every message id in the captured states has its own text in every language, so no German
/// page shows Kratos's English.
#[test]
fn every_captured_message_id_is_in_every_catalogue() {
    fn collect(value: &serde_json::Value, ids: &mut std::collections::BTreeSet<u64>) {
        match value {
            serde_json::Value::Object(map) => {
                if let (Some(id), Some(_), Some(_)) = (
                    map.get("id").and_then(|id| id.as_u64()),
                    map.get("text"),
                    map.get("type"),
                ) {
                    ids.insert(id);
                }
                map.values().for_each(|v| collect(v, ids));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, ids)),
            _ => {}
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for state in states() {
        if let Ok(text) = std::fs::read_to_string(Path::new(FIXTURES).join(format!("{state}.json")))
        {
            collect(&serde_json::from_str(&text).unwrap(), &mut ids);
        }
    }
    assert!(ids.len() > 20, "{ids:?}");
    for lang in Lang::all() {
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| !Tr::new(lang).knows_kratos_message(**id))
            .collect();
        assert!(missing.is_empty(), "{lang:?} has no text for {missing:?}");
    }
}
