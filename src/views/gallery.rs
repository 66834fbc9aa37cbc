//! The designers' gallery (dev mode): every captured flow state drawn by the real views on one
//! page, plus our own problem pages and notices, so a stylesheet change can be checked against
//! every state at once. Each state also has a page of its own (`/gallery/<name>`), which is
//! exactly the page a visitor would see; the accessibility tests run there.

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::i18n::Lang;

/// One state in the gallery: its name (the fixture's file stem), and the screen.
pub struct Exhibit {
    pub name: String,
    pub screen: Markup,
}

/// `lang`: the language the gallery was asked for with `?lang=`, which its links keep.
pub fn page(chrome: &Chrome, exhibits: &[Exhibit], lang: Option<Lang>) -> Markup {
    let tr = chrome.tr;
    let title = tr.t("gallery-title");
    layout::page(
        chrome,
        &title,
        html! {
            div.gallery data-testid="gallery" {
                h1.page-title { (title) }
                p.page-intro { (tr.t("gallery-intro")) }
                nav.gallery-contents aria-labelledby="gallery-contents-title" {
                    h2 #gallery-contents-title { (tr.t("gallery-contents")) }
                    ul {
                        @for exhibit in exhibits {
                            li { a href={ "#state-" (exhibit.name) } { (exhibit.name) } }
                        }
                    }
                }
                @for exhibit in exhibits {
                    section.gallery-state id={ "state-" (exhibit.name) } data-testid={ "gallery/" (exhibit.name) }
                        aria-labelledby={ "state-" (exhibit.name) "-title" } {
                        h2.gallery-state-title id={ "state-" (exhibit.name) "-title" } {
                            a href={ (chrome.links.path(crate::routes::GALLERY)) "/" (exhibit.name) @if let Some(lang) = lang { "?lang=" (lang.code()) } } { (exhibit.name) }
                        }
                        div.gallery-screen { (exhibit.screen) }
                    }
                }
            }
        },
    )
}
