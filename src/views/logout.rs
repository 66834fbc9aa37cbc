//! A sign-out confirmation for visitors who open `/logout` directly (a link, a bookmark).

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::routes;

pub fn page(chrome: &Chrome) -> Markup {
    layout::page(
        chrome,
        "Sign out",
        html! {
            div.flow.flow--narrow data-testid="logout-page" {
                h1.page-title { "Sign out" }
                p.page-intro { "Do you want to sign out of your account on this device?" }
                form method="post" action=(chrome.links.path(routes::LOGOUT)) {
                    button.button.button--primary type="submit" data-testid="logout" { "Sign out" }
                }
            }
        },
    )
}
