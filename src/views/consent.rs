//! The consent screen: an app asks, through Hydra, to know who the person is and what it may
//! do. Each thing it asks for is a checkbox in plain words, checked, so "Allow" with no change
//! gives the app what it asked for; "Deny" gives it nothing.
//!
//! The app's name, logo and links come from its registration in Hydra (operator data, not the
//! person's), still escaped like everything else; links and the logo are drawn only when they
//! are http(s) URLs.

use maud::{Markup, html};

use super::{Chrome, layout};
use crate::hydra::model::ConsentRequest;
use crate::i18n::Tr;
use crate::kratos::model::OAuth2Client;
use crate::routes;

/// The scopes with words of their own (`scope-<scope>`); others are named as they are.
const KNOWN_SCOPES: [&str; 7] = [
    "openid",
    "email",
    "profile",
    "offline_access",
    "offline",
    "phone",
    "address",
];

/// A scope in the person's words (an unknown scope's name set apart in right-to-left text).
pub fn scope_words(tr: Tr, scope: &str) -> Markup {
    if KNOWN_SCOPES.contains(&scope) {
        html! { (tr.t(&format!("scope-{}", scope.replace('_', "-")))) }
    } else {
        tr.rich("scope-other", &[("scope", scope.into())])
    }
}

/// `uri` when it is an http(s) URL (a registration may hold anything).
pub fn web_link(uri: Option<&str>) -> Option<&str> {
    uri.filter(|uri| url::Url::parse(uri).is_ok_and(|url| matches!(url.scheme(), "http" | "https")))
}

/// `uri` when it is an image a page may show: an http(s) URL or an image `data:` URI.
pub fn image_link(uri: Option<&str>) -> Option<&str> {
    uri.filter(|uri| uri.starts_with("data:image/"))
        .or_else(|| web_link(uri))
}

/// The app's logo, when it has one.
pub fn logo(client: &OAuth2Client) -> Markup {
    html! {
        @if let Some(logo) = image_link(client.logo_uri.as_deref()) {
            img.app-logo src=(logo) alt="" width="48" height="48";
        }
    }
}

pub fn page(chrome: &Chrome, request: &ConsentRequest, account: &str) -> Markup {
    let tr = chrome.tr;
    let client = &request.client;
    let app = client.name();
    let title = tr.t_with("consent-title", &[("app", app.into())]);
    let policy = web_link(client.policy_uri.as_deref());
    let terms = web_link(client.tos_uri.as_deref());
    layout::page(
        chrome,
        &title,
        html! {
            div.flow.flow--narrow data-testid="consent-page" data-drawn-by=[crate::drawn_by!("consent::page")] {
                (logo(client))
                h1.page-title { (tr.rich("consent-title", &[("app", app.into())])) }
                p.page-intro {
                    (tr.rich("consent-intro", &[("app", app.into()), ("account", account.into())]))
                }
                form.card-form method="post" action=(chrome.links.path(routes::CONSENT)) data-testid="consent-form" {
                    (layout::form_token(chrome))
                    input type="hidden" name="consent_challenge" value=(request.challenge);
                    @if !request.requested_scope.is_empty() {
                        fieldset.consent-scopes {
                            legend { (tr.rich("consent-scopes-legend", &[("app", app.into())])) }
                            @for (index, scope) in request.requested_scope.iter().enumerate() {
                                @let id = format!("consent-scope-{index}");
                                div.field.field--checkbox {
                                    input.field-checkbox id=(id) type="checkbox" name="grant_scope" value=(scope) checked
                                        data-testid={ "consent-scope-" (scope) };
                                    label.field-label for=(id) { (scope_words(tr, scope)) }
                                }
                            }
                        }
                    }
                    div.field.field--checkbox {
                        input.field-checkbox id="consent-remember" type="checkbox" name="remember" value="true"
                            data-testid="consent-remember";
                        label.field-label for="consent-remember" { (tr.t("consent-remember")) }
                    }
                    @if policy.is_some() || terms.is_some() {
                        ul.flow-links {
                            @if let Some(policy) = policy {
                                li { a href=(policy) rel="noopener" { (tr.rich("consent-policy", &[("app", app.into())])) } }
                            }
                            @if let Some(terms) = terms {
                                li { a href=(terms) rel="noopener" { (tr.rich("consent-terms", &[("app", app.into())])) } }
                            }
                        }
                    }
                    p.actions {
                        button.button.button--primary type="submit" name="consent_action" value="accept"
                            data-testid="consent-accept" { (tr.t("consent-accept")) }
                        " "
                        button.button.button--secondary type="submit" name="consent_action" value="reject"
                            data-testid="consent-reject" { (tr.t("consent-reject")) }
                    }
                }
            }
        },
    )
}
