//! The designers' gallery (dev mode): every captured flow state drawn by the real views on one
//! page, plus our own problem pages and notices, so a stylesheet change can be checked against
//! every state at once. Each state also has a page of its own (`/gallery/<name>`), which is
//! exactly the page a visitor would see; the accessibility tests run there. The gallery is drawn
//! with markers on (`views::origin::marked`): each state lists the views that drew it, and
//! `?where=1` labels every fragment on the page with its view, file and line.

use maud::{Markup, html};

use super::{Chrome, layout, origin};
use crate::i18n::Lang;
use crate::routes;

/// One state in the gallery: its name (the fixture's file stem), and the screen.
pub struct Exhibit {
    pub name: String,
    pub screen: Markup,
}

/// How the gallery was asked for: `?lang=` (which its links keep) and `?where=1` (labels).
#[derive(Clone, Copy, Debug, Default)]
pub struct Asked {
    pub lang: Option<Lang>,
    pub show_where: bool,
}

impl Asked {
    /// The gallery's address with these settings.
    fn link(self, chrome: &Chrome) -> String {
        let mut query = Vec::new();
        if let Some(lang) = self.lang {
            query.push(format!("lang={}", lang.code()));
        }
        if self.show_where {
            query.push("where=1".to_owned());
        }
        let path = chrome.links.path(routes::GALLERY);
        match query.is_empty() {
            true => path,
            false => format!("{path}?{}", query.join("&")),
        }
    }
}

pub fn page(chrome: &Chrome, exhibits: &[Exhibit], asked: Asked) -> Markup {
    let tr = chrome.tr;
    let lang = asked.lang;
    let title = tr.t("gallery-title");
    layout::page(
        chrome,
        &title,
        html! {
            div.gallery.gallery--where[asked.show_where] data-testid="gallery" data-drawn-by=[crate::drawn_by!("gallery::page")] {
                h1.page-title { (title) }
                p.page-intro { (tr.t("gallery-intro")) }
                p {
                    @let toggled = Asked { show_where: !asked.show_where, ..asked };
                    a href=(toggled.link(chrome)) data-testid="gallery-where" {
                        (tr.t(if asked.show_where { "gallery-hide-where" } else { "gallery-show-where" }))
                    }
                }
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
                        @let places = origin::places_in(&exhibit.screen.0);
                        @if !places.is_empty() {
                            details.gallery-origins data-testid="gallery-origins" {
                                summary { (tr.t("gallery-drawn-by")) }
                                ul {
                                    @for place in places {
                                        li { code dir="ltr" { (place) } }
                                    }
                                }
                            }
                        }
                        div.gallery-screen { (exhibit.screen) }
                    }
                }
            }
        },
    )
}
