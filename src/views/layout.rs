//! The page around every screen: document head, header with sign-out, main landmark.

use maud::{DOCTYPE, Markup, html};

use super::Chrome;
use crate::routes;

/// htmx settings (design §5): no history snapshots (pages hold personal data and CSRF
/// tokens), no eval, no inline indicator styles (CSP), same-origin requests only, and our
/// fragments are swapped for every status, because a 4xx/5xx fragment says what went wrong.
pub const HTMX_CONFIG: &str = r#"{"historyCacheSize":0,"refreshOnHistoryMiss":true,"allowEval":false,"allowScriptTags":false,"includeIndicatorStyles":false,"selfRequestsOnly":true,"responseHandling":[{"code":"204","swap":false},{"code":"...","swap":true}]}"#;

pub fn page(chrome: &Chrome, title: &str, content: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="htmx-config" content=(HTMX_CONFIG);
                title { (title) " – " (chrome.product_name) }
                link rel="stylesheet" href=(chrome.stylesheet);
                script src=(chrome.htmx) defer {}
                @if chrome.uses_kratos_script {
                    script src=(chrome.kratos_script) defer {}
                }
                script src=(chrome.script) defer {}
            }
            body {
                a.skip-link href="#main" { "Skip to main content" }
                header.site-header {
                    a.site-name href=(chrome.links.path(routes::HOME)) { (chrome.product_name) }
                    @if let Some(who) = chrome.signed_in_as {
                        div.site-account {
                            span.site-account-name data-testid="signed-in-as" { (who) }
                            form.site-signout method="post" action=(chrome.links.path(routes::LOGOUT)) {
                                button.button.button--link type="submit" data-testid="logout" { "Sign out" }
                            }
                        }
                    }
                }
                main #main .site-main tabindex="-1" {
                    (content)
                }
            }
        }
    }
}
