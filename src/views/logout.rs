//! The sign-out confirmation: for visitors who open `/logout` directly (a link, a bookmark),
//! and for an app that signs the person out through Hydra (then "Yes" and "No", naming the app).

use maud::{Markup, html};

use super::Chrome;
use super::consent::logo;
use super::layout::{self, SignOut};
use crate::kratos::model::OAuth2Client;

/// `action` is where the app's confirmation posts (with its challenge); none for a plain
/// sign-out. `client` is the app, when Hydra names one.
pub fn page(chrome: &Chrome, client: Option<&OAuth2Client>, action: Option<&str>) -> Markup {
    let tr = chrome.tr;
    let (title, heading) = match client {
        Some(client) if action.is_some() => {
            let args = [("app", client.name().into())];
            (
                tr.t_with("logout-app-title", &args),
                tr.rich("logout-app-title", &args),
            )
        }
        _ => (tr.t("logout-title"), html! { (tr.t("logout-title")) }),
    };
    layout::page(
        chrome,
        &title,
        html! {
            div.flow.flow--narrow data-testid="logout-page" data-drawn-by=[crate::drawn_by!("logout::page")] {
                @if let Some(client) = client { (logo(client)) }
                h1.page-title { (heading) }
                @if let Some(action) = action {
                    p.page-intro { (tr.t("logout-app-intro")) }
                    form method="post" action=(action) data-testid="logout-app-form" {
                        (layout::form_token(chrome))
                        p.actions {
                            button.button.button--primary type="submit" name="logout_action" value="accept"
                                data-testid="logout" { (tr.t("logout-app-accept")) }
                            " "
                            button.button.button--secondary type="submit" name="logout_action" value="reject"
                                data-testid="logout-reject" { (tr.t("logout-app-reject")) }
                        }
                    }
                } @else {
                    p.page-intro { (tr.t("logout-intro")) }
                    (layout::sign_out(chrome, SignOut::Confirm))
                }
            }
        },
    )
}
