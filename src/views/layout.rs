//! The page around every screen: document head, header with the language switcher and
//! sign-out, main landmark.

use maud::{DOCTYPE, Markup, html};

use super::Chrome;
use crate::http::same_origin;
use crate::i18n::Lang;
use crate::routes;

/// htmx settings (design §5): no history snapshots (pages hold personal data and CSRF
/// tokens), no eval, no inline indicator styles (CSP), same-origin requests only, and our
/// fragments are swapped for every status, because a 4xx/5xx fragment says what went wrong.
pub const HTMX_CONFIG: &str = r#"{"historyCacheSize":0,"refreshOnHistoryMiss":true,"allowEval":false,"allowScriptTags":false,"includeIndicatorStyles":false,"selfRequestsOnly":true,"responseHandling":[{"code":"204","swap":false},{"code":"...","swap":true}]}"#;

pub fn page(chrome: &Chrome, title: &str, content: Markup) -> Markup {
    let tr = chrome.tr;
    if chrome.frameless {
        return content;
    }
    html! {
        (DOCTYPE)
        html lang=(tr.lang.code()) dir=(tr.lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="htmx-config" content=(HTMX_CONFIG);
                title { (tr.t_with("page-title", &[("title", title.into()), ("product", chrome.product_name.into())])) }
                link rel="stylesheet" href=(chrome.stylesheet);
                link rel="stylesheet" href=(chrome.theme);
                script src=(chrome.htmx) defer {}
                @if let Some(integrity) = chrome.kratos_script_integrity {
                    script src=(chrome.links.kratos_script(integrity)) integrity=(integrity) defer {}
                }
                script src=(chrome.script) defer {}
                @if let Some(dev) = chrome.dev {
                    link rel="stylesheet" href=(dev.stylesheet);
                    @if let Some((script, status)) = &dev.script {
                        script src=(script) data-status=(status) defer {}
                    }
                }
            }
            body data-text-copied=(tr.t("copied")) data-text-copy-failed=(tr.t("copy-failed"))
                data-text-network-error=(tr.t("network-error"))
                data-text-webauthn-unavailable=(tr.t("webauthn-unavailable")) {
                // A block of its own: a text browser would run the link into the site's name.
                div { a.skip-link href="#main" { (tr.t("skip-link")) } }
                header.site-header data-drawn-by=[crate::drawn_by!("layout::page")] {
                    a.site-name href=(chrome.links.path(routes::HOME)) {
                        @if let Some(logo) = chrome.logo {
                            img.site-logo src=(logo) alt="";
                        }
                        (chrome.product_name)
                    }
                    (language_switcher(chrome))
                    @if let Some(who) = chrome.signed_in_as {
                        div.site-account {
                            span.site-account-name dir="auto" data-testid="signed-in-as" { (who) }
                            (sign_out(chrome, SignOut::Header))
                        }
                    }
                }
                main #main .site-main tabindex="-1" data-drawn-by=[crate::drawn_by!("layout::page")] {
                    (content)
                }
            }
        }
    }
}

/// Where a sign-out button stands, which decides its look and words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOut {
    /// Beside the account name in the header.
    Header,
    /// Under a flow a signed-in person may be stuck in (a second factor they cannot give).
    Instead,
    /// The sign-out confirmation page's one action.
    Confirm,
}

/// A sign-out button: a plain form posting to `/logout` (a `GET` never signs anybody out).
pub fn sign_out(chrome: &Chrome, place: SignOut) -> Markup {
    let (form_class, button_class, words) = match place {
        SignOut::Header => (Some("site-signout"), "button button--link", "sign-out"),
        SignOut::Instead => (
            Some("flow-signout"),
            "button button--link",
            "sign-out-instead",
        ),
        SignOut::Confirm => (None, "button button--primary", "sign-out"),
    };
    html! {
        form class=[form_class] method="post" action=(chrome.links.path(routes::LOGOUT)) data-drawn-by=[crate::drawn_by!("layout::sign_out")] {
            (form_token(chrome))
            // Named, so that the form has a field: lynx sends a post without one as a GET.
            button name="sign_out" value="1" class=(button_class) type="submit" data-testid="logout" { (chrome.tr.t(words)) }
        }
    }
}

/// The form token of our own forms, for a browser that names no origin (see
/// `http::same_origin`); nothing for a browser of today.
pub fn form_token(chrome: &Chrome) -> Markup {
    html! {
        @if let Some(token) = chrome.form_token {
            input type="hidden" name=(same_origin::FORM_TOKEN_FIELD) value=(token);
        }
    }
}

/// The language menu: a disclosure (no JavaScript needed) naming the page's language, which
/// opens onto one button per other language, each in its own name and marked with its own
/// `lang`; a plain form that brings the visitor back to the page they were on.
fn language_switcher(chrome: &Chrome) -> Markup {
    let tr = chrome.tr;
    let back_to = chrome
        .here
        .map_or_else(|| chrome.links.path(routes::HOME), str::to_owned);
    html! {
        // A block of its own: a text browser would run the menu into the site's name.
        div.language-menu data-drawn-by=[crate::drawn_by!("layout::language_switcher")] {
            details data-testid="language-menu" {
                summary data-testid="language-menu-open" {
                    span.visually-hidden { (tr.t("language-label")) ": " }
                    (tr.lang.own_name())
                }
                form.language-switch method="post" action=(chrome.links.path(routes::LANGUAGE))
                    aria-label=(tr.t("language-label")) data-testid="language-switch" {
                    (form_token(chrome))
                    input type="hidden" name="return_to" value=(back_to);
                    ul.language-list {
                        @for lang in Lang::all().filter(|lang| *lang != tr.lang) {
                            li {
                                button.button.button--link type="submit" name="lang" value=(lang.code())
                                    lang=(lang.code()) dir=[(lang.dir() == "rtl").then_some("rtl")] data-testid={ "language-" (lang.code()) } {
                                    (lang.own_name())
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
