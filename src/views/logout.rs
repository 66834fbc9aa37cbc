//! A sign-out confirmation for visitors who open `/logout` directly (a link, a bookmark).

use maud::{Markup, html};

use super::Chrome;
use super::layout::{self, SignOut};

pub fn page(chrome: &Chrome) -> Markup {
    let tr = chrome.tr;
    layout::page(
        chrome,
        &tr.t("logout-title"),
        html! {
            div.flow.flow--narrow data-testid="logout-page" {
                h1.page-title { (tr.t("logout-title")) }
                p.page-intro { (tr.t("logout-intro")) }
                (layout::sign_out(chrome, SignOut::Confirm))
            }
        },
    )
}
