//! A sign-out confirmation for visitors who open `/logout` directly (a link, a bookmark).

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::routes;

pub fn page(chrome: &Chrome) -> Markup {
    let tr = chrome.tr;
    layout::page(
        chrome,
        &tr.t("logout-title"),
        html! {
            div.flow.flow--narrow data-testid="logout-page" {
                h1.page-title { (tr.t("logout-title")) }
                p.page-intro { (tr.t("logout-intro")) }
                form method="post" action=(chrome.links.path(routes::LOGOUT)) {
                    button.button.button--primary type="submit" data-testid="logout" { (tr.t("sign-out")) }
                }
            }
        },
    )
}
